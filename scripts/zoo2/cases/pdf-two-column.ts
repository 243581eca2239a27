// Printed PDFs laid out by a graphic office: two columns of fields, each value under its label.
import { expectRequest } from '../../zoo/expect.ts';
import { headerOf, withAttachment } from '../../zoo/mail.ts';
import type { ComuneMailOptions } from '../../fixtures/comune-mail.ts';
import { MIME } from '../../zoo/zoo-case.ts';
import { ColumnsPdf } from '../columns-pdf.ts';
import { ZOO2_COMUNI as Z } from '../comuni.ts';
import type { Zoo2Case } from '../zoo2-case.ts';

const category = 'pdf-two-column' as const;

const PRIVACY =
  "Il/La sottoscritto/a dichiara di aver preso visione dell'informativa sul trattamento dei dati personali ai sensi degli artt. 13 e 14 del Regolamento (UE) 2016/679 pubblicata sul sito del programma Cap4City.";

// 007 — Bolzano/Bozen: two pages, bilingual letterhead repeated, line-by-line order.
const bolzanoMail: ComuneMailOptions = {
  id: 'zoo2-007-bolzano',
  from: 'personale@comune.bolzano.it',
  fromName: 'Ufficio Personale / Amt für Personal',
  subject: 'Capacity Lab - Modulo di richiesta / Antragsformular',
  date: '2026-01-23T10:02:00+01:00',
  client: 'outlook',
  text: 'Buongiorno,\nin allegato il modulo di richiesta del Comune di Bolzano.\n\nCordiali saluti - Mit freundlichen Grüßen\nUfficio Personale / Amt für Personal\n',
};
async function bolzano(): Promise<Buffer> {
  const pdf = await ColumnsPdf.create({
    header: [
      { text: 'COMUNE DI BOLZANO – STADTGEMEINDE BOZEN', size: 15, bold: true },
      { text: 'Ufficio Personale – Amt für Personal', size: 10 },
    ],
    footer: 'Comune di Bolzano – Vicolo Gumer 7 – 39100 Bolzano – PEC bz@pec.comune.bolzano.it',
    producer: 'Adobe InDesign 19.0 (Windows) / Adobe PDF Library 17.0',
    created: '2026-01-22T14:00:00Z',
  });
  pdf.title('RICHIESTA DI LABORATORIO CAPACITY LAB – ANTRAG CAPACITY LAB');
  pdf.gap(6);
  pdf.section('1. ENTE RICHIEDENTE');
  pdf.columns(
    [{ label: 'Comune', value: 'Bolzano' }, { label: 'Codice ISTAT', value: '021008' }],
    [{ label: 'Provincia', value: 'BZ' }, { label: "PEC dell'ente", value: 'bz@pec.comune.bolzano.it' }],
  );
  pdf.section('2. REFERENTE');
  pdf.columns(
    [{ label: 'Nome e cognome', value: 'Martina Pichler' }, { label: 'E-mail', value: 'martina.pichler@comune.bolzano.it' }],
    [{ label: 'Ruolo', value: 'Coordinatrice Ufficio PNRR' }, { label: 'Telefono', value: '0471 997 312' }],
  );
  pdf.section('3. LABORATORIO');
  pdf.columns([{ label: 'Laboratorio richiesto', value: 'PC-5 Monitoraggio e valutazione' }], [{ label: 'Ambito', value: 'Progetti e politiche di coesione' }]);
  pdf.full({
    label: 'Fabbisogni e obiettivi',
    value:
      "Costruire un sistema di indicatori comune a tutti gli uffici che gestiscono progetti finanziati, alimentare in modo tempestivo il sistema di monitoraggio nazionale e valutare a fine progetto i risultati raggiunti per la cittadinanza, in italiano e in tedesco.",
  });
  pdf.newPage();
  pdf.section('4. ORGANIZZAZIONE');
  pdf.columns(
    [{ label: 'Numero di partecipanti', value: '14' }, { label: 'Periodo preferito', value: 'maggio 2026' }],
    [{ label: 'Giornate in presenza', value: '2' }, { label: 'Sede proposta', value: 'Sala di rappresentanza, Vicolo Gumer 7' }],
  );
  pdf.section('5. PRIVACY E FIRMA');
  pdf.paragraph(PRIVACY);
  pdf.gap(10);
  pdf.signature('Bolzano, 22/01/2026', ['La Direttrice dell’Ufficio Personale', 'dott.ssa Elisabeth Kofler']);
  return pdf.save();
}

