// Spreadsheets kept by other offices: the data sheet second, labels in B, a Note column, numbers, dates, formulas.
import type ExcelJS from 'exceljs';
import { expectRequest } from '../../zoo/expect.ts';
import { headerOf, withAttachment } from '../../zoo/mail.ts';
import type { ComuneMailOptions } from '../../fixtures/comune-mail.ts';
import { workbook } from '../../zoo/sheets.ts';
import { MIME } from '../../zoo/zoo-case.ts';
import { ZOO2_COMUNI as Z } from '../comuni.ts';
import type { Zoo2Case } from '../zoo2-case.ts';

const category = 'xlsx-odd' as const;

const CATALOGUE: [string, string, string][] = [
  ['PO-1', 'Attrattività del lavoro pubblico', 'Personale e organizzazione'],
  ['PO-2', 'Reclutamento', 'Personale e organizzazione'],
  ['PO-3', 'Valorizzazione e retention del personale', 'Personale e organizzazione'],
  ['PO-4', 'PIAO e programmazione delle assunzioni', 'Personale e organizzazione'],
  ['PO-5', 'Contrattazione', 'Personale e organizzazione'],
  ['PO-6', 'Gestione associata di funzioni e servizi', 'Personale e organizzazione'],
  ['PC-1', 'Costruzione del parco progetti', 'Progetti e politiche di coesione'],
  ['PC-2', 'Gestione finanziaria', 'Progetti e politiche di coesione'],
  ['PC-3', 'Procedure e affidamenti', 'Progetti e politiche di coesione'],
  ['PC-4', 'Project management', 'Progetti e politiche di coesione'],
  ['PC-5', 'Monitoraggio e valutazione', 'Progetti e politiche di coesione'],
  ['PC-6', 'Comunicazione e valorizzazione dei progetti finanziati', 'Progetti e politiche di coesione'],
];

const BOLD = { bold: true };
const FILL = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

// 018 — San Lazzaro di Savena: "Catalogo" first, data second; n° | Voce | Valore | Note; a date cell.
const sanLazzaroNeeds = 'Aggiornare il piano triennale dei fabbisogni di personale dentro il PIAO 2026-2028.';
const sanLazzaroMail: ComuneMailOptions = {
  id: 'zoo2-018-san-lazzaro',
  from: 'organizzazione@comune.sanlazzaro.bo.it',
  fromName: 'Servizio Organizzazione',
  subject: 'Capacity Lab - file richiesta San Lazzaro di Savena',
  date: '2026-01-29T10:25:00+01:00',
  client: 'outlook',
  text: 'Buongiorno,\nin allegato il file con la richiesta (foglio "Richiesta").\nCordiali saluti\nServizio Personale e Organizzazione\n',
};
const sanLazzaro = (): Promise<Buffer> =>
  workbook('Servizio Organizzazione', '2026-01-29T08:00:00Z', (book) => {
    const cat = book.addWorksheet('Catalogo');
    cat.columns = [{ width: 10 }, { width: 55 }, { width: 34 }];
    cat.addRow(['Codice', 'Laboratorio', 'Area']).font = BOLD;
    for (const row of CATALOGUE) cat.addRow(row);
    const sheet = book.addWorksheet('Richiesta');
    sheet.columns = [{ width: 5 }, { width: 34 }, { width: 58 }, { width: 30 }];
    sheet.mergeCells('A1:D1');
    sheet.getCell('A1').value = 'Comune di San Lazzaro di Savena – Richiesta Capacity Lab';
    sheet.getCell('A1').font = { bold: true, size: 14 };
    sheet.getRow(2).values = ['n.', 'Voce', 'Valore', 'Note'];
    sheet.getRow(2).font = BOLD;
    const rows: [string, string | number | Date, string][] = [
      ['Comune', 'San Lazzaro di Savena', ''],
      ['Provincia', 'BO', ''],
      ['Referente', 'Marco Tinti', ''],
      ['Ruolo', 'Responsabile Servizio Personale e Organizzazione', ''],
      ['E-mail', 'marco.tinti@comune.sanlazzaro.bo.it', ''],
      ['Telefono', '051 622 8145', 'diretto'],
      ['Laboratorio (codice)', 'PO-4', 'vedi foglio Catalogo'],
      ['Fabbisogni', sanLazzaroNeeds, ''],
      ['N. partecipanti', 9, 'dirigenti e P.O.'],
      ['Giornate in presenza', 2, ''],
      ['Data compilazione', new Date(Date.UTC(2026, 0, 28)), ''],
    ];
    rows.forEach(([label, value, note], i) => {
      const row = sheet.getRow(3 + i);
      row.getCell(1).value = i + 1;
      row.getCell(2).value = label;
      row.getCell(2).font = BOLD;
      row.getCell(3).value = value;
      if (value instanceof Date) row.getCell(3).numFmt = 'dd/mm/yyyy';
      row.getCell(3).alignment = { wrapText: true, horizontal: 'left' };
      row.getCell(4).value = note || null;
      row.getCell(4).font = { italic: true, color: { argb: 'FF7F7F7F' } };
    });
  });

