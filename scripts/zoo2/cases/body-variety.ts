// Mail bodies from six clients and habits: Outlook paragraphs and tables, a windows-1252 webmail, bold labels over
// values, bullets, English/Italian labels, a protocol system's export.
import { expectRequest } from '../../zoo/expect.ts';
import { comuneMail, headerOf } from '../../zoo/mail.ts';
import type { ComuneMailOptions } from '../../fixtures/comune-mail.ts';
import { rawMail } from '../../fixtures/raw-mail.ts';
import type { RawMailOptions } from '../../fixtures/raw-mail.ts';
import { SECRETARIAT } from '../../fixtures/parse-context.ts';
import { ZOO2_COMUNI as Z } from '../comuni.ts';
import { esc, mso, msoEmpty, outlookHtml, thunderbirdHtml } from '../html.ts';
import type { Zoo2Case } from '../zoo2-case.ts';

const category = 'body-variety' as const;

// 023 — Cernusco sul Naviglio: Outlook, "<b>Label:</b>&nbsp;value" paragraphs, plain-text alternative as Outlook writes it.
const cernuscoNeeds = 'Rendere più rapide le selezioni per agenti di polizia locale e profili tecnici, usando il portale inPA.';
const cernuscoFields: [string, string][] = [
  ['Comune', 'Cernusco sul Naviglio'],
  ['Provincia', 'MI'],
  ['Referente', 'Davide Colombo'],
  ['Ruolo', 'Responsabile Ufficio Personale'],
  ['E-mail', 'd.colombo@comune.cernuscosulnaviglio.mi.it'],
  ['Telefono', '02 9278 241'],
  ['Laboratorio', 'PO-2 Reclutamento'],
  ['Fabbisogni', cernuscoNeeds],
  ['Partecipanti', '10'],
  ['Giornate', '2'],
];
const cernuscoMail: ComuneMailOptions = {
  id: 'zoo2-023-cernusco',
  from: 'sindaco.segreteria@comune.cernuscosulnaviglio.mi.it',
  fromName: 'Brambilla Sara',
  subject: 'Richiesta Capacity Lab Comune di Cernusco sul Naviglio',
  date: '2026-02-02T09:20:00+01:00',
  client: 'outlook',
  text:
    'Buongiorno,\n\ncon la presente inviamo i dati per la richiesta del laboratorio:\n\n' +
    cernuscoFields.map(([l, v]) => `${l}: ${v}`).join('\n') +
    '\n\nCordiali saluti\n\nSara Brambilla\nSegreteria del Sindaco\nComune di Cernusco sul Naviglio\nTel. 02 9278 200\n',
  html: outlookHtml(
    mso('Buongiorno,') +
      msoEmpty() +
      mso('con la presente inviamo i dati per la richiesta del laboratorio:') +
      msoEmpty() +
      cernuscoFields.map(([l, v]) => mso(`<b>${esc(l)}:</b>&nbsp;${esc(v)}`)).join('') +
      msoEmpty() +
      mso('Cordiali saluti') +
      msoEmpty() +
      mso('<b><span style=\'color:#1F3864\'>Sara Brambilla<o:p></o:p></span></b>') +
      mso("<span style='font-size:9.0pt;color:#1F3864'>Segreteria del Sindaco<br>Comune di Cernusco sul Naviglio<br>Tel. 02 9278 200</span>"),
  ),
};

// 024 — Chioggia: Outlook HTML only, a table whose cells each hold a paragraph with nested spans.
const chioggiaNeeds = 'Trasformare le idee emerse dal piano della laguna in schede progettuali candidabili ai bandi.';
const span = (text: string, bold = false): string =>
  `<p class=MsoNormal>${bold ? '<b>' : ''}<span style='font-size:10.0pt;font-family:"Arial",sans-serif;color:#1F3864'><span style='mso-bidi-font-weight:normal'>${esc(text)}</span><o:p></o:p></span>${bold ? '</b>' : ''}</p>`;
const td = (inner: string, width: number) =>
  `<td width=${width} valign=top style='width:${width * 0.75}pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>${inner}</td>`;
