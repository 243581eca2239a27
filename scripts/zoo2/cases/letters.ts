// Formal letters of a Segreteria: the request in sentences, the contact in the signature block, the Comune only
// in the letterhead.
import { expectRequest } from '../../zoo/expect.ts';
import { headerOf, withAttachment } from '../../zoo/mail.ts';
import type { ComuneMailOptions } from '../../fixtures/comune-mail.ts';
import { odtFile } from '../../zoo/odt.ts';
import { PdfSheet } from '../../zoo/pdf-sheet.ts';
import { MIME } from '../../zoo/zoo-case.ts';
import { ZOO2_COMUNI as Z } from '../comuni.ts';
import { docxFile, p } from '../word2.ts';
import type { Zoo2Case } from '../zoo2-case.ts';

const category = 'letters' as const;
const ADDRESSEE = ['Spett.le Segretariato Cap4City', 'ANCI – Associazione Nazionale Comuni Italiani', 'cap4city@anci.example.it'];

// 030 — Cosenza: "PC-2 «Gestione finanziaria» e, in alternativa, del PC-3"; the contact in the signature block.
const cosenzaMail: ComuneMailOptions = {
  id: 'zoo2-030-cosenza',
  from: 'protocollo@comune.cosenza.it',
  fromName: 'Protocollo Comune di Cosenza',
  subject: 'Programma Cap4City - richiesta di attivazione di un Capacity Lab',
  date: '2026-02-04T09:33:00+01:00',
  client: 'outlook',
  text: 'Si trasmette in allegato la nota prot. n. 2231 del 03/02/2026.\n\nUfficio Protocollo\n',
};
const cosenza = (): Promise<Buffer> =>
  docxFile({
    creator: 'Settore Finanziario',
    date: '2026-02-03T12:00:00Z',
    header: ['COMUNE DI COSENZA', 'Settore Programmazione Risorse Finanziarie', 'Piazza dei Bruzi – 87100 Cosenza'],
    children: [
      p('Prot. n. 2231 del 03/02/2026', { after: 240 }),
      ...ADDRESSEE.map((line, i) => p(line, { align: 'right', after: i === ADDRESSEE.length - 1 ? 240 : 0 })),
      p('Oggetto: Programma Cap4City – richiesta di attivazione di un Capacity Lab.', { bold: true, after: 240 }),
      p(
        "Con riferimento all'avviso del programma Cap4City, considerato il numero di interventi finanziati dal PNRR e dalla politica di coesione in fase di attuazione, si richiede l'attivazione del laboratorio PC-2 «Gestione finanziaria» e, in alternativa, del PC-3.",
        { align: 'justify' },
      ),
      p(
        "L'esigenza dell'Ente è rafforzare la rendicontazione e il controllo della spesa dei progetti finanziati, oggi affidati a uffici diversi con procedure non uniformi.",
        { align: 'justify' },
      ),
      p(
        'Il percorso è rivolto ai funzionari del Settore e ai RUP degli interventi, per circa 18 partecipanti, con 2 giornate in presenza presso la sede municipale.',
        { align: 'justify' },
      ),
      p('Per ogni comunicazione il referente è il Responsabile del Servizio sotto indicato.', { align: 'justify', after: 360 }),
      p('Il Responsabile del Servizio Finanziario', { align: 'right', after: 0 }),
      p('dott. Paolo Greco', { align: 'right', after: 0 }),
      p('tel. 0984 813 327', { align: 'right', after: 0 }),
      p('e-mail p.greco@comune.cosenza.it', { align: 'right', after: 240 }),
      p('Documento firmato digitalmente ai sensi del D.Lgs. 82/2005', { italic: true, size: 16 }),
    ],
  });