// 008 — Brindisi: Ente on the left, Referente on the right, text written column by column.
const brindisiMail: ComuneMailOptions = {
  id: 'zoo2-008-brindisi',
  from: 'appalti@comune.brindisi.it',
  fromName: 'Settore Appalti e Contratti',
  subject: 'Cap4City - modulo richiesta Capacity Lab',
  date: '2026-01-23T12:17:00+01:00',
  text: 'Buongiorno,\nsi invia il modulo di richiesta compilato.\nCordiali saluti\nSettore Appalti e Contratti - Comune di Brindisi\n',
};
async function brindisi(): Promise<Buffer> {
  const pdf = await ColumnsPdf.create({
    header: [
      { text: 'CITTÀ DI BRINDISI', size: 16, bold: true },
      { text: 'Settore Appalti e Contratti', size: 10 },
    ],
    footer: 'Comune di Brindisi – Piazza Matteotti 1 – 72100 Brindisi – PEC protocollo@pec.comune.brindisi.it',
    producer: 'Microsoft® Publisher 2016',
    created: '2026-01-23T09:00:00Z',
  });
  pdf.title('MODULO DI RICHIESTA – CAPACITY LAB');
  pdf.gap(6);
  pdf.columnHeads('ENTE RICHIEDENTE', 'REFERENTE');
  pdf.columns(
    [
      { label: 'Comune richiedente', value: 'Brindisi' },
      { label: 'Provincia (sigla)', value: 'BR' },
      { label: "PEC dell'ente", value: 'protocollo@pec.comune.brindisi.it' },
      { label: 'Forma di partecipazione', value: 'Singolo Comune' },
    ],
    [
      { label: 'Nome e cognome', value: 'Cosimo Caliandro' },
      { label: 'Qualifica', value: 'Dirigente Settore Appalti e Contratti' },
      { label: 'E-mail', value: 'cosimo.caliandro@comune.brindisi.it' },
      { label: 'Telefono', value: '0831 229 540' },
    ],
    'columns',
  );
  pdf.section('LABORATORIO');
  pdf.full({ label: 'Laboratorio richiesto (prima scelta)', value: 'PC-3 – Procedure e affidamenti' });
  pdf.full({
    label: 'Fabbisogni e obiettivi',
    value:
      'Uniformare le procedure di affidamento dei diversi settori dopo il nuovo codice, ridurre i tempi tra progettazione e aggiudicazione e preparare i RUP alla gestione delle varianti in corso d’opera.',
  });
  pdf.columns([{ label: 'Numero indicativo di partecipanti', value: '20' }], [{ label: 'Numero di giornate in presenza', value: '3' }]);
  pdf.gap(8);
  pdf.paragraph(PRIVACY, 8.5);
  pdf.signature('Brindisi, 23 gennaio 2026', ['Il Dirigente', 'Cosimo Caliandro']);
  return pdf.save();
}

// 009 — Vigevano: values typed on ruled lines; the lab title wraps inside its column.
const vigevanoMail: ComuneMailOptions = {
  id: 'zoo2-009-vigevano',
  from: 'ufficiostampa@comune.vigevano.pv.it',
  fromName: 'Ufficio Stampa Comune di Vigevano',
  subject: 'Richiesta Capacity Lab comunicazione',
  date: '2026-01-26T09:31:00+01:00',
  client: 'outlook',
  text: 'Buongiorno,\nalleghiamo la richiesta per il laboratorio.\nGrazie\nUfficio Stampa e Comunicazione\n',
};
async function vigevano(): Promise<Buffer> {
  const pdf = await ColumnsPdf.create({
    header: [
      { text: 'COMUNE DI VIGEVANO', size: 16, bold: true },
      { text: 'Provincia di Pavia – Ufficio Stampa e Comunicazione', size: 10 },
    ],
    footer: 'Comune di Vigevano – Corso Vittorio Emanuele II 25 – 27029 Vigevano (PV) – PEC protocollo@pec.comune.vigevano.pv.it',
    producer: 'Canva',
    created: '2026-01-26T07:45:00Z',
    rules: true,
  });
  pdf.title('Capacity Lab – richiesta di attivazione');
  pdf.gap(8);
  pdf.columns(
    [{ label: 'Comune', value: 'Vigevano' }, { label: 'Referente', value: 'Elena Maestri' }, { label: 'E-mail', value: 'elena.maestri@comune.vigevano.pv.it' }],
    [{ label: 'Provincia', value: 'Pavia (PV)' }, { label: 'Servizio', value: 'Ufficio Stampa e Comunicazione' }, { label: 'Telefono', value: '0381 299 256' }],
  );
  pdf.gap(6);
  pdf.columns(
    [{ label: 'Laboratorio (prima scelta)', value: 'PC-6 Comunicazione e valorizzazione dei progetti finanziati' }],
    [{ label: 'Laboratorio (seconda scelta)', value: '—' }],
  );
  pdf.full({
    label: 'Fabbisogni e obiettivi',
    value:
      'Raccontare ai cittadini i cantieri finanziati in corso (Castello Sforzesco, scuole, piste ciclabili) rispettando gli obblighi di pubblicità dei fondi e coordinando sito, social e cartellonistica.',
  });
  pdf.columns([{ label: 'Partecipanti', value: '6' }], [{ label: 'Giornate in presenza', value: '1' }]);
  pdf.gap(10);
  pdf.signature('Vigevano, 26/01/2026', ['Firma del referente', 'Elena Maestri']);
  return pdf.save();
}