const chioggiaRows: [string, string][] = [
  ['Ente', 'Comune di Chioggia'],
  ['Provincia', 'Venezia'],
  ['Referente', 'Nicola Boscolo'],
  ['Ruolo', 'Funzionario Ufficio Politiche comunitarie'],
  ['E-mail', 'nicola.boscolo@comune.chioggia.ve.it'],
  ['Telefono', '041 553 4812'],
  ['Laboratorio richiesto', 'PC-1 Costruzione del parco progetti'],
  ['Fabbisogni e obiettivi', chioggiaNeeds],
  ['Partecipanti', '9'],
  ['Giornate in presenza', '2'],
];
const chioggiaMail: ComuneMailOptions = {
  id: 'zoo2-024-chioggia',
  from: 'politiche.comunitarie@comune.chioggia.ve.it',
  fromName: 'Politiche Comunitarie Chioggia',
  subject: 'Capacity Lab: richiesta Comune di Chioggia',
  date: '2026-02-02T11:02:00+01:00',
  client: 'outlook',
  html: outlookHtml(
    mso('Buongiorno,') +
      mso('di seguito i dati per la richiesta:') +
      msoEmpty() +
      "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184'>" +
      chioggiaRows.map(([l, v], i) => `<tr style='mso-yfti-irow:${i}'>${td(span(l, true), 200)}${td(span(v), 420)}</tr>`).join('') +
      '</table>' +
      msoEmpty() +
      mso('Distinti saluti') +
      mso('Ufficio Politiche comunitarie – Comune di Chioggia'),
  ),
};

// 025 — Santa Croce sull'Arno: webmail, windows-1252 in quoted-printable, curly quotes, en dashes and €.
const santaCroceNeeds = 'Far conoscere il Comune come datore di lavoro ai giovani del territorio – “employer branding” a costo contenuto (max 2.000 €).';
const santaCroceMail: RawMailOptions = {
  id: 'zoo2-025-santa-croce',
  from: 'personale@comune.santacroce.pi.it',
  fromName: 'Ufficio Personale',
  to: SECRETARIAT,
  subject: 'Richiesta laboratorio Capacity Lab',
  date: '2026-02-02T12:36:00+01:00',
  charset: 'windows-1252',
  transferEncoding: 'quoted-printable',
  extraHeaders: ['User-Agent: Roundcube Webmail/1.6.5', 'X-Sender: personale@comune.santacroce.pi.it'],
  body:
    'Buongiorno,\n\nvi trasmettiamo la richiesta del nostro Comune per il programma Cap4City.\n\n' +
    'Comune: Santa Croce sull’Arno\n' +
    'Provincia: PI\n' +
    'Referente: Ilaria Pacini\n' +
    'Qualifica: Istruttore direttivo – Ufficio Personale\n' +
    'E-mail: i.pacini@comune.santacroce.pi.it\n' +
    'Telefono: 0571 389 923\n' +
    'Laboratorio: PO-1 – “Attrattività del lavoro pubblico”\n' +
    `Fabbisogni: ${santaCroceNeeds}\n` +
    'Partecipanti: 7\n' +
    'Giornate: 1\n\n' +
    'Grazie e buon lavoro…\n\nUfficio Personale\nComune di Santa Croce sull’Arno\n',
};

// 026 — Trieste: Thunderbird HTML, each label bold on its own line and the value on the next.
const triesteNeeds = 'Ridurre i tempi di rendicontazione delle spese dei progetti finanziati e gestire le anticipazioni di cassa.';
const triesteFields: [string, string][] = [
  ['Comune richiedente', 'Trieste'],
  ['Referente', 'Tiziana Sossi'],
  ['Ruolo', 'Funzionaria Servizio Fondi europei'],
  ['E-mail', 'tiziana.sossi@comune.trieste.it'],
  ['Telefono', '040 675 4421'],
  ['Laboratorio richiesto', 'PC-2 Gestione finanziaria'],
  ['Fabbisogni e obiettivi', triesteNeeds],
  ['Partecipanti', '12'],
  ['Giornate in presenza', '2'],
];
const triesteMail: ComuneMailOptions = {
  id: 'zoo2-026-trieste',
  from: 'fondi.europei@comune.trieste.it',
  fromName: 'Servizio Fondi europei',
  subject: 'Capacity Lab - richiesta del Comune di Trieste',
  date: '2026-02-02T15:19:00+01:00',
  text: `Buongiorno,\necco i dati della nostra richiesta.\n\n${triesteFields.map(([l, v]) => `${l}\n${v}\n`).join('\n')}\nCordiali saluti\nServizio Fondi europei\n`,
  html: thunderbirdHtml(
    '    <p>Buongiorno,<br>\n      ecco i dati della nostra richiesta.</p>\n' +
      triesteFields.map(([l, v]) => `    <p><b>${esc(l)}</b><br>\n      ${esc(v)}</p>\n`).join('') +
      '    <p>Cordiali saluti<br>\n      Servizio Fondi europei</p>\n    <div class="moz-signature">-- <br>\n      Comune di Trieste – Piazza dell’Unità d’Italia 4</div>',
  ),
};

