import { composeMail } from '../../fixtures/compose-mail.ts';
import { comuneMail, messageIdFor } from '../../fixtures/comune-mail.ts';
import type { ComuneMailOptions } from '../../fixtures/comune-mail.ts';
import { SECRETARIAT } from '../../fixtures/parse-context.ts';
import { C, expectRequest, headerOf } from '../common.ts';
import type { Zoo3Case } from '../zoo3-case.ts';

const category = 'body-plain' as const;

// 022 — Albenga: the data on one free line.
const albengaNeeds = 'un piano per informare i cittadini sui cantieri e rispettare gli obblighi di pubblicità dei finanziamenti.';
const albenga: ComuneMailOptions = {
  id: 'zoo3-022-albenga',
  from: 'm.ferrando@comune.albenga.sv.it',
  fromName: 'Marco Ferrando',
  subject: 'Cap4City',
  date: '2026-02-03T11:15:00+01:00',
  text:
    'Buongiorno,\n' +
    'Comune di Albenga (SV) – referente Marco Ferrando, istruttore direttivo, 0182 562245, m.ferrando@comune.albenga.sv.it\n\n' +
    'Vorremmo partecipare al laboratorio PC-6 sulla comunicazione e valorizzazione dei progetti finanziati: abbiamo in corso i lavori sul lungomare e sul centro storico finanziati dal PNRR e vorremmo raccontarli meglio ai cittadini.\n' +
    `Fabbisogni: ${albengaNeeds}\n` +
    'Saremmo in 6, per una giornata.\n\n' +
    'Grazie, buon lavoro\nMarco Ferrando\n',
};

// 023 — Molfetta: a reply-all thread; the request is the newest message, older ones quoted below.
const molfettaNeeds = "definire la convenzione, il riparto dei costi e l'organizzazione dell'ufficio di piano tra i Comuni dell'Ambito.";
const CIRCULAR =
  'Gentili Sindaci, gentili Segretari,\n\n' +
  'il programma Cap4City offre ai Comuni Capacity Lab gratuiti, in presenza, su due aree. Il catalogo:\n' +
  'PO-1 Attrattività del lavoro pubblico\nPO-2 Reclutamento\nPO-3 Valorizzazione e retention del personale\nPO-4 PIAO e programmazione delle assunzioni\n' +
  'PO-5 Contrattazione\nPO-6 Gestione associata di funzioni e servizi\nPC-1 Costruzione del parco progetti\nPC-2 Gestione finanziaria\n' +
  'PC-3 Procedure e affidamenti\nPC-4 Project management\nPC-5 Monitoraggio e valutazione\nPC-6 Comunicazione e valorizzazione dei progetti finanziati\n\n' +
  'Per aderire è sufficiente inviare il modulo allegato a cap4city@anci.example.it.\n\nSegreteria Cap4City – ANCI\n';
const molfetta: ComuneMailOptions = {
  id: 'zoo3-023-molfetta',
  from: 'angela.degennaro@comune.molfetta.ba.it',
  fromName: 'Angela de Gennaro',
  cc: 'v.spadavecchia@comune.molfetta.ba.it, segreteria@comune.molfetta.ba.it',
  subject: 'R: R: I: Programma Cap4City – avviso Capacity Lab',
  date: '2026-02-03T09:27:00+01:00',
  client: 'outlook',
  inReplyTo: messageIdFor('zoo3-023-molfetta-vito', 'comune.molfetta.ba.it', 'outlook'),
  references: `${messageIdFor('zoo3-023-molfetta-segreteria', 'comune.molfetta.ba.it', 'outlook')} ${messageIdFor('zoo3-023-molfetta-vito', 'comune.molfetta.ba.it', 'outlook')}`,
  text:
    'Buongiorno,\n\n' +
    'facendo seguito alla circolare ANCI e al confronto interno qui sotto, il Comune di Molfetta chiede di partecipare al laboratorio PO-6 "Gestione associata di funzioni e servizi", in vista della convenzione con i Comuni dell\'Ambito territoriale sociale.\n\n' +
    `Fabbisogni: ${molfettaNeeds}\n` +
    'Referente: dott.ssa Angela de Gennaro – tel. 080 9956122 – angela.degennaro@comune.molfetta.ba.it\n' +
    'Partecipanti: 12\n\n' +
    'Cordiali saluti\nAngela de Gennaro\nDirigente Settore Socioeducativo\nComune di Molfetta\n\n' +
    'Da: Vito Spadavecchia <v.spadavecchia@comune.molfetta.ba.it>\nInviato: lunedì 2 febbraio 2026 18:12\n' +
    'A: Angela de Gennaro <angela.degennaro@comune.molfetta.ba.it>; Segreteria Generale <segreteria@comune.molfetta.ba.it>\n' +
    'Oggetto: R: I: Programma Cap4City – avviso Capacity Lab\n\n' +
    'Per me andrebbe bene anche il laboratorio sugli appalti (PC-3), visto il carico della CUC. Decidete voi.\n' +
    'Vito Spadavecchia\nSettore Lavori Pubblici – tel. 080 9956310\n\n' +
    'Da: Segreteria Generale <segreteria@comune.molfetta.ba.it>\nInviato: lunedì 2 febbraio 2026 12:40\n' +
    'A: Dirigenti <dirigenti@comune.molfetta.ba.it>\nOggetto: I: Programma Cap4City – avviso Capacity Lab\n\n' +
    'Si inoltra per le valutazioni di competenza.\n\n' +
    'Da: Segreteria Cap4City <cap4city@anci.example.it>\nInviato: venerdì 30 gennaio 2026 10:00\n' +
    'A: protocollo@comune.molfetta.ba.it\nOggetto: Programma Cap4City – avviso Capacity Lab\n\n' +
    CIRCULAR,
};

