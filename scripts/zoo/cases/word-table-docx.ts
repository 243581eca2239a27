import { DEFAULT_CATALOG } from '../../../src/core/form/default-catalog.ts';
import type { ComuneMailOptions } from '../../fixtures/comune-mail.ts';
import { ZOO_COMUNI as C } from '../comuni.ts';
import { expectRequest } from '../expect.ts';
import { headerOf, withAttachment } from '../mail.ts';
import { docxFile, labelTable, para, table } from '../word.ts';
import type { CellSpec } from '../word.ts';
import { MIME } from '../zoo-case.ts';
import type { ZooCase } from '../zoo-case.ts';

const withDocx = (mail: ComuneMailOptions, filename: string, make: () => Promise<Buffer>) => withAttachment(mail, filename, MIME.docx, make);

/** The 12 labs with a mark column: `marks` maps a code to what is written next to it. */
function catalogueRows(marks: Record<string, string>, options: { markFirst?: boolean; empty?: string; markFont?: string; byArea?: boolean } = {}): CellSpec[][] {
  const row = (code: string, title: string): CellSpec[] => {
    const mark: CellSpec = { text: marks[code] ?? options.empty ?? '', align: 'center', font: options.markFont, width: 12 };
    return options.markFirst ? [mark, { text: title, width: 88 }] : [{ text: code, width: 14 }, { text: title, width: 70 }, mark];
  };
  const rows: CellSpec[][] = [];
  for (const area of ['PO', 'PC'] as const) {
    if (options.byArea) rows.push([{ text: area === 'PO' ? 'AREA PERSONALE E ORGANIZZAZIONE' : 'AREA PROGETTI E POLITICHE DI COESIONE', bold: true, span: 3, fill: 'E2EFD9' }]);
    for (const lab of DEFAULT_CATALOG.labs.filter((l) => l.area === area)) rows.push(row(lab.code, lab.title));
  }
  return rows;
}

// 007 — merged section rows, Lombard "Città di" name in the cell
const CANTU_NEEDS =
  'Preparare la delegazione trattante alla sessione 2026 di contrattazione decentrata integrativa e alla costituzione del fondo risorse decentrate.';
const cantuMail: ComuneMailOptions = {
  id: 'zoo-007-cantu',
  from: 'personale@comune.cantu.co.it',
  fromName: 'Ufficio Personale Cantù',
  subject: 'Richiesta partecipazione Capacity Lab',
  date: '2026-01-23T09:10:00+01:00',
  client: 'outlook',
  text: 'Buongiorno,\ninviamo in allegato il modulo per la richiesta del laboratorio.\n\nCordiali saluti\n\nLaura Frigerio\nResponsabile Settore Risorse Umane\nCittà di Cantù – tel. 031 717111\n',
};

const cantuDocx = () =>
  docxFile({
    creator: 'Frigerio Laura',
    date: '2026-01-23T08:40:00Z',
    children: [
      para('CITTÀ DI CANTÙ', { bold: true, size: 30, align: 'center', after: 0, font: 'Times New Roman' }),
      para('Provincia di Como – Settore Risorse Umane', { align: 'center', size: 20, after: 240 }),
      para('Richiesta di partecipazione ai Capacity Lab – Programma Cap4City', { bold: true, align: 'center', size: 24, after: 240 }),
      labelTable([
        { section: "DATI DELL'ENTE" },
        ['Ente', 'Città di Cantù'],
        ['Provincia', 'CO'],
        ['PEC', 'comune.cantu@pec.regione.lombardia.it'],
        { section: 'REFERENTE' },
        ['Nominativo del referente', 'Paolo Brambilla'],
        ['Qualifica', 'Responsabile Ufficio Personale'],
        ['Recapito e-mail', 'p.brambilla@comune.cantu.co.it'],
        ['Cell.', '348 7712093'],
        { section: 'LABORATORIO' },
        ['Laboratorio di interesse', 'Contrattazione'],
        ['Esigenze formative', CANTU_NEEDS],
        ['N. partecipanti', '7'],
        ['Giornate', '2'],
      ]),
      para('', { after: 240 }),
      para('Cantù, 23 gennaio 2026'),
      para('Il Responsabile del Settore Risorse Umane', { align: 'right', after: 0 }),
      para('Dott.ssa Laura Frigerio', { align: 'right' }),
    ],
  });

// 008 — three columns n° | voce | risposta, letterhead in the page header, Word's curly apostrophes
const SAN_DONA_NEEDS = 'Costruire un parco progetti pronto per i prossimi bandi regionali ed europei, a partire dalle idee progettuali su mobilità ciclabile e scuole.';
const sanDonaMail: ComuneMailOptions = {
  id: 'zoo-008-sandona',
  from: 'progettieuropei@comune.sandonadipiave.ve.it',
  subject: 'Cap4City: modulo di richiesta compilato',
  date: '2026-01-26T16:05:00+01:00',
  text: 'Buonasera,\nin allegato il modulo compilato per il Comune di San Donà di Piave.\nResto a disposizione.\n\nUfficio Progetti Europei\n',
};

