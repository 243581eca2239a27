import type { ComuneMailOptions } from '../../fixtures/comune-mail.ts';
import { ZOO_COMUNI as C } from '../comuni.ts';
import { expectRequest } from '../expect.ts';
import { headerOf, withAttachment } from '../mail.ts';
import { PdfSheet, PDF_LEFT } from '../pdf-sheet.ts';
import { MIME } from '../zoo-case.ts';
import type { ZooCase } from '../zoo-case.ts';

const withPdf = (mail: ComuneMailOptions, filename: string, pdf: () => Promise<Buffer>) => withAttachment(mail, filename, MIME.pdf, pdf);

// 001 — two pages, numbered sections, labels left and values right as separate runs
const reggioMail: ComuneMailOptions = {
  id: 'zoo-001-reggio',
  from: 'sviluppo.organizzativo@comune.re.it',
  fromName: 'Servizio Sviluppo Organizzativo',
  subject: 'Cap4City – richiesta Capacity Lab (Prot. 18342/2026)',
  date: '2026-01-14T11:20:00+01:00',
  client: 'outlook',
  text:
    'Buongiorno,\nsi trasmette in allegato il modulo di richiesta per l\'attivazione di un Capacity Lab, protocollato in data odierna.\n\n' +
    'Cordiali saluti\n\nSegreteria del Servizio Sviluppo Organizzativo e Personale\nComune di Reggio nell\'Emilia\nTel. 0522 456100\n',
};

async function reggioPdf(): Promise<Buffer> {
  const s = await PdfSheet.create({
    lines: [
      { text: "COMUNE DI REGGIO NELL'EMILIA", size: 15, bold: true },
      { text: 'Provincia di Reggio Emilia', size: 10, italic: true },
      { text: 'Servizio Sviluppo Organizzativo e Personale', size: 10 },
    ],
    footer: ["Piazza Prampolini 1 – 42121 Reggio nell'Emilia – Tel. 0522 456111 – PEC: comune.reggioemilia@pec.municipio.re.it", 'C.F./P.IVA 00145920351'],
    producer: 'Microsoft® Word per Microsoft 365',
    created: '2026-01-14T09:05:00Z',
  });
  s.run('Prot. n. 0018342 del 14/01/2026', PDF_LEFT, { size: 9 });
  s.run('Classif. 03.06', 470, { size: 9 });
  s.gap(34);
  s.paragraph('Capacity Lab – Modulo di richiesta', { font: s.bold, size: 15, align: 'center' });
  s.paragraph('Programma Cap4City – ANCI. Modulo compilato a cura dell\'Ente richiedente.', { size: 9, align: 'center', font: s.serifItalic });
  s.gap(10);
  s.heading('1. Ente richiedente');
  s.field('Comune', "Reggio nell'Emilia");
  s.field('Provincia (sigla)', 'RE');
  s.field('Codice ISTAT', '035033');
  s.field('Forma di partecipazione', 'Singolo Comune');
  s.field("PEC dell'ente", 'comune.reggioemilia@pec.municipio.re.it');
  s.heading('2. Referente');
  s.field('Nome e cognome', 'Chiara Ferretti');
  s.field('Ruolo / qualifica', 'Funzionaria Servizio Sviluppo Organizzativo');
  s.field('E-mail', 'chiara.ferretti@comune.re.it');
  s.field('Telefono', '0522 456372');
  s.heading('3. Laboratorio richiesto');
  s.field('Laboratorio', 'PO-3 – Valorizzazione e retention del personale');
  s.field('Ambito', 'Personale e organizzazione');
  s.newPage();
  s.heading('4. Fabbisogni e obiettivi');
  s.paragraph(
    'Negli ultimi due anni il 30% dei funzionari assunti ha chiesto la mobilità verso altri enti. Vorremmo costruire un piano di ' +
      'valorizzazione (percorsi di crescita, lavoro agile, welfare) e un sistema di colloqui di permanenza per le figure tecniche.',
  );
  s.gap(6);
  s.heading('5. Organizzazione');
  s.field('Numero indicativo di partecipanti', '20');
  s.field('Giornate in presenza', '2');
  s.field('Periodo preferito', 'aprile – maggio 2026');
  s.field('Sede proposta', 'Sede municipale, Sala Rossa');
  s.gap(20);
  s.paragraph("Reggio nell'Emilia, 14/01/2026");
  s.gap(10);
  s.paragraph('Il Dirigente del Servizio', { align: 'right' });
  s.paragraph('Dott. Stefano Magnani', { align: 'right' });
  s.paragraph('(documento firmato digitalmente)', { align: 'right', size: 8, font: s.serifItalic });
  return s.save();
}

