import type { ComuneMailOptions } from '../../fixtures/comune-mail.ts';
import { ZOO_COMUNI as C } from '../comuni.ts';
import { expectRequest } from '../expect.ts';
import { headerOf, withAttachment } from '../mail.ts';
import { odtFile } from '../odt.ts';
import { docxFile, para, run } from '../word.ts';
import { MIME } from '../zoo-case.ts';
import type { ZooCase } from '../zoo-case.ts';

const SERIF = 'Times New Roman';
const letterPara = (text: string, align: 'left' | 'right' | 'justify' = 'justify') => para(text, { font: SERIF, size: 24, align, after: 160 });

// 013 — formal letter, data as bullet points
const BERGAMO_NEEDS = 'Gestire la rendicontazione della spesa dei 40 interventi PNRR e i rapporti con il Ministero sui trasferimenti in acconto e a saldo.';
const bergamoMail: ComuneMailOptions = {
  id: 'zoo-013-bergamo',
  from: 'fondipnrr@comune.bergamo.it',
  fromName: 'Servizio Fondi PNRR',
  subject: 'Lettera di richiesta Capacity Lab - Comune di Bergamo',
  date: '2026-02-02T10:40:00+01:00',
  client: 'outlook',
  text: 'Buongiorno,\nsi trasmette la lettera in allegato.\n\nCordiali saluti\nServizio Fondi PNRR e Programmazione Europea\nComune di Bergamo\n',
};

const bergamoDocx = () =>
  docxFile({
    creator: 'Locatelli Federica',
    date: '2026-02-02T09:30:00Z',
    header: ['COMUNE DI BERGAMO', 'Direzione Risorse Finanziarie', 'Servizio Fondi PNRR e Programmazione Europea'],
    footer: ['Piazza Matteotti 27 – 24122 Bergamo – www.comune.bergamo.it'],
    children: [
      letterPara('Bergamo, 2 febbraio 2026', 'right'),
      letterPara('Prot. n. U0034518/2026', 'left'),
      para('Spett.le ANCI', { font: SERIF, size: 24, align: 'right', after: 0 }),
      para('Segretariato Cap4City', { font: SERIF, size: 24, align: 'right', after: 240 }),
      para([run('Oggetto: ', { bold: true, font: SERIF, size: 24 }), run('richiesta di attivazione di un Capacity Lab – Programma Cap4City.', { bold: true, font: SERIF, size: 24 })], { after: 240 }),
      letterPara(
        "Con riferimento al programma Cap4City, il Comune di Bergamo chiede l'attivazione del laboratorio 'Gestione finanziaria' (PC-2), con le caratteristiche di seguito indicate:",
      ),
      ...[
        'Ente richiedente: Comune di Bergamo (BG)',
        'Referente: Federica Locatelli',
        'Qualifica: Responsabile del Servizio Fondi PNRR e Programmazione Europea',
        'E-mail: f.locatelli@comune.bergamo.it',
        'Telefono: 035 399512',
        `Fabbisogni: ${BERGAMO_NEEDS}`,
        'Partecipanti previsti: 14',
        'Giornate: 2',
      ].map((item) => para(item, { bullet: true, font: SERIF, size: 24, after: 60 })),
      letterPara(''),
      letterPara('Si ringrazia per la collaborazione e si porgono distinti saluti.'),
      para('Il Direttore', { font: SERIF, size: 24, align: 'right', after: 0 }),
      para('Dott. Roberto Cattaneo', { font: SERIF, size: 24, align: 'right', after: 200 }),
      para('Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.', { italic: true, size: 16, align: 'right' }),
    ],
  });

// 014 — a letter in sentences, typographic apostrophes and quotes as Word types them
const pomiglianoMail: ComuneMailOptions = {
  id: 'zoo-014-pomigliano',
  from: 'affarigenerali@comune.pomiglianodarco.na.it',
  fromName: 'Settore Affari Generali',
  subject: 'Programma Cap4City – richiesta Capacity Lab',
  date: '2026-02-03T12:10:00+01:00',
  client: 'outlook',
  text: 'Si trasmette in allegato la nota a firma del Sindaco.\n\nSettore Affari Generali e Risorse Umane\nComune di Pomigliano d’Arco – tel. 081 5217111\n',
};

