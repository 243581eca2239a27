import type { ComuneMailOptions } from '../../fixtures/comune-mail.ts';
import { savedByLibreOffice, workbook, writeRows } from '../sheets3.ts';
import { C, MIME, expectRequest, headerOf, withAttachment } from '../common.ts';
import type { Zoo3Case } from '../zoo3-case.ts';

const category = 'spreadsheet' as const;
const TITLES: [string, string][] = [
  ['PO-1', 'Attrattività del lavoro pubblico'],
  ['PO-2', 'Reclutamento'],
  ['PO-3', 'Valorizzazione e retention del personale'],
  ['PO-4', 'PIAO e programmazione delle assunzioni'],
  ['PO-5', 'Contrattazione'],
  ['PO-6', 'Gestione associata di funzioni e servizi'],
  ['PC-1', 'Costruzione del parco progetti'],
  ['PC-2', 'Gestione finanziaria'],
  ['PC-3', 'Procedure e affidamenti'],
  ['PC-4', 'Project management'],
  ['PC-5', 'Monitoraggio e valutazione'],
  ['PC-6', 'Comunicazione e valorizzazione dei progetti finanziati'],
];

// 017 — Chieri: two-column list, blank rows between sections, comments on labels, a hidden column of notes.
const chieriNeeds = 'Rendere più rapide le selezioni per i profili tecnici e usare meglio i colloqui e le prove pratiche.';
const chieri: ComuneMailOptions = {
  id: 'zoo3-017-chieri',
  from: 's.rinaudo@comune.chieri.to.it',
  fromName: 'Silvia Rinaudo',
  subject: 'Scheda richiesta Cap4City - Chieri',
  date: '2026-01-30T11:08:00+01:00',
  client: 'outlook',
  text: 'Buongiorno,\nvi inoltro la scheda (file Excel) con i dati della nostra richiesta.\nSaluti\nSilvia Rinaudo\nUfficio Personale – Città di Chieri\n',
};

async function chieriSheet(): Promise<Buffer> {
  return workbook('srinaudo', '2026-01-30T10:40:00Z', (book) => {
    const sheet = book.addWorksheet('Richiesta');
    sheet.getColumn(1).width = 30;
    sheet.getColumn(2).width = 62;
    sheet.getColumn(3).width = 30;
    sheet.getCell('A1').value = 'RICHIESTA CAPACITY LAB – PROGRAMMA CAP4CITY';
    sheet.getCell('A1').font = { bold: true, size: 13 };
    writeRows(sheet, 3, [
      { section: 'ENTE' },
      ['Comune', 'Chieri', 'ok da anagrafe'],
      ['Provincia', 'TO'],
      ['Codice ISTAT', '001078'],
      ['PEC', 'protocollo@cert.comune.chieri.to.it'],
      null,
      { section: 'REFERENTE' },
      ['Nome e cognome', 'Silvia Rinaudo', 'sentita la dirigente il 20/01'],
      ['Qualifica', 'Istruttore direttivo – Ufficio Personale'],
      ['E-mail', 's.rinaudo@comune.chieri.to.it'],
      ['Telefono', '011 9428317'],
      null,
      { section: 'LABORATORIO' },
      ['Laboratorio richiesto', 'PO-2 Reclutamento', 'verificare con il Segretario'],
      ['Fabbisogni', chieriNeeds],
      null,
      { section: 'ORGANIZZAZIONE' },
      ['Partecipanti', 11],
      ['Giornate in presenza', 2],
      ['Periodo', 'ottobre 2026'],
    ]);
    sheet.getColumn(3).hidden = true;
    sheet.getCell('A10').note = 'Indicare il dipendente che seguirà il laboratorio';
    sheet.getCell('A16').note = 'Codice e titolo come nel catalogo';
    sheet.getCell('A17').note = 'Max 5 righe';
  });
}

// 018 — Faenza: the twelve titles with a "Sì/No" column.
const faenzaNeeds = 'Raccontare ai cittadini i lavori finanziati dopo l\'alluvione e rispettare gli obblighi di pubblicità dei fondi.';
const faenza: ComuneMailOptions = {
  id: 'zoo3-018-faenza',
  from: 'urp@comune.faenza.ra.it',
  fromName: 'URP Comune di Faenza',
  subject: 'Cap4City: scheda di adesione',
  date: '2026-01-30T15:22:00+01:00',
  text: 'Buongiorno,\nin allegato la scheda di adesione compilata.\nCordiali saluti\nElisa Gurioli\nURP e Comunicazione\n',
};