// 002 — title "RICHIESTA DI ATTIVAZIONE LABORATORIO", two fields on one line, lab by title only
const cefaluMail: ComuneMailOptions = {
  id: 'zoo-002-cefalu',
  from: 'lavoripubblici@comune.cefalu.pa.it',
  fromName: 'Settore III Lavori Pubblici',
  subject: 'Richiesta attivazione laboratorio Cap4City - Comune di Cefalù',
  date: '2026-01-15T10:02:00+01:00',
  text: 'Si trasmette la richiesta in oggetto.\n\nDistinti saluti\nL\'Ufficio di Segreteria del Settore III\ntel. 0921 924100\n',
};

async function cefaluPdf(): Promise<Buffer> {
  const s = await PdfSheet.create({
    lines: [
      { text: 'COMUNE DI CEFALÙ', size: 16, bold: true },
      { text: 'Città Metropolitana di Palermo', size: 10, italic: true },
      { text: 'Settore III – Lavori Pubblici e Manutenzioni', size: 10 },
    ],
    footer: ['Corso Ruggero 139 – 90015 Cefalù (PA) – tel. 0921 924111 – PEC protocollo@pec.comune.cefalu.pa.it'],
    producer: 'LibreOffice 7.4',
    created: '2026-01-15T08:30:00Z',
  });
  s.run('Prot. n. 1234 del 15/01/2026', PDF_LEFT, { size: 9.5 });
  s.gap(34);
  s.paragraph('RICHIESTA DI ATTIVAZIONE LABORATORIO', { font: s.bold, size: 14, align: 'center' });
  s.paragraph('Programma Cap4City – Capacity Lab', { size: 10, align: 'center' });
  s.gap(12);
  s.heading("A) Dati dell'Ente");
  s.field('Comune:', 'Cefalù', 200);
  s.sideBySide([
    { label: 'Provincia:', value: 'PA', x: PDF_LEFT, valueX: 120 },
    { label: 'Codice ISTAT:', value: '082027', x: 300, valueX: 378 },
  ]);
  s.field('Forma di partecipazione:', 'Singolo Comune', 200);
  s.heading('B) Referente del progetto');
  s.field('Nome e cognome:', 'Giuseppe Lo Presti', 200);
  s.field('Qualifica:', 'Responsabile del Settore III – Lavori Pubblici', 200);
  s.sideBySide([
    { label: 'Telefono:', value: '0921 924150', x: PDF_LEFT, valueX: 120 },
    { label: 'E-mail:', value: 'g.lopresti@comune.cefalu.pa.it', x: 300, valueX: 345 },
  ]);
  s.heading('C) Laboratorio');
  s.field('Laboratorio richiesto:', 'Procedure e affidamenti', 200);
  s.field(
    'Fabbisogni e obiettivi:',
    'Rafforzare il RUP e l\'ufficio gare nella gestione delle procedure negoziate sotto soglia e degli affidamenti diretti con il nuovo codice dei contratti, in particolare per gli interventi sul lungomare finanziati dal PNRR.',
    200,
  );
  s.field('Numero di partecipanti:', '8', 200);
  s.field('Giornate in presenza:', '2', 200);
  s.heading('D) Informativa privacy');
  s.paragraph(
    "Il sottoscritto dichiara di aver preso visione dell'informativa sul trattamento dei dati personali ai sensi degli artt. 13 e 14 del Regolamento (UE) 2016/679, " +
      'pubblicata sul sito del programma Cap4City, e acconsente al trattamento dei dati forniti per le finalità connesse all\'organizzazione dei laboratori.',
    { size: 9 },
  );
  s.newPage();
  s.paragraph('Cefalù, 15 gennaio 2026');
  s.gap(20);
  s.paragraph('Il Responsabile del Settore III', { align: 'right' });
  s.paragraph('Ing. Giuseppe Lo Presti', { align: 'right' });
  return s.save((i, n) => `Pagina ${i} di ${n}`);
}