// 019 — Pontedera: transposed, a two-row merged title, labels as column headers in row 3, values in row 4.
const pontederaNeeds = 'Costruire un parco di progetti pronti da candidare ai bandi regionali ed europei, partendo dal DUP.';
const pontederaMail: ComuneMailOptions = {
  id: 'zoo2-019-pontedera',
  from: 'sviluppo.economico@comune.pontedera.pi.it',
  fromName: 'Comune di Pontedera - Sviluppo economico',
  subject: 'Richiesta Capacity Lab (file excel)',
  date: '2026-01-29T15:33:00+01:00',
  text: 'Buongiorno,\nin allegato la tabella con i dati richiesti.\nSaluti\n',
};
const pontedera = (): Promise<Buffer> =>
  workbook('Sviluppo economico', '2026-01-29T13:00:00Z', (book) => {
    const sheet = book.addWorksheet('Dati');
    const headers = ['Comune', 'Provincia', 'Referente', 'Qualifica', 'E-mail referente', 'Telefono', 'Laboratorio', 'Fabbisogni', 'Partecipanti', 'Giornate', 'Periodo', 'Note'];
    const values: (string | number)[] = [
      'Pontedera', 'PI', 'Chiara Bientinesi', 'Responsabile U.O. Sviluppo economico e Fondi europei', 'c.bientinesi@comune.pontedera.pi.it', '0587 299 418',
      'Costruzione del parco progetti', pontederaNeeds, 8, 2, 'marzo-aprile 2026', 'Disponibile la sala consiliare',
    ];
    sheet.mergeCells(1, 1, 1, headers.length);
    sheet.mergeCells(2, 1, 2, headers.length);
    sheet.getCell(1, 1).value = 'COMUNE DI PONTEDERA (PI)';
    sheet.getCell(1, 1).font = { bold: true, size: 14 };
    sheet.getCell(2, 1).value = 'Richiesta di attivazione Capacity Lab – dati per il programma Cap4City';
    sheet.getCell(2, 1).font = { italic: true };
    headers.forEach((h, i) => {
      const cell = sheet.getCell(3, i + 1);
      cell.value = h;
      cell.font = BOLD;
      cell.fill = FILL('FFD9E1F2');
      sheet.getColumn(i + 1).width = h === 'Fabbisogni' ? 60 : 22;
      sheet.getCell(4, i + 1).value = values[i] ?? null;
      sheet.getCell(4, i + 1).alignment = { wrapText: true, vertical: 'top' };
    });
  });

