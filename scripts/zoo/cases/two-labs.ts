import { DEFAULT_CATALOG } from '../../../src/core/form/default-catalog.ts';
import type { ComuneMailOptions } from '../../fixtures/comune-mail.ts';
import { ZOO_COMUNI as C } from '../comuni.ts';
import { expectRequest } from '../expect.ts';
import { comuneMail, headerOf, withAttachment } from '../mail.ts';
import { PdfSheet, PDF_LEFT } from '../pdf-sheet.ts';
import { rowsSheet, workbook } from '../sheets.ts';
import { docxFile, labelTable, para, table } from '../word.ts';
import { MIME } from '../zoo-case.ts';
import type { ZooCase } from '../zoo-case.ts';

// 034 — "Prima scelta" / "Seconda scelta" rows in a Word table
const TORINO_NEEDS = 'Ridurre i tempi delle selezioni e trattenere i vincitori di concorso nei profili tecnici e informatici.';
const torinoMail: ComuneMailOptions = {
  id: 'zoo-034-torino',
  from: 'selezione.sviluppo@comune.torino.it',
  fromName: 'Area Selezione e Sviluppo',
  subject: 'Città di Torino – richiesta Capacity Lab Cap4City',
  date: '2026-02-24T10:45:00+01:00',
  client: 'outlook',
  text: 'Buongiorno,\nsi trasmette il modulo di richiesta della Città di Torino.\n\nCordiali saluti\nSegreteria Area Selezione e Sviluppo\n011 01122000\n',
};

const torinoDocx = () =>
  docxFile({
    creator: 'Chiabrera Elena',
    date: '2026-02-24T09:00:00Z',
    header: ['CITTÀ DI TORINO', 'Divisione Personale e Amministrazione – Area Selezione e Sviluppo'],
    children: [
      para('Modulo di richiesta Capacity Lab', { bold: true, size: 28, align: 'center', after: 240 }),
      labelTable([
        { section: 'Ente' },
        ['Comune richiedente', 'Torino'],
        ['Provincia', 'TO'],
        { section: 'Referente' },
        ['Nome e cognome', 'Elena Chiabrera'],
        ['Ruolo', 'Funzionaria in P.O. – Area Selezione e Sviluppo'],
        ['E-mail', 'elena.chiabrera@comune.torino.it'],
        ['Telefono', '011 01125634'],
        { section: 'Laboratorio' },
        ['Prima scelta', 'PO-2 Reclutamento'],
        ['Seconda scelta', 'PO-3 Valorizzazione e retention del personale'],
        ['Fabbisogni e obiettivi', TORINO_NEEDS],
        ['Numero partecipanti', '30'],
        ['Giornate', '3'],
      ]),
    ],
  });

// 035 — "Laboratorio 1" / "Laboratorio 2" rows in a spreadsheet
const QUARTU_NEEDS = 'Rafforzare l’ufficio appalti nelle procedure di affidamento e costruire un portafoglio di progetti pronti per i bandi regionali.';
const quartuMail: ComuneMailOptions = {
  id: 'zoo-035-quartu',
  from: 'appalti@comune.quartusantelena.ca.it',
  subject: "Cap4City – Comune di Quartu Sant'Elena",
  date: '2026-02-25T09:40:00+01:00',
  text: "Buongiorno,\nsi allega il file con la richiesta del Comune di Quartu Sant'Elena.\nSaluti\nServizio Appalti\n",
};

const quartuXlsx = () =>
  workbook('Melis Francesca', '2026-02-25T08:00:00Z', (book) => {
    rowsSheet(book, 'Richiesta', 'Cap4City – richiesta Capacity Lab', [
      ['Comune', "Quartu Sant'Elena"],
      ['Provincia', 'CA'],
      ['Referente', 'Francesca Melis'],
      ['Ruolo', 'Responsabile Servizio Appalti'],
      ['E-mail', 'f.melis@comune.quartusantelena.ca.it'],
      ['Telefono', '070 86012245'],
      ['Laboratorio 1', 'Procedure e affidamenti'],
      ['Laboratorio 2', 'Costruzione del parco progetti'],
      ['Fabbisogni e obiettivi', QUARTU_NEEDS],
      ['Partecipanti', 9],
    ]);
  });