// 003 — "CITTÀ DI" letterhead, "Sezione A/B/C", lab by code only
const folignoMail: ComuneMailOptions = {
  id: 'zoo-003-foligno',
  from: 'fondieuropei@comune.foligno.pg.it',
  subject: 'Adesione ai Capacity Lab – Città di Foligno',
  date: '2026-01-16T12:45:00+01:00',
  client: 'outlook',
  text: 'Buongiorno,\nin allegato la scheda di adesione.\nUn saluto\n\nUfficio Fondi Europei e PNRR\n',
};

async function folignoPdf(): Promise<Buffer> {
  const s = await PdfSheet.create({
    lines: [
      { text: 'CITTÀ DI FOLIGNO', size: 17, bold: true },
      { text: 'Area Risorse Finanziarie', size: 10 },
      { text: 'Ufficio Fondi Europei e PNRR', size: 10, italic: true },
    ],
    footer: ['Piazza della Repubblica 10 – 06034 Foligno (PG) – centralino 0742 3301 – comune.foligno@postacert.umbria.it'],
    producer: 'Microsoft® Word 2019',
    created: '2026-01-16T10:00:00Z',
  });
  s.run('Prot. n. 4471 / 2026', PDF_LEFT, { size: 9 });
  s.run('Foligno, 16/01/2026', 440, { size: 9 });
  s.gap(32);
  s.paragraph('SCHEDA DI ADESIONE – CAPACITY LAB CAP4CITY', { font: s.bold, size: 13, align: 'center' });
  s.gap(8);
  s.heading('Sezione A – Ente');
  s.field('Amministrazione:', 'Comune di Foligno', 210);
  s.field('Provincia:', 'Perugia', 210);
  s.heading('Sezione B – Laboratorio');
  s.field('Codice laboratorio:', 'PC-2', 210);
  s.field('N. partecipanti previsti:', '6', 210);
  s.heading('Sezione C – Referente');
  s.field('Nominativo:', 'Marco Bartolini', 210);
  s.field('Profilo:', 'Istruttore direttivo contabile', 210);
  s.field('Indirizzo e-mail:', 'm.bartolini@comune.foligno.pg.it', 210);
  s.field('Recapito telefonico:', '0742 330245', 210);
  s.heading('Sezione D – Fabbisogni');
  s.paragraph(
    'L\'ufficio segue 14 interventi finanziati (PNRR e FSC) e ha difficoltà nella rendicontazione della spesa e nella gestione dei flussi di cassa tra i capitoli di bilancio. Chiediamo un affiancamento pratico sulla rendicontazione e sulle verifiche amministrativo-contabili.',
  );
  s.gap(30);
  s.paragraph('Il Dirigente dell\'Area Risorse Finanziarie', { align: 'right', size: 10 });
  s.paragraph('Dott.ssa Elena Pasquini', { align: 'right', size: 10 });
  return s.save();
}

// 004 — labels above ruled boxes, the value inside the box
const santAgataMail: ComuneMailOptions = {
  id: 'zoo-004-santagata',
  from: 'areatecnica@comune.santagatadimilitello.me.it',
  fromName: 'Area Tecnica',
  subject: "Modulo Capacity Lab Comune di Sant'Agata di Militello",
  date: '2026-01-20T09:41:00+01:00',
  text: 'Buongiorno, si invia il modulo compilato. Saluti\n',
};