const pomiglianoDocx = () =>
  docxFile({
    creator: 'Esposito Anna',
    date: '2026-02-03T10:00:00Z',
    header: ['Comune di Pomigliano d’Arco', 'Città Metropolitana di Napoli', 'Settore Affari Generali e Risorse Umane'],
    children: [
      para('Al Segretariato Cap4City', { font: SERIF, size: 24, align: 'right', after: 0 }),
      para('ANCI – Associazione Nazionale Comuni Italiani', { font: SERIF, size: 24, align: 'right', after: 300 }),
      para('Oggetto: richiesta di attivazione di un Capacity Lab.', { bold: true, font: SERIF, size: 24, after: 240 }),
      letterPara('Il Comune di Pomigliano d’Arco (NA) chiede l’attivazione del laboratorio “Reclutamento” (PO-2) previsto dal catalogo del programma Cap4City.'),
      letterPara(
        'L’Ente ha in programma, nel biennio 2026-2027, l’assunzione di 25 unità di personale e intende rafforzare le competenze dell’ufficio nella gestione delle procedure concorsuali, dalla stesura dei bandi all’utilizzo del portale inPA.',
      ),
      letterPara('Referente per le attività sarà Anna Esposito, Responsabile del Servizio Risorse Umane (tel. 081 5217342, e-mail a.esposito@comune.pomiglianodarco.na.it).'),
      letterPara('Si prevede la partecipazione di circa dieci dipendenti per due giornate in presenza.'),
      letterPara('Distinti saluti.'),
      para('Il Sindaco', { font: SERIF, size: 24, align: 'right', after: 0 }),
      para('Gennaro Iovino', { font: SERIF, size: 24, align: 'right' }),
    ],
  });

// 015 — numbered paragraphs, the lab named loosely but surely ("sul PIAO")
const castelSanPietroMail: ComuneMailOptions = {
  id: 'zoo-015-castelsanpietro',
  from: 'segreteria.generale@comune.castelsanpietroterme.bo.it',
  subject: 'Cap4City – richiesta di un Capacity Lab sul PIAO',
  date: '2026-02-04T09:25:00+01:00',
  text: 'Buongiorno,\nallego la lettera del Segretario generale.\nSaluti\n\nSegreteria generale\n',
};

const castelSanPietroDocx = () =>
  docxFile({
    creator: 'Segreteria generale',
    date: '2026-02-04T08:00:00Z',
    children: [
      para('COMUNE DI CASTEL SAN PIETRO TERME', { bold: true, align: 'center', size: 28, after: 0, font: SERIF }),
      para('Città metropolitana di Bologna – Area Servizi Amministrativi', { align: 'center', size: 20, after: 300, font: SERIF }),
      para('Al Segretariato del programma Cap4City', { font: SERIF, size: 24, after: 240 }),
      para('Oggetto: Cap4City – richiesta di un Capacity Lab sul PIAO.', { bold: true, font: SERIF, size: 24, after: 240 }),
      letterPara(
        '1. Il Comune di Castel San Pietro Terme intende partecipare al programma Cap4City con un Capacity Lab sul PIAO, per aggiornare la sezione “Organizzazione e capitale umano” e il piano triennale dei fabbisogni di personale.',
      ),
      letterPara(
        '2. Il referente è Davide Righi, Istruttore direttivo amministrativo dell’Ufficio Personale, raggiungibile all’indirizzo d.righi@comune.castelsanpietroterme.bo.it o al numero 051 6954127.',
      ),
      letterPara('3. Obiettivi: semplificare il processo di redazione del PIAO e collegare la programmazione delle assunzioni al bilancio di previsione.'),
      letterPara('4. Partecipanti: 6 persone tra dirigenti e funzionari; durata: una giornata.'),
      letterPara('Cordiali saluti.'),
      para('Il Segretario generale', { font: SERIF, size: 24, align: 'right', after: 0 }),
      para('Dott.ssa Cinzia Bertuzzi', { font: SERIF, size: 24, align: 'right' }),
    ],
  });

// 016 — LibreOffice letter, data in a bulleted text:list
const TODI_NEEDS = 'Alimentare correttamente ReGiS e valutare i risultati dei progetti di rigenerazione del centro storico.';
const todiMail: ComuneMailOptions = {
  id: 'zoo-016-todi',
  from: 'lavoripubblici@comune.todi.pg.it',
  subject: 'Richiesta Capacity Lab',
  date: '2026-02-03T17:45:00+01:00',
  text: 'Buonasera,\nin allegato la richiesta del Comune di Todi.\n\nServizio Lavori Pubblici\n',
};

const todiOdt = () =>
  odtFile({
    title: 'Richiesta Capacity Lab',
    creator: 'Sandro Bartolucci',
    date: '2026-02-03T16:30:00',
    header: ['COMUNE DI TODI', 'Provincia di Perugia', 'Ufficio Tecnico – Servizio Lavori Pubblici'],
    footer: ['Piazza del Popolo 29/30 – 06059 Todi (PG) – tel. 075 89561'],
    blocks: [
      { p: 'Todi, 3 febbraio 2026', style: 'right' },
      { p: 'Prot. n. 2710' },
      { p: 'Al Segretariato Cap4City – ANCI', style: 'right' },
      { p: '' },
      { p: 'Oggetto: richiesta di attivazione di un Capacity Lab', style: 'bold' },
      { p: 'Il sottoscritto Responsabile del Servizio Lavori Pubblici, per conto del Comune di Todi, chiede l\'attivazione del seguente laboratorio:' },
      {
        list: [
          'Laboratorio: PC-5 – Monitoraggio e valutazione',
          'Referente: Giulia Montanucci',
          'Ruolo: Istruttore tecnico',
          'E-mail: g.montanucci@comune.todi.pg.it',
          'Telefono: 075 8956231',
          `Fabbisogni: ${TODI_NEEDS}`,
          'Partecipanti: 5',
        ],
      },
      { p: 'Cordiali saluti.' },
      { p: 'Il Responsabile del Servizio', style: 'right' },
      { p: 'Geom. Sandro Bartolucci', style: 'right' },
    ],
  });