// 010 — Rieti: the lab section on page 2 under the repeated letterhead; needs on one line.
const rietiNeeds = 'Redigere la sezione Organizzazione e capitale umano del PIAO 2026-2028.';
const rietiMail: ComuneMailOptions = {
  id: 'zoo2-010-rieti',
  from: 'risorseumane@comune.rieti.it',
  fromName: 'Risorse Umane Comune di Rieti',
  subject: 'Modulo Capacity Lab - Comune di Rieti',
  date: '2026-01-26T15:48:00+01:00',
  text: 'Buonasera,\nin allegato il modulo (2 pagine).\nCordiali saluti\nServizio Risorse Umane\n',
};
async function rieti(): Promise<Buffer> {
  const pdf = await ColumnsPdf.create({
    header: [
      { text: 'COMUNE DI RIETI', size: 16, bold: true },
      { text: 'Settore II – Risorse Umane e Organizzazione', size: 10 },
    ],
    footer: 'Comune di Rieti – Piazza Vittorio Emanuele II 1 – 02100 Rieti – PEC protocollo@pec.comune.rieti.it',
    producer: 'Microsoft® Word per Microsoft 365',
    created: '2026-01-26T13:00:00Z',
  });
  pdf.title('Programma Cap4City – Modulo di richiesta Capacity Lab');
  pdf.gap(6);
  pdf.section('1. Ente richiedente');
  pdf.columns(
    [{ label: 'Comune richiedente', value: 'Comune di Rieti' }, { label: 'Forma di partecipazione', value: 'Singolo Comune' }],
    [{ label: 'Provincia (sigla)', value: 'RI' }, { label: "PEC dell'ente", value: 'protocollo@pec.comune.rieti.it' }],
  );
  pdf.section('2. Referente');
  pdf.columns(
    [{ label: 'Referente: nome e cognome', value: 'Francesca Ludovisi' }, { label: 'E-mail del referente', value: 'f.ludovisi@comune.rieti.it' }],
    [{ label: 'Ruolo / qualifica', value: 'Dirigente Risorse umane' }, { label: 'Telefono', value: '0746 287 412' }],
  );
  pdf.gap(6);
  pdf.paragraph(
    'Note per la compilazione: la sezione 3 indica un solo laboratorio in prima scelta e, se si desidera, uno in seconda scelta, con i codici del catalogo pubblicato sul sito del programma. I fabbisogni vanno descritti in modo sintetico.',
    8.5,
  );
  pdf.newPage();
  pdf.section('3. Laboratorio richiesto');
  pdf.columns([{ label: 'Ambito', value: 'Personale e organizzazione' }], [{ label: 'Laboratorio richiesto (prima scelta)', value: 'PO-4' }]);
  pdf.full({ label: 'Fabbisogni e obiettivi', value: rietiNeeds });
  pdf.section('4. Destinatari e organizzazione');
  pdf.columns([{ label: 'Numero indicativo di partecipanti', value: '11' }], [{ label: 'Numero di giornate in presenza', value: '2' }]);
  pdf.section('5. Privacy e firma');
  pdf.paragraph(PRIVACY, 8.5);
  pdf.signature('Rieti, 26/01/2026', ['Il/La dichiarante', 'Francesca Ludovisi']);
  return pdf.save();
}