async function faenzaSheet(): Promise<Buffer> {
  return workbook('URP', '2026-01-30T14:50:00Z', (book) => {
    const sheet = book.addWorksheet('Modulo');
    sheet.getColumn(1).width = 58;
    sheet.getColumn(2).width = 48;
    let line = writeRows(sheet, 1, [
      ['Comune', 'Faenza'],
      ['Provincia', 'RA'],
      ['Referente', 'Elisa Gurioli'],
      ['Ruolo', 'Responsabile URP e Comunicazione'],
      ['E-mail', 'elisa.gurioli@comune.faenza.ra.it'],
      ['Telefono', '0546 691245'],
      null,
      ['Laboratorio (indicare Sì in corrispondenza del laboratorio scelto)', 'Sì/No'],
    ]);
    for (const [code, title] of TITLES) {
      sheet.getCell(line, 1).value = title;
      sheet.getCell(line, 2).value = code === 'PC-6' ? 'Sì' : 'No';
      sheet.getCell(line, 2).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Sì,No"'] };
      line += 1;
    }
    writeRows(sheet, line + 1, [
      ['Fabbisogni e obiettivi', faenzaNeeds],
      ['Numero partecipanti', 12],
      ['Giornate in presenza', 2],
    ]);
  });
}

// 019 — Guidonia Montecelio: the lab from a drop-down fed by a hidden column with all twelve labs.
const guidoniaNeeds = 'Organizzare un ufficio di supporto ai RUP che segua tempi, rischi e avanzamento dei progetti finanziati.';
const guidonia: ComuneMailOptions = {
  id: 'zoo3-019-guidonia',
  from: 'politichecomunitarie@comune.guidonia.rm.it',
  fromName: 'Ufficio Politiche Comunitarie',
  subject: 'Richiesta Capacity Lab – Comune di Guidonia Montecelio',
  date: '2026-02-02T10:02:00+01:00',
  client: 'outlook',
  text: 'Buongiorno,\nsi trasmette la scheda di richiesta in formato Excel.\n\nCordiali saluti\nUfficio Politiche Comunitarie\nComune di Guidonia Montecelio\n',
};

async function guidoniaSheet(): Promise<Buffer> {
  return workbook('Ufficio Politiche Comunitarie', '2026-02-02T09:30:00Z', (book) => {
    const sheet = book.addWorksheet('Scheda');
    sheet.getColumn(1).width = 34;
    sheet.getColumn(2).width = 60;
    TITLES.forEach(([code, title], i) => {
      sheet.getCell(i + 1, 5).value = `${code} - ${title}`;
    });
    sheet.getColumn(5).hidden = true;
    writeRows(sheet, 1, [
      ['Comune richiedente', 'Guidonia Montecelio'],
      ['Provincia', 'RM'],
      ['Referente', 'Valerio Cecchini'],
      ['Ruolo', 'Funzionario Ufficio Politiche Comunitarie'],
      ['E-mail referente', 'v.cecchini@comune.guidonia.rm.it'],
      ['Telefono', '0774 301254'],
      ['Laboratorio richiesto', 'PC-4 - Project management'],
      ['Fabbisogni e obiettivi', guidoniaNeeds],
      ['Partecipanti', 15],
      ['Giornate', 3],
    ]);
    sheet.getCell('B7').dataValidation = { type: 'list', allowBlank: false, formulae: ['$E$1:$E$12'], showErrorMessage: true };
  });
}

// 020 — Avezzano: saved by LibreOffice, "Foglio1", labels with ":", code + title + SI/NO.
const avezzanoNeeds = 'Scrivere il PIAO 2026-2028 in modo integrato e collegare il piano delle assunzioni alle cessazioni dei prossimi tre anni.';
const avezzano: ComuneMailOptions = {
  id: 'zoo3-020-avezzano',
  from: 'personale@comune.avezzano.aq.it',
  fromName: 'Ufficio Personale - Comune di Avezzano',
  subject: 'richiesta laboratorio',
  date: '2026-02-02T12:47:00+01:00',
  text: 'Buongiorno, alleghiamo il foglio con la richiesta.\nUfficio Personale Avezzano\n',
};

async function avezzanoSheet(): Promise<Buffer> {
  const xlsx = await workbook('utente', '2026-02-02T11:00:00Z', (book) => {
    const sheet = book.addWorksheet('Foglio1');
    sheet.getColumn(1).width = 26;
    sheet.getColumn(2).width = 56;
    sheet.getColumn(3).width = 10;
    let line = writeRows(sheet, 1, [
      ['Comune:', 'Avezzano'],
      ['Provincia:', 'AQ'],
      ['Referente:', 'Gianluca Di Pietro'],
      ['Qualifica:', 'Istruttore direttivo amministrativo'],
      ['E-mail:', 'g.dipietro@comune.avezzano.aq.it'],
      ['Tel.:', '0863 501312'],
      null,
      ['Laboratorio scelto:', null, 'SI/NO'],
    ]);
    sheet.getCell('A8').note = 'Scrivere SI accanto a un solo laboratorio';
    for (const [code, title] of TITLES) {
      sheet.getCell(line, 1).value = code;
      sheet.getCell(line, 2).value = title;
      sheet.getCell(line, 3).value = code === 'PO-4' ? 'SI' : 'NO';
      line += 1;
    }
    writeRows(sheet, line + 1, [
      ['Fabbisogni:', avezzanoNeeds],
      ['Partecipanti:', 14],
      ['Giornate:', 2],
    ]);
  });
  return savedByLibreOffice(xlsx);
}

// 021 — Palmi: labels in column B, merged title rows, the lab written as the office calls it.
const palmiNeeds =
  "Preparare la parte pubblica alla trattativa sul nuovo contratto decentrato, con la costituzione del fondo e i criteri per le progressioni, in un Ente che non rinnova l'accordo dal 2019.";