// 031 — Sant'Ambrogio di Torino: a small Comune, the Segretario comunale signs; lab by its title.
const santAmbrogioMail: ComuneMailOptions = {
  id: 'zoo2-031-santambrogio',
  from: 'info@comune.santambrogioditorino.to.it',
  fromName: "Comune di Sant'Ambrogio di Torino",
  subject: 'Richiesta Capacity Lab',
  date: '2026-02-04T11:48:00+01:00',
  text: 'Buongiorno,\nsi trasmette la nota in allegato a firma del Segretario comunale.\nCordiali saluti\nUfficio Segreteria\n',
};
const santAmbrogio = (): Promise<Buffer> =>
  docxFile({
    creator: 'Segreteria',
    date: '2026-02-04T09:00:00Z',
    header: ['COMUNE DI SANT’AMBROGIO DI TORINO', 'Città Metropolitana di Torino', 'Piazza XXV Aprile 1 – 10057 – tel. 011 939 9311'],
    children: [
      ...ADDRESSEE.map((line, i) => p(line, { align: 'right', after: i === ADDRESSEE.length - 1 ? 240 : 0 })),
      p('Oggetto: richiesta di partecipazione a un Capacity Lab del programma Cap4City.', { bold: true, after: 240 }),
      p(
        'Questo Comune, che conta meno di 5.000 abitanti e ha un solo ufficio per la gestione del personale, chiede di partecipare al laboratorio «Valorizzazione e retention del personale».',
        { align: 'justify' },
      ),
      p(
        'Negli ultimi due anni quattro dipendenti su ventidue hanno chiesto la mobilità verso enti più grandi: ci serve un metodo per trattenere il personale formato, con strumenti di crescita compatibili con un bilancio ridotto.',
        { align: 'justify' },
      ),
      p('Parteciperebbero 5 dipendenti, in una sola giornata in presenza anche presso un Comune vicino.', { align: 'justify', after: 360 }),
      p('Distinti saluti.', { after: 240 }),
      p('Il Segretario Comunale', { align: 'right', after: 0 }),
      p('dott.ssa Marina Actis', { align: 'right', after: 0 }),
      p('tel. 011 939 9321', { align: 'right', after: 0 }),
      p('e-mail segretario@comune.santambrogioditorino.to.it', { align: 'right' }),
    ],
  });

// 032 — Ascoli Piceno: PDF letter; "laboratorio PO-5 (Contrattazione)", 15 participants and 2 days in a sentence.
const ascoliMail: ComuneMailOptions = {
  id: 'zoo2-032-ascoli',
  from: 'segreteria.generale@comune.ascolipiceno.it',
  fromName: 'Segreteria Generale',
  subject: 'Nota - Capacity Lab Contrattazione',
  date: '2026-02-04T14:22:00+01:00',
  client: 'outlook',
  text: 'Buongiorno,\nsi trasmette la nota in oggetto.\nCordiali saluti\nSegreteria Generale - Città di Ascoli Piceno\n',
};
async function ascoli(): Promise<Buffer> {
  const sheet = await PdfSheet.create({
    lines: [
      { text: 'CITTÀ DI ASCOLI PICENO', size: 16, bold: true },
      { text: 'Settore Risorse Umane', size: 11, italic: true },
      { text: 'Piazza Arringo 7 – 63100 Ascoli Piceno', size: 9 },
    ],
    footer: ['PEC comune.ascolipiceno@actaliscertymail.it – centralino 0736 2981'],
    producer: 'Microsoft® Word per Microsoft 365',
    created: '2026-02-04T10:00:00Z',
  });
  sheet.paragraph('Prot. n. 9874 del 04/02/2026');
  sheet.gap(10);
  for (const line of ADDRESSEE) sheet.paragraph(line, { align: 'right' });
  sheet.gap(12);
  sheet.paragraph('Oggetto: programma Cap4City – richiesta di un Capacity Lab.', { font: sheet.bold });
  sheet.gap(8);
  sheet.paragraph(
    "Con la presente l'Amministrazione chiede di partecipare al Capacity Lab dedicato alla contrattazione integrativa, laboratorio PO-5 (Contrattazione), in vista del rinnovo del contratto decentrato dell'Ente.",
    { font: sheet.serif, size: 11.5 },
  );
  sheet.gap(4);
  sheet.paragraph(
    'Le esigenze riguardano la costituzione del fondo per le risorse decentrate, la preparazione della delegazione di parte pubblica e le relazioni con le organizzazioni sindacali.',
    { font: sheet.serif, size: 11.5 },
  );
  sheet.gap(4);
  sheet.paragraph('Il percorso coinvolgerà 15 partecipanti tra dirigenti e funzionari, in 2 giornate in presenza.', { font: sheet.serif, size: 11.5 });
  sheet.gap(20);
  sheet.paragraph('Il Dirigente del Settore Risorse Umane', { x: 280, font: sheet.serif, size: 11.5 });
  sheet.paragraph('dott. Andrea Cappelli', { x: 280, font: sheet.serif, size: 11.5 });
  sheet.paragraph('tel. 0736 298 411', { x: 280, font: sheet.serif, size: 11.5 });
  sheet.paragraph('e-mail andrea.cappelli@comune.ascolipiceno.it', { x: 280, font: sheet.serif, size: 11.5 });
  return sheet.save();
}

