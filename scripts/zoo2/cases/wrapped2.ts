// Transport by other hands: other PEC providers with signed forms, a forward of a forward, "vedi allegato",
// a forwarded .eml carrying another forwarded .eml.
import { expectRequest } from '../../zoo/expect.ts';
import { comuneMail, headerOf, italianDate, pecEnvelope, withAttachment } from '../../zoo/mail.ts';
import type { ComuneMailOptions } from '../../fixtures/comune-mail.ts';
import { signP7m } from '../../fixtures/sign-cms.ts';
import { PdfSheet } from '../../zoo/pdf-sheet.ts';
import { MIME } from '../../zoo/zoo-case.ts';
import { ColumnsPdf } from '../columns-pdf.ts';
import { ZOO2_COMUNI as Z } from '../comuni.ts';
import { docxFile, p, t } from '../word2.ts';
import type { C } from '../word2.ts';
import type { Zoo2Case } from '../zoo2-case.ts';

const category = 'wrapped2' as const;

const NAMIRIAL = { name: 'Namirial S.p.A.', domain: 'sicurezzapostale.it' };
const ACTALIS = { name: 'Actalis S.p.A.', domain: 'actaliscertymail.it' };

const L = (text: string): C => ({ text, bold: true, width: 40 });

// 036 — Marsala: PEC by Namirial, the form as .docx.p7m.
const marsalaNeeds = 'Pianificare la comunicazione dei progetti finanziati sul lungomare e nel centro storico e rispettare gli obblighi di pubblicità dei fondi.';
const marsalaSender = 'protocollo@pec.comune.marsala.tp.it';
const marsalaDocx = (): Promise<Buffer> =>
  docxFile({
    creator: 'Ufficio Stampa',
    date: '2026-02-06T08:30:00Z',
    header: ['CITTÀ DI MARSALA', 'Libero Consorzio Comunale di Trapani'],
    children: [
      p('Modulo di richiesta – Capacity Lab Cap4City', { bold: true, align: 'center', size: 28, after: 200 }),
      t([
        [L('Comune richiedente'), { text: 'Marsala', width: 60 }],
        [L('Provincia (sigla)'), 'TP'],
        [L('Referente: nome e cognome'), 'Vita Licari'],
        [L('Ruolo / qualifica'), 'Responsabile Ufficio Stampa'],
        [L('E-mail del referente'), 'v.licari@comune.marsala.tp.it'],
        [L('Telefono'), '0923 993 318'],
        [L('Laboratorio richiesto (prima scelta)'), 'PC-6 Comunicazione e valorizzazione dei progetti finanziati'],
        [L('Fabbisogni e obiettivi'), marsalaNeeds],
        [L('Numero indicativo di partecipanti'), '6'],
        [L('Numero di giornate in presenza'), '1'],
      ]),
    ],
  });
const marsala = async (): Promise<Buffer> =>
  pecEnvelope({
    sender: marsalaSender,
    provider: NAMIRIAL,
    identifier: 'opec2100.20260206101522.04417.612.1.58@sicurezzapostale.it',
    day: '06/02/2026',
    time: '10:15:22',
    inner: {
      id: 'zoo2-036-marsala',
      subject: 'Trasmissione richiesta Capacity Lab - Comune di Marsala',
      text: 'Si trasmette, firmato digitalmente, il modulo di richiesta di attivazione del Capacity Lab.\n\nIl Responsabile del Protocollo\n',
      attachments: [{ filename: 'Modulo_Cap4City_Marsala.docx.p7m', contentType: MIME.p7m, content: signP7m(await marsalaDocx()) }],
    },
  });