// 024 — Sacile: a mobile mail.
const sacileNeeds = 'tenere in ordine la spesa degli interventi PNRR su scuola e palestra';
const sacileMail = {
  from: 'a.demarchi@comune.sacile.pn.it',
  subject: 'Richiesta lab Cap4City',
  date: '2026-02-04T07:52:00+01:00',
};
const sacileText =
  'Buongiorno,\ncome da telefonata di stamattina il Comune di Sacile (PN) chiede il lab PC-2 gestione finanziaria.\n\n' +
  'Referente: Anna De Marchi, resp. servizio finanziario\ncell 333 4417209\na.demarchi@comune.sacile.pn.it\n' +
  `Esigenze: ${sacileNeeds}\n\nGrazie\nAnna\n\nInviato da iPhone\n`;

// 025 — Narni: webmail HTML made only of <div> and <br>.
const narniNeeds = 'trattenere i giovani assunti e organizzare il lavoro agile in modo equo tra gli uffici';
const narni: ComuneMailOptions = {
  id: 'zoo3-025-narni',
  from: 'roberto.pileri@comune.narni.tr.it',
  fromName: 'Roberto Pileri',
  subject: 'Richiesta Capacity Lab - Comune di Narni',
  date: '2026-02-04T10:40:00+01:00',
  headers: { 'User-Agent': 'Zimbra Web Client' },
  html:
    '<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">' +
    '<div>Buongiorno,</div><div><br></div><div>invio i dati per la richiesta del Comune di Narni.</div><div><br></div>' +
    '<div>Comune: Narni (TR)<br>Referente: Roberto Pileri<br>Qualifica: Istruttore direttivo amministrativo<br>' +
    'E-mail: roberto.pileri@comune.narni.tr.it<br>Telefono: 0744 747234<br>Laboratorio: Valorizzazione e retention del personale<br>' +
    `Fabbisogni: ${narniNeeds}<br>Partecipanti: 16<br>Giornate: 2</div>` +
    '<div><br></div><div>Cordiali saluti</div><div>Roberto Pileri</div><div>Ufficio Personale</div></div></body></html>',
};

// 026 — Frascati: labels followed by " - ".
const frascatiNeeds = 'costruire un elenco ordinato di interventi pronti da candidare agli avvisi regionali ed europei';
const frascati: ComuneMailOptions = {
  id: 'zoo3-026-frascati',
  from: 'i.conti@comune.frascati.rm.it',
  fromName: 'Ilaria Conti',
  subject: 'Richiesta di Capacity Lab',
  date: '2026-02-04T14:09:00+01:00',
  client: 'outlook',
  text:
    'Buongiorno,\ndi seguito i dati per la richiesta di Capacity Lab.\n\n' +
    'Ente - Comune di Frascati\nProvincia - RM\nReferente - Ilaria Conti\nRuolo - Funzionario Ufficio Europa\nMail - i.conti@comune.frascati.rm.it\n' +
    'Telefono - 06 94184321\nLaboratorio - PC-1 Costruzione del parco progetti\n' +
    `Fabbisogni - ${frascatiNeeds}\nPartecipanti - 10\nGiornate - 2\n\nCordiali saluti\nIlaria Conti\n`,
};