// 027 — Sassari: a bulleted list in plain text.
const sassariNeeds = 'Costruire con i Comuni della rete metropolitana un ufficio comune per gare e personale.';
const sassariMail: ComuneMailOptions = {
  id: 'zoo2-027-sassari',
  from: 'antonella.piras@comune.sassari.it',
  fromName: 'Antonella Piras',
  subject: 'Richiesta Capacity Lab - Comune di Sassari',
  date: '2026-02-03T09:41:00+01:00',
  text:
    'Buongiorno,\nriporto di seguito i dati della richiesta del Comune di Sassari:\n\n' +
    '• Comune: Sassari\n' +
    '• Provincia: SS\n' +
    '• Referente: Antonella Piras\n' +
    '• Ruolo: Dirigente Settore Organizzazione\n' +
    '• Email: antonella.piras@comune.sassari.it\n' +
    '• Cellulare: 340 551 2876\n' +
    '• Laboratorio: Gestione associata di funzioni e servizi (PO-6)\n' +
    `• Fabbisogni: ${sassariNeeds}\n` +
    '• Partecipanti: 15\n' +
    '• Giornate: 2\n\n' +
    'Un cordiale saluto,\nAntonella Piras\n',
};

// 028 — Aosta: English/Italian labels written by a European-projects office.
const aostaNeeds = 'Coordinate the Interreg ALCOTRA project team / coordinare il team dei progetti Interreg ALCOTRA';
const aostaMail: ComuneMailOptions = {
  id: 'zoo2-028-aosta',
  from: 'europa@comune.aosta.it',
  fromName: 'EU Projects Office - Comune di Aosta',
  subject: 'Capacity Lab request / Richiesta Capacity Lab - Aosta',
  date: '2026-02-03T10:58:00+01:00',
  text:
    'Dear Cap4City team, gentili colleghi,\n\nplease find below our request / di seguito la nostra richiesta.\n\n' +
    'Municipality / Comune: Aosta\n' +
    'Province / Provincia: AO\n' +
    'Contact person / Referente: Luca Vuillermoz\n' +
    'Role / Ruolo: Head of EU Projects Office / Responsabile Ufficio Progetti europei\n' +
    'E-mail: l.vuillermoz@comune.aosta.it\n' +
    'Phone / Telefono: 0165 300 512\n' +
    'Requested lab / Laboratorio richiesto: PC-4 Project management\n' +
    `Needs / Fabbisogni: ${aostaNeeds}\n` +
    'Participants / Partecipanti: 10\n' +
    'Days / Giornate: 2\n\n' +
    'Best regards / Cordiali saluti\nEU Projects Office – Ufficio Progetti europei\nCittà di Aosta\n',
};

// 029 — Pozzuoli: a protocol system's plain-text export with dotted leaders.
const pozzuoliNeeds = 'Programmare le assunzioni del triennio nel PIAO tenendo conto dei pensionamenti e dei vincoli di spesa.';
const pozzuoliMail: ComuneMailOptions = {
  id: 'zoo2-029-pozzuoli',
  from: 'protocollo@comune.pozzuoli.na.it',
  fromName: 'Protocollo Generale Comune di Pozzuoli',
  subject: 'Prot. 0004512/2026 - Richiesta Capacity Lab',
  date: '2026-02-03T12:07:00+01:00',
  text:
    'PROTOCOLLO GENERALE - COMUNE DI POZZUOLI\n' +
    'Prot. n. 0004512/2026 del 03/02/2026 - Documento in partenza\n' +
    'Classificazione: 03.01 - Risorse umane\n' +
    '----------------------------------------------------------------\n' +
    'MODULO RICHIESTA CAPACITY LAB\n\n' +
    'Comune richiedente ............: Pozzuoli\n' +
    'Provincia .....................: NA\n' +
    'Referente (nome e cognome) ....: Gennaro Illiano\n' +
    'Ruolo .........................: Dirigente Area Risorse Umane\n' +
    'E-mail referente ..............: g.illiano@comune.pozzuoli.na.it\n' +
    'Telefono ......................: 081 855 1234\n' +
    'Laboratorio richiesto .........: PO-4 PIAO e programmazione delle assunzioni\n' +
    `Fabbisogni e obiettivi ........: ${pozzuoliNeeds}\n` +
    'Partecipanti ..................: 13\n' +
    'Giornate ......................: 2\n' +
    '----------------------------------------------------------------\n' +
    'Messaggio generato automaticamente dal sistema di protocollo informatico. Per informazioni rivolgersi al referente indicato.\n',
};