// 011 — Alghero: small grey capital labels (Sardinia: no ISTAT code asserted).
const algheroMail: ComuneMailOptions = {
  id: 'zoo2-011-alghero',
  from: 'gm.sechi@comune.alghero.ss.it',
  fromName: 'Giovanni Maria Sechi',
  subject: 'Capacity Lab - richiesta Comune di Alghero',
  date: '2026-01-27T11:11:00+01:00',
  text: "Buongiorno,\nvi invio la richiesta del Comune di Alghero per il laboratorio sull'attrattività.\nSaluti\nGiovanni Maria Sechi\n",
};
async function alghero(): Promise<Buffer> {
  const pdf = await ColumnsPdf.create({
    header: [
      { text: "COMUNE DI ALGHERO – COMUNE DE L'ALGUER", size: 15, bold: true },
      { text: 'Settore Risorse Umane', size: 10 },
    ],
    footer: "Comune di Alghero – Piazza Porta Terra 9 – 07041 Alghero (SS) – PEC protocollo@pec.comune.alghero.ss.it",
    producer: 'Affinity Publisher 2.3',
    created: '2026-01-27T08:30:00Z',
    labelStyle: 'grey-caps',
  });
  pdf.title('Capacity Lab · Scheda di richiesta');
  pdf.gap(8);
  pdf.columns(
    [{ label: 'Comune', value: 'Alghero' }, { label: 'Referente', value: 'Giovanni Maria Sechi' }, { label: 'E-mail', value: 'gm.sechi@comune.alghero.ss.it' }],
    [{ label: 'Provincia', value: 'SS' }, { label: 'Ruolo', value: 'Funzionario Risorse Umane' }, { label: 'Telefono', value: '079 997 845' }],
  );
  pdf.gap(4);
  pdf.columns([{ label: 'Laboratorio', value: 'PO-1 – Attrattività del lavoro pubblico' }], [{ label: 'Ambito', value: 'Personale e organizzazione' }]);
  pdf.full({
    label: 'Fabbisogni',
    value:
      'I concorsi per profili tecnici vanno deserti e i vincitori rinunciano: serve presentare il Comune come un datore di lavoro interessante, anche verso i giovani algheresi che studiano fuori dalla Sardegna.',
  });
  pdf.columns([{ label: 'Partecipanti', value: '18' }], [{ label: 'Giornate', value: '2' }]);
  pdf.gap(10);
  pdf.signature('Alghero, 27/01/2026', ['Il referente', 'Giovanni Maria Sechi']);
  return pdf.save();
}

export const PDF_TWO_COLUMN_CASES: Zoo2Case[] = [
  {
    category,
    name: 'bolzano-due-pagine',
    build: withAttachment(bolzanoMail, 'Modulo_CapacityLab_Bolzano.pdf', MIME.pdf, bolzano),
    expected: expectRequest(headerOf(bolzanoMail), {
      comune: Z.bolzano,
      contact: { name: 'Martina Pichler', role: 'Coordinatrice Ufficio PNRR', email: 'martina.pichler@comune.bolzano.it', phone: '0471 997 312' },
      labs: ['PC-5'],
      participants: 14,
      days: 2,
    }),
  },
  {
    category,
    name: 'brindisi-colonne',
    build: withAttachment(brindisiMail, 'modulo-capacity-lab-brindisi.pdf', MIME.pdf, brindisi),
    expected: expectRequest(headerOf(brindisiMail), {
      comune: Z.brindisi,
      entityPec: 'protocollo@pec.comune.brindisi.it',
      contact: { name: 'Cosimo Caliandro', role: 'Dirigente Settore Appalti e Contratti', email: 'cosimo.caliandro@comune.brindisi.it', phone: '0831 229 540' },
      labs: ['PC-3'],
      participants: 20,
      days: 3,
    }),
  },
  {
    category,
    name: 'vigevano-righe',
    build: withAttachment(vigevanoMail, 'Richiesta Capacity Lab - Vigevano.pdf', MIME.pdf, vigevano),
    expected: expectRequest(headerOf(vigevanoMail), {
      comune: Z.vigevano,
      contact: { name: 'Elena Maestri', email: 'elena.maestri@comune.vigevano.pv.it', phone: '0381 299 256' },
      labs: ['PC-6'],
      participants: 6,
      days: 1,
    }),
  },
  {
    category,
    name: 'rieti-laboratorio-pagina-2',
    build: withAttachment(rietiMail, 'Modulo_Cap4City_Rieti.pdf', MIME.pdf, rieti),
    expected: expectRequest(headerOf(rietiMail), {
      comune: Z.rieti,
      contact: { name: 'Francesca Ludovisi', role: 'Dirigente Risorse umane', email: 'f.ludovisi@comune.rieti.it', phone: '0746 287 412' },
      labs: ['PO-4'],
      needs: rietiNeeds,
      participants: 11,
      days: 2,
    }),
  },
  {
    category,
    name: 'alghero-etichette-grigie',
    build: withAttachment(algheroMail, 'scheda_alghero.pdf', MIME.pdf, alghero),
    expected: expectRequest(headerOf(algheroMail), {
      comune: Z.alghero,
      contact: { name: 'Giovanni Maria Sechi', role: 'Funzionario Risorse Umane', email: 'gm.sechi@comune.alghero.ss.it', phone: '079 997 845' },
      labs: ['PO-1'],
      participants: 18,
      days: 2,
    }),
  },
];
