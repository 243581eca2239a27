import type { ComuneMailOptions } from '../../fixtures/comune-mail.ts';
import { ZOO_COMUNI as C } from '../comuni.ts';
import { expectRequest } from '../expect.ts';
import { comuneMail, headerOf, withAttachment } from '../mail.ts';
import { PdfSheet, PDF_LEFT } from '../pdf-sheet.ts';
import { rowsSheet, workbook } from '../sheets.ts';
import { docxFile, labelTable, para } from '../word.ts';
import { MIME } from '../zoo-case.ts';
import type { ZooCase } from '../zoo-case.ts';

// 051 — the Comune does not know yet which lab it wants
const formiaMail: ComuneMailOptions = {
  id: 'zoo-051-formia',
  from: 'affarigenerali@comune.formia.lt.it',
  fromName: 'Servizio Affari Generali',
  subject: 'Partecipazione programma Cap4City',
  date: '2026-03-17T10:00:00+01:00',
  text:
    'Buongiorno,\nil Comune di Formia è interessato a partecipare al programma Cap4City. Non sappiamo ancora quale laboratorio richiedere: ' +
    'vorremmo prima capire, con il vostro aiuto, quale sia il più adatto alle nostre esigenze.\n\n' +
    'Comune: Formia (LT)\nReferente: Marianna Forte\nRuolo: Responsabile Servizio Affari Generali\nE-mail: m.forte@comune.formia.lt.it\nTelefono: 0771 778412\n' +
    'Fabbisogni: abbiamo molti interventi in corso e poco personale, ci serve supporto per organizzare il lavoro degli uffici.\nLaboratorio: da definire\n\n' +
    'Restiamo in attesa di un vostro riscontro.\nCordiali saluti\nMarianna Forte\n',
};

// 052 — the title says "Laboratorio", the lab cells are left empty
const cassinoMail: ComuneMailOptions = {
  id: 'zoo-052-cassino',
  from: 'segreteria@comune.cassino.fr.it',
  subject: 'Richiesta di attivazione Laboratorio Cap4City',
  date: '2026-03-17T12:30:00+01:00',
  client: 'outlook',
  text: 'Buongiorno,\nsi trasmette il modulo di richiesta.\nCordiali saluti\nSegreteria Generale – Comune di Cassino\n',
};

const cassinoDocx = () =>
  docxFile({
    creator: 'Segreteria Generale',
    date: '2026-03-17T11:00:00Z',
    header: ['CITTÀ DI CASSINO', 'Provincia di Frosinone'],
    children: [
      para('Richiesta di attivazione Laboratorio – Cap4City', { bold: true, size: 28, align: 'center', after: 240 }),
      labelTable([
        { section: 'Ente richiedente' },
        ['Comune', 'Cassino'],
        ['Provincia', 'FR'],
        { section: 'Referente' },
        ['Nome e cognome', 'Paolo Di Mascio'],
        ['Ruolo', 'Vicesegretario generale'],
        ['E-mail', 'p.dimascio@comune.cassino.fr.it'],
        ['Telefono', '0776 298312'],
        { section: 'Laboratorio' },
        ['Laboratorio richiesto (prima scelta)', ''],
        ['Laboratorio (seconda scelta)', ''],
        ['Fabbisogni e obiettivi', "Supporto agli uffici nella fase di avvio del programma e nell'individuazione delle priorità dell'Ente."],
      ]),
    ],
  });

// 053 — only an office mailbox, no person named
const martinaMail: ComuneMailOptions = {
  id: 'zoo-053-martinafranca',
  from: 'protocollo@comune.martinafranca.ta.it',
  fromName: 'Protocollo Comune di Martina Franca',
  subject: 'Richiesta Capacity Lab – Comune di Martina Franca',
  date: '2026-03-18T09:45:00+01:00',
  text: 'Si trasmette la richiesta dell\'Ufficio Personale.\n\nUfficio Protocollo\n',
};

const MARTINA_NEEDS = 'Gestire le procedure di selezione per i profili tecnici previsti nel piano delle assunzioni 2026.';
const martinaDocx = () =>
  docxFile({
    creator: 'Ufficio Personale',
    date: '2026-03-18T08:30:00Z',
    header: ['COMUNE DI MARTINA FRANCA', 'Provincia di Taranto – Ufficio Personale'],
    children: [
      para('Capacity Lab – Richiesta', { bold: true, size: 26, align: 'center', after: 240 }),
      labelTable([
        ['Comune', 'Martina Franca'],
        ['Provincia', 'TA'],
        ['Referente', 'Ufficio Personale'],
        ['E-mail', 'ufficio.personale@comune.martinafranca.ta.it'],
        ['Telefono', '080 4836215'],
        ['Laboratorio', 'PO-2 Reclutamento'],
        ['Fabbisogni e obiettivi', MARTINA_NEEDS],
      ]),
    ],
  });

// 054 — letterhead PDF whose "Fabbisogni" field is left blank
const lancianoMail: ComuneMailOptions = {
  id: 'zoo-054-lanciano',
  from: 'llpp@comune.lanciano.chieti.it',
  fromName: 'Settore Lavori Pubblici',
  subject: 'Modulo Capacity Lab Comune di Lanciano',
  date: '2026-03-18T14:20:00+01:00',
  text: 'Buongiorno, in allegato il modulo.\nSettore Lavori Pubblici\n',
};