// 036 — two rows of the catalogue ticked with "X" (no rank: document order)
const ACIREALE_NEEDS = 'Aggiornare il PIAO e il piano dei fabbisogni e preparare la nuova contrattazione integrativa dopo il CCNL 2022-2024.';
const acirealeMail: ComuneMailOptions = {
  id: 'zoo-036-acireale',
  from: 'segreteriagenerale@comune.acireale.ct.it',
  fromName: 'Segreteria Generale',
  subject: 'Richiesta Capacity Lab Comune di Acireale',
  date: '2026-02-26T11:25:00+01:00',
  text: 'Si trasmette la richiesta in allegato.\nCordiali saluti\nSegreteria Generale – Comune di Acireale\n',
};

const acirealeDocx = () =>
  docxFile({
    creator: 'Segreteria Generale',
    date: '2026-02-26T10:00:00Z',
    children: [
      para('COMUNE DI ACIREALE', { bold: true, size: 28, align: 'center', after: 0 }),
      para('Città Metropolitana di Catania – Segreteria Generale', { size: 20, align: 'center', after: 240 }),
      para('Richiesta di Capacity Lab – Programma Cap4City', { bold: true, size: 24, after: 160 }),
      labelTable([
        ['Ente', 'Comune di Acireale'],
        ['Referente', 'Salvatore Grasso'],
        ['Ruolo', 'Segretario generale'],
        ['E-mail', 's.grasso@comune.acireale.ct.it'],
        ['Telefono', '095 895412'],
      ]),
      para('', { after: 120 }),
      para('Laboratori richiesti (barrare al massimo due caselle):', { bold: true }),
      table([
        [{ text: 'Laboratorio', bold: true, fill: 'D9D9D9' }, { text: 'Area', bold: true, fill: 'D9D9D9' }, { text: '', bold: true, fill: 'D9D9D9' }],
        ...DEFAULT_CATALOG.labs.map((lab) => [
          { text: lab.title, width: 62 },
          { text: lab.area === 'PO' ? 'Personale e organizzazione' : 'Progetti e politiche di coesione', width: 30 },
          { text: lab.code === 'PO-4' || lab.code === 'PO-5' ? 'X' : '', align: 'center' as const, width: 8 },
        ]),
      ]),
      para('', { after: 120 }),
      labelTable([
        ['Fabbisogni e obiettivi', ACIREALE_NEEDS],
        ['Numero partecipanti', '12'],
      ]),
    ],
  });

// 037 — "PC-4 e PC-5" in the prose of the mail
const coriglianoMail: ComuneMailOptions = {
  id: 'zoo-037-corigliano',
  from: 'a.graziano@comune.corigliano-rossano.cs.it',
  fromName: 'Antonella Graziano',
  subject: 'Interesse laboratori Cap4City',
  date: '2026-02-26T16:50:00+01:00',
  text:
    "Buongiorno,\nil Comune di Corigliano-Rossano (CS) è interessato ai laboratori PC-4 e PC-5 del catalogo Cap4City, nell'ordine.\n\n" +
    "Fabbisogni: abbiamo 38 progetti finanziati in corso e ci serve un metodo per seguirne l'attuazione e misurarne i risultati.\n\n" +
    'Referente: Antonella Graziano\nRuolo: Responsabile Ufficio PNRR\nE-mail: a.graziano@comune.corigliano-rossano.cs.it\nTel. 0983 891315\n\nPartecipanti previsti: 10\n\nGrazie,\nAntonella Graziano\n',
};

// 038 — a letter: "... e, in subordine, ..."
const pesaroMail: ComuneMailOptions = {
  id: 'zoo-038-pesaro',
  from: 'gare.appalti@comune.pesaro.pu.it',
  fromName: 'U.O. Gare e Appalti',
  subject: 'Richiesta di attivazione Capacity Lab – Comune di Pesaro',
  date: '2026-02-27T10:05:00+01:00',
  client: 'outlook',
  text: 'Buongiorno,\nsi trasmette la lettera di richiesta.\n\nCordiali saluti\nU.O. Gare e Appalti\n',
};

