import { DEFAULT_CATALOG } from '../../../src/core/form/default-catalog.ts';
import type { ComuneMailOptions } from '../../fixtures/comune-mail.ts';
import { signP7m } from '../../fixtures/sign-cms.ts';
import { ZOO_COMUNI as C } from '../comuni.ts';
import { expectRequest } from '../expect.ts';
import { ARUBA, POSTECERT, SECRETARIAT, comuneMail, headerOf, italianDate, pecEnvelope } from '../mail.ts';
import { PdfSheet, PDF_LEFT } from '../pdf-sheet.ts';
import { docxFile, labelTable, para } from '../word.ts';
import { MIME } from '../zoo-case.ts';
import type { ZooCase } from '../zoo-case.ts';

// 040 — a PEC envelope whose postacert.eml carries a DOCX form
const BENEVENTO_NEEDS = 'Definire un piano di valorizzazione del personale con progressioni, formazione e lavoro agile per ridurre le richieste di mobilità.';
const beneventoDocx = () =>
  docxFile({
    creator: 'Izzo Maria Rosaria',
    date: '2026-03-03T08:30:00Z',
    header: ['COMUNE DI BENEVENTO', 'Settore Risorse Umane'],
    children: [
      para('Capacity Lab – Modulo di richiesta', { bold: true, size: 28, align: 'center', after: 240 }),
      labelTable([
        { section: '1. Ente richiedente' },
        ['Comune richiedente', 'Benevento'],
        ['Provincia', 'BN'],
        ["PEC dell'ente", 'protocollo@pec.comune.benevento.it'],
        { section: '2. Referente' },
        ['Referente', 'Maria Rosaria Izzo'],
        ['Ruolo', 'Responsabile Servizio Gestione Risorse Umane'],
        ['E-mail', 'mr.izzo@comune.benevento.it'],
        ['Telefono', '0824 772381'],
        { section: '3. Laboratorio' },
        ['Laboratorio richiesto', 'PO-3 – Valorizzazione e retention del personale'],
        ['Fabbisogni e obiettivi', BENEVENTO_NEEDS],
        ['Partecipanti', '16'],
        ['Giornate', '2'],
      ]),
    ],
  });

const beneventoPec = {
  sender: 'protocollo@pec.comune.benevento.it',
  provider: ARUBA,
  identifier: 'opec21012.20260303101500.04417.612.1.53@pec.aruba.it',
  day: '03/03/2026',
  time: '10:15:00',
};

// 041 — a PEC envelope carrying a letterhead PDF signed as .pdf.p7m
async function laquilaPdf(): Promise<Buffer> {
  const s = await PdfSheet.create({
    lines: [
      { text: "COMUNE DELL'AQUILA", size: 15, bold: true },
      { text: 'Settore Politiche Comunitarie e Ricostruzione', size: 10 },
    ],
    footer: ["Via Francesco Filomusi Guelfi – 67100 L'Aquila – PEC protocollo@comune.laquila.postecert.it"],
    producer: 'Microsoft® Word per Microsoft 365',
    created: '2026-03-04T08:00:00Z',
  });
  s.run('Prot. n. 0021877 del 04/03/2026', PDF_LEFT, { size: 9 });
  s.gap(30);
  s.paragraph('Programma Cap4City – Richiesta di Capacity Lab', { font: s.bold, size: 13, align: 'center' });
  s.gap(12);
  s.tableRow('Comune richiedente', "L'Aquila");
  s.tableRow('Provincia', 'AQ');
  s.tableRow('Referente', 'Alessio Ciccarelli');
  s.tableRow('Ruolo', 'Funzionario Settore Politiche Comunitarie');
  s.tableRow('E-mail', 'a.ciccarelli@comune.laquila.it');
  s.tableRow('Telefono', '0862 645321');
  s.tableRow('Laboratorio richiesto', 'Costruzione del parco progetti (PC-1)');
  s.tableRow('Fabbisogni e obiettivi', 'Costruire un parco progetti per le frazioni del cratere sismico e prepararsi ai bandi europei 2028-2034.');
  s.tableRow('Partecipanti', '7');
  s.gap(30);
  s.paragraph('Il Dirigente del Settore – documento firmato digitalmente', { align: 'right', size: 9 });
  return s.save();
}

