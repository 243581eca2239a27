import { LetterPdf } from '../letter-pdf.ts';
import { coatOfArms } from '../logo.ts';
import { bullet, letterDocx, lp, lr, recipientBlock, signatureBlock, t } from '../word3.ts';
import { C, MIME, RECIPIENT, expectRequest, headerOf, withAttachment } from '../common.ts';
import type { ComuneMailOptions } from '../../fixtures/comune-mail.ts';
import type { Zoo3Case } from '../zoo3-case.ts';

const category = 'protocol-letter' as const;

// 001 — Cinisello Balsamo: PDF from Word, data table, Sindaco signs, referente in the text.
const cinisello: ComuneMailOptions = {
  id: 'zoo3-001-cinisello',
  from: 'protocollo@comune.cinisello-balsamo.mi.it',
  fromName: 'Comune di Cinisello Balsamo - Protocollo',
  subject: 'Prot. N.0004127/2026 - Programma Cap4City – Richiesta di attivazione di un Capacity Lab',
  date: '2026-01-13T11:42:00+01:00',
  client: 'outlook',
  text:
    'Si trasmette in allegato la nota prot. n. 4127 del 13/01/2026 avente ad oggetto "Programma Cap4City – Richiesta di attivazione di un Capacity Lab".\n\n' +
    'Distinti saluti\n\nUfficio Protocollo\nComune di Cinisello Balsamo\nPiazza Confalonieri, 5 – 20092 Cinisello Balsamo (MI)\n',
};