const sanDonaDocx = () =>
  docxFile({
    creator: 'Zanin Elisa',
    date: '2026-01-26T14:00:00Z',
    header: ['COMUNE DI SAN DONÀ DI PIAVE', 'Città Metropolitana di Venezia', 'Ufficio Progetti Europei'],
    footer: ['Piazza Indipendenza 13 – 30027 San Donà di Piave (VE) – tel. 0421 590111'],
    children: [
      para('Cap4City – Capacity Lab', { bold: true, size: 28, align: 'center', after: 60 }),
      para('Modulo di richiesta (da restituire compilato all’indirizzo del Segretariato)', { italic: true, align: 'center', after: 240 }),
      table([
        [
          { text: 'n°', bold: true, fill: 'BFBFBF', width: 8 },
          { text: 'voce', bold: true, fill: 'BFBFBF', width: 37 },
          { text: 'risposta', bold: true, fill: 'BFBFBF', width: 55 },
        ],
        ['1', 'Amministrazione richiedente', 'Comune di San Donà di Piave'],
        ['2', 'Provincia', 'Venezia (VE)'],
        ['3', 'Referente – nome e cognome', 'Elisa Zanin'],
        ['4', 'Ruolo', 'Funzionaria Ufficio Progetti Europei'],
        ['5', 'E-mail', 'elisa.zanin@comune.sandonadipiave.ve.it'],
        ['6', 'Telefono', '0421 590283'],
        ['7', 'Percorso formativo richiesto', 'PC-1 Costruzione del parco progetti'],
        ['8', 'Obiettivi attesi', SAN_DONA_NEEDS],
        ['9', 'Numero di partecipanti', '5'],
        ['10', 'Giornate in presenza', '2'],
      ]),
      para('', { after: 200 }),
      para('San Donà di Piave, 26/01/2026'),
    ],
  });

// 009 — a data table, then the catalogue with an "X" in the "Scelta" column
const PESCARA_NEEDS = 'Definire indicatori e un cruscotto di monitoraggio comune per i 22 interventi PNRR del Comune, allineato con ReGiS.';
const pescaraMail: ComuneMailOptions = {
  id: 'zoo-009-pescara',
  from: 'dipartimento.tecnico@comune.pescara.it',
  fromName: 'Dipartimento Tecnico',
  subject: 'Richiesta Capacity Lab Comune di Pescara',
  date: '2026-01-27T10:30:00+01:00',
  client: 'outlook',
  text: 'Buongiorno,\nsi trasmette la richiesta di Capacity Lab del Comune di Pescara.\n\nCordialmente\nSegreteria del Dipartimento Tecnico\n085 4283200\n',
};

const pescaraDocx = () =>
  docxFile({
    creator: 'Dipartimento Tecnico',
    date: '2026-01-27T09:00:00Z',
    children: [
      para('COMUNE DI PESCARA', { bold: true, size: 28, align: 'center', after: 0 }),
      para('Dipartimento Tecnico – Servizio Programmazione Opere Pubbliche', { align: 'center', size: 20, after: 240 }),
      para('Richiesta di Capacity Lab', { bold: true, size: 26, after: 200 }),
      labelTable([
        ["Denominazione dell'Ente", 'Comune di Pescara'],
        ['Referente', 'Antonio Di Giovanni'],
        ['Ruolo', 'Funzionario tecnico – Servizio Programmazione Opere Pubbliche'],
        ['E-mail', 'a.digiovanni@comune.pescara.it'],
        ['Telefono', '085 4283517'],
      ]),
      para('', { after: 120 }),
      para('Laboratorio richiesto (barrare con una X):', { bold: true }),
      table([[{ text: 'Codice', bold: true, fill: 'D9D9D9' }, { text: 'Laboratorio', bold: true, fill: 'D9D9D9' }, { text: 'Scelta', bold: true, fill: 'D9D9D9' }], ...catalogueRows({ 'PC-5': 'X' })]),
      para('', { after: 120 }),
      labelTable([
        ['Fabbisogni e obiettivi', PESCARA_NEEDS],
        ['Numero partecipanti', '12'],
      ]),
    ],
  });

// 010 — Word checkboxes ☐ / ☒ in front of every title
const LUCCA_NEEDS = 'Impostare il PIAO 2026-2028 collegando il piano dei fabbisogni alle cessazioni previste e alle capacità assunzionali.';
const luccaMail: ComuneMailOptions = {
  id: 'zoo-010-lucca',
  from: 'uo.personale@comune.lucca.it',
  subject: 'Modulo Cap4City - Comune di Lucca',
  date: '2026-01-28T11:55:00+01:00',
  text: 'Buongiorno, in allegato il modulo. Grazie.\n\nU.O. Organizzazione e Personale\n',
};