const laquilaPec = {
  sender: 'protocollo@comune.laquila.postecert.it',
  provider: POSTECERT,
  identifier: 'D5A1F0C2.00B7.4E21.9A0C.7F3E2B1D4C66@postecert.it',
  day: '04/03/2026',
  time: '12:02:41',
};

// 042 — an ordinary mail with a signed .docx.p7m
const barlettaMail: ComuneMailOptions = {
  id: 'zoo-042-barletta',
  from: 'personale@comune.barletta.bt.it',
  fromName: 'Settore Personale',
  subject: 'Richiesta Capacity Lab firmata digitalmente',
  date: '2026-03-04T15:30:00+01:00',
  client: 'outlook',
  text: 'Buongiorno,\nsi trasmette il modulo firmato digitalmente dal Dirigente.\n\nSettore Personale – Città di Barletta\n',
};

const BARLETTA_NEEDS = 'Preparare la delegazione di parte pubblica alla contrattazione decentrata e alla ripartizione del fondo risorse decentrate 2026.';
const barlettaDocx = () =>
  docxFile({
    creator: 'Dicorato Ruggiero',
    date: '2026-03-04T13:00:00Z',
    header: ['CITTÀ DI BARLETTA', 'Medaglia d’Oro al Merito Civile e al Valor Militare', 'Settore Personale'],
    children: [
      para('Richiesta di attivazione Capacity Lab', { bold: true, size: 26, align: 'center', after: 240 }),
      labelTable([
        ['Comune di', 'Barletta (BT)'],
        ['Referente', 'Ruggiero Dicorato'],
        ['Ruolo', 'Dirigente Settore Personale'],
        ['E-mail', 'r.dicorato@comune.barletta.bt.it'],
        ['Telefono', '0883 578412'],
        ['Laboratorio', 'Contrattazione integrativa (PO-5)'],
        ['Fabbisogni', BARLETTA_NEEDS],
        ['Partecipanti', '5'],
        ['Giornate', '1'],
      ]),
    ],
  });

// 043 — forwarded by the Protocollo with the original mail attached as .eml (PDF inside)
const empoliInner: ComuneMailOptions = {
  id: 'zoo-043-empoli-inner',
  from: 'l.bagnoli@comune.empoli.fi.it',
  fromName: 'Bagnoli Laura',
  to: 'protocollo@comune.empoli.fi.it',
  subject: 'Richiesta Capacity Lab',
  date: '2026-03-05T09:10:00+01:00',
  client: 'outlook',
  text: 'Buongiorno,\nvi chiedo di inoltrare al Segretariato Cap4City la richiesta allegata.\nGrazie\nLaura Bagnoli\n',
};

async function empoliPdf(): Promise<Buffer> {
  const s = await PdfSheet.create({
    lines: [
      { text: 'COMUNE DI EMPOLI', size: 15, bold: true },
      { text: 'Città Metropolitana di Firenze', size: 10, italic: true },
      { text: 'Settore Servizi Finanziari', size: 10 },
    ],
    producer: 'LibreOffice 24.2',
    created: '2026-03-05T07:50:00Z',
  });
  s.paragraph('Capacity Lab – Modulo di richiesta', { font: s.bold, size: 13, align: 'center' });
  s.gap(8);
  s.field('Comune richiedente', 'Empoli');
  s.field('Provincia', 'FI');
  s.field('Referente', 'Laura Bagnoli');
  s.field('Ruolo', 'Funzionaria Servizio Finanziario');
  s.field('E-mail', 'l.bagnoli@comune.empoli.fi.it');
  s.field('Telefono', '0571 757412');
  s.field('Laboratorio', 'PC-2 Gestione finanziaria');
  s.field('Fabbisogni e obiettivi', 'Impostare la contabilità dei progetti finanziati e la certificazione della spesa con i settori tecnici.');
  s.field('Partecipanti', '6');
  return s.save();
}

const empoliOuter: ComuneMailOptions = {
  id: 'zoo-043-empoli',
  from: 'protocollo@comune.empoli.fi.it',
  fromName: 'Ufficio Protocollo Comune di Empoli',
  subject: 'I: Richiesta Capacity Lab',
  date: '2026-03-05T11:40:00+01:00',
  client: 'outlook',
  text: 'Si inoltra per competenza la comunicazione in allegato, pervenuta a questo Ufficio.\n\nUfficio Protocollo – Comune di Empoli\n',
};