export const BODY_VARIETY_CASES: Zoo2Case[] = [
  {
    category,
    name: 'cernusco-outlook-grassetto',
    build: () => comuneMail(cernuscoMail),
    expected: expectRequest(headerOf(cernuscoMail), {
      comune: Z.cernusco,
      contact: { name: 'Davide Colombo', role: 'Responsabile Ufficio Personale', email: 'd.colombo@comune.cernuscosulnaviglio.mi.it', phone: '02 9278 241' },
      labs: ['PO-2'],
      needs: cernuscoNeeds,
      participants: 10,
      days: 2,
    }),
  },
  {
    category,
    name: 'chioggia-outlook-tabella',
    build: () => comuneMail(chioggiaMail),
    expected: expectRequest(headerOf(chioggiaMail), {
      comune: Z.chioggia,
      contact: { name: 'Nicola Boscolo', role: 'Funzionario Ufficio Politiche comunitarie', email: 'nicola.boscolo@comune.chioggia.ve.it', phone: '041 553 4812' },
      labs: ['PC-1'],
      needs: chioggiaNeeds,
      participants: 9,
      days: 2,
    }),
  },
  {
    category,
    name: 'santa-croce-webmail-cp1252',
    build: () => Promise.resolve(rawMail(santaCroceMail)),
    expected: expectRequest(
      { from: santaCroceMail.from, subject: santaCroceMail.subject, date: santaCroceMail.date },
      {
        comune: Z.santaCroce,
        contact: { name: 'Ilaria Pacini', role: 'Istruttore direttivo – Ufficio Personale', email: 'i.pacini@comune.santacroce.pi.it', phone: '0571 389 923' },
        labs: ['PO-1'],
        needs: santaCroceNeeds,
        participants: 7,
        days: 1,
      },
    ),
  },
  {
    category,
    name: 'trieste-etichetta-a-capo',
    build: () => comuneMail(triesteMail),
    expected: expectRequest(headerOf(triesteMail), {
      comune: Z.trieste,
      contact: { name: 'Tiziana Sossi', role: 'Funzionaria Servizio Fondi europei', email: 'tiziana.sossi@comune.trieste.it', phone: '040 675 4421' },
      labs: ['PC-2'],
      needs: triesteNeeds,
      participants: 12,
      days: 2,
    }),
  },
  {
    category,
    name: 'sassari-elenco-puntato',
    build: () => comuneMail(sassariMail),
    expected: expectRequest(headerOf(sassariMail), {
      comune: Z.sassari,
      contact: { name: 'Antonella Piras', role: 'Dirigente Settore Organizzazione', email: 'antonella.piras@comune.sassari.it', phone: '340 551 2876' },
      labs: ['PO-6'],
      needs: sassariNeeds,
      participants: 15,
      days: 2,
    }),
  },
  {
    category,
    name: 'aosta-inglese-italiano',
    build: () => comuneMail(aostaMail),
    expected: expectRequest(headerOf(aostaMail), {
      comune: Z.aosta,
      contact: { name: 'Luca Vuillermoz', email: 'l.vuillermoz@comune.aosta.it', phone: '0165 300 512' },
      labs: ['PC-4'],
      needs: aostaNeeds,
      participants: 10,
      days: 2,
    }),
  },
  {
    category,
    name: 'pozzuoli-protocollo-puntini',
    build: () => comuneMail(pozzuoliMail),
    expected: expectRequest(headerOf(pozzuoliMail), {
      comune: Z.pozzuoli,
      contact: { name: 'Gennaro Illiano', role: 'Dirigente Area Risorse Umane', email: 'g.illiano@comune.pozzuoli.na.it', phone: '081 855 1234' },
      labs: ['PO-4'],
      needs: pozzuoliNeeds,
      participants: 13,
      days: 2,
    }),
  },
];