async function ciniselloLetter(): Promise<Buffer> {
  const pdf = await LetterPdf.create({
    logo: coatOfArms({ field: '#1f4e9c', charge: '#f2c200' }),
    lines: ['CITTÀ DI CINISELLO BALSAMO', 'Città Metropolitana di Milano', 'Settore Risorse Umane e Organizzazione', 'Servizio Personale e Formazione'],
    footer: ['Comune di Cinisello Balsamo – Piazza Confalonieri, 5 – 20092 Cinisello Balsamo (MI) – centralino 02 660231', 'PEC: protocollo@pec.comune.cinisello-balsamo.mi.it – www.comune.cinisello-balsamo.mi.it'],
    producer: 'Microsoft® Word per Microsoft 365',
    creator: 'Microsoft® Word per Microsoft 365',
    created: '2026-01-13T10:58:00+01:00',
  });
  pdf.protocolAndRecipient(['Prot. n. 0004127/2026', 'del 13/01/2026', 'Class. 03.06 – Fasc. 2026/12'], RECIPIENT);
  pdf.subject('Programma Cap4City – Richiesta di attivazione di un Capacity Lab sulla valorizzazione e retention del personale.');
  pdf.paragraph(
    "Con riferimento all'avviso pubblicato nell'ambito del programma Cap4City, l'Amministrazione comunale di Cinisello Balsamo manifesta il proprio interesse e chiede l'attivazione del laboratorio PO-3 «Valorizzazione e retention del personale».",
  );
  pdf.paragraph(
    "Negli ultimi tre anni il Comune ha registrato 37 cessazioni volontarie, concentrate nei profili tecnici e informatici, e fatica a trattenere il personale neoassunto, che spesso si trasferisce presso enti con trattamenti economici più favorevoli. L'Ente intende costruire un piano di retention che preveda percorsi di crescita, lavoro agile e misure di welfare.",
  );
  pdf.paragraph('Si riepilogano di seguito i dati principali della richiesta:');
  pdf.table([
    ['Laboratorio richiesto', 'PO-3 Valorizzazione e retention del personale'],
    ['Destinatari', 'dirigenti, funzionari e referenti del Servizio Personale'],
    ['Numero di partecipanti', '18'],
    ['Giornate in presenza', '2'],
    ['Periodo preferito', 'marzo – aprile 2026'],
    ['Sede proposta', 'Villa Ghirlanda, sala del Paradiso'],
  ]);
  pdf.paragraph(
    "Referente per l'iniziativa è la dott.ssa Chiara Colombo, funzionaria del Servizio Personale e Formazione (tel. 02 66023412, e-mail chiara.colombo@comune.cinisello-balsamo.mi.it), alla quale potranno essere indirizzate tutte le comunicazioni relative al laboratorio.",
  );
  pdf.paragraph("Si ringrazia per l'attenzione e si porgono cordiali saluti.");
  pdf.signature(['IL SINDACO', 'Luca Bernasconi', 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate']);
  return pdf.save();
}

// 002 — Sassuolo: DOCX, Segretario generale signs, bullet list, "Referente operativo: …".
const sassuolo: ComuneMailOptions = {
  id: 'zoo3-002-sassuolo',
  from: 'segreteria.generale@comune.sassuolo.mo.it',
  fromName: 'Segreteria Generale - Comune di Sassuolo',
  subject: 'Adesione Cap4City - richiesta Capacity Lab (prot. 2291/2026)',
  date: '2026-01-15T16:05:00+01:00',
  client: 'outlook',
  text: 'Buongiorno,\nin allegato la nota del Segretario Generale relativa alla richiesta in oggetto.\n\nCordiali saluti\n\nSegreteria Generale\nComune di Sassuolo\ntel. 0536 880712\n',
};

async function sassuoloLetter(): Promise<Buffer> {
  return letterDocx({
    creator: 'Segreteria Generale',
    date: '2026-01-15T15:40:00Z',
    logo: coatOfArms({ field: '#b3262b', charge: '#ffffff' }),
    letterhead: ['COMUNE DI SASSUOLO', 'Provincia di Modena', 'Settore II – Affari Generali, Gare e Contratti'],
    footer: ['Via Fenuzzi, 5 – 41049 Sassuolo (MO) – tel. 0536 880711 – PEC: comune.sassuolo@cert.comune.sassuolo.mo.it', 'Codice fiscale e partita IVA 00235880366'],
    children: [
      lp('Sassuolo, 15 gennaio 2026', { align: 'right' }),
      lp('Prot. n. 2291/2026', { align: 'left' }),
      ...recipientBlock(RECIPIENT),
      lp('', { align: 'left' }),
      lp([lr('Oggetto: ', { bold: true }), lr('adesione al programma Cap4City – richiesta di un Capacity Lab sulle procedure di affidamento.', { bold: true })], { align: 'left' }),
      lp(
        "L'Ente ha qualificato la propria stazione appaltante ai sensi del d.lgs. 36/2023 e deve ora uniformare le procedure sotto soglia, la tenuta del fascicolo di gara e le verifiche sui requisiti degli operatori economici, oggi svolte in modo diverso da ciascun settore.",
      ),
      lp('Per tali ragioni si chiede di partecipare al programma Cap4City con il seguente laboratorio:'),
      bullet('laboratorio richiesto: PC-3 – Procedure e affidamenti;'),
      bullet('destinatari: RUP, istruttori tecnici e amministrativi dei settori;'),
      bullet('partecipanti previsti: 12;'),
      bullet('giornate in presenza: 3;'),
      bullet('periodo: aprile 2026.'),
      lp(''),
      lp('Referente operativo: dott.ssa Elena Ferrari, Responsabile del Servizio Gare e Contratti – tel. 0536 880611 – e.ferrari@comune.sassuolo.mo.it'),
      lp('Restando a disposizione per ogni chiarimento, si porgono distinti saluti.'),
      ...signatureBlock(['IL SEGRETARIO GENERALE', 'dott. Roberto Gibertini', '(documento firmato digitalmente)']),
    ],
  });
}

// 003 — Orvieto: lab by title only, Sindaca signs, referente geom.
const orvieto: ComuneMailOptions = {
  id: 'zoo3-003-orvieto',
  from: 'protocollo@comune.orvieto.tr.it',
  fromName: 'Protocollo Comune di Orvieto',
  subject: 'Invio nota prot. 1873 del 19/01/2026',
  date: '2026-01-19T12:20:00+01:00',
  headers: { 'X-Mailer': 'Protocollo Informatico 4.2' },
  text: 'Si trasmette la nota in oggetto.\nCordiali saluti.\n\nUfficio Protocollo – Comune di Orvieto\n\nMessaggio inviato dal sistema di protocollo informatico del Comune di Orvieto.\n',
};

async function orvietoLetter(): Promise<Buffer> {
  const pdf = await LetterPdf.create({
    logo: coatOfArms({ field: '#c8102e', charge: '#ffd100' }),
    lines: ['COMUNE DI ORVIETO', 'Provincia di Terni', 'Settore Lavori Pubblici – Ufficio Fondi Europei e PNRR'],
    footer: ['Comune di Orvieto – Via Garibaldi, 8 – 05018 Orvieto (TR)', 'PEC: comune.orvieto@postacert.umbria.it – C.F. 81001510552'],
    producer: 'Microsoft® Word 2019',
    created: '2026-01-19T11:30:00+01:00',
  });
  pdf.protocolAndRecipient(['Prot. n. 1873', 'Orvieto, 19/01/2026'], RECIPIENT);
  pdf.subject('Richiesta di partecipazione al Capacity Lab «Costruzione del parco progetti» – Programma Cap4City');
  pdf.paragraph('Il Comune di Orvieto, nell\'ambito del programma Cap4City promosso da ANCI, chiede di poter partecipare al Capacity Lab «Costruzione del parco progetti».');
  pdf.paragraph(
    "L'Ente dispone di numerose idee di intervento sul patrimonio storico e sulla rupe, ma non di un quadro ordinato delle priorità né di schede pronte per i prossimi avvisi regionali ed europei. Il laboratorio dovrebbe aiutare gli uffici a selezionare le idee, a stimarne costi e tempi e a prepararle per le candidature.",
  );
  pdf.paragraph('Al laboratorio parteciperebbero 10 dipendenti dei settori tecnico e finanziario, per 2 giornate in presenza da svolgersi presso il Palazzo dei Sette.');
  pdf.paragraph(
    "Per ogni aspetto operativo il referente per l'iniziativa è il geom. Stefano Moretti, istruttore tecnico dell'Ufficio Fondi Europei e PNRR, tel. 0763 306245, e-mail stefano.moretti@comune.orvieto.tr.it.",
  );
  pdf.paragraph('Cordiali saluti.');
  pdf.signature(['LA SINDACA', 'Anna Lucioli', "Firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, c. 2, D.Lgs. 39/1993"]);
  return pdf.save();
}

// 004 — Bassano del Grappa: segnatura in the top margin, LibreOffice export, "(PO-4)" after a description.
const bassano: ComuneMailOptions = {
  id: 'zoo3-004-bassano',
  from: 'protocollo@comune.bassano.vi.it',
  fromName: 'Città di Bassano del Grappa',
  subject: 'Comune di Bassano del Grappa - Prot. N. 0003318/2026 - Programma Cap4City. Manifestazione di interesse',
  date: '2026-01-16T09:12:00+01:00',
  headers: { 'X-Mailer': 'Sistema documentale - invio automatico protocollo' },
  text:
    'Si trasmette il documento protocollato.\n\nNumero di protocollo: 0003318/2026\nData di protocollo: 16/01/2026\n' +
    'Oggetto: Programma Cap4City. Manifestazione di interesse per un Capacity Lab in materia di pianificazione del personale.\n\n' +
    'Allegati:\n- 0003318_2026_nota_cap4city.pdf\n',
};

async function bassanoLetter(): Promise<Buffer> {
  const pdf = await LetterPdf.create({
    logo: coatOfArms({ field: '#20407a', charge: '#ffffff' }),
    lines: ['CITTÀ DI BASSANO DEL GRAPPA', 'Provincia di Vicenza', 'Area 1 – Servizi Generali', 'Servizio Risorse Umane'],
    footer: ['Città di Bassano del Grappa – Via Matteotti, 39 – 36061 Bassano del Grappa (VI)', 'PEC: bassanodelgrappa.vi@cert.ip-veneto.net – C.F. 00168480242'],
    segnatura: 'Comune di Bassano del Grappa – Prot. N. 0003318/2026 del 16/01/2026 – Uscita – Class. 3.1',
    producer: 'LibreOffice 7.6',
    creator: 'Writer',
    created: '2026-01-16T08:50:00+01:00',
  });
  pdf.protocolAndRecipient(['Bassano del Grappa, 16 gennaio 2026', 'Rif. protocollo in segnatura'], RECIPIENT);
  pdf.subject('Programma Cap4City. Manifestazione di interesse per un Capacity Lab in materia di pianificazione del personale.');
  pdf.paragraph(
    "Con la presente si comunica l'interesse di questa Amministrazione a partecipare al programma Cap4City con un laboratorio dedicato al Piano integrato di attività e organizzazione e alla programmazione delle assunzioni (PO-4).",
  );
  pdf.paragraph(
    "L'esigenza nasce dalla necessità di integrare nel PIAO 2026-2028 il piano triennale dei fabbisogni, collegandolo agli obiettivi di performance e alle cessazioni previste nei prossimi anni, oggi gestiti in documenti separati.",
  );
  pdf.table([
    ['Laboratorio', 'PO-4 – PIAO e programmazione delle assunzioni'],
    ['Destinatari', 'Segretario, dirigenti e Servizio Risorse Umane'],
    ['Partecipanti', '15'],
    ['Periodo', 'maggio 2026'],
  ]);
  pdf.paragraph(
    "Il referente per l'iniziativa è la sig.ra Laura Zanon, istruttore direttivo amministrativo del Servizio Risorse Umane (telefono 0424 519322, posta elettronica laura.zanon@comune.bassano.vi.it).",
  );
  pdf.paragraph('Distinti saluti.');
  pdf.signature(['IL SEGRETARIO GENERALE', 'dott. Paolo Bortolon', 'Documento firmato digitalmente']);
  return pdf.save();
}

// 005 — Ceglie Messapica: DOCX, «Gestione finanziaria» in a bullet, labelled needs paragraph, Sindaco signs.
const ceglieNeeds =
  "accertamenti e impegni su fondi vincolati, gestione delle anticipazioni e dei saldi, riconciliazione tra la contabilità dell'Ente e i dati di spesa dei progetti.";
const ceglie: ComuneMailOptions = {
  id: 'zoo3-005-ceglie',
  from: 'ragioneria@comune.cegliemessapica.br.it',
  fromName: 'Servizio Ragioneria',
  subject: 'Programma Cap4City - nota del Sindaco',
  date: '2026-01-20T13:31:00+01:00',
  client: 'outlook',
  text: 'Buongiorno,\nsi trasmette la nota del Sindaco per la richiesta del laboratorio.\n\nCordiali saluti\nServizio Ragioneria – Comune di Ceglie Messapica\n',
};

async function ceglieLetter(): Promise<Buffer> {
  return letterDocx({
    creator: 'Ragioneria',
    date: '2026-01-20T12:00:00Z',
    logo: coatOfArms({ field: '#2d6a2e', charge: '#f5f5f5' }),
    letterhead: ['COMUNE DI CEGLIE MESSAPICA', 'Provincia di Brindisi', 'Settore Economico-Finanziario'],
    footer: ['Piazza Plebiscito – 72013 Ceglie Messapica (BR) – PEC: protocollo.comune.cegliemessapica@pec.rupar.puglia.it'],
    children: [
      lp('Prot. n. 1544 del 20.01.2026', { align: 'left' }),
      ...recipientBlock(RECIPIENT),
      lp(''),
      lp([lr('Oggetto: ', { bold: true }), lr('Programma Cap4City – richiesta di attivazione del Capacity Lab «Gestione finanziaria».', { bold: true })], { align: 'left' }),
      lp(
        "Il Comune di Ceglie Messapica è attuatore di 14 interventi finanziati con risorse PNRR e del Fondo Sviluppo e Coesione e intende rafforzare la capacità degli uffici nella gestione dei relativi flussi finanziari.",
      ),
      lp("Si chiede pertanto l'attivazione del seguente laboratorio:"),
      bullet('Gestione finanziaria (area Progetti e politiche di coesione);'),
      bullet('destinatari: Settore Economico-Finanziario e responsabili dei progetti;'),
      bullet('partecipanti: 9.'),
      lp(`Fabbisogni: ${ceglieNeeds}`),
      lp(
        "Il referente per l'iniziativa è il rag. Cosimo Argentieri, Responsabile del Servizio Ragioneria, tel. 0831 387215, e-mail c.argentieri@comune.cegliemessapica.br.it.",
      ),
      lp('Cordiali saluti.'),
      ...signatureBlock(['IL SINDACO', 'avv. Angelo Palmisano', '(firmato digitalmente)']),
    ],
  });
}

// 006 — Châtillon: bilingual letterhead, PO-6, Syndic signs, referente sig.
const chatillon: ComuneMailOptions = {
  id: 'zoo3-006-chatillon',
  from: 'segreteria@comune.chatillon.ao.it',
  fromName: 'Commune de Châtillon – Segreteria',
  subject: 'Cap4City - demande / richiesta Capacity Lab',
  date: '2026-01-21T10:03:00+01:00',
  text: 'Bonjour / Buongiorno,\n\nsi trasmette in allegato la nota del Sindaco relativa al programma Cap4City.\n\nCordiali saluti – Salutations distinguées\n\nSegreteria comunale\nCommune de Châtillon\n',
};

async function chatillonLetter(): Promise<Buffer> {
  const pdf = await LetterPdf.create({
    logo: coatOfArms({ field: '#101010', charge: '#e8c100' }),
    lines: ['COMMUNE DE CHÂTILLON – COMUNE DI CHÂTILLON', "Région Autonome Vallée d'Aoste – Regione Autonoma Valle d'Aosta", 'Segreteria generale – Ufficio associato dei servizi'],
    footer: ['Place de la Mairie / Piazza del Municipio, 1 – 11024 Châtillon (AO)', 'PEC: protocollo@pec.comune.chatillon.ao.it'],
    producer: 'Microsoft® Word per Microsoft 365',
    created: '2026-01-21T09:40:00+01:00',
  });
  pdf.protocolAndRecipient(['Prot. n. 0000612', 'Châtillon, le 21/01/2026'], RECIPIENT);
  pdf.subject('Programma Cap4City – richiesta del Capacity Lab PO-6 «Gestione associata di funzioni e servizi»');
  pdf.paragraph(
    "Il Comune di Châtillon, che gestisce in forma associata con l'Unité des Communes valdôtaines Mont-Cervin diversi servizi comunali, chiede di partecipare al laboratorio PO-6 «Gestione associata di funzioni e servizi».",
  );
  pdf.paragraph(
    'Le esigenze riguardano la revisione delle convenzioni in essere, la ripartizione dei costi tra gli enti e l\'organizzazione del personale degli uffici associati. Al percorso sarebbero invitati anche i Comuni di Saint-Vincent e Pontey.',
  );
  pdf.paragraph("Referente per l'iniziativa: sig. Daniel Perron, istruttore dell'ufficio associato, tel. 0166 560611, e-mail d.perron@comune.chatillon.ao.it.");
  pdf.paragraph('Distinti saluti.');
  pdf.signature(['LE SYNDIC – IL SINDACO', 'Camillo Perrin', 'Document signé numériquement – Documento firmato digitalmente']);
  return pdf.save();
}

// 007 — Rende: DOCX with a data table inside the letter.
const rendeNeeds =
  'Allineare i dati di avanzamento fisico e finanziario caricati su ReGiS con quelli dei sistemi interni e definire indicatori di risultato per i progetti del PN Metro Plus.';
const rende: ComuneMailOptions = {
  id: 'zoo3-007-rende',
  from: 'fondi.comunitari@comune.rende.cs.it',
  fromName: 'Settore Programmazione Strategica',
  subject: 'Cap4City – richiesta Capacity Lab – Comune di Rende',
  date: '2026-01-22T15:47:00+01:00',
  client: 'outlook',
  text: 'Gentili,\nsi invia in allegato la richiesta del Comune di Rende a firma del Sindaco.\n\nSaluti\nSettore Programmazione Strategica e Fondi Comunitari\n',
};

async function rendeLetter(): Promise<Buffer> {
  return letterDocx({
    creator: 'fperri',
    date: '2026-01-22T14:30:00Z',
    logo: coatOfArms({ field: '#1d5fa8', charge: '#ffffff' }),
    letterhead: ['CITTÀ DI RENDE', 'Provincia di Cosenza', 'Settore Programmazione Strategica e Fondi Comunitari'],
    footer: ['Piazza San Carlo Borromeo – 87036 Rende (CS) – PEC: protocollo@pec.comune.rende.cs.it'],
    children: [
      lp('Rende, 22/01/2026', { align: 'right' }),
      lp('Prot. n. 3907', { align: 'left' }),
      ...recipientBlock(RECIPIENT),
      lp(''),
      lp([lr('Oggetto: ', { bold: true }), lr('Cap4City – richiesta Capacity Lab sul monitoraggio dei progetti finanziati.', { bold: true })], { align: 'left' }),
      lp("Con riferimento al programma in oggetto, si chiede l'attivazione di un Capacity Lab come di seguito indicato."),
      t([
        [{ text: 'Laboratorio', bold: true, width: 32 }, { text: 'PC-5 Monitoraggio e valutazione', width: 68 }],
        [{ text: 'Fabbisogni', bold: true }, rendeNeeds],
        [{ text: 'Partecipanti', bold: true }, '20'],
        [{ text: 'Giornate in presenza', bold: true }, '2'],
        [{ text: 'Periodo', bold: true }, 'marzo 2026'],
        [{ text: 'Sede', bold: true }, 'Sala giunta, Palazzo municipale'],
      ]),
      lp(''),
      lp("Referente per l'iniziativa è l'ing. Francesca Perri, funzionaria del Settore Programmazione Strategica, tel. 0984 828433, e-mail francesca.perri@comune.rende.cs.it."),
      lp('Distinti saluti.'),
      ...signatureBlock(['IL SINDACO', 'Antonio Scarpelli', '(firmato digitalmente)']),
    ],
  });
}

// 008 — Sant'Agnello: small Comune, code and title in the Oggetto and the text.
const santAgnello: ComuneMailOptions = {
  id: 'zoo3-008-santagnello',
  from: 'protocollo@comune.santagnello.na.it',
  fromName: "Comune di Sant'Agnello",
  subject: 'Trasmissione nota prot. 918/2026 – Cap4City',
  date: '2026-01-23T10:15:00+01:00',
  text: "Si trasmette l'allegata nota prot. n. 918 del 23/01/2026.\n\nUfficio Protocollo\nComune di Sant'Agnello\n",
};

async function santAgnelloLetter(): Promise<Buffer> {
  const pdf = await LetterPdf.create({
    logo: coatOfArms({ field: '#0f6d3a', charge: '#ffffff' }),
    lines: ["COMUNE DI SANT'AGNELLO", 'Città Metropolitana di Napoli', 'Area Amministrativa – Ufficio Personale'],
    footer: ["Piazza Matteotti, 24 – 80065 Sant'Agnello (NA) – PEC: protocollo@pec.comune.santagnello.na.it"],
    producer: 'Microsoft® Word 2016',
    created: '2026-01-23T09:50:00+01:00',
  });
  pdf.protocolAndRecipient(['Prot. n. 918 del 23/01/2026'], RECIPIENT);
  pdf.subject('Programma Cap4City – richiesta del laboratorio PO-1 – Attrattività del lavoro pubblico');
  pdf.paragraph(
    'Questo Comune, che nelle ultime selezioni ha ricevuto pochissime candidature per i profili tecnici e contabili, chiede di partecipare al laboratorio PO-1 – Attrattività del lavoro pubblico del programma Cap4City.',
  );
  pdf.paragraph(
    "L'obiettivo è rendere più riconoscibile il Comune come datore di lavoro, anche verso i giovani della penisola sorrentina, e migliorare la presentazione delle opportunità di impiego presso l'Ente.",
  );
  pdf.paragraph("Parteciperanno 8 dipendenti tra responsabili di area e personale dell'Ufficio Personale.");
  pdf.paragraph(
    "La referente per l'iniziativa è la sig.ra Giuseppina Esposito, istruttore amministrativo dell'Ufficio Personale, tel. 081 5332211, e-mail g.esposito@comune.santagnello.na.it.",
  );
  pdf.paragraph('Cordiali saluti.');
  pdf.signature(['IL SINDACO', 'Luigi Russo', 'Firmato digitalmente']);
  return pdf.save();
}

export const PROTOCOL_LETTER_CASES: Zoo3Case[] = [
  {
    category,
    name: 'cinisello-balsamo-nota-pdf-sindaco',
    build: withAttachment(cinisello, 'Nota_prot_4127_2026.pdf', MIME.pdf, ciniselloLetter),
    expected: expectRequest(headerOf(cinisello), {
      comune: C.cinisello,
      contact: { name: 'Chiara Colombo', email: 'chiara.colombo@comune.cinisello-balsamo.mi.it', phone: '02 66023412' },
      labs: ['PO-3'],
      participants: 18,
      days: 2,
    }),
  },
  {
    category,
    name: 'sassuolo-nota-docx-segretario',
    build: withAttachment(sassuolo, 'Nota Cap4City.docx', MIME.docx, sassuoloLetter),
    expected: expectRequest(headerOf(sassuolo), {
      comune: C.sassuolo,
      contact: { name: 'Elena Ferrari', email: 'e.ferrari@comune.sassuolo.mo.it', phone: '0536 880611' },
      labs: ['PC-3'],
      participants: 12,
      days: 3,
    }),
  },
  {
    category,
    name: 'orvieto-titolo-senza-codice',
    build: withAttachment(orvieto, 'prot_1873_2026.pdf', MIME.pdf, orvietoLetter),
    expected: expectRequest(headerOf(orvieto), {
      comune: C.orvieto,
      contact: { name: 'Stefano Moretti', email: 'stefano.moretti@comune.orvieto.tr.it', phone: '0763 306245' },
      labs: ['PC-1'],
      participants: 10,
      days: 2,
    }),
  },
  {
    category,
    name: 'bassano-segnatura-in-testa',
    build: withAttachment(bassano, '0003318_2026_nota_cap4city.pdf', MIME.pdf, bassanoLetter),
    expected: expectRequest(headerOf(bassano), {
      comune: C.bassano,
      contact: { name: 'Laura Zanon', email: 'laura.zanon@comune.bassano.vi.it', phone: '0424 519322' },
      labs: ['PO-4'],
      participants: 15,
    }),
  },
  {
    category,
    name: 'ceglie-messapica-elenco-puntato',
    build: withAttachment(ceglie, 'richiesta_cap4city_ceglie.docx', MIME.docx, ceglieLetter),
    expected: expectRequest(headerOf(ceglie), {
      comune: C.ceglie,
      contact: { name: 'Cosimo Argentieri', email: 'c.argentieri@comune.cegliemessapica.br.it', phone: '0831 387215' },
      labs: ['PC-2'],
      needs: ceglieNeeds,
      participants: 9,
    }),
  },
  {
    category,
    name: 'chatillon-carta-intestata-bilingue',
    build: withAttachment(chatillon, 'Nota_Cap4City_Chatillon.pdf', MIME.pdf, chatillonLetter),
    expected: expectRequest(headerOf(chatillon), {
      comune: C.chatillon,
      contact: { name: 'Daniel Perron', email: 'd.perron@comune.chatillon.ao.it', phone: '0166 560611' },
      labs: ['PO-6'],
    }),
  },
  {
    category,
    name: 'rende-tabella-nella-nota',
    build: withAttachment(rende, 'Richiesta_Capacity_Lab_Rende.docx', MIME.docx, rendeLetter),
    expected: expectRequest(headerOf(rende), {
      comune: C.rende,
      contact: { name: 'Francesca Perri', email: 'francesca.perri@comune.rende.cs.it', phone: '0984 828433' },
      labs: ['PC-5'],
      needs: rendeNeeds,
      participants: 20,
      days: 2,
    }),
  },
  {
    category,
    name: 'sant-agnello-codice-in-oggetto',
    build: withAttachment(santAgnello, 'nota_918_2026.pdf', MIME.pdf, santAgnelloLetter),
    expected: expectRequest(headerOf(santAgnello), {
      comune: C.santAgnello,
      contact: { name: 'Giuseppina Esposito', email: 'g.esposito@comune.santagnello.na.it', phone: '081 5332211' },
      labs: ['PO-1'],
      participants: 8,
    }),
  },
];