// 017 — LibreOffice letter in prose, lab by its full title in «guillemets»
const sanremoMail: ComuneMailOptions = {
  id: 'zoo-017-sanremo',
  from: 'comunicazione@comune.sanremo.im.it',
  fromName: 'Settore Comunicazione',
  subject: 'Cap4City - richiesta di attivazione Capacity Lab',
  date: '2026-02-05T11:00:00+01:00',
  text: 'Buongiorno,\nvi inviamo la richiesta firmata dal Dirigente.\n\nCordiali saluti\nSegreteria Settore Comunicazione, Turismo e Manifestazioni\ntel. 0184 580400\n',
};

const sanremoOdt = () =>
  odtFile({
    title: 'Lettera Cap4City',
    creator: 'Martina Ghiglione',
    date: '2026-02-05T09:40:00',
    header: ['COMUNE DI SANREMO', 'Provincia di Imperia', 'Settore Comunicazione, Turismo e Manifestazioni'],
    blocks: [
      { p: 'Spett.le Segretariato Cap4City', style: 'right' },
      { p: 'ANCI – Roma', style: 'right' },
      { p: '' },
      { p: 'Oggetto: richiesta di attivazione di un Capacity Lab – Programma Cap4City', style: 'bold' },
      { p: 'Il Comune di Sanremo chiede di partecipare al laboratorio «Comunicazione e valorizzazione dei progetti finanziati».' },
      {
        p: 'Abbiamo concluso nel 2025 tre interventi finanziati dal PNRR (mercato annonario, pista ciclopedonale, scuole) e vorremmo imparare a raccontarli ai cittadini, rispettando gli obblighi di comunicazione dei finanziamenti europei.',
      },
      { p: 'Referente: Martina Ghiglione, funzionaria del Settore Comunicazione – martina.ghiglione@comune.sanremo.im.it – tel. 0184 580412.' },
      { p: 'Con i migliori saluti.' },
      { p: 'Il Dirigente del Settore', style: 'right' },
      { p: 'Dott. Paolo Novaro', style: 'right' },
    ],
  });

export const LETTER_CASES: ZooCase[] = [
  {
    category: 'letter-docx',
    name: 'bergamo',
    build: withAttachment(bergamoMail, 'Lettera_richiesta_CapacityLab.docx', MIME.docx, bergamoDocx),
    expected: expectRequest(headerOf(bergamoMail), {
      comune: C.bergamo,
      contact: { name: 'Federica Locatelli', role: 'Responsabile del Servizio Fondi PNRR e Programmazione Europea', email: 'f.locatelli@comune.bergamo.it', phone: '035 399512' },
      labs: ['PC-2'],
      needs: BERGAMO_NEEDS,
      participants: 14,
      days: 2,
    }),
  },
  {
    category: 'letter-docx',
    name: 'pomigliano-d-arco',
    build: withAttachment(pomiglianoMail, 'Nota Sindaco - Cap4City.docx', MIME.docx, pomiglianoDocx),
    expected: expectRequest(headerOf(pomiglianoMail), {
      comune: C.pomigliano,
      contact: { name: 'Anna Esposito', email: 'a.esposito@comune.pomiglianodarco.na.it', phone: '081 5217342' },
      labs: ['PO-2'],
    }),
  },
  {
    category: 'letter-docx',
    name: 'castel-san-pietro-terme',
    build: withAttachment(castelSanPietroMail, 'Lettera Cap4City PIAO.docx', MIME.docx, castelSanPietroDocx),
    expected: expectRequest(headerOf(castelSanPietroMail), {
      comune: C.castelSanPietro,
      contact: { name: 'Davide Righi', email: 'd.righi@comune.castelsanpietroterme.bo.it', phone: '051 6954127' },
      labs: ['PO-4'],
    }),
  },
  {
    category: 'letter-odt',
    name: 'todi',
    build: withAttachment(todiMail, 'richiesta_capacity_lab_todi.odt', MIME.odt, todiOdt),
    expected: expectRequest(headerOf(todiMail), {
      comune: C.todi,
      contact: { name: 'Giulia Montanucci', role: 'Istruttore tecnico', email: 'g.montanucci@comune.todi.pg.it', phone: '075 8956231' },
      labs: ['PC-5'],
      needs: TODI_NEEDS,
      participants: 5,
    }),
  },
  {
    category: 'letter-odt',
    name: 'sanremo',
    build: withAttachment(sanremoMail, 'Lettera Cap4City.odt', MIME.odt, sanremoOdt),
    expected: expectRequest(headerOf(sanremoMail), {
      comune: C.sanremo,
      contact: { name: 'Martina Ghiglione', email: 'martina.ghiglione@comune.sanremo.im.it', phone: '0184 580412' },
      labs: ['PC-6'],
    }),
  },
];