async function lancianoPdf(): Promise<Buffer> {
  const s = await PdfSheet.create({
    lines: [
      { text: 'CITTÀ DI LANCIANO', size: 15, bold: true },
      { text: 'Provincia di Chieti', size: 10, italic: true },
      { text: 'Settore IV – Lavori Pubblici', size: 10 },
    ],
    footer: ['Piazza Plebiscito 59 – 66034 Lanciano (CH) – tel. 0872 7071'],
    producer: 'Microsoft® Word 2016',
    created: '2026-03-18T12:00:00Z',
  });
  s.run('Prot. n. 9912 del 18/03/2026', PDF_LEFT, { size: 9 });
  s.gap(30);
  s.paragraph('MODULO DI RICHIESTA – CAPACITY LAB', { font: s.bold, size: 13, align: 'center' });
  s.gap(10);
  s.heading('Ente');
  s.field('Comune:', 'Lanciano', 210);
  s.field('Provincia:', 'CH', 210);
  s.heading('Referente');
  s.field('Nome e cognome:', 'Nicola Di Campli', 210);
  s.field('Ruolo:', 'Istruttore direttivo tecnico', 210);
  s.field('E-mail:', 'n.dicampli@comune.lanciano.chieti.it', 210);
  s.field('Telefono:', '0872 707412', 210);
  s.heading('Laboratorio');
  s.field('Laboratorio richiesto:', 'PC-1 Costruzione del parco progetti', 210);
  s.field('Fabbisogni e obiettivi:', '', 210);
  s.field('Partecipanti:', '5', 210);
  return s.save();
}

// 055 — spreadsheet with the lab "da definire" and no needs
const santaMargheritaMail: ComuneMailOptions = {
  id: 'zoo-055-santamargherita',
  from: 'segreteria@comune.santa-margherita-ligure.ge.it',
  subject: 'Cap4City - prima adesione',
  date: '2026-03-19T10:10:00+01:00',
  text: 'Buongiorno,\nvi inviamo i primi dati; il laboratorio lo sceglieremo dopo la riunione di Giunta.\nCordiali saluti\nSegreteria\n',
};

const santaMargheritaXlsx = () =>
  workbook('Segreteria', '2026-03-19T09:00:00Z', (book) => {
    rowsSheet(book, 'Adesione', 'Cap4City – adesione Comune di Santa Margherita Ligure', [
      ['Comune', 'Santa Margherita Ligure'],
      ['Provincia', 'GE'],
      ['Referente', 'Roberta Canepa'],
      ['Ruolo', 'Segretario comunale'],
      ['E-mail', 'r.canepa@comune.santa-margherita-ligure.ge.it'],
      ['Telefono', '0185 205412'],
      ['Laboratorio', 'da definire'],
      ['Fabbisogni e obiettivi', null],
    ]);
  });

export const INCOMPLETE_CASES: ZooCase[] = [
  {
    category: 'incomplete',
    name: 'formia-lab-not-chosen',
    build: () => comuneMail(formiaMail),
    expected: expectRequest(
      headerOf(formiaMail),
      { comune: C.formia, contact: { name: 'Marianna Forte', email: 'm.forte@comune.formia.lt.it', phone: '0771 778412' }, labs: [] },
      { missing: ['request.labs'] },
    ),
  },
  {
    category: 'incomplete',
    name: 'cassino-laboratorio-heading-no-choice',
    build: withAttachment(cassinoMail, 'Richiesta attivazione Laboratorio.docx', MIME.docx, cassinoDocx),
    expected: expectRequest(
      headerOf(cassinoMail),
      { comune: C.cassino, contact: { name: 'Paolo Di Mascio', role: 'Vicesegretario generale', email: 'p.dimascio@comune.cassino.fr.it', phone: '0776 298312' }, labs: [] },
      { missing: ['request.labs'] },
    ),
  },
  {
    category: 'incomplete',
    name: 'martina-franca-no-contact-name',
    build: withAttachment(martinaMail, 'Richiesta_Capacity_Lab.docx', MIME.docx, martinaDocx),
    expected: expectRequest(
      headerOf(martinaMail),
      { comune: C.martinaFranca, contact: { email: 'ufficio.personale@comune.martinafranca.ta.it', phone: '080 4836215' }, labs: ['PO-2'], needs: MARTINA_NEEDS },
      { missing: ['request.contact.name'] },
    ),
  },
  {
    category: 'incomplete',
    name: 'lanciano-no-needs',
    build: withAttachment(lancianoMail, 'modulo_capacity_lab_lanciano.pdf', MIME.pdf, lancianoPdf),
    expected: expectRequest(
      headerOf(lancianoMail),
      { comune: C.lanciano, contact: { name: 'Nicola Di Campli', email: 'n.dicampli@comune.lanciano.chieti.it', phone: '0872 707412' }, labs: ['PC-1'], participants: 5 },
      { missing: ['request.needs'] },
    ),
  },
  {
    category: 'incomplete',
    name: 'santa-margherita-ligure-no-lab-no-needs',
    build: withAttachment(santaMargheritaMail, 'adesione_cap4city.xlsx', MIME.xlsx, santaMargheritaXlsx),
    expected: expectRequest(
      headerOf(santaMargheritaMail),
      { comune: C.santaMargherita, contact: { name: 'Roberta Canepa', email: 'r.canepa@comune.santa-margherita-ligure.ge.it', phone: '0185 205412' }, labs: [] },
      { missing: ['request.labs', 'request.needs'] },
    ),
  },
];