async function santAgataPdf(): Promise<Buffer> {
  const s = await PdfSheet.create({
    lines: [
      { text: "COMUNE DI SANT'AGATA DI MILITELLO", size: 14, bold: true },
      { text: 'Città Metropolitana di Messina', size: 10, italic: true },
      { text: 'Area Tecnica – Servizio Opere Pubbliche', size: 10 },
    ],
    footer: ["Via Medici 1 – 98076 Sant'Agata di Militello (ME) – tel. 0941 709111"],
    producer: 'Microsoft® Word 2016',
    created: '2026-01-20T07:30:00Z',
  });
  s.gap(6);
  s.paragraph('MODULO DI RICHIESTA – CAPACITY LAB', { font: s.bold, size: 13, align: 'center' });
  s.gap(10);
  s.box('COMUNE RICHIEDENTE', "Sant'Agata di Militello");
  s.box('PROVINCIA', 'ME', { width: 140, keepY: true });
  s.box('CODICE ISTAT', '083084', { x: 220, width: 160 });
  s.box('REFERENTE (NOME E COGNOME)', 'Rosaria Scaffidi');
  s.box('QUALIFICA', 'Istruttore direttivo tecnico');
  s.box('E-MAIL', 'r.scaffidi@comune.santagatadimilitello.me.it', { width: 300, keepY: true });
  s.box('TELEFONO', '0941 709234', { x: 380, width: 153 });
  s.box('LABORATORIO RICHIESTO', 'Project management (PC-4)');
  s.box(
    'FABBISOGNI E OBIETTIVI',
    'Organizzare un ufficio di project management per seguire i cronoprogrammi dei cantieri PNRR (porto, scuole, rete idrica) e ridurre i ritardi nelle fasi di esecuzione.',
    { lines: 3 },
  );
  s.box('PARTECIPANTI', '9', { width: 140, keepY: true });
  s.box('GIORNATE', '1', { x: 220, width: 140 });
  s.gap(10);
  s.run('Data 20/01/2026', PDF_LEFT);
  s.run('Firma ______________________________', 330);
  return s.save();
}

// 005 — page 1 a cover letter, page 2 the form as a ruled table
const lameziaMail: ComuneMailOptions = {
  id: 'zoo-005-lamezia',
  from: 'protocollo@comune.lamezia-terme.cz.it',
  fromName: 'Protocollo Generale',
  subject: 'Trasmissione nota prot. 6120 del 21/01/2026',
  date: '2026-01-21T13:15:00+01:00',
  text: 'Si trasmette la nota in allegato.\n\nUfficio Protocollo Generale\nComune di Lamezia Terme\n',
};

async function lameziaPdf(): Promise<Buffer> {
  const s = await PdfSheet.create({
    lines: [
      { text: 'CITTÀ DI LAMEZIA TERME', size: 16, bold: true },
      { text: 'Provincia di Catanzaro', size: 10, italic: true },
      { text: 'Settore Risorse Umane e Organizzazione', size: 10 },
    ],
    footer: ['Via Senatore Arturo Perugini – 88046 Lamezia Terme (CZ) – Centralino 0968 2071 – protocollo@pec.comune.lamezia-terme.cz.it'],
    producer: 'Microsoft® Word per Microsoft 365',
    created: '2026-01-21T10:00:00Z',
  });
  s.run('Prot. n. 6120 del 21/01/2026', PDF_LEFT, { size: 10 });
  s.gap(30);
  for (const line of ['Spett.le ANCI', 'Segretariato del programma Cap4City', 'Via dei Prefetti 46', '00186 Roma']) s.paragraph(line, { x: 330 });
  s.gap(18);
  s.paragraph('Oggetto: Programma Cap4City – trasmissione modulo di richiesta Capacity Lab.', { font: s.bold });
  s.gap(8);
  s.paragraph(
    "Con la presente si trasmette, in allegato, il modulo di richiesta di attivazione di un Capacity Lab compilato da questo Ente. " +
      "Per ogni informazione di carattere generale è possibile contattare il centralino al numero 0968 2071.",
    { align: 'left' },
  );
  s.gap(6);
  s.paragraph('Distinti saluti.');
  s.gap(26);
  s.paragraph('Il Dirigente del Settore', { x: 330 });
  s.paragraph('Avv. Francesca Gigliotti', { x: 330 });
  s.newPage();
  s.paragraph('MODULO DI RICHIESTA CAPACITY LAB', { font: s.bold, size: 13, align: 'center' });
  s.gap(14);
  s.tableRow('Comune richiedente', 'Lamezia Terme');
  s.tableRow('Provincia', 'CZ');
  s.tableRow('Referente', 'Francesca Gigliotti');
  s.tableRow('Ruolo', 'Dirigente Settore Risorse Umane e Organizzazione');
  s.tableRow('E-mail referente', 'f.gigliotti@comune.lamezia-terme.cz.it');
  s.tableRow('Telefono', '0968 207325');
  s.tableRow('Laboratorio richiesto', 'PO-1 Attrattività del lavoro pubblico');
  s.tableRow(
    'Fabbisogni e obiettivi',
    'Gli ultimi concorsi per profili tecnici e informatici sono andati deserti. Vogliamo migliorare la comunicazione delle offerte di lavoro del Comune e il rapporto con università e ordini professionali.',
  );
  s.tableRow('Numero partecipanti', '15');
  s.tableRow('Giornate', '2');
  return s.save();
}