// 033 — Campobasso: a two-page PDF letter, the lab by title and the signature block on page 2.
const campobassoMail: ComuneMailOptions = {
  id: 'zoo2-033-campobasso',
  from: 'comunicazione@comune.campobasso.it',
  fromName: 'Ufficio Comunicazione',
  subject: 'Richiesta di attivazione Capacity Lab - Comune di Campobasso',
  date: '2026-02-05T10:10:00+01:00',
  text: 'Buongiorno,\nsi invia la lettera di richiesta in allegato.\nCordiali saluti\nUfficio Comunicazione\n',
};
async function campobasso(): Promise<Buffer> {
  const sheet = await PdfSheet.create({
    lines: [
      { text: 'COMUNE DI CAMPOBASSO', size: 16, bold: true },
      { text: 'Capoluogo di Regione', size: 10, italic: true },
      { text: 'Ufficio Comunicazione istituzionale', size: 10 },
    ],
    footer: ['Piazza Vittorio Emanuele II 29 – 86100 Campobasso – PEC comune.campobasso.protocollo@pec.it'],
    producer: 'LibreOffice 7.6',
    created: '2026-02-05T08:00:00Z',
  });
  const body = { font: sheet.serif, size: 11.5, leading: 16 };
  sheet.paragraph('Campobasso, 5 febbraio 2026', { align: 'right' });
  sheet.gap(10);
  for (const line of ADDRESSEE) sheet.paragraph(line, { align: 'right' });
  sheet.gap(12);
  sheet.paragraph('Oggetto: richiesta di attivazione di un Capacity Lab.', { font: sheet.bold });
  sheet.gap(8);
  const premises = [
    "Il Comune ha in corso di realizzazione numerosi interventi finanziati dal Piano Nazionale di Ripresa e Resilienza, dal Fondo Sviluppo e Coesione e dal Programma regionale FESR-FSE+: la riqualificazione del centro storico, il nuovo terminal degli autobus, tre plessi scolastici e il potenziamento dei servizi digitali al cittadino.",
    "Ciascun intervento comporta obblighi di informazione e pubblicità verso i cittadini e verso le autorità di gestione, che oggi l'Ufficio adempie caso per caso, con strumenti e linguaggi diversi e senza una programmazione d'insieme.",
    "Nel corso del 2025 l'Ente ha inoltre ricevuto dalle autorità di gestione due richiami sul corretto uso dei loghi e delle formule di finanziamento, e i cittadini lamentano di non sapere quali cantieri siano aperti, con quali risorse e con quali tempi.",
    "Si ritiene pertanto necessario un percorso che aiuti l'Ufficio Comunicazione e i responsabili dei procedimenti a costruire un piano unitario, a rispettare gli obblighi dei diversi programmi e a raccontare in modo chiaro i risultati ottenuti.",
    "A tal fine l'Ente ha già individuato, tra il personale dei settori Lavori pubblici, Politiche sociali e Innovazione, i dipendenti che curano i rapporti con la stampa e l'aggiornamento del sito istituzionale, e ha previsto nel bilancio 2026 le risorse per la realizzazione dei materiali.",
  ];
  for (const text of premises) {
    sheet.paragraph(text, body);
    sheet.gap(6);
  }
  sheet.newPage();
  sheet.paragraph(
    "Tutto ciò premesso, si chiede l'attivazione del laboratorio «Comunicazione e valorizzazione dei progetti finanziati» per 12 partecipanti, in 2 giornate in presenza da svolgersi presso la Sala della Costituzione.",
    body,
  );
  sheet.gap(6);
  sheet.paragraph('Si resta a disposizione per ogni chiarimento e si porgono distinti saluti.', body);
  sheet.gap(24);
  for (const line of ["Il Responsabile dell'Ufficio Comunicazione", 'dott.ssa Carla Di Iorio', 'tel. 0874 405 218', 'e-mail carla.diiorio@comune.campobasso.it']) {
    sheet.paragraph(line, { x: 310, font: sheet.serif, size: 11.5 });
  }
  return sheet.save();
}

