import { comuneMail } from '../../fixtures/comune-mail.ts';
import type { FixtureCase } from '../../fixtures/fixture-case.ts';
import { OWN_MESSAGE_ID_DOMAIN, SECRETARIAT } from '../../fixtures/parse-context.ts';

const ack = (code: string) => `<c4c-2026-${code}.ack@${OWN_MESSAGE_ID_DOMAIN}>`;

/** An Exchange non-delivery report: multipart/report with a human part in Italian and the original headers. */
function exchangeDsn(): Buffer {
  const boundary = '_000_DSN_PR3P195MB0712';
  return Buffer.from(
    [
      'From: postmaster@comune.venafro.is.it',
      `To: ${SECRETARIAT}`,
      'Date: Thu, 19 Feb 2026 11:02:33 +0100',
      'Subject: Recapito non riuscito: [C4C-2026-00059] Informazioni mancanti nella richiesta',
      'Message-ID: <7d1c2b3a-9e8f-4a5b-8c7d-DSN@PR3P195MB0712.EURP195.PROD.OUTLOOK.COM>',
      'MIME-Version: 1.0',
      'Content-Language: it-IT',
      'X-MS-Exchange-Message-Is-Ndr:',
      `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
      '',
      `--${boundary}`,
      'Content-Type: multipart/alternative; boundary="_alt_DSN"',
      '',
      '--_alt_DSN',
      'Content-Type: text/plain; charset="utf-8"',
      'Content-Transfer-Encoding: 8bit',
      '',
      'Impossibile recapitare il messaggio a questi destinatari o gruppi:',
      '',
      'ufficio.personale@comune.venafro.is.it',
      "L'indirizzo di posta elettronica immesso non è stato trovato. Controllare l'indirizzo e riprovare.",
      '',
      '--_alt_DSN',
      'Content-Type: text/html; charset="utf-8"',
      'Content-Transfer-Encoding: 8bit',
      '',
      '<html><body><p><b>Impossibile recapitare il messaggio a questi destinatari o gruppi:</b></p><p>ufficio.personale@comune.venafro.is.it</p></body></html>',
      '',
      '--_alt_DSN--',
      '',
      `--${boundary}`,
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns;PR3P195MB0712.EURP195.PROD.OUTLOOK.COM',
      'Received-From-MTA: dns;mbox.anci.example.it',
      '',
      'Final-Recipient: rfc822;ufficio.personale@comune.venafro.is.it',
      'Action: failed',
      'Status: 5.1.10',
      'Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
      '',
      `--${boundary}`,
      'Content-Type: text/rfc822-headers',
      '',
      `From: Segreteria Cap4City <${SECRETARIAT}>`,
      'To: ufficio.personale@comune.venafro.is.it',
      'Subject: [C4C-2026-00059] Informazioni mancanti nella richiesta',
      `Message-ID: <c4c-2026-00059.missing@${OWN_MESSAGE_ID_DOMAIN}>`,
      '',
      `--${boundary}--`,
      '',
    ].join('\r\n'),
    'utf8',
  );
}

/** Out-of-office replies, bounces, newsletters, replies on a thread, questions and thanks: none is a new request. */
export const OTHER_CASES: FixtureCase[] = [
  {
    name: 'auto-outlook-exchange-ooo',
    build: () =>
      comuneMail({
        id: 'ho-ooo-exchange',
        from: 'g.belluardo@comune.modica.rg.it',
        fromName: 'Belluardo Giorgio',
        subject: 'Risposta automatica: [C4C-2026-00048] Richiesta ricevuta',
        date: '2026-02-12T09:21:00+01:00',
        client: 'outlook',
        inReplyTo: ack('00048'),
        headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All', 'X-MS-Exchange-Generated-Message-Source': 'Mailbox Rules Agent' },
        text: 'Sono fuori ufficio fino al 20/02 senza accesso alla posta. Per il laboratorio Gestione finanziaria contattare ragioneria@comune.modica.rg.it.\n',
      }),
    expected: { kind: 'automatic', form: null },
  },
  {
    name: 'auto-gmail-vacation-responder',
    build: () =>
      comuneMail({
        id: 'ho-ooo-gmail',
        from: 'giacomo.perrotta.sindaco@gmail.com',
        fromName: 'Giacomo Perrotta',
        subject: 'In ferie',
        date: '2026-02-13T07:30:00+01:00',
        inReplyTo: ack('00049'),
        headers: { 'Auto-Submitted': 'auto-replied', 'X-Google-Original-From': 'Giacomo Perrotta <giacomo.perrotta.sindaco@gmail.com>' },
        text: 'Grazie per il messaggio. Sono in ferie fino al 16 febbraio; per la richiesta del Capacity Lab sulla comunicazione dei progetti finanziati rivolgersi a t.sollazzo@comune.scalea.cs.it.\n',
      }),
    expected: { kind: 'automatic', form: null },
  },
  {
    name: 'auto-zimbra-vacation',
    build: () =>
      comuneMail({
        id: 'ho-ooo-zimbra',
        from: 'a.mighali@comune.galatina.le.it',
        fromName: 'Antonio Mighali',
        subject: 'Messaggio automatico: assente',
        date: '2026-02-13T08:05:00+01:00',
        headers: { 'Auto-Submitted': 'auto-replied (zimbra; vacation)', 'X-Mailer': 'Zimbra 8.8.15_GA_4484 (zclient/8.8.15_GA_4484)' },
        text: 'Sarò assente dal 13 al 20 febbraio. Per urgenze rivolgersi all’Ufficio Appalti, tel. 0836 633111.\n',
      }),
    expected: { kind: 'automatic', form: null },
  },
  {
    name: 'auto-reply-without-headers',
    build: () =>
      comuneMail({
        id: 'ho-ooo-plain',
        from: 'protocollo@comune.valva.sa.it',
        subject: 'Risposta automatica - Comune di Valva',
        date: '2026-02-13T08:30:00+01:00',
        text:
          'Questo è un messaggio generato automaticamente, si prega di non rispondere.\nLa sua e-mail è stata ricevuta dall’Ufficio Protocollo del Comune di Valva e sarà smistata al più presto all’ufficio competente.\n',
      }),
    expected: { kind: 'automatic', form: null },
  },
  { name: 'auto-exchange-ndr-dsn', build: async () => exchangeDsn(), expected: { kind: 'automatic', form: null } },
  {
    name: 'auto-newsletter-list-id',
    build: () =>
      comuneMail({
        id: 'ho-newsletter',
        from: 'redazione@notiziepa.example.it',
        fromName: 'NotiziePA',
        subject: 'Settimana PA: reclutamento, PIAO e i Capacity Lab di Cap4City',
        date: '2026-02-14T06:00:00+01:00',
        headers: { 'List-Id': '"Settimana PA" <settimanapa.notiziepa.example.it>', 'List-Unsubscribe': '<https://notiziepa.example.it/u?id=77121>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
        html:
          '<html><body><h2>Settimana PA</h2><p>Il laboratorio <b>Reclutamento</b> e quello su <b>PIAO e programmazione delle assunzioni</b> sono tra i più richiesti dai Comuni del Sud.</p>' +
          '<p>Referente: la redazione. Comune: tutti.</p><p><a href="https://notiziepa.example.it/u?id=77121">Annulla iscrizione</a></p></body></html>',
      }),
    expected: { kind: 'automatic', form: null },
  },
  {
    name: 'reply-adds-missing-data-tropea',
    build: () =>
      comuneMail({
        id: 'ho-reply-tropea',
        from: 'n.pugliese@comune.tropea.vv.it',
        fromName: 'Nazzareno Pugliese',
        subject: 'Re: [C4C-2026-00031] Informazioni mancanti nella richiesta',
        date: '2026-02-17T12:00:00+01:00',
        inReplyTo: `<c4c-2026-00031.missing@${OWN_MESSAGE_ID_DOMAIN}>`,
        references: `<c4c-2026-00031.missing@${OWN_MESSAGE_ID_DOMAIN}>`,
        text:
          'Buongiorno, integro i dati mancanti.\n\nReferente: Nazzareno Pugliese\nE-mail: n.pugliese@comune.tropea.vv.it\n' +
          'Fabbisogni e obiettivi: Organizzare la gestione associata della polizia locale nei mesi estivi con i Comuni della costa.\n\n' +
          'Il 16/02/2026 10:00, Segreteria Cap4City ha scritto:\n> Gentile Comune di Tropea,\n> nella richiesta mancano: referente, fabbisogni e obiettivi.\n',
      }),
    expected: { kind: 'reply' },
  },
  {
    name: 'reply-r-prefix-references-only',
    build: () =>
      comuneMail({
        id: 'ho-reply-venafro',
        from: 'segreteria@comune.venafro.is.it',
        subject: 'R: [C4C-2026-00044] Richiesta ricevuta',
        date: '2026-02-17T12:40:00+01:00',
        client: 'outlook',
        references: ack('00044'),
        text: 'Grazie, confermiamo la disponibilità per la prima settimana di marzo.\n\nSegreteria Generale - Comune di Venafro\n',
      }),
    expected: { kind: 'reply' },
  },
  {
    name: 'reply-subject-code-only',
    build: () =>
      comuneMail({
        id: 'ho-reply-code',
        from: 'p.dibenedetto@comune.gravina.ba.it',
        fromName: 'Pasquale Dibenedetto',
        subject: 'RE: Cap4City [C4C-2026-00050] - date del laboratorio',
        date: '2026-02-18T16:10:00+01:00',
        client: 'outlook',
        text: 'Buonasera, per noi vanno bene il 12 e 13 marzo presso la sala consiliare. Saremo in 9.\nPasquale Dibenedetto\n',
      }),
    expected: { kind: 'reply' },
  },
  {
    name: 'question-names-lab-valva',
    build: () =>
      comuneMail({
        id: 'ho-question-valva',
        from: 'sindaco@comune.valva.sa.it',
        fromName: 'Sindaco di Valva',
        subject: 'Informazioni laboratorio PIAO',
        date: '2026-02-19T09:30:00+01:00',
        text:
          'Buongiorno,\nvolevo sapere se il laboratorio sul PIAO è aperto anche ai Comuni sotto i 2.000 abitanti come il nostro, che hanno un solo dipendente amministrativo, ' +
          'e se è prevista una quota di partecipazione.\nGrazie\nIl Sindaco di Valva\n',
      }),
    expected: { kind: 'not-a-request' },
  },
  {
    name: 'question-lab-codes-difference-locri',
    build: () =>
      comuneMail({
        id: 'ho-question-locri',
        from: 'ragioneria@comune.locri.rc.it',
        subject: 'Chiarimento catalogo Cap4City',
        date: '2026-02-19T10:15:00+01:00',
        text:
          'Salve, prima di inviare il modulo vorremmo capire la differenza tra il PC-2 Gestione finanziaria e il PC-5 Monitoraggio e valutazione: ' +
          'la rendicontazione su ReGiS in quale dei due rientra?\nCordiali saluti\nServizio Finanziario - Comune di Locri\n',
      }),
    expected: { kind: 'not-a-request' },
  },
  {
    name: 'thank-you-after-lab',
    build: () =>
      comuneMail({
        id: 'ho-thanks-bojano',
        from: 'tecnico@comune.bojano.cb.it',
        fromName: 'Area Tecnica Bojano',
        subject: 'Ringraziamenti',
        date: '2026-02-20T17:00:00+01:00',
        text:
          'Gentili,\nringraziamo la Segreteria e gli esperti per la giornata di ieri sul Project management: il lavoro sul cronoprogramma dei cantieri ci è stato molto utile.\n' +
          'Un cordiale saluto a tutti,\nNicola Di Biase\nComune di Bojano\n',
      }),
    expected: { kind: 'not-a-request' },
  },
];