// 006 — bilingual Valle d'Aosta letterhead
const saintVincentMail: ComuneMailOptions = {
  id: 'zoo-006-saintvincent',
  from: 'segreteria@comune.saint-vincent.ao.it',
  fromName: 'Segreteria Comune di Saint-Vincent',
  subject: 'Capacity Lab - demande / richiesta Commune de Saint-Vincent',
  date: '2026-01-22T15:30:00+01:00',
  text: 'Bonjour / Buongiorno,\nin allegato la richiesta firmata dal Segretario comunale.\n\nCordiali saluti / Salutations distinguées\nSegreteria\n',
};

async function saintVincentPdf(): Promise<Buffer> {
  const s = await PdfSheet.create({
    lines: [
      { text: 'COMMUNE DE SAINT-VINCENT', size: 14, bold: true },
      { text: 'COMUNE DI SAINT-VINCENT', size: 12, bold: true },
      { text: "Région Autonome Vallée d'Aoste – Regione Autonoma Valle d'Aosta", size: 9, italic: true },
    ],
    footer: ['Via Vuillerminaz 7 – 11027 Saint-Vincent (AO) – tél./tel. 0166 525111 – protocollo@pec.comune.saint-vincent.ao.it'],
    producer: 'LibreOffice 7.6',
    created: '2026-01-22T13:00:00Z',
  });
  s.run('Réf./Prot. n. 958', PDF_LEFT, { size: 9 });
  s.gap(30);
  s.paragraph('Cap4City – Capacity Lab', { font: s.bold, size: 13, align: 'center' });
  s.paragraph("Demande d'activation – Richiesta di attivazione", { size: 11, align: 'center' });
  s.gap(12);
  s.heading('1. Ente richiedente / Collectivité');
  s.field('Comune / Commune', 'Saint-Vincent', 245);
  s.field('Provincia (sigla)', 'AO', 245);
  s.field('Forma di partecipazione', 'Singolo Comune', 245);
  s.heading('2. Referente / Référent');
  s.field('Nome e cognome / Nom et prénom', 'Luca Favre', 245);
  s.field('Ruolo / Fonction', 'Segretario comunale', 245);
  s.field('E-mail', 'segretario@comune.saint-vincent.ao.it', 245);
  s.field('Telefono / Téléphone', '0166 525103', 245);
  s.heading('3. Laboratorio / Atelier');
  s.field('Laboratorio richiesto', 'PO-6 – Gestione associata di funzioni e servizi', 245);
  s.field(
    'Fabbisogni e obiettivi',
    "Riorganizzare le funzioni svolte in forma associata con l'Unité des Communes valdôtaines Mont-Cervin (polizia locale, tributi, appalti) e definire convenzioni più chiare sui costi e sul personale.",
    245,
  );
  s.field('Partecipanti', '10', 245);
  s.field('Giornate', '2', 245);
  s.gap(24);
  s.paragraph('Saint-Vincent, le 22/01/2026', { size: 10 });
  s.paragraph('Le Secrétaire communal / Il Segretario comunale', { align: 'right', size: 10 });
  s.paragraph('Luca Favre', { align: 'right', size: 10 });
  return s.save((i, n) => `Page ${i}/${n}`);
}