// 037 — Rapallo: PEC by Actalis, a two-column printed form as .pdf.p7m.
const rapalloSender = 'protocollo@pec.comune.rapallo.ge.it';
async function rapalloPdf(): Promise<Buffer> {
  const pdf = await ColumnsPdf.create({
    header: [
      { text: 'CITTÀ DI RAPALLO', size: 16, bold: true },
      { text: 'Città Metropolitana di Genova – Servizio Personale', size: 10 },
    ],
    footer: 'Comune di Rapallo – Piazza delle Nazioni 4 – 16035 Rapallo (GE) – PEC protocollo@pec.comune.rapallo.ge.it',
    producer: 'Microsoft® Word 2019',
    created: '2026-02-06T09:00:00Z',
  });
  pdf.title('Capacity Lab – Modulo di richiesta');
  pdf.section('Ente e referente');
  pdf.columns(
    [{ label: 'Comune richiedente', value: 'Rapallo' }, { label: 'Referente: nome e cognome', value: 'Alessandro Queirolo' }, { label: 'E-mail del referente', value: 'a.queirolo@comune.rapallo.ge.it' }],
    [{ label: 'Provincia (sigla)', value: 'GE' }, { label: 'Ruolo / qualifica', value: 'Responsabile Servizio Personale' }, { label: 'Telefono', value: '0185 680 241' }],
  );
  pdf.section('Laboratorio');
  pdf.full({ label: 'Laboratorio richiesto (prima scelta)', value: 'PO-2 Reclutamento' });
  pdf.full({
    label: 'Fabbisogni e obiettivi',
    value:
      'Le graduatorie si esauriscono in pochi mesi e molti vincitori rinunciano per il costo degli affitti: vorremmo rivedere bandi, prove e tempi delle selezioni per coprire i posti vacanti della stagione estiva e dei servizi tecnici.',
  });
  pdf.columns([{ label: 'Numero indicativo di partecipanti', value: '8' }], [{ label: 'Numero di giornate in presenza', value: '2' }]);
  pdf.signature('Rapallo, 06/02/2026', ['Il/La dichiarante', 'Alessandro Queirolo']);
  return pdf.save();
}
const rapallo = async (): Promise<Buffer> =>
  pecEnvelope({
    sender: rapalloSender,
    provider: ACTALIS,
    identifier: 'ACTALIS-20260206-1432-77120-B@actaliscertymail.it',
    day: '06/02/2026',
    time: '14:32:07',
    inner: {
      id: 'zoo2-037-rapallo',
      subject: 'Prot. 3391 - Cap4City Capacity Lab - Comune di Rapallo',
      text: 'Documento principale: Modulo_CapacityLab_Rapallo.pdf.p7m\nProtocollo n. 3391 del 06/02/2026\n\nMessaggio inviato dal sistema di protocollo informatico.\n',
      attachments: [{ filename: 'Modulo_CapacityLab_Rapallo.pdf.p7m', contentType: MIME.p7m, content: signP7m(await rapalloPdf()) }],
    },
  });

// 038 — Carpi: Outlook forward of a Thunderbird forward; the form is in the innermost text.
const carpiNeeds = 'Impostare un PMO interno per i 9 cantieri PNRR e gestire i cronoprogrammi.';
const carpiMiddleDate = '2026-01-26T09:41:00+01:00';
const carpiMail: ComuneMailOptions = {
  id: 'zoo2-038-carpi',
  from: 'ufficio.europa@comune.carpi.mo.it',
  fromName: 'Ufficio Politiche europee',
  subject: 'I: I: Richiesta laboratorio Project management',
  date: '2026-02-06T11:20:00+01:00',
  client: 'outlook',
  text:
    'Buongiorno,\nvi inoltriamo la richiesta pervenuta dal Servizio Lavori pubblici.\n\nCordiali saluti\nMatteo Ferrari\nUfficio Politiche europee – Comune di Carpi\ntel. 059 649 111\n\n' +
    '-----Messaggio originale-----\n' +
    'Da: Segreteria Generale <segreteria.generale@comune.carpi.mo.it>\n' +
    `Inviato: ${italianDate(carpiMiddleDate)}\n` +
    'A: Ufficio Politiche europee <ufficio.europa@comune.carpi.mo.it>\n' +
    'Oggetto: I: Richiesta laboratorio Project management\n\n' +
    'Per competenza.\nSegreteria Generale\n\n' +
    '-------- Messaggio inoltrato --------\n' +
    'Oggetto: \tRichiesta laboratorio Project management\n' +
    'Data: \tFri, 23 Jan 2026 16:05:12 +0100\n' +
    'Mittente: \tFederica Bellei <federica.bellei@comune.carpi.mo.it>\n' +
    'A: \tsegreteria.generale@comune.carpi.mo.it\n\n' +
    'Buongiorno, vi chiedo di inoltrare ad ANCI la nostra richiesta:\n\n' +
    'Comune: Carpi\n' +
    'Referente: Federica Bellei\n' +
    'Ruolo: Funzionaria tecnica – Servizio Lavori pubblici\n' +
    'E-mail: federica.bellei@comune.carpi.mo.it\n' +
    'Telefono: 059 649 532\n' +
    'Laboratorio: PC-4 Project management\n' +
    `Fabbisogni: ${carpiNeeds}\n` +
    'Partecipanti: 8\n' +
    'Giornate: 2\n\n' +
    'Grazie, Federica\n',
};