// 020 — Venafro: "Copertina" first; labels merged B:C, values in D, "Note" in E; a mobile phone typed as a number.
const venafroNeeds = 'Preparare la parte pubblica alla firma del nuovo contratto decentrato e alla costituzione del fondo.';
const venafroMail: ComuneMailOptions = {
  id: 'zoo2-020-venafro',
  from: 'ragioneria@comune.venafro.is.it',
  fromName: 'Ragioneria Venafro',
  subject: 'scheda Capacity Lab Venafro',
  date: '2026-01-30T09:07:00+01:00',
  text: 'Buongiorno, si allega la scheda compilata.\nCordiali saluti\nUfficio Ragioneria e Personale\n',
};
const venafro = (): Promise<Buffer> =>
  workbook('Ragioneria', '2026-01-30T08:00:00Z', (book) => {
    const cover = book.addWorksheet('Copertina');
    cover.getColumn(1).width = 90;
    cover.getCell('A1').value = 'COMUNE DI VENAFRO – Provincia di Isernia';
    cover.getCell('A1').font = { bold: true, size: 14 };
    cover.getCell('A3').value = 'Programma Cap4City – Richiesta di un Capacity Lab';
    cover.getCell('A4').value = 'Compilare il foglio "Scheda". Trasmettere il file alla segreteria del programma.';
    const sheet = book.addWorksheet('Scheda');
    sheet.columns = [{ width: 5 }, { width: 20 }, { width: 16 }, { width: 55 }, { width: 28 }];
    sheet.mergeCells('A1:E1');
    sheet.getCell('A1').value = 'SCHEDA DI RICHIESTA';
    sheet.getCell('A1').font = { bold: true, size: 13 };
    sheet.getCell('A1').alignment = { horizontal: 'center' };
    const headRow = sheet.getRow(2);
    headRow.getCell(1).value = 'N.';
    sheet.mergeCells('B2:C2');
    headRow.getCell(2).value = 'Campo';
    headRow.getCell(4).value = 'Dato';
    headRow.getCell(5).value = 'Note';
    headRow.font = BOLD;
    const rows: [string, string | number, string][] = [
      ['Comune', 'Venafro', ''],
      ['Provincia', 'IS', ''],
      ['Referente', 'Giuseppina Iannacone', ''],
      ['Qualifica', 'Responsabile Servizio Finanziario e Personale', ''],
      ['E-mail', 'g.iannacone@comune.venafro.is.it', 'preferibile'],
      ['Cellulare', 3394417820, 'anche WhatsApp'],
      ['Laboratorio', 'PO-5 Contrattazione', ''],
      ['Fabbisogni', venafroNeeds, ''],
      ['Partecipanti', 4, ''],
      ['Giornate', 1, 'in presenza'],
    ];
    rows.forEach(([label, value, note], i) => {
      const n = 3 + i;
      sheet.getCell(n, 1).value = i + 1;
      sheet.mergeCells(n, 2, n, 3);
      sheet.getCell(n, 2).value = label;
      sheet.getCell(n, 2).font = BOLD;
      sheet.getCell(n, 4).value = value;
      sheet.getCell(n, 4).alignment = { wrapText: true, horizontal: 'left' };
      sheet.getCell(n, 5).value = note || null;
    });
  });