// 034 — Gubbio: LibreOffice letter; "Costruzione del parco progetti (PC-1)"; an engineer signs.
const gubbioMail: ComuneMailOptions = {
  id: 'zoo2-034-gubbio',
  from: 'llpp@comune.gubbio.pg.it',
  fromName: 'Area Lavori Pubblici - Comune di Gubbio',
  subject: 'Cap4City: richiesta Capacity Lab parco progetti',
  date: '2026-02-05T12:30:00+01:00',
  text: 'Buongiorno,\nsi trasmette la lettera di richiesta.\nCordiali saluti\nArea Lavori Pubblici\n',
};
const gubbio = (): Promise<Buffer> =>
  odtFile({
    title: 'Richiesta Capacity Lab',
    creator: 'Area LLPP',
    date: '2026-02-05T10:30:00',
    header: ['COMUNE DI GUBBIO', 'Area Lavori Pubblici e Progettazione – Piazza Grande 9 – 06024 Gubbio (PG)'],
    footer: ['PEC comune.gubbio@postacert.umbria.it'],
    blocks: [
      { p: 'Al Segretariato Cap4City – ANCI', style: 'right' },
      { p: '' },
      { p: 'Oggetto: richiesta di partecipazione al Capacity Lab «Costruzione del parco progetti».', style: 'bold' },
      { p: '' },
      {
        p: "Con la presente l'Area Lavori Pubblici chiede di poter partecipare al laboratorio Costruzione del parco progetti (PC-1), per dotarsi di un parco di progetti di fattibilità da candidare ai prossimi bandi regionali, nazionali ed europei.",
      },
      {
        p: "Oggi le candidature nascono in emergenza, a ridosso delle scadenze: vorremmo imparare a selezionare le idee, a valutarne la fattibilità e a tenerle pronte. Al percorso prenderebbero parte 7 tecnici e amministrativi dell'Area, per 2 giornate in presenza.",
      },
      { p: '' },
      { p: 'Cordiali saluti.' },
      { p: '' },
      { p: "Il Responsabile dell'Area", style: 'right' },
      { p: 'ing. Fabio Menichetti', style: 'right' },
      { p: 'tel. 075 923 7215', style: 'right' },
      { p: 'e-mail f.menichetti@comune.gubbio.pg.it', style: 'right' },
    ],
  });

// 035 — Melfi: LibreOffice letter; the letterhead gives the office's e-mail, the signature the contact's.
const melfiMail: ComuneMailOptions = {
  id: 'zoo2-035-melfi',
  from: 'segreteria@comune.melfi.pz.it',
  fromName: 'Segreteria Comune di Melfi',
  subject: 'Richiesta laboratorio Monitoraggio e valutazione',
  date: '2026-02-05T16:45:00+01:00',
  text: 'Buonasera,\nin allegato la richiesta del Comune.\nSegreteria Generale\n',
};
const melfi = (): Promise<Buffer> =>
  odtFile({
    title: 'Richiesta Capacity Lab',
    creator: 'Segreteria',
    date: '2026-02-05T15:00:00',
    header: ['CITTÀ DI MELFI', 'Provincia di Potenza – Servizio Programmazione', 'segreteria@comune.melfi.pz.it – PEC protocollo@pec.comune.melfi.pz.it'],
    blocks: [
      { p: 'Spett.le Segretariato Cap4City', style: 'right' },
      { p: 'ANCI – Roma', style: 'right' },
      { p: '' },
      { p: 'Oggetto: Capacity Lab – richiesta di attivazione.', style: 'bold' },
      { p: '' },
      {
        p: "Si chiede l'attivazione del laboratorio «Monitoraggio e valutazione» a favore del personale che segue i progetti finanziati dell'Ente, in particolare gli interventi dell'area industriale e della rigenerazione del centro storico.",
      },
      {
        p: "L'obiettivo è passare da un monitoraggio fatto solo per adempiere alle scadenze a una valutazione dei risultati utile anche alla Giunta. Parteciperebbero 10 dipendenti, in 1 giornata in presenza.",
      },
      { p: '' },
      { p: 'Distinti saluti' },
      { p: '' },
      { p: 'Il Responsabile del Servizio Programmazione', style: 'right' },
      { p: 'dott. Rocco Mastrangelo', style: 'right' },
      { p: 'tel. 0972 251 244', style: 'right' },
      { p: 'e-mail r.mastrangelo@comune.melfi.pz.it', style: 'right' },
    ],
  });