const PESARO_NEEDS = 'Fabbisogni e obiettivi: rendere più rapide le procedure di gara per le opere PNRR e dotare i RUP di strumenti per seguire i cronoprogrammi.';
const pesaroDocx = () =>
  docxFile({
    creator: 'Pierini Lorenzo',
    date: '2026-02-27T09:00:00Z',
    header: ['COMUNE DI PESARO', 'Servizio Opere Pubbliche – U.O. Gare e Appalti'],
    children: [
      para('Pesaro, 27 febbraio 2026', { align: 'right' }),
      para('Al Segretariato Cap4City', { align: 'right', after: 0 }),
      para('ANCI – Roma', { align: 'right', after: 240 }),
      para('Oggetto: richiesta di attivazione di un Capacity Lab', { bold: true, after: 200 }),
      para(
        'Con la presente il Comune di Pesaro chiede l’attivazione del laboratorio “Procedure e affidamenti” (PC-3) e, in subordine, del laboratorio “Project management” (PC-4).',
        { align: 'justify' },
      ),
      para(PESARO_NEEDS, { align: 'justify' }),
      para('Referente: Lorenzo Pierini', { after: 0 }),
      para('Ruolo: Responsabile U.O. Gare e Appalti', { after: 0 }),
      para('E-mail: l.pierini@comune.pesaro.pu.it', { after: 0 }),
      para('Telefono: 0721 387412', { after: 200 }),
      para('Distinti saluti.'),
      para('Il Dirigente del Servizio Opere Pubbliche', { align: 'right', after: 0 }),
      para('Ing. Mario Berardi', { align: 'right' }),
    ],
  });

// 039 — letterhead PDF, "Laboratorio – 1ª scelta" / "2ª scelta"
const santElpidioMail: ComuneMailOptions = {
  id: 'zoo-039-santelpidio',
  from: 'staff@comune.santelpidioamare.fm.it',
  fromName: 'Ufficio di Staff',
  subject: "Cap4City – richiesta Comune di Sant'Elpidio a Mare",
  date: '2026-03-02T09:15:00+01:00',
  text: 'Buongiorno,\nin allegato la richiesta.\nUfficio di Staff del Sindaco\n',
};

async function santElpidioPdf(): Promise<Buffer> {
  const s = await PdfSheet.create({
    lines: [
      { text: "COMUNE DI SANT'ELPIDIO A MARE", size: 14, bold: true },
      { text: 'Provincia di Fermo', size: 10, italic: true },
      { text: 'Ufficio di Staff – Progetti e Comunicazione', size: 10 },
    ],
    footer: ["Piazza Matteotti 8 – 63811 Sant'Elpidio a Mare (FM) – tel. 0734 81961"],
    producer: 'Microsoft® Word 2019',
    created: '2026-03-02T08:00:00Z',
  });
  s.run('Prot. n. 3307 del 02/03/2026', PDF_LEFT, { size: 9 });
  s.gap(32);
  s.paragraph('Richiesta di attivazione Capacity Lab', { font: s.bold, size: 13, align: 'center' });
  s.gap(10);
  s.heading('Ente');
  s.field('Comune:', "Sant'Elpidio a Mare", 210);
  s.field('Provincia:', 'FM', 210);
  s.heading('Referente');
  s.field('Nome e cognome:', 'Sara Marinozzi', 210);
  s.field('Qualifica:', 'Istruttore direttivo – Ufficio di Staff', 210);
  s.field('E-mail:', 's.marinozzi@comune.santelpidioamare.fm.it', 210);
  s.field('Telefono:', '0734 8196325', 210);
  s.heading('Laboratori');
  s.field('Laboratorio – 1ª scelta:', 'PC-6 Comunicazione e valorizzazione dei progetti finanziati', 210);
  s.field('Laboratorio – 2ª scelta:', 'PC-2 Gestione finanziaria', 210);
  s.field('Fabbisogni e obiettivi:', 'Raccontare ai cittadini i progetti finanziati del centro storico e tenere sotto controllo la loro rendicontazione.', 210);
  s.field('Partecipanti:', '6', 210);
  return s.save();
}