// 044 — an inline "Messaggio inoltrato" with the form in the forwarded text
const VIBO_NEEDS = "Programmare le assunzioni del triennio 2026-2028 nel rispetto delle capacità assunzionali dell'ente in riequilibrio.";
const viboMail: ComuneMailOptions = {
  id: 'zoo-044-vibo',
  from: 'segreteria.sindaco@comune.vibovalentia.vv.it',
  fromName: 'Segreteria del Sindaco',
  subject: 'Fwd: Richiesta laboratorio Cap4City',
  date: '2026-03-06T12:30:00+01:00',
  text:
    'Buongiorno,\ninoltro la richiesta del nostro Ufficio Personale, che non riusciva a scrivervi dalla propria casella.\n\nCordiali saluti\nSegreteria del Sindaco\nTel. 0963 599201\n\n' +
    '---------- Messaggio inoltrato ----------\n' +
    'Da: Ufficio Personale <personale@comune.vibovalentia.vv.it>\n' +
    'Date: ven 6 mar 2026 alle ore 10:12\n' +
    'Subject: Richiesta laboratorio Cap4City\n' +
    'To: Segreteria Sindaco <segreteria.sindaco@comune.vibovalentia.vv.it>\n\n' +
    'Comune: Vibo Valentia\nProvincia: VV\nReferente: Domenico Pugliese\nRuolo: Responsabile Ufficio Personale\n' +
    'E-mail: d.pugliese@comune.vibovalentia.vv.it\nTelefono: 0963 599312\nLaboratorio: PIAO e programmazione delle assunzioni\n' +
    `Fabbisogni e obiettivi: ${VIBO_NEEDS}\nPartecipanti: 5\n\nUfficio Personale\n`,
};

// 045 — an Outlook reply on top of a circular that lists the whole catalogue
const POGGIBONSI_NEEDS = 'Organizzare le selezioni per 6 posti di istruttore tecnico previsti nel 2026.';
const circularDate = '2026-03-02T09:00:00+01:00';
const poggibonsiMail: ComuneMailOptions = {
  id: 'zoo-045-poggibonsi',
  from: 'f.bini@comune.poggibonsi.si.it',
  fromName: 'Bini Francesco',
  cc: 'comunicazione@ancitoscana.it',
  subject: 'R: Cap4City – aperte le richieste per i Capacity Lab',
  date: '2026-03-09T08:45:00+01:00',
  client: 'outlook',
  inReplyTo: '<circolare-2026-017@ancitoscana.it>',
  references: '<circolare-2026-017@ancitoscana.it>',
  text:
    'Buongiorno,\nin risposta alla circolare, il Comune di Poggibonsi chiede di partecipare al laboratorio Reclutamento (PO-2).\n\n' +
    `Referente: Francesco Bini\nRuolo: Responsabile Servizio Personale\nE-mail: f.bini@comune.poggibonsi.si.it\nTelefono: 0577 986245\nFabbisogni: ${POGGIBONSI_NEEDS}\nPartecipanti: 4\n\n` +
    'Cordiali saluti\nFrancesco Bini\nComune di Poggibonsi\n\n' +
    `Da: ANCI Toscana <comunicazione@ancitoscana.it>\nInviato: ${italianDate(circularDate)}\nA: Comuni della Toscana <comuni@ancitoscana.it>\nOggetto: Cap4City – aperte le richieste per i Capacity Lab\n\n` +
    'Gentili Sindache e Sindaci, Segretarie e Segretari,\nvi segnaliamo che sono aperte le richieste per i Capacity Lab del programma Cap4City. Il catalogo comprende dodici laboratori:\n\n' +
    DEFAULT_CATALOG.labs.map((lab) => `${lab.code} ${lab.title}`).join('\n') +
    `\n\nPer richiedere un laboratorio inviate il modulo compilato a ${SECRETARIAT} indicando Comune, referente, laboratorio e fabbisogni.\n\n` +
    'Cordiali saluti\nANCI Toscana – Area Personale e Organizzazione\nTel. 055 2477490\n',
};