export const LETTERS_CASES: Zoo2Case[] = [
  {
    category,
    name: 'cosenza-in-alternativa',
    build: withAttachment(cosenzaMail, 'Nota_prot_2231_Cap4City.docx', MIME.docx, cosenza),
    expected: expectRequest(headerOf(cosenzaMail), {
      comune: Z.cosenza,
      contact: { name: 'Paolo Greco', email: 'p.greco@comune.cosenza.it', phone: '0984 813 327' },
      labs: ['PC-2', 'PC-3'],
      participants: 18,
      days: 2,
    }),
  },
  {
    category,
    name: 'sant-ambrogio-segretario',
    build: withAttachment(santAmbrogioMail, 'richiesta_capacity_lab.docx', MIME.docx, santAmbrogio),
    expected: expectRequest(headerOf(santAmbrogioMail), {
      comune: Z.santAmbrogio,
      contact: { name: 'Marina Actis', email: 'segretario@comune.santambrogioditorino.to.it', phone: '011 939 9321' },
      labs: ['PO-3'],
      participants: 5,
    }),
  },
  {
    category,
    name: 'ascoli-lettera-pdf',
    build: withAttachment(ascoliMail, 'Nota_9874_2026.pdf', MIME.pdf, ascoli),
    expected: expectRequest(headerOf(ascoliMail), {
      comune: Z.ascoli,
      contact: { name: 'Andrea Cappelli', email: 'andrea.cappelli@comune.ascolipiceno.it', phone: '0736 298 411' },
      labs: ['PO-5'],
      participants: 15,
      days: 2,
    }),
  },
  {
    category,
    name: 'campobasso-due-pagine',
    build: withAttachment(campobassoMail, 'Lettera richiesta Capacity Lab.pdf', MIME.pdf, campobasso),
    expected: expectRequest(headerOf(campobassoMail), {
      comune: Z.campobasso,
      contact: { name: 'Carla Di Iorio', email: 'carla.diiorio@comune.campobasso.it', phone: '0874 405 218' },
      labs: ['PC-6'],
      participants: 12,
      days: 2,
    }),
  },
  {
    category,
    name: 'gubbio-lettera-odt',
    build: withAttachment(gubbioMail, 'Richiesta_CapacityLab_Gubbio.odt', MIME.odt, gubbio),
    expected: expectRequest(headerOf(gubbioMail), {
      comune: Z.gubbio,
      contact: { name: 'Fabio Menichetti', email: 'f.menichetti@comune.gubbio.pg.it', phone: '075 923 7215' },
      labs: ['PC-1'],
      participants: 7,
      days: 2,
    }),
  },
  {
    category,
    name: 'melfi-mail-ufficio-e-referente',
    build: withAttachment(melfiMail, 'richiesta_melfi.odt', MIME.odt, melfi),
    expected: expectRequest(headerOf(melfiMail), {
      comune: Z.melfi,
      contact: { name: 'Rocco Mastrangelo', email: 'r.mastrangelo@comune.melfi.pz.it', phone: '0972 251 244' },
      labs: ['PC-5'],
      participants: 10,
      days: 1,
    }),
  },
];