// 027 — Campomarino: written by the Mayor's secretariat, the referente named in the text.
const campomarino: ComuneMailOptions = {
  id: 'zoo3-027-campomarino',
  from: 'segreteria.sindaco@comune.campomarino.cb.it',
  fromName: 'Segreteria del Sindaco',
  subject: 'Programma Cap4City - adesione Comune di Campomarino',
  date: '2026-02-05T12:30:00+01:00',
  client: 'outlook',
  text:
    'Gentili,\nsu indicazione del Sindaco, il Comune di Campomarino chiede di partecipare al programma Cap4City con il laboratorio "Reclutamento" (PO-2): ' +
    "l'Ente deve bandire nel 2026 sei selezioni per profili tecnici e amministrativi e non ha un ufficio dedicato.\n\n" +
    "Il referente per l'iniziativa sarà il dott. Michele D'Ascenzo, Responsabile dell'Area Amministrativa, tel. 0875 530226, e-mail m.dascenzo@comune.campomarino.cb.it, al quale potrete scrivere direttamente.\n\n" +
    'Cordiali saluti\n\nRosa Cirulli\nSegreteria del Sindaco\nComune di Campomarino\nTel. 0875 530200\nsegreteria.sindaco@comune.campomarino.cb.it\n',
};

// 028 — Jesolo: label lines, then a long confidentiality disclaimer.
const jesoloNeeds = 'uniformare gli affidamenti diretti e le procedure negoziate sotto soglia tra i settori e ridurre i contenziosi.';
const jesolo: ComuneMailOptions = {
  id: 'zoo3-028-jesolo',
  from: 'n.pavan@comune.jesolo.ve.it',
  fromName: 'Pavan Nicola',
  subject: 'Richiesta partecipazione Cap4City',
  date: '2026-02-05T16:48:00+01:00',
  client: 'outlook',
  text:
    'Buongiorno,\ncon la presente il Comune di Jesolo chiede di partecipare al programma Cap4City.\n\n' +
    'Comune richiedente: Jesolo (VE)\nReferente: Nicola Pavan\nRuolo: Responsabile Ufficio Gare e Contratti\nE-mail: n.pavan@comune.jesolo.ve.it\n' +
    `Telefono: 0421 359211\nLaboratorio richiesto: PC-3 Procedure e affidamenti\nFabbisogni: ${jesoloNeeds}\nPartecipanti: 8\nGiornate: 2\n\n` +
    "Cordiali saluti\n\nNicola Pavan\nUfficio Gare e Contratti\nComune di Jesolo\nVia Sant'Antonio, 11 – 30016 Jesolo (VE)\n\n" +
    "Prima di stampare questa e-mail pensa all'ambiente.\n\n" +
    'AVVISO DI RISERVATEZZA – Le informazioni contenute in questa comunicazione e negli eventuali allegati sono riservate e destinate esclusivamente ' +
    'al destinatario indicato. Ai sensi del Regolamento UE 2016/679 (GDPR) e del D.Lgs. 196/2003, ne sono vietati la diffusione, la copia e ogni uso ' +
    'non autorizzato. Se avete ricevuto questo messaggio per errore, vi preghiamo di darne comunicazione al mittente e di cancellarlo dal vostro sistema. ' +
    'Le opinioni espresse non impegnano il Comune di Jesolo, salvo che ciò sia esplicitamente dichiarato.\n\n' +
    'CONFIDENTIALITY NOTICE – This e-mail and any attachments are confidential and intended solely for the addressee. If you received it in error, ' +
    'please notify the sender and delete it.\n',
};

// 029 — Oristano: the referente's details on one line separated by " | ".
const oristanoNeeds = 'far conoscere le opportunità di lavoro nel Comune ai giovani laureati della provincia, che oggi scelgono altri enti o il privato.';
const oristano: ComuneMailOptions = {
  id: 'zoo3-029-oristano',
  from: 'g.atzori@comune.oristano.it',
  fromName: 'Giovanni Atzori',
  subject: 'Adesione Cap4City - Comune di Oristano',
  date: '2026-02-06T09:05:00+01:00',
  text:
    'Buongiorno,\nil Comune di Oristano chiede di aderire al programma Cap4City con il laboratorio PO-1 – Attrattività del lavoro pubblico.\n\n' +
    'Referente: Giovanni Atzori | Istruttore direttivo amministrativo | tel. 0783 791214 | g.atzori@comune.oristano.it\n' +
    `Fabbisogni: ${oristanoNeeds}\nPartecipanti: 9\n\n` +
    'Distinti saluti\nGiovanni Atzori\nSettore Sviluppo del Territorio – Comune di Oristano\n',
};

