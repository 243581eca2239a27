import { DEFAULT_CATALOG } from '../../../src/core/form/default-catalog.ts';
import type { ComuneMailOptions } from '../../fixtures/comune-mail.ts';
import { ZOO_COMUNI as C } from '../comuni.ts';
import { expectRequest } from '../expect.ts';
import { headerOf, withAttachment } from '../mail.ts';
import { columnsSheet, instructionsSheet, rowsSheet, workbook } from '../sheets.ts';
import { MIME } from '../zoo-case.ts';
import type { ZooCase } from '../zoo-case.ts';

const withXlsx = (mail: ComuneMailOptions, filename: string, make: () => Promise<Buffer>) => withAttachment(mail, filename, MIME.xlsx, make);

// 021 — title merged over A1:C1, n° / label / value, numbers as numbers
const PADOVA_NEEDS = 'Uniformare le procedure di affidamento dei settori tecnici e usare la piattaforma di e-procurement certificata per tutte le gare sotto soglia.';
const padovaMail: ComuneMailOptions = {
  id: 'zoo-021-padova',
  from: 'garecontratti@comune.padova.it',
  fromName: 'Ufficio Gare e Contratti',
  subject: 'Cap4City richiesta Capacity Lab - Comune di Padova',
  date: '2026-02-11T10:00:00+01:00',
  client: 'outlook',
  text: 'Buongiorno,\ninviamo il file Excel con i dati richiesti.\n\nUfficio Gare e Contratti\nComune di Padova\n',
};

const padovaXlsx = () =>
  workbook('Bettella Giovanni', '2026-02-11T08:30:00Z', (book) => {
    rowsSheet(book, 'Richiesta', 'RICHIESTA CAPACITY LAB – COMUNE DI PADOVA', [
      ['Comune', 'Padova'],
      ['Provincia', 'PD'],
      ['Codice ISTAT', '028060'],
      ['Referente (nome e cognome)', 'Giovanni Bettella'],
      ['Ruolo', 'Responsabile Ufficio Gare e Contratti'],
      ['E-mail', 'bettellag@comune.padova.it'],
      ['Telefono', '049 8205312'],
      ['Laboratorio', 'PC-3 - Procedure e affidamenti'],
      ['Fabbisogni e obiettivi', PADOVA_NEEDS],
      ['Numero partecipanti', 25],
      ['Giornate', 3],
      ['Periodo preferito', 'marzo 2026'],
    ]);
  });

// 022 — a leading "Istruzioni" sheet that lists the whole catalogue
const VASTO_NEEDS = 'Redigere il primo PIAO in forma completa dopo il superamento dei 50 dipendenti.';
const vastoMail: ComuneMailOptions = {
  id: 'zoo-022-vasto',
  from: 'personale@comune.vasto.ch.it',
  subject: 'Modulo Excel Cap4City',
  date: '2026-02-12T09:20:00+01:00',
  text: 'Buongiorno, si allega il modulo compilato.\nCordiali saluti\nUfficio Personale – Comune di Vasto\n',
};

const vastoXlsx = () =>
  workbook('Menna Lucia', '2026-02-12T08:00:00Z', (book) => {
    instructionsSheet(book, [
      'ISTRUZIONI PER LA COMPILAZIONE',
      '1. Compilare il foglio «Modulo» in tutte le sue parti.',
      '2. Nel campo Laboratorio indicare il codice del laboratorio scelto tra i seguenti:',
      ...DEFAULT_CATALOG.labs.map((lab) => `     ${lab.code}  ${lab.title}`),
      "3. Nel campo Fabbisogni descrivere in breve le esigenze dell'Ente.",
      '4. Salvare il file e inviarlo al Segretariato Cap4City.',
    ]);
    rowsSheet(book, 'Modulo', 'MODULO DI RICHIESTA CAPACITY LAB', [
      ['Comune', 'Vasto'],
      ['Provincia', 'CH'],
      ['Referente', 'Lucia Menna'],
      ['Qualifica', 'Istruttore direttivo – Ufficio Personale'],
      ['E-mail', 'l.menna@comune.vasto.ch.it'],
      ['Telefono', '0873 309245'],
      ['Laboratorio', 'PO-4'],
      ['Fabbisogni', VASTO_NEEDS],
      ['Partecipanti', 6],
      ['Giornate', 1],
    ]);
  });

// 023 — bold section rows merged over B:C, a mobile number stored as a number
const CERIGNOLA_NEEDS = 'Costruire un parco progetti coerente con il DUP per candidarsi ai bandi FESR 2021-2027 e al Fondo per lo sviluppo e la coesione.';
const cerignolaMail: ComuneMailOptions = {
  id: 'zoo-023-cerignola',
  from: 'progettazione@comune.cerignola.fg.it',
  subject: 'Richiesta Capacity Lab',
  date: '2026-02-12T16:40:00+01:00',
  text: 'Salve,\nin allegato il file con la richiesta del Comune di Cerignola.\nGrazie\n',
};