const luccaDocx = () =>
  docxFile({
    creator: 'Pardini Sara',
    date: '2026-01-28T10:30:00Z',
    header: ['Comune di Lucca', 'U.O. Organizzazione e Personale'],
    children: [
      para('Cap4City – Modulo di richiesta Capacity Lab', { bold: true, size: 28, align: 'center', after: 240 }),
      labelTable([
        ['Comune', 'Lucca'],
        ['Tematica', 'Personale e organizzazione'],
        ['Referente', 'Sara Pardini'],
        ['Ruolo', 'Responsabile U.O. Organizzazione e Personale'],
        ['Recapito e-mail', 's.pardini@comune.lucca.it'],
        ['Telefono', '0583 442391'],
      ]),
      para('', { after: 120 }),
      para('Laboratorio (selezionare una casella)', { bold: true }),
      table(catalogueRows({ 'PO-4': '☒' }, { markFirst: true, empty: '☐', markFont: 'MS Gothic' })),
      para('', { after: 120 }),
      labelTable([
        ['Obiettivi attesi', LUCCA_NEEDS],
        ['Numero indicativo di partecipanti', '11'],
      ]),
    ],
  });

// 011 — header-row tables: labels on the first row, values on the second
const PERGINE_NEEDS = 'Bandire in autonomia i concorsi per agenti di polizia locale e istruttori tecnici e usare meglio il portale inPA.';
const pergineMail: ComuneMailOptions = {
  id: 'zoo-011-pergine',
  from: 'segreteria@comune.pergine.tn.it',
  fromName: 'Segreteria generale',
  subject: 'Capacity Lab – richiesta Comune di Pergine Valsugana',
  date: '2026-01-29T08:50:00+01:00',
  text: 'Buongiorno,\nsi allega la richiesta.\nCordiali saluti\n\nSegreteria generale\nComune di Pergine Valsugana\n',
};

const pergineDocx = () =>
  docxFile({
    creator: 'Segreteria',
    date: '2026-01-29T07:45:00Z',
    children: [
      para('COMUNE DI PERGINE VALSUGANA', { bold: true, size: 26, align: 'center', after: 0 }),
      para('Provincia autonoma di Trento', { align: 'center', size: 20, after: 240 }),
      para('Richiesta Capacity Lab', { bold: true, size: 26, after: 160 }),
      table([
        [
          { text: 'Ente', bold: true, fill: 'DEEAF6' },
          { text: 'Referente', bold: true, fill: 'DEEAF6' },
          { text: 'Qualifica', bold: true, fill: 'DEEAF6' },
          { text: 'E-mail', bold: true, fill: 'DEEAF6' },
          { text: 'Telefono', bold: true, fill: 'DEEAF6' },
        ],
        ['Comune di Pergine Valsugana', 'Michele Pedrotti', 'Vicesegretario', 'm.pedrotti@comune.pergine.tn.it', '0461 502311'],
      ]),
      para('', { after: 160 }),
      table([
        [
          { text: 'Laboratorio di interesse', bold: true, fill: 'DEEAF6', width: 25 },
          { text: 'Obiettivi attesi', bold: true, fill: 'DEEAF6', width: 51 },
          { text: 'Partecipanti', bold: true, fill: 'DEEAF6', width: 12 },
          { text: 'Giornate', bold: true, fill: 'DEEAF6', width: 12 },
        ],
        ['Reclutamento', PERGINE_NEEDS, '6', '1'],
      ]),
    ],
  });

// 012 — catalogue split by area with spanned rows, "✓" in the "Selezione" column
const TERMOLI_NEEDS = 'Predisporre il piano di comunicazione dei progetti PNRR sul porto e sul lungomare e rispettare gli obblighi di pubblicità dei finanziamenti.';
const termoliMail: ComuneMailOptions = {
  id: 'zoo-012-termoli',
  from: 'comunicazione@comune.termoli.cb.it',
  fromName: 'Ufficio Stampa e Comunicazione',
  subject: 'Richiesta laboratorio Cap4City',
  date: '2026-01-30T12:20:00+01:00',
  client: 'outlook',
  text: 'Gentili,\nin allegato la nostra richiesta.\n\nUfficio Stampa e Comunicazione – Comune di Termoli\nTel. 0875 712250\n',
};