export const BODY_PLAIN_CASES: Zoo3Case[] = [
  {
    category,
    name: 'albenga-una-riga-libera',
    build: () => comuneMail(albenga),
    expected: expectRequest(headerOf(albenga), {
      comune: C.albenga,
      contact: { name: 'Marco Ferrando', role: 'istruttore direttivo', email: 'm.ferrando@comune.albenga.sv.it', phone: '0182 562245' },
      labs: ['PC-6'],
      needs: albengaNeeds,
    }),
  },
  {
    category,
    name: 'molfetta-rispondi-a-tutti',
    build: () => comuneMail(molfetta),
    expected: expectRequest(headerOf(molfetta), {
      comune: C.molfetta,
      contact: { name: 'Angela de Gennaro', email: 'angela.degennaro@comune.molfetta.ba.it', phone: '080 9956122' },
      labs: ['PO-6'],
      needs: molfettaNeeds,
      participants: 12,
    }),
  },
  {
    category,
    name: 'sacile-inviato-da-iphone',
    build: () =>
      composeMail({
        messageId: messageIdFor('zoo3-024-sacile', 'comune.sacile.pn.it', 'outlook'),
        date: new Date(sacileMail.date),
        from: { name: 'Anna De Marchi', address: sacileMail.from },
        to: SECRETARIAT,
        subject: sacileMail.subject,
        text: sacileText,
        headers: { 'X-Mailer': 'iPhone Mail (22D72)', 'Content-Language': 'it' },
      }),
    expected: expectRequest(sacileMail, {
      comune: C.sacile,
      contact: { name: 'Anna De Marchi', email: 'a.demarchi@comune.sacile.pn.it', phone: '333 4417209' },
      labs: ['PC-2'],
      needs: sacileNeeds,
    }),
  },
  {
    category,
    name: 'narni-html-solo-div-e-br',
    build: () => comuneMail(narni),
    expected: expectRequest(headerOf(narni), {
      comune: C.narni,
      contact: { name: 'Roberto Pileri', role: 'Istruttore direttivo amministrativo', email: 'roberto.pileri@comune.narni.tr.it', phone: '0744 747234' },
      labs: ['PO-3'],
      needs: narniNeeds,
      participants: 16,
      days: 2,
    }),
  },
  {
    category,
    name: 'frascati-etichette-con-trattino',
    build: () => comuneMail(frascati),
    expected: expectRequest(headerOf(frascati), {
      comune: C.frascati,
      contact: { name: 'Ilaria Conti', role: 'Funzionario Ufficio Europa', email: 'i.conti@comune.frascati.rm.it', phone: '06 94184321' },
      labs: ['PC-1'],
      needs: frascatiNeeds,
      participants: 10,
      days: 2,
    }),
  },
  {
    category,
    name: 'campomarino-segreteria-del-sindaco',
    build: () => comuneMail(campomarino),
    expected: expectRequest(headerOf(campomarino), {
      comune: C.campomarino,
      contact: { name: "Michele D'Ascenzo", email: 'm.dascenzo@comune.campomarino.cb.it', phone: '0875 530226' },
      labs: ['PO-2'],
    }),
  },
  {
    category,
    name: 'jesolo-avviso-di-riservatezza',
    build: () => comuneMail(jesolo),
    expected: expectRequest(headerOf(jesolo), {
      comune: C.jesolo,
      contact: { name: 'Nicola Pavan', role: 'Responsabile Ufficio Gare e Contratti', email: 'n.pavan@comune.jesolo.ve.it', phone: '0421 359211' },
      labs: ['PC-3'],
      needs: jesoloNeeds,
      participants: 8,
      days: 2,
    }),
  },
  {
    category,
    name: 'oristano-referente-con-barre',
    build: () => comuneMail(oristano),
    expected: expectRequest(headerOf(oristano), {
      comune: C.oristano,
      contact: { name: 'Giovanni Atzori', email: 'g.atzori@comune.oristano.it', phone: '0783 791214' },
      labs: ['PO-1'],
      needs: oristanoNeeds,
      participants: 9,
    }),
  },
];