// 021 — Civitanova Marche: "1.1"-style numbering as text, section rows, rich text, a lab picked from a list.
const civitanovaNeeds = 'Gestire gli affidamenti sotto soglia con la piattaforma di approvvigionamento digitale certificata e ridurre i ricorsi.';
const civitanovaMail: ComuneMailOptions = {
  id: 'zoo2-021-civitanova',
  from: 'gare@comune.civitanova.mc.it',
  fromName: 'Ufficio Gare e Contratti',
  subject: 'Cap4City - richiesta laboratorio - Civitanova Marche',
  date: '2026-01-30T11:44:00+01:00',
  client: 'outlook',
  text: 'Buongiorno,\nsi invia in allegato il file di richiesta.\nCordiali saluti\nUfficio Gare e Contratti\n',
};
const civitanova = (): Promise<Buffer> =>
  workbook('Ufficio Gare', '2026-01-30T09:00:00Z', (book) => {
    const sheet = book.addWorksheet('Richiesta');
    sheet.columns = [{ width: 7 }, { width: 36 }, { width: 62 }];
    sheet.mergeCells('A1:C1');
    sheet.getCell('A1').value = 'CITTÀ DI CIVITANOVA MARCHE – Capacity Lab';
    sheet.getCell('A1').font = { bold: true, size: 14 };
    type Row = { section: string; n: string } | [string, string, string | ExcelJS.CellRichTextValue | number];
    const rows: Row[] = [
      { section: 'ENTE', n: '1' },
      ['1.1', 'Comune richiedente', 'Civitanova Marche'],
      ['1.2', 'Provincia', 'MC'],
      { section: 'REFERENTE', n: '2' },
      ['2.1', 'Nome e cognome', 'Daniele Properzi'],
      ['2.2', 'Qualifica', 'Responsabile Ufficio Gare e Contratti'],
      ['2.3', 'E-mail', 'd.properzi@comune.civitanova.mc.it'],
      ['2.4', 'Telefono', '0733 822 279'],
      { section: 'LABORATORIO', n: '3' },
      ['3.1', 'Laboratorio richiesto', 'PC-3 - Procedure e affidamenti'],
      ['3.2', 'Fabbisogni', { richText: [{ text: 'Gestire gli affidamenti sotto soglia ', font: {} }, { text: 'con la piattaforma di approvvigionamento digitale certificata', font: { bold: true } }, { text: ' e ridurre i ricorsi.', font: {} }] }],
      { section: 'ORGANIZZAZIONE', n: '4' },
      ['4.1', 'Partecipanti', 14],
      ['4.2', 'Giornate in presenza', 2],
    ];
    let line = 3;
    for (const row of rows) {
      if ('section' in row) {
        sheet.getCell(line, 1).value = row.n;
        sheet.mergeCells(line, 2, line, 3);
        sheet.getCell(line, 2).value = row.section;
        sheet.getRow(line).font = BOLD;
        sheet.getCell(line, 2).fill = FILL('FFFCE4D6');
      } else {
        sheet.getCell(line, 1).value = row[0];
        sheet.getCell(line, 2).value = row[1];
        sheet.getCell(line, 3).value = row[2];
        sheet.getCell(line, 3).alignment = { wrapText: true, horizontal: 'left' };
        if (row[1] === 'Laboratorio richiesto') sheet.getCell(line, 3).dataValidation = { type: 'list', allowBlank: true, formulae: ['Elenco!$A$1:$A$12'] };
      }
      line += 1;
    }
    const list = book.addWorksheet('Elenco', { state: 'hidden' });
    CATALOGUE.forEach(([code, title], i) => (list.getCell(i + 1, 1).value = `${code} - ${title}`));
  });

// 022 — Reggio di Calabria: total participants as a formula over two rows; a date cell; lab by title.
const reggioNeeds = 'Definire indicatori di risultato per gli interventi del PN Metro Plus e alimentare il monitoraggio senza ritardi.';
const reggioMail: ComuneMailOptions = {
  id: 'zoo2-022-reggio-calabria',
  from: 'programmazione@comune.reggio-calabria.it',
  fromName: 'Settore Programmazione',
  subject: 'Capacity Lab - Città di Reggio Calabria',
  date: '2026-01-30T13:15:00+01:00',
  text: 'Buongiorno,\nsi trasmette il foglio di calcolo con la richiesta.\nCordiali saluti\nSettore Programmazione e Fondi comunitari\n',
};
const reggio = (): Promise<Buffer> =>
  workbook('Programmazione', '2026-01-30T11:00:00Z', (book) => {
    const info = book.addWorksheet('Istruzioni');
    info.getColumn(1).width = 100;
    info.getCell('A1').value = 'Istruzioni';
    info.getCell('A1').font = { bold: true };
    info.getCell('A2').value = 'Compilare il foglio "Modulo" nelle celle della colonna C. Il totale dei partecipanti è calcolato automaticamente.';
    const sheet = book.addWorksheet('Modulo');
    sheet.columns = [{ width: 5 }, { width: 34 }, { width: 60 }];
    sheet.mergeCells('A1:C1');
    sheet.getCell('A1').value = 'CITTÀ DI REGGIO CALABRIA – Modulo di richiesta Capacity Lab';
    sheet.getCell('A1').font = { bold: true, size: 13 };
    const rows: [string, string | number | Date | ExcelJS.CellFormulaValue][] = [
      ['Comune', 'Reggio di Calabria'],
      ['Provincia', 'RC'],
      ['Referente', 'Demetrio Battaglia'],
      ['Ruolo', 'Funzionario Settore Programmazione'],
      ['E-mail', 'd.battaglia@comune.reggio-calabria.it'],
      ['Telefono', '0965 362 2417'],
      ['Laboratorio', 'Monitoraggio e valutazione'],
      ['Fabbisogni', reggioNeeds],
      ['di cui dirigenti', 4],
      ['di cui funzionari', 11],
      ['Totale partecipanti', { formula: 'C11+C12', result: 15 }],
      ['Giornate in presenza', 2],
      ['Data', new Date(Date.UTC(2026, 0, 29))],
    ];
    rows.forEach(([label, value], i) => {
      const n = 3 + i;
      sheet.getCell(n, 1).value = i + 1;
      sheet.getCell(n, 2).value = label;
      sheet.getCell(n, 2).font = BOLD;
      sheet.getCell(n, 3).value = value;
      if (value instanceof Date) sheet.getCell(n, 3).numFmt = 'dd/mm/yyyy';
      sheet.getCell(n, 3).alignment = { wrapText: true, horizontal: 'left' };
    });
  });