const palmi: ComuneMailOptions = {
  id: 'zoo3-021-palmi',
  from: 'f.cutri@comune.palmi.rc.it',
  fromName: 'Francesco Cutrì',
  subject: 'Cap4City - scheda Comune di Palmi',
  date: '2026-02-03T09:40:00+01:00',
  client: 'outlook',
  text: 'Buongiorno,\nallego la scheda di richiesta del Comune di Palmi.\nCordiali saluti\nFrancesco Cutrì\n',
};

async function palmiSheet(): Promise<Buffer> {
  return workbook('Francesco Cutrì', '2026-02-03T09:00:00Z', (book) => {
    const sheet = book.addWorksheet('Scheda richiesta');
    sheet.getColumn(1).width = 3;
    sheet.getColumn(2).width = 28;
    sheet.getColumn(3).width = 70;
    sheet.mergeCells('B1:C1');
    sheet.mergeCells('B2:C2');
    sheet.getCell('B1').value = 'COMUNE DI PALMI';
    sheet.getCell('B1').font = { bold: true, size: 14 };
    sheet.getCell('B1').alignment = { horizontal: 'center' };
    sheet.getCell('B2').value = 'Scheda richiesta Capacity Lab – Cap4City';
    sheet.getCell('B2').alignment = { horizontal: 'center' };
    writeRows(
      sheet,
      4,
      [
        ['Ente', 'Comune di Palmi (RC)'],
        null,
        ['Referente', 'Francesco Cutrì'],
        ['Profilo', 'Istruttore direttivo amministrativo'],
        ['Email', 'f.cutri@comune.palmi.rc.it'],
        ['Telefono', '0966 262215'],
        null,
        ['Tematica', 'contrattazione decentrata integrativa'],
        ['Esigenze', palmiNeeds],
        null,
        ['N. partecipanti', 10],
      ],
      2,
    );
    sheet.getRow(12).height = 48;
  });
}

export const SPREADSHEET_CASES: Zoo3Case[] = [
  {
    category,
    name: 'chieri-righe-vuote-note-colonna-nascosta',
    build: withAttachment(chieri, 'Scheda_Cap4City_Chieri.xlsx', MIME.xlsx, chieriSheet),
    expected: expectRequest(headerOf(chieri), {
      comune: C.chieri,
      contact: { name: 'Silvia Rinaudo', role: 'Istruttore direttivo – Ufficio Personale', email: 's.rinaudo@comune.chieri.to.it', phone: '011 9428317' },
      labs: ['PO-2'],
      needs: chieriNeeds,
      participants: 11,
      days: 2,
    }),
  },
  {
    category,
    name: 'faenza-colonna-si-no',
    build: withAttachment(faenza, 'scheda_adesione_cap4city.xlsx', MIME.xlsx, faenzaSheet),
    expected: expectRequest(headerOf(faenza), {
      comune: C.faenza,
      contact: { name: 'Elisa Gurioli', role: 'Responsabile URP e Comunicazione', email: 'elisa.gurioli@comune.faenza.ra.it', phone: '0546 691245' },
      labs: ['PC-6'],
      needs: faenzaNeeds,
      participants: 12,
      days: 2,
    }),
  },
  {
    category,
    name: 'guidonia-elenco-nascosto-del-menu',
    build: withAttachment(guidonia, 'Richiesta_CapacityLab_Guidonia.xlsx', MIME.xlsx, guidoniaSheet),
    expected: expectRequest(headerOf(guidonia), {
      comune: C.guidonia,
      contact: { name: 'Valerio Cecchini', role: 'Funzionario Ufficio Politiche Comunitarie', email: 'v.cecchini@comune.guidonia.rm.it', phone: '0774 301254' },
      labs: ['PC-4'],
      needs: guidoniaNeeds,
      participants: 15,
      days: 3,
    }),
  },
  {
    category,
    name: 'avezzano-libreoffice-si-no',
    build: withAttachment(avezzano, 'richiesta.xlsx', MIME.xlsx, avezzanoSheet),
    expected: expectRequest(headerOf(avezzano), {
      comune: C.avezzano,
      contact: { name: 'Gianluca Di Pietro', role: 'Istruttore direttivo amministrativo', email: 'g.dipietro@comune.avezzano.aq.it', phone: '0863 501312' },
      labs: ['PO-4'],
      needs: avezzanoNeeds,
      participants: 14,
      days: 2,
    }),
  },
  {
    category,
    name: 'palmi-etichette-in-colonna-b',
    build: withAttachment(palmi, 'Scheda Cap4City Palmi.xlsx', MIME.xlsx, palmiSheet),
    expected: expectRequest(headerOf(palmi), {
      comune: C.palmi,
      contact: { name: 'Francesco Cutrì', role: 'Istruttore direttivo amministrativo', email: 'f.cutri@comune.palmi.rc.it', phone: '0966 262215' },
      labs: ['PO-5'],
      needs: palmiNeeds,
      participants: 10,
    }),
  },
];