export const WRAPPED_CASES: ZooCase[] = [
  {
    category: 'wrapped',
    name: 'benevento-pec-docx',
    build: async () =>
      pecEnvelope({
        ...beneventoPec,
        inner: {
          id: 'zoo-040-benevento',
          subject: 'Richiesta Capacity Lab - Comune di Benevento',
          text: 'Si trasmette, in allegato, il modulo di richiesta del Comune di Benevento.\n\nIl Responsabile del Protocollo\n',
          attachments: [{ filename: 'Modulo_richiesta_CapacityLab_Benevento.docx', contentType: MIME.docx, content: await beneventoDocx() }],
        },
      }),
    expected: expectRequest(
      null,
      {
        comune: C.benevento,
        entityPec: 'protocollo@pec.comune.benevento.it',
        contact: { name: 'Maria Rosaria Izzo', role: 'Responsabile Servizio Gestione Risorse Umane', email: 'mr.izzo@comune.benevento.it', phone: '0824 772381' },
        labs: ['PO-3'],
        needs: BENEVENTO_NEEDS,
        participants: 16,
        days: 2,
      },
      { pec: { type: 'posta-certificata', sender: beneventoPec.sender } },
    ),
  },
  {
    category: 'wrapped',
    name: 'l-aquila-pec-pdf-p7m',
    build: async () =>
      pecEnvelope({
        ...laquilaPec,
        inner: {
          id: 'zoo-041-laquila',
          subject: 'Prot. 21877/2026 - Cap4City richiesta Capacity Lab',
          text: 'Documento protocollato e firmato digitalmente in allegato.\n',
          attachments: [{ filename: 'Richiesta_CapacityLab_signed.pdf.p7m', contentType: MIME.p7m, content: signP7m(await laquilaPdf()) }],
        },
      }),
    expected: expectRequest(
      null,
      {
        comune: C.laquila,
        contact: { name: 'Alessio Ciccarelli', role: 'Funzionario Settore Politiche Comunitarie', email: 'a.ciccarelli@comune.laquila.it', phone: '0862 645321' },
        labs: ['PC-1'],
        participants: 7,
      },
      { pec: { type: 'posta-certificata', sender: laquilaPec.sender }, signature: 'cades' },
    ),
  },
  {
    category: 'wrapped',
    name: 'barletta-docx-p7m',
    build: async () => comuneMail({ ...barlettaMail, attachments: [{ filename: 'Richiesta Capacity Lab.docx.p7m', contentType: MIME.p7m, content: signP7m(await barlettaDocx()) }] }),
    expected: expectRequest(
      headerOf(barlettaMail),
      {
        comune: C.barletta,
        contact: { name: 'Ruggiero Dicorato', role: 'Dirigente Settore Personale', email: 'r.dicorato@comune.barletta.bt.it', phone: '0883 578412' },
        labs: ['PO-5'],
        needs: BARLETTA_NEEDS,
        participants: 5,
        days: 1,
      },
      { signature: 'cades' },
    ),
  },
  {
    category: 'wrapped',
    name: 'empoli-forward-attached-eml',
    build: async () => {
      const inner = await comuneMail({ ...empoliInner, attachments: [{ filename: 'Modulo Capacity Lab.pdf', contentType: MIME.pdf, content: await empoliPdf() }] });
      return comuneMail({ ...empoliOuter, attachments: [{ filename: 'Richiesta Capacity Lab.eml', contentType: MIME.eml, contentDisposition: 'attachment', content: inner }] });
    },
    expected: expectRequest(headerOf(empoliOuter), {
      comune: C.empoli,
      contact: { name: 'Laura Bagnoli', role: 'Funzionaria Servizio Finanziario', email: 'l.bagnoli@comune.empoli.fi.it', phone: '0571 757412' },
      labs: ['PC-2'],
      participants: 6,
    }),
  },
  {
    category: 'wrapped',
    name: 'vibo-valentia-inline-forward',
    build: () => comuneMail(viboMail),
    expected: expectRequest(headerOf(viboMail), {
      comune: C.vibo,
      contact: { name: 'Domenico Pugliese', role: 'Responsabile Ufficio Personale', email: 'd.pugliese@comune.vibovalentia.vv.it', phone: '0963 599312' },
      labs: ['PO-4'],
      needs: VIBO_NEEDS,
      participants: 5,
    }),
  },
  {
    category: 'wrapped',
    name: 'poggibonsi-reply-quoting-circular',
    build: () => comuneMail(poggibonsiMail),
    expected: expectRequest(headerOf(poggibonsiMail), {
      comune: C.poggibonsi,
      contact: { name: 'Francesco Bini', role: 'Responsabile Servizio Personale', email: 'f.bini@comune.poggibonsi.si.it', phone: '0577 986245' },
      labs: ['PO-2'],
      needs: POGGIBONSI_NEEDS,
      participants: 4,
    }),
  },
];
