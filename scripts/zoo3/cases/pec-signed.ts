import { fillFormPdf } from '../../../src/core/form/fill-form-pdf.ts';
import { officialDocx } from '../../fixtures/office-documents.ts';
import { LetterPdf } from '../letter-pdf.ts';
import { coatOfArms } from '../logo.ts';
import { letterDocx, lp, lr, recipientBlock, signatureBlock } from '../word3.ts';
import { ACTALIS, ARUBA, C, LEGALMAIL, MIME, NAMIRIAL, POSTECERT, RECIPIENT, REGISTER, expectRequest, pecWith, segnaturaXml } from '../common.ts';
import type { Zoo3Case } from '../zoo3-case.ts';

const category = 'pec-signed' as const;
const pecExpect = (sender: string) => ({ type: 'posta-certificata', sender });

// 030 — Montecatini-Terme (Aruba): the fillable PDF, signed .pdf.p7m; the Comune written without the hyphen.
const montecatiniPec = 'protocollo@pec.comune.montecatini-terme.pt.it';
const montecatiniNeeds = 'Costruire un piano di benessere organizzativo e di crescita professionale per ridurre le dimissioni del personale under 35.';

// 031 — Cuneo (Legalmail): the official DOCX signed .docx.p7m.
const cuneoPec = 'protocollo.comune.cuneo@legalmail.it';
const cuneoNeeds = 'Definire indicatori e un cruscotto per seguire avanzamento fisico, finanziario e risultati dei progetti del Comune.';

// 032 — Nocera Inferiore (Postecert): the request in the PEC body and the Sindaco's signed letter.
const noceraPec = 'protocollo@pec.comune.nocera-inferiore.sa.it';
const noceraNeeds = 'coordinare i RUP dei 23 interventi finanziati con un cronoprogramma unico e riunioni periodiche di avanzamento.';

async function noceraLetter(): Promise<Buffer> {
  const pdf = await LetterPdf.create({
    logo: coatOfArms({ field: '#8b1c1c', charge: '#ffffff' }),
    lines: ['CITTÀ DI NOCERA INFERIORE', 'Provincia di Salerno', 'Gabinetto del Sindaco'],
    footer: ['Piazza Diaz, 1 – 84014 Nocera Inferiore (SA) – PEC: protocollo@pec.comune.nocera-inferiore.sa.it'],
    producer: 'Microsoft® Word per Microsoft 365',
    created: '2026-02-06T10:00:00+01:00',
  });
  pdf.protocolAndRecipient(['Prot. n. 6120 del 06/02/2026'], RECIPIENT);
  pdf.subject('Programma Cap4City – richiesta Capacity Lab');
  pdf.paragraph(
    "La Città di Nocera Inferiore chiede di partecipare al programma Cap4City con il laboratorio PC-4 «Project management», per dare ai responsabili dei numerosi interventi finanziati in corso un metodo comune di pianificazione e controllo.",
  );
  pdf.paragraph(
    "Referente per l'iniziativa è la dott.ssa Carmela Pepe, funzionaria dell'Ufficio PNRR (tel. 081 3235412, e-mail c.pepe@comune.nocera-inferiore.sa.it). I dati della richiesta sono riportati nel messaggio di trasmissione.",
  );
  pdf.paragraph('Distinti saluti.');
  pdf.signature(['IL SINDACO', 'Antonio Citarella', 'Documento firmato digitalmente']);
  return pdf.save();
}

// 033 — Gallipoli (Namirial): signed protocol letter + Segnatura.xml, body from the protocol system.
const gallipoliPec = 'protocollo@pec.comune.gallipoli.le.it';
const gallipoliSubject = 'Programma Cap4City – richiesta del Capacity Lab «Costruzione del parco progetti»';