const termoliDocx = () =>
  docxFile({
    creator: 'Ufficio Stampa',
    date: '2026-01-30T11:00:00Z',
    header: ['Comune di Termoli', 'Provincia di Campobasso'],
    children: [
      para('Programma Cap4City – Richiesta di attivazione di un Capacity Lab', { bold: true, size: 26, align: 'center', after: 240 }),
      labelTable([
        { section: 'Ente e referente' },
        ['Comune richiedente', 'Termoli'],
        ['Provincia', 'CB'],
        ['Referente', 'Giovanna Mancini'],
        ['Ruolo', 'Responsabile Ufficio Stampa e Comunicazione'],
        ['E-mail', 'g.mancini@comune.termoli.cb.it'],
        ['Telefono', '0875 712256'],
      ]),
      para('', { after: 120 }),
      para('Scelta del laboratorio', { bold: true }),
      table([
        [
          { text: 'Codice', bold: true, fill: 'D9D9D9' },
          { text: 'Laboratorio', bold: true, fill: 'D9D9D9' },
          { text: 'Selezione', bold: true, fill: 'D9D9D9' },
        ],
        ...catalogueRows({ 'PC-6': '✓' }, { byArea: true, markFont: 'Segoe UI Symbol' }),
      ]),
      para('', { after: 120 }),
      labelTable([
        ['Fabbisogni e obiettivi', TERMOLI_NEEDS],
        ['Partecipanti', '4'],
        ['Giornate', '1'],
      ]),
    ],
  });

export const WORD_TABLE_DOCX_CASES: ZooCase[] = [
  {
    category: 'word-table-docx',
    name: 'cantu',
    build: withDocx(cantuMail, 'Modulo richiesta Capacity Lab - Cantù.docx', cantuDocx),
    expected: expectRequest(headerOf(cantuMail), {
      comune: C.cantu,
      entityPec: 'comune.cantu@pec.regione.lombardia.it',
      contact: { name: 'Paolo Brambilla', role: 'Responsabile Ufficio Personale', email: 'p.brambilla@comune.cantu.co.it', phone: '348 7712093' },
      labs: ['PO-5'],
      needs: CANTU_NEEDS,
      participants: 7,
      days: 2,
    }),
  },
  {
    category: 'word-table-docx',
    name: 'san-dona-di-piave',
    build: withDocx(sanDonaMail, 'Cap4City_modulo_SanDona.docx', sanDonaDocx),
    expected: expectRequest(headerOf(sanDonaMail), {
      comune: C.sanDona,
      contact: { name: 'Elisa Zanin', role: 'Funzionaria Ufficio Progetti Europei', email: 'elisa.zanin@comune.sandonadipiave.ve.it', phone: '0421 590283' },
      labs: ['PC-1'],
      needs: SAN_DONA_NEEDS,
      participants: 5,
      days: 2,
    }),
  },
  {
    category: 'word-table-docx',
    name: 'pescara',
    build: withDocx(pescaraMail, 'Richiesta Capacity Lab.docx', pescaraDocx),
    expected: expectRequest(headerOf(pescaraMail), {
      comune: C.pescara,
      contact: { name: 'Antonio Di Giovanni', role: 'Funzionario tecnico – Servizio Programmazione Opere Pubbliche', email: 'a.digiovanni@comune.pescara.it', phone: '085 4283517' },
      labs: ['PC-5'],
      needs: PESCARA_NEEDS,
      participants: 12,
    }),
  },
  {
    category: 'word-table-docx',
    name: 'lucca',
    build: withDocx(luccaMail, 'Modulo_Cap4City_Lucca.docx', luccaDocx),
    expected: expectRequest(headerOf(luccaMail), {
      comune: C.lucca,
      contact: { name: 'Sara Pardini', role: 'Responsabile U.O. Organizzazione e Personale', email: 's.pardini@comune.lucca.it', phone: '0583 442391' },
      labs: ['PO-4'],
      needs: LUCCA_NEEDS,
      participants: 11,
    }),
  },
  {
    category: 'word-table-docx',
    name: 'pergine-valsugana',
    build: withDocx(pergineMail, 'richiesta_capacity_lab.docx', pergineDocx),
    expected: expectRequest(headerOf(pergineMail), {
      comune: C.pergine,
      contact: { name: 'Michele Pedrotti', role: 'Vicesegretario', email: 'm.pedrotti@comune.pergine.tn.it', phone: '0461 502311' },
      labs: ['PO-2'],
      needs: PERGINE_NEEDS,
      participants: 6,
      days: 1,
    }),
  },
  {
    category: 'word-table-docx',
    name: 'termoli',
    build: withDocx(termoliMail, 'Richiesta laboratorio Cap4City - Termoli.docx', termoliDocx),
    expected: expectRequest(headerOf(termoliMail), {
      comune: C.termoli,
      contact: { name: 'Giovanna Mancini', role: 'Responsabile Ufficio Stampa e Comunicazione', email: 'g.mancini@comune.termoli.cb.it', phone: '0875 712256' },
      labs: ['PC-6'],
      needs: TERMOLI_NEEDS,
      participants: 4,
      days: 1,
    }),
  },
];