const cerignolaXlsx = () =>
  workbook('Servizio Progettazione', '2026-02-12T15:00:00Z', (book) => {
    rowsSheet(book, 'Foglio1', 'Cap4City – Capacity Lab', [
      { section: 'ENTE' },
      ['Comune richiedente', 'Cerignola'],
      ['Provincia', 'FG'],
      { section: 'REFERENTE' },
      ['Nome e cognome', 'Michele Dibenedetto'],
      ['Ruolo', 'Responsabile Servizio Progettazione e Fondi'],
      ['E-mail', 'm.dibenedetto@comune.cerignola.fg.it'],
      ['Cellulare', 3471234567],
      { section: 'LABORATORIO' },
      ['Laboratorio richiesto', 'Costruzione del parco progetti'],
      ['Fabbisogni e obiettivi', CERIGNOLA_NEEDS],
      ['N. partecipanti', 7],
    ]);
  });

// 024 — one column per field: headers on row 1, values on row 2
const FIUMICINO_NEEDS = 'Migliorare la rendicontazione e il controllo dei flussi finanziari dei progetti PNRR tra Ragioneria e settori tecnici.';
const fiumicinoMail: ComuneMailOptions = {
  id: 'zoo-024-fiumicino',
  from: 'ragioneria@comune.fiumicino.rm.it',
  fromName: 'Area Finanziaria',
  subject: 'Dati per Capacity Lab',
  date: '2026-02-13T11:35:00+01:00',
  client: 'outlook',
  text: 'Buongiorno,\nsi trasmettono i dati in formato Excel.\n\nArea Finanziaria – Comune di Fiumicino\n',
};

const fiumicinoXlsx = () =>
  workbook('Ferri Daniela', '2026-02-13T10:00:00Z', (book) => {
    columnsSheet(
      book,
      'Foglio1',
      ['Comune', 'Prov.', 'Referente', 'Ruolo', 'Email', 'Telefono', 'Laboratorio (codice)', 'Fabbisogni', 'N. partecipanti', 'Giornate'],
      ['Fiumicino', 'RM', 'Daniela Ferri', 'Funzionaria contabile – Ragioneria', 'd.ferri@comune.fiumicino.rm.it', '06 65210418', 'PC-2', FIUMICINO_NEEDS, 5, 2],
    );
  });

// 025 — "Istruzioni" first, then name and surname in separate columns
const ROVERETO_NEEDS = 'Trattenere il personale tecnico neoassunto con percorsi di sviluppo delle competenze, lavoro agile e welfare.';
const roveretoMail: ComuneMailOptions = {
  id: 'zoo-025-rovereto',
  from: 'personale@comune.rovereto.tn.it',
  fromName: 'Ufficio Personale',
  subject: 'Cap4City - file richiesta Comune di Rovereto',
  date: '2026-02-16T08:55:00+01:00',
  text: 'Buongiorno,\nalleghiamo il file compilato.\nCordiali saluti\n\nUfficio Personale – Comune di Rovereto\nTel. 0464 452111\n',
};

const roveretoXlsx = () =>
  workbook('Ufficio Personale', '2026-02-16T07:30:00Z', (book) => {
    instructionsSheet(book, [
      'Istruzioni',
      'Compilare il foglio «Dati» con una sola riga, senza modificare le intestazioni delle colonne.',
      'La colonna «Laboratorio richiesto» accetta il titolo del laboratorio come indicato nel catalogo Cap4City.',
      'Le colonne «Partecipanti» e «Giornate» accettano solo numeri.',
    ]);
    columnsSheet(
      book,
      'Dati',
      ['Ente', 'Nome', 'Cognome', 'Qualifica', 'E-mail referente', 'Telefono', 'Laboratorio richiesto', 'Fabbisogni e obiettivi', 'Partecipanti', 'Giornate'],
      ['Comune di Rovereto', 'Chiara', 'Gerola', 'Funzionaria Ufficio Personale', 'chiara.gerola@comune.rovereto.tn.it', '0464 452318', 'Valorizzazione e retention del personale', ROVERETO_NEEDS, 15, 2],
    );
  });