async function gallipoliLetter(): Promise<Buffer> {
  const pdf = await LetterPdf.create({
    logo: coatOfArms({ field: '#14509a', charge: '#f0f0f0' }),
    lines: ['CITTÀ DI GALLIPOLI', 'Provincia di Lecce', 'Settore Lavori Pubblici – Ufficio Programmazione e Finanziamenti'],
    footer: ['Via Antonietta De Pace, 78 – 73014 Gallipoli (LE) – PEC: protocollo@pec.comune.gallipoli.le.it'],
    segnatura: 'Città di Gallipoli – Protocollo N. 0004410/2026 del 09/02/2026 – USCITA',
    producer: 'Microsoft® Word 2019',
    created: '2026-02-09T09:10:00+01:00',
  });
  pdf.protocolAndRecipient(['Gallipoli, 09/02/2026'], RECIPIENT);
  pdf.subject(gallipoliSubject);
  pdf.paragraph(
    "La Città di Gallipoli chiede di partecipare al laboratorio Costruzione del parco progetti (PC-1) del programma Cap4City. L'Ente ha avviato la ricognizione delle proprie idee di intervento sul centro storico e sul litorale e ha bisogno di selezionarle, stimarne costi e tempi e renderle pronte per i prossimi avvisi.",
  );
  pdf.table([
    ['Laboratorio', 'PC-1 – Costruzione del parco progetti'],
    ['Partecipanti', '12'],
    ['Giornate', '2'],
  ]);
  pdf.paragraph("Referente per l'iniziativa è l'arch. Luca Margiotta, Ufficio Programmazione e Finanziamenti, tel. 0833 275512, e-mail l.margiotta@comune.gallipoli.le.it.");
  pdf.signature(['IL SINDACO', 'Giorgio Fersini', 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005']);
  return pdf.save();
}

// 034 — Milazzo (Actalis): prose in the PEC body with a labelled referente block, and the signed letter.
const milazzoPec = 'protocollo@pec.comune.milazzo.me.it';

async function milazzoLetter(): Promise<Buffer> {
  const pdf = await LetterPdf.create({
    logo: coatOfArms({ field: '#1b3f8b', charge: '#d4af37' }),
    lines: ['CITTÀ DI MILAZZO', 'Città Metropolitana di Messina', 'Settore Affari Generali e Risorse Umane'],
    footer: ['Piazza Caio Duilio – 98057 Milazzo (ME) – PEC: protocollo@pec.comune.milazzo.me.it'],
    producer: 'Microsoft® Word 2016',
    created: '2026-02-09T11:30:00+01:00',
  });
  pdf.protocolAndRecipient(['Prot. n. 9904 del 09/02/2026'], RECIPIENT);
  pdf.subject('Adesione al programma Cap4City – laboratorio PO-5 Contrattazione');
  pdf.paragraph(
    "Il Comune di Milazzo aderisce al programma Cap4City e chiede l'attivazione del laboratorio PO-5 «Contrattazione», per preparare la delegazione di parte pubblica alla nuova contrattazione integrativa.",
  );
  pdf.paragraph("Il referente per l'iniziativa è indicato nel messaggio di trasmissione.");
  pdf.signature(['IL SINDACO', 'Carmelo Russo', 'Firmato digitalmente']);
  return pdf.save();
}

// 035 — Soverato (Register.it): a protocol letter as .docx.p7m, Sindaco signs, referente in the text.
const soveratoPec = 'protocollo@pec.comune.soverato.cz.it';

async function soveratoLetter(): Promise<Buffer> {
  return letterDocx({
    creator: 'Protocollo',
    date: '2026-02-10T08:00:00Z',
    logo: coatOfArms({ field: '#1565c0', charge: '#ffffff' }),
    letterhead: ['COMUNE DI SOVERATO', 'Provincia di Catanzaro', 'Area Amministrativa – Ufficio Cultura e Comunicazione'],
    footer: ['Piazza Maria Ausiliatrice – 88068 Soverato (CZ) – PEC: protocollo@pec.comune.soverato.cz.it'],
    children: [
      lp('Prot. n. 1207 del 10/02/2026', { align: 'left' }),
      ...recipientBlock(RECIPIENT),
      lp(''),
      lp([lr('Oggetto: ', { bold: true }), lr('richiesta di partecipazione al Capacity Lab PC-6 – Comunicazione e valorizzazione dei progetti finanziati.', { bold: true })], { align: 'left' }),
      lp(
        "Il Comune di Soverato ha in corso interventi finanziati sul lungomare, sulle scuole e sugli impianti sportivi e intende raccontarli ai cittadini e ai visitatori in modo corretto e riconoscibile, rispettando gli obblighi previsti per i fondi europei e nazionali.",
      ),
      lp("Si chiede pertanto l'attivazione del laboratorio PC-6 – Comunicazione e valorizzazione dei progetti finanziati, rivolto a 8 dipendenti degli uffici cultura, tecnico e segreteria."),
      lp(
        "Referente per l'iniziativa è la dott.ssa Maria Teresa Procopio, istruttore direttivo dell'Ufficio Cultura e Comunicazione, tel. 0967 538214, e-mail mt.procopio@comune.soverato.cz.it.",
      ),
      lp('Distinti saluti.'),
      ...signatureBlock(['IL SINDACO', 'Giovanni Scalise', '(firmato digitalmente)']),
    ],
  });
}

export const PEC_SIGNED_CASES: Zoo3Case[] = [
  {
    category,
    name: 'montecatini-aruba-pdf-p7m',
    build: pecWith(
      {
        sender: montecatiniPec,
        provider: ARUBA,
        identifier: 'opec21012.20260206101512.28871.512.1.65@pec.aruba.it',
        day: '06/02/2026',
        time: '10:15:12',
        inner: {
          id: 'zoo3-030-montecatini',
          subject: 'Richiesta Capacity Lab Cap4City - Comune di Montecatini Terme',
          text: 'Si trasmette il modulo di richiesta firmato digitalmente.\n\nDistinti saluti\nServizio Risorse Umane\nComune di Montecatini Terme\n',
        },
      },
      [
        {
          filename: 'Modulo_Cap4City_Montecatini.pdf.p7m',
          contentType: MIME.p7m,
          sign: true,
          make: async () =>
            Buffer.from(
              await fillFormPdf({
                comune: 'Montecatini Terme',
                provincia: 'PT',
                forma: 'Singolo Comune',
                pec_ente: montecatiniPec,
                referente_nome: 'Lucia Baldi',
                referente_ruolo: 'Funzionaria Servizio Risorse Umane',
                referente_email: 'l.baldi@comune.montecatini-terme.pt.it',
                referente_telefono: '0572 918245',
                ambito: 'Personale e organizzazione',
                laboratorio: 'PO-3 Valorizzazione e retention del personale',
                fabbisogni: montecatiniNeeds,
                dest_dirigenti: true,
                partecipanti: '13',
                giornate: '2',
                privacy: true,
                luogo_data: 'Montecatini Terme, 05/02/2026',
                firmatario: 'Lucia Baldi',
              }),
            ),
        },
      ],
    ),
    expected: expectRequest(
      null,
      {
        comune: C.montecatini,
        contact: { name: 'Lucia Baldi', role: 'Funzionaria Servizio Risorse Umane', email: 'l.baldi@comune.montecatini-terme.pt.it', phone: '0572 918245' },
        labs: ['PO-3'],
        needs: montecatiniNeeds,
        participants: 13,
        days: 2,
      },
      { pec: pecExpect(montecatiniPec), signature: 'cades' },
    ),
  },
  {
    category,
    name: 'cuneo-legalmail-docx-p7m',
    build: pecWith(
      {
        sender: cuneoPec,
        provider: LEGALMAIL,
        identifier: '3F1C2A1B.0005A1C2.8D1E2F3A.4B5C6D7E.posta-certificata@legalmail.it',
        day: '06/02/2026',
        time: '12:48:03',
        inner: {
          id: 'zoo3-031-cuneo',
          subject: 'Cap4City - modulo di richiesta firmato',
          text: 'Buongiorno,\nsi trasmette il modulo di richiesta del Comune di Cuneo, firmato digitalmente.\n\nSettore Programmazione e Controllo\n',
        },
      },
      [
        {
          filename: 'Modulo_richiesta_Cap4City.docx.p7m',
          contentType: MIME.p7m,
          sign: true,
          make: () =>
            officialDocx({
              comune: 'Cuneo',
              provincia: 'CN',
              codice_istat: '004078',
              forma: 'Singolo Comune',
              pec_ente: cuneoPec,
              referente_nome: 'Giorgio Bertaina',
              referente_ruolo: 'Dirigente Settore Programmazione e Controllo',
              referente_email: 'giorgio.bertaina@comune.cuneo.it',
              referente_telefono: '0171 444321',
              ambito: 'Progetti e politiche di coesione',
              laboratorio: 'PC-5 Monitoraggio e valutazione',
              fabbisogni: cuneoNeeds,
              dest_dirigenti: true,
              dest_team: true,
              partecipanti: '18',
              giornate: '2',
              privacy: true,
              luogo_data: 'Cuneo, 05/02/2026',
              firmatario: 'Giorgio Bertaina',
            }),
        },
      ],
    ),
    expected: expectRequest(
      null,
      {
        comune: C.cuneo,
        contact: { name: 'Giorgio Bertaina', role: 'Dirigente Settore Programmazione e Controllo', email: 'giorgio.bertaina@comune.cuneo.it', phone: '0171 444321' },
        labs: ['PC-5'],
        needs: cuneoNeeds,
        participants: 18,
        days: 2,
      },
      { pec: pecExpect(cuneoPec), signature: 'cades' },
    ),
  },
  {
    category,
    name: 'nocera-inferiore-postecert-corpo-e-nota-firmata',
    build: pecWith(
      {
        sender: noceraPec,
        provider: POSTECERT,
        identifier: 'POSTECERT.20260206.113522.771.9821@postecert.it',
        day: '06/02/2026',
        time: '11:35:22',
        inner: {
          id: 'zoo3-032-nocera',
          subject: 'Programma Cap4City – richiesta Capacity Lab',
          text:
            'Comune: Nocera Inferiore (SA)\nReferente: Carmela Pepe\nRuolo: Funzionario Ufficio PNRR\nE-mail: c.pepe@comune.nocera-inferiore.sa.it\nTelefono: 081 3235412\n' +
            `Laboratorio: PC-4 Project management\nFabbisogni: ${noceraNeeds}\nPartecipanti: 14\nGiornate: 2\n\n` +
            'Si allega la nota del Sindaco firmata digitalmente.\n\nUfficio Protocollo – Città di Nocera Inferiore\n',
        },
      },
      [{ filename: 'Nota_Sindaco_Cap4City.pdf.p7m', contentType: MIME.p7m, sign: true, make: noceraLetter }],
    ),
    expected: expectRequest(
      null,
      {
        comune: C.nocera,
        contact: { name: 'Carmela Pepe', role: 'Funzionario Ufficio PNRR', email: 'c.pepe@comune.nocera-inferiore.sa.it', phone: '081 3235412' },
        labs: ['PC-4'],
        needs: noceraNeeds,
        participants: 14,
        days: 2,
      },
      { pec: pecExpect(noceraPec) },
    ),
  },
  {
    category,
    name: 'gallipoli-namirial-nota-p7m-e-segnatura',
    build: pecWith(
      {
        sender: gallipoliPec,
        provider: NAMIRIAL,
        identifier: 'opec-namirial.20260209092011.00412.0077@sicurezzapostale.it',
        day: '09/02/2026',
        time: '09:20:11',
        inner: {
          id: 'zoo3-033-gallipoli',
          subject: `Prot. N. 0004410/2026 - ${gallipoliSubject}`,
          text:
            'Trasmissione nota prot. n. 0004410/2026 del 09/02/2026\n\n' +
            `Oggetto: ${gallipoliSubject}\n\n` +
            'Il messaggio contiene la segnatura di protocollo (Segnatura.xml) e il documento principale firmato digitalmente.\n',
        },
      },
      [
        {
          filename: 'Segnatura.xml',
          contentType: 'application/xml',
          make: () =>
            Promise.resolve(
              segnaturaXml({
                amministrazione: 'Comune di Gallipoli',
                codiceAmministrazione: 'c_d883',
                aoo: 'AOO_GALLIPOLI',
                numero: '0004410',
                data: '2026-02-09',
                oggetto: gallipoliSubject,
                pec: gallipoliPec,
                documento: 'prot_4410_2026.pdf.p7m',
              }),
            ),
        },
        { filename: 'prot_4410_2026.pdf.p7m', contentType: MIME.p7m, sign: true, make: gallipoliLetter },
      ],
    ),
    expected: expectRequest(
      null,
      {
        comune: C.gallipoli,
        contact: { name: 'Luca Margiotta', email: 'l.margiotta@comune.gallipoli.le.it', phone: '0833 275512' },
        labs: ['PC-1'],
        participants: 12,
        days: 2,
      },
      { pec: pecExpect(gallipoliPec), signature: 'cades' },
    ),
  },
  {
    category,
    name: 'milazzo-actalis-prosa-e-referente',
    build: pecWith(
      {
        sender: milazzoPec,
        provider: ACTALIS,
        identifier: 'ACT-20260209-114502-5521@actaliscertymail.it',
        day: '09/02/2026',
        time: '11:45:02',
        inner: {
          id: 'zoo3-034-milazzo',
          subject: 'Adesione al programma Cap4City – Comune di Milazzo',
          text:
            'Spett.le Segretariato Cap4City,\n\n' +
            'il Comune di Milazzo intende partecipare al programma con il laboratorio sulla contrattazione (PO-5), per preparare la nuova stagione di contrattazione integrativa dopo il rinnovo del contratto nazionale.\n\n' +
            'Referente\nNome e cognome: Giuseppe Scolaro\nQualifica: Responsabile Servizio Risorse Umane\nE-mail: g.scolaro@comune.milazzo.me.it\nTelefono: 090 9231278\n\n' +
            'In allegato la nota del Sindaco firmata digitalmente.\n\nDistinti saluti\nUfficio Protocollo – Città di Milazzo\n',
        },
      },
      [{ filename: 'Nota_adesione_Cap4City.pdf.p7m', contentType: MIME.p7m, sign: true, make: milazzoLetter }],
    ),
    expected: expectRequest(
      null,
      {
        comune: C.milazzo,
        contact: { name: 'Giuseppe Scolaro', role: 'Responsabile Servizio Risorse Umane', email: 'g.scolaro@comune.milazzo.me.it', phone: '090 9231278' },
        labs: ['PO-5'],
      },
      { pec: pecExpect(milazzoPec) },
    ),
  },
  {
    category,
    name: 'soverato-register-nota-docx-p7m',
    build: pecWith(
      {
        sender: soveratoPec,
        provider: REGISTER,
        identifier: 'reg-pec.20260210083044.19921@pec.register.it',
        day: '10/02/2026',
        time: '08:30:44',
        inner: {
          id: 'zoo3-035-soverato',
          subject: 'Trasmissione nota prot. 1207/2026 - Cap4City',
          text: 'Si trasmette la nota in oggetto, firmata digitalmente.\n\nUfficio Protocollo\nComune di Soverato\n',
        },
      },
      [{ filename: 'Nota_prot_1207_2026.docx.p7m', contentType: MIME.p7m, sign: true, make: soveratoLetter }],
    ),
    expected: expectRequest(
      null,
      {
        comune: C.soverato,
        contact: { name: 'Maria Teresa Procopio', email: 'mt.procopio@comune.soverato.cz.it', phone: '0967 538214' },
        labs: ['PC-6'],
        participants: 8,
      },
      { pec: pecExpect(soveratoPec), signature: 'cades' },
    ),
  },
];