// 039 — Teramo: the body says only "vedi allegato"; the form is the attachment.
const teramoNeeds = "Presentare il Comune ai giovani laureati dell'Università di Teramo come un posto dove fare carriera.";
const teramoMail: ComuneMailOptions = {
  id: 'zoo2-039-teramo',
  from: 'r.digiacinto@comune.teramo.it',
  subject: 'richiesta',
  date: '2026-02-09T08:52:00+01:00',
  text: 'vedi allegato\n\n--\nInviato dal mio dispositivo mobile\n',
};
const teramoDocx = (): Promise<Buffer> =>
  docxFile({
    creator: 'rdigiacinto',
    date: '2026-02-06T17:00:00Z',
    children: [
      p('Modulo di richiesta — Capacity Lab Cap4City', { bold: true, align: 'center', size: 28, after: 200 }),
      t([
        [{ text: '1. Comune richiedente', bold: true, span: 2, fill: 'D9E2F3' }],
        [L('Comune richiedente'), { text: 'Teramo', width: 60 }],
        [L('Provincia (sigla)'), 'TE'],
        [{ text: '2. Referente', bold: true, span: 2, fill: 'D9E2F3' }],
        [L('Referente: nome e cognome'), 'Roberta Di Giacinto'],
        [L('Ruolo / qualifica'), 'Istruttore direttivo – Ufficio Personale'],
        [L('E-mail del referente'), 'r.digiacinto@comune.teramo.it'],
        [L('Telefono'), '0861 324 417'],
        [{ text: '3. Laboratorio richiesto', bold: true, span: 2, fill: 'D9E2F3' }],
        [L('Laboratorio richiesto (prima scelta)'), 'PO-1'],
        [L('Fabbisogni e obiettivi'), teramoNeeds],
        [{ text: '4. Destinatari e organizzazione', bold: true, span: 2, fill: 'D9E2F3' }],
        [L('Numero indicativo di partecipanti'), '11'],
        [L('Numero di giornate in presenza'), '2'],
      ]),
    ],
  });

// 040 — Pisticci: an attached .eml that carries another attached .eml with the PDF form.
const pisticciNeeds = 'Gestire gli affidamenti sotto soglia sul MEPA.';
async function pisticciPdf(): Promise<Buffer> {
  const sheet = await PdfSheet.create({
    lines: [
      { text: 'COMUNE DI PISTICCI', size: 15, bold: true },
      { text: 'Provincia di Matera – Ufficio Tecnico', size: 10 },
    ],
    producer: 'LibreOffice 7.3',
    created: '2026-02-02T10:00:00Z',
  });
  sheet.paragraph('Modulo di richiesta — Capacity Lab Cap4City', { font: sheet.bold, size: 12.5, align: 'center' });
  sheet.gap(10);
  const rows: [string, string][] = [
    ['Comune richiedente', 'Pisticci'],
    ['Provincia (sigla)', 'MT'],
    ['Referente: nome e cognome', 'Vincenzo Di Biase'],
    ['Ruolo / qualifica', 'Responsabile Ufficio Tecnico'],
    ['E-mail del referente', 'v.dibiase@comune.pisticci.mt.it'],
    ['Telefono', '0835 445 230'],
    ['Laboratorio richiesto (prima scelta)', 'PC-3 Procedure e affidamenti'],
    ['Fabbisogni e obiettivi', pisticciNeeds],
    ['Numero indicativo di partecipanti', '5'],
    ['Numero di giornate in presenza', '1'],
  ];
  for (const [label, value] of rows) sheet.tableRow(label, value);
  return sheet.save();
}
const pisticciInner: ComuneMailOptions = {
  id: 'zoo2-040-pisticci-inner',
  from: 'v.dibiase@comune.pisticci.mt.it',
  fromName: 'Vincenzo Di Biase',
  to: 'ragioneria@comune.pisticci.mt.it',
  subject: 'Capacity Lab - modulo',
  date: '2026-02-02T12:15:00+01:00',
  text: 'Ciao, ecco il modulo per il laboratorio sugli affidamenti. Potete inoltrarlo voi ad ANCI?\nVincenzo\n',
};
const pisticciMiddle: ComuneMailOptions = {
  id: 'zoo2-040-pisticci-middle',
  from: 'ragioneria@comune.pisticci.mt.it',
  fromName: 'Ragioneria Pisticci',
  to: 'segreteria@comune.pisticci.mt.it',
  subject: 'I: Capacity Lab - modulo',
  date: '2026-02-03T09:02:00+01:00',
  client: 'outlook',
  text: "Inoltro la richiesta dell'Ufficio Tecnico per l'invio ad ANCI.\nRagioneria\n",
};
const pisticciMail: ComuneMailOptions = {
  id: 'zoo2-040-pisticci',
  from: 'segreteria@comune.pisticci.mt.it',
  fromName: 'Segreteria Comune di Pisticci',
  subject: 'I: I: Capacity Lab - modulo',
  date: '2026-02-09T10:37:00+01:00',
  client: 'outlook',
  text: 'Buongiorno,\nsi inoltra il messaggio in allegato.\nCordiali saluti\nSegreteria Generale - Comune di Pisticci\n',
};
const pisticci = async (): Promise<Buffer> => {
  const inner = await comuneMail({ ...pisticciInner, attachments: [{ filename: 'Modulo_Capacity_Lab.pdf', contentType: MIME.pdf, content: await pisticciPdf() }] });
  const middle = await comuneMail({ ...pisticciMiddle, attachments: [{ filename: 'Capacity Lab - modulo.eml', contentType: MIME.eml, contentDisposition: 'attachment', content: inner }] });
  return comuneMail({ ...pisticciMail, attachments: [{ filename: 'I_ Capacity Lab - modulo.eml', contentType: MIME.eml, contentDisposition: 'attachment', content: middle }] });
};