export const TWO_LABS_CASES: ZooCase[] = [
  {
    category: 'two-labs',
    name: 'torino-prima-seconda-scelta',
    build: withAttachment(torinoMail, 'Modulo Capacity Lab - Città di Torino.docx', MIME.docx, torinoDocx),
    expected: expectRequest(headerOf(torinoMail), {
      comune: C.torino,
      contact: { name: 'Elena Chiabrera', role: 'Funzionaria in P.O. – Area Selezione e Sviluppo', email: 'elena.chiabrera@comune.torino.it', phone: '011 01125634' },
      labs: ['PO-2', 'PO-3'],
      needs: TORINO_NEEDS,
      participants: 30,
      days: 3,
    }),
  },
  {
    category: 'two-labs',
    name: 'quartu-sant-elena-lab1-lab2',
    build: withAttachment(quartuMail, 'richiesta_cap4city_quartu.xlsx', MIME.xlsx, quartuXlsx),
    expected: expectRequest(headerOf(quartuMail), {
      comune: C.quartu,
      contact: { name: 'Francesca Melis', role: 'Responsabile Servizio Appalti', email: 'f.melis@comune.quartusantelena.ca.it', phone: '070 86012245' },
      labs: ['PC-3', 'PC-1'],
      needs: QUARTU_NEEDS,
      participants: 9,
    }),
  },
  {
    category: 'two-labs',
    name: 'acireale-two-ticks',
    build: withAttachment(acirealeMail, 'Richiesta Capacity Lab Acireale.docx', MIME.docx, acirealeDocx),
    expected: expectRequest(headerOf(acirealeMail), {
      comune: C.acireale,
      contact: { name: 'Salvatore Grasso', role: 'Segretario generale', email: 's.grasso@comune.acireale.ct.it', phone: '095 895412' },
      labs: ['PO-4', 'PO-5'],
      needs: ACIREALE_NEEDS,
      participants: 12,
    }),
  },
  {
    category: 'two-labs',
    name: 'corigliano-rossano-prose',
    build: () => comuneMail(coriglianoMail),
    expected: expectRequest(headerOf(coriglianoMail), {
      comune: C.coriglianoRossano,
      contact: { name: 'Antonella Graziano', role: 'Responsabile Ufficio PNRR', email: 'a.graziano@comune.corigliano-rossano.cs.it', phone: '0983 891315' },
      labs: ['PC-4', 'PC-5'],
      participants: 10,
    }),
  },
  {
    category: 'two-labs',
    name: 'pesaro-in-subordine',
    build: withAttachment(pesaroMail, 'Lettera richiesta Capacity Lab.docx', MIME.docx, pesaroDocx),
    expected: expectRequest(headerOf(pesaroMail), {
      comune: C.pesaro,
      contact: { name: 'Lorenzo Pierini', role: 'Responsabile U.O. Gare e Appalti', email: 'l.pierini@comune.pesaro.pu.it', phone: '0721 387412' },
      labs: ['PC-3', 'PC-4'],
    }),
  },
  {
    category: 'two-labs',
    name: 'sant-elpidio-a-mare-prima-seconda',
    build: withAttachment(santElpidioMail, 'Richiesta_CapacityLab_SantElpidio.pdf', MIME.pdf, santElpidioPdf),
    expected: expectRequest(headerOf(santElpidioMail), {
      comune: C.santElpidio,
      contact: { name: 'Sara Marinozzi', role: 'Istruttore direttivo – Ufficio di Staff', email: 's.marinozzi@comune.santelpidioamare.fm.it', phone: '0734 8196325' },
      labs: ['PC-6', 'PC-2'],
      participants: 6,
    }),
  },
];