// 026 — a title row, then short headers on row 3 and the values on row 4
const ABANO_NEEDS = 'Organizzare i concorsi per 4 posti di istruttore in forma aggregata con i Comuni termali vicini.';
const abanoMail: ComuneMailOptions = {
  id: 'zoo-026-abano',
  from: 'segreteria@comune.abanoterme.pd.it',
  subject: 'Richiesta lab Cap4City',
  date: '2026-02-17T13:00:00+01:00',
  text: 'Buongiorno, in allegato la tabella. Saluti\nSegreteria – Comune di Abano Terme\n',
};

const abanoXlsx = () =>
  workbook('Segreteria', '2026-02-17T11:00:00Z', (book) => {
    const sheet = columnsSheet(
      book,
      'Richiesta',
      ['Comune', 'Prov.', 'Referente', 'Tel.', 'Mail', 'Lab.', 'Obiettivi', 'N. part.', 'Giornate'],
      ['Abano Terme', 'PD', 'Marco Schiavon', '049 8245227', 'm.schiavon@comune.abanoterme.pd.it', 'PO-2 Reclutamento', ABANO_NEEDS, 4, 1],
      3,
    );
    sheet.mergeCells('A1:I1');
    sheet.getCell('A1').value = 'Cap4City – richiesta Capacity Lab';
    sheet.getCell('A1').font = { bold: true, size: 14 };
  });

export const XLSX_CASES: ZooCase[] = [
  {
    category: 'xlsx-rows',
    name: 'padova',
    build: withXlsx(padovaMail, 'Richiesta_CapacityLab_Padova.xlsx', padovaXlsx),
    expected: expectRequest(headerOf(padovaMail), {
      comune: C.padova,
      contact: { name: 'Giovanni Bettella', role: 'Responsabile Ufficio Gare e Contratti', email: 'bettellag@comune.padova.it', phone: '049 8205312' },
      labs: ['PC-3'],
      needs: PADOVA_NEEDS,
      participants: 25,
      days: 3,
    }),
  },
  {
    category: 'xlsx-rows',
    name: 'vasto',
    build: withXlsx(vastoMail, 'Modulo Cap4City.xlsx', vastoXlsx),
    expected: expectRequest(headerOf(vastoMail), {
      comune: C.vasto,
      contact: { name: 'Lucia Menna', role: 'Istruttore direttivo – Ufficio Personale', email: 'l.menna@comune.vasto.ch.it', phone: '0873 309245' },
      labs: ['PO-4'],
      needs: VASTO_NEEDS,
      participants: 6,
      days: 1,
    }),
  },
  {
    category: 'xlsx-rows',
    name: 'cerignola',
    build: withXlsx(cerignolaMail, 'capacity lab cerignola.xlsx', cerignolaXlsx),
    expected: expectRequest(headerOf(cerignolaMail), {
      comune: C.cerignola,
      contact: { name: 'Michele Dibenedetto', role: 'Responsabile Servizio Progettazione e Fondi', email: 'm.dibenedetto@comune.cerignola.fg.it', phone: '3471234567' },
      labs: ['PC-1'],
      needs: CERIGNOLA_NEEDS,
      participants: 7,
    }),
  },
  {
    category: 'xlsx-columns',
    name: 'fiumicino',
    build: withXlsx(fiumicinoMail, 'dati_capacity_lab.xlsx', fiumicinoXlsx),
    expected: expectRequest(headerOf(fiumicinoMail), {
      comune: C.fiumicino,
      contact: { name: 'Daniela Ferri', role: 'Funzionaria contabile – Ragioneria', email: 'd.ferri@comune.fiumicino.rm.it', phone: '06 65210418' },
      labs: ['PC-2'],
      needs: FIUMICINO_NEEDS,
      participants: 5,
      days: 2,
    }),
  },
  {
    category: 'xlsx-columns',
    name: 'rovereto',
    build: withXlsx(roveretoMail, 'Cap4City_Rovereto.xlsx', roveretoXlsx),
    expected: expectRequest(headerOf(roveretoMail), {
      comune: C.rovereto,
      contact: { name: 'Chiara Gerola', role: 'Funzionaria Ufficio Personale', email: 'chiara.gerola@comune.rovereto.tn.it', phone: '0464 452318' },
      labs: ['PO-3'],
      needs: ROVERETO_NEEDS,
      participants: 15,
      days: 2,
    }),
  },
  {
    category: 'xlsx-columns',
    name: 'abano-terme',
    build: withXlsx(abanoMail, 'richiesta.xlsx', abanoXlsx),
    expected: expectRequest(headerOf(abanoMail), {
      comune: C.abano,
      contact: { name: 'Marco Schiavon', email: 'm.schiavon@comune.abanoterme.pd.it', phone: '049 8245227' },
      labs: ['PO-2'],
      needs: ABANO_NEEDS,
      participants: 4,
      days: 1,
    }),
  },
];