export const WRAPPED2_CASES: Zoo2Case[] = [
  {
    category,
    name: 'marsala-pec-namirial-docx-p7m',
    build: marsala,
    expected: expectRequest(
      null,
      {
        comune: Z.marsala,
        contact: { name: 'Vita Licari', role: 'Responsabile Ufficio Stampa', email: 'v.licari@comune.marsala.tp.it', phone: '0923 993 318' },
        labs: ['PC-6'],
        needs: marsalaNeeds,
        participants: 6,
        days: 1,
      },
      { pec: { type: 'posta-certificata', sender: marsalaSender }, signature: 'cades' },
    ),
  },
  {
    category,
    name: 'rapallo-pec-actalis-pdf-p7m',
    build: rapallo,
    expected: expectRequest(
      null,
      {
        comune: Z.rapallo,
        contact: { name: 'Alessandro Queirolo', role: 'Responsabile Servizio Personale', email: 'a.queirolo@comune.rapallo.ge.it', phone: '0185 680 241' },
        labs: ['PO-2'],
        participants: 8,
        days: 2,
      },
      { pec: { type: 'posta-certificata', sender: rapalloSender }, signature: 'cades' },
    ),
  },
  {
    category,
    name: 'carpi-inoltro-di-inoltro',
    build: () => comuneMail(carpiMail),
    expected: expectRequest(headerOf(carpiMail), {
      comune: Z.carpi,
      contact: { name: 'Federica Bellei', role: 'Funzionaria tecnica – Servizio Lavori pubblici', email: 'federica.bellei@comune.carpi.mo.it', phone: '059 649 532' },
      labs: ['PC-4'],
      needs: carpiNeeds,
      participants: 8,
      days: 2,
    }),
  },
  {
    category,
    name: 'teramo-vedi-allegato',
    build: withAttachment(teramoMail, 'modulo richiesta.docx', MIME.docx, teramoDocx),
    expected: expectRequest(headerOf(teramoMail), {
      comune: Z.teramo,
      contact: { name: 'Roberta Di Giacinto', role: 'Istruttore direttivo – Ufficio Personale', email: 'r.digiacinto@comune.teramo.it', phone: '0861 324 417' },
      labs: ['PO-1'],
      needs: teramoNeeds,
      participants: 11,
      days: 2,
    }),
  },
  {
    category,
    name: 'pisticci-eml-in-eml',
    build: pisticci,
    expected: expectRequest(headerOf(pisticciMail), {
      comune: Z.pisticci,
      contact: { name: 'Vincenzo Di Biase', role: 'Responsabile Ufficio Tecnico', email: 'v.dibiase@comune.pisticci.mt.it', phone: '0835 445 230' },
      labs: ['PC-3'],
      needs: pisticciNeeds,
      participants: 5,
      days: 1,
    }),
  },
];