export const XLSX_ODD_CASES: Zoo2Case[] = [
  {
    category,
    name: 'san-lazzaro-foglio-due',
    build: withAttachment(sanLazzaroMail, 'Richiesta_CapacityLab_SanLazzaro.xlsx', MIME.xlsx, sanLazzaro),
    expected: expectRequest(headerOf(sanLazzaroMail), {
      comune: Z.sanLazzaro,
      contact: { name: 'Marco Tinti', role: 'Responsabile Servizio Personale e Organizzazione', email: 'marco.tinti@comune.sanlazzaro.bo.it', phone: '051 622 8145' },
      labs: ['PO-4'],
      needs: sanLazzaroNeeds,
      participants: 9,
      days: 2,
    }),
  },
  {
    category,
    name: 'pontedera-trasposto',
    build: withAttachment(pontederaMail, 'Pontedera_CapacityLab.xlsx', MIME.xlsx, pontedera),
    expected: expectRequest(headerOf(pontederaMail), {
      comune: Z.pontedera,
      contact: { name: 'Chiara Bientinesi', role: 'Responsabile U.O. Sviluppo economico e Fondi europei', email: 'c.bientinesi@comune.pontedera.pi.it', phone: '0587 299 418' },
      labs: ['PC-1'],
      needs: pontederaNeeds,
      participants: 8,
      days: 2,
    }),
  },
  {
    category,
    name: 'venafro-copertina-note',
    build: withAttachment(venafroMail, 'scheda_venafro.xlsx', MIME.xlsx, venafro),
    expected: expectRequest(headerOf(venafroMail), {
      comune: Z.venafro,
      contact: { name: 'Giuseppina Iannacone', role: 'Responsabile Servizio Finanziario e Personale', email: 'g.iannacone@comune.venafro.is.it', phone: '3394417820' },
      labs: ['PO-5'],
      needs: venafroNeeds,
      participants: 4,
      days: 1,
    }),
  },
  {
    category,
    name: 'civitanova-numerazione-elenco',
    build: withAttachment(civitanovaMail, 'Civitanova_richiesta_CapacityLab.xlsx', MIME.xlsx, civitanova),
    expected: expectRequest(headerOf(civitanovaMail), {
      comune: Z.civitanova,
      contact: { name: 'Daniele Properzi', role: 'Responsabile Ufficio Gare e Contratti', email: 'd.properzi@comune.civitanova.mc.it', phone: '0733 822 279' },
      labs: ['PC-3'],
      needs: civitanovaNeeds,
      participants: 14,
      days: 2,
    }),
  },
  {
    category,
    name: 'reggio-calabria-formula',
    build: withAttachment(reggioMail, 'Modulo_CapacityLab_RC.xlsx', MIME.xlsx, reggio),
    expected: expectRequest(headerOf(reggioMail), {
      comune: Z.reggioCalabria,
      contact: { name: 'Demetrio Battaglia', role: 'Funzionario Settore Programmazione', email: 'd.battaglia@comune.reggio-calabria.it', phone: '0965 362 2417' },
      labs: ['PC-5'],
      needs: reggioNeeds,
      participants: 15,
      days: 2,
    }),
  },
];