export const LETTERHEAD_PDF_CASES: ZooCase[] = [
  {
    category: 'letterhead-pdf',
    name: 'reggio-emilia',
    build: withPdf(reggioMail, 'Prot_18342_2026_Modulo_Capacity_Lab.pdf', reggioPdf),
    expected: expectRequest(headerOf(reggioMail), {
      comune: C.reggioEmilia,
      contact: { name: 'Chiara Ferretti', role: 'Funzionaria Servizio Sviluppo Organizzativo', email: 'chiara.ferretti@comune.re.it', phone: '0522 456372' },
      labs: ['PO-3'],
      participants: 20,
      days: 2,
    }),
  },
  {
    category: 'letterhead-pdf',
    name: 'cefalu',
    build: withPdf(cefaluMail, 'Richiesta attivazione laboratorio.pdf', cefaluPdf),
    expected: expectRequest(headerOf(cefaluMail), {
      comune: C.cefalu,
      contact: { name: 'Giuseppe Lo Presti', role: 'Responsabile del Settore III – Lavori Pubblici', email: 'g.lopresti@comune.cefalu.pa.it', phone: '0921 924150' },
      labs: ['PC-3'],
      participants: 8,
      days: 2,
    }),
  },
  {
    category: 'letterhead-pdf',
    name: 'foligno',
    build: withPdf(folignoMail, 'Scheda_adesione_CapacityLab_Foligno.pdf', folignoPdf),
    expected: expectRequest(headerOf(folignoMail), {
      comune: C.foligno,
      contact: { name: 'Marco Bartolini', role: 'Istruttore direttivo contabile', email: 'm.bartolini@comune.foligno.pg.it', phone: '0742 330245' },
      labs: ['PC-2'],
      participants: 6,
    }),
  },
  {
    category: 'letterhead-pdf',
    name: 'sant-agata-di-militello',
    build: withPdf(santAgataMail, 'modulo capacity lab.pdf', santAgataPdf),
    expected: expectRequest(headerOf(santAgataMail), {
      comune: C.santAgataMilitello,
      contact: { name: 'Rosaria Scaffidi', role: 'Istruttore direttivo tecnico', email: 'r.scaffidi@comune.santagatadimilitello.me.it', phone: '0941 709234' },
      labs: ['PC-4'],
      participants: 9,
      days: 1,
    }),
  },
  {
    category: 'letterhead-pdf',
    name: 'lamezia-terme',
    build: withPdf(lameziaMail, 'nota_6120_2026.pdf', lameziaPdf),
    expected: expectRequest(headerOf(lameziaMail), {
      comune: C.lamezia,
      contact: { name: 'Francesca Gigliotti', role: 'Dirigente Settore Risorse Umane e Organizzazione', email: 'f.gigliotti@comune.lamezia-terme.cz.it', phone: '0968 207325' },
      labs: ['PO-1'],
      participants: 15,
      days: 2,
    }),
  },
  {
    category: 'letterhead-pdf',
    name: 'saint-vincent',
    build: withPdf(saintVincentMail, 'Demande_Richiesta_CapacityLab.pdf', saintVincentPdf),
    expected: expectRequest(headerOf(saintVincentMail), {
      comune: C.saintVincent,
      contact: { name: 'Luca Favre', role: 'Segretario comunale', email: 'segretario@comune.saint-vincent.ao.it', phone: '0166 525103' },
      labs: ['PO-6'],
      participants: 10,
      days: 2,
    }),
  },
];
