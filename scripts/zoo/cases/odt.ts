import type { ComuneMailOptions } from '../../fixtures/comune-mail.ts';
import { ZOO_COMUNI as C } from '../comuni.ts';
import { expectRequest } from '../expect.ts';
import { headerOf, withAttachment } from '../mail.ts';
import { odtFile } from '../odt.ts';
import { MIME } from '../zoo-case.ts';
import type { ZooCase } from '../zoo-case.ts';

// 018 — a two-column table under a heading, lab by code only
const MATERA_NEEDS =
  'Introdurre strumenti di project management (cronoprogrammi, gestione dei rischi, stati di avanzamento) per i cantieri finanziati dal PNRR.';
const materaMail: ComuneMailOptions = {
  id: 'zoo-018-matera',
  from: 'ufficio.pnrr@comune.matera.it',
  fromName: 'Ufficio PNRR',
  subject: 'Scheda richiesta Capacity Lab – Città di Matera',
  date: '2026-02-06T10:15:00+01:00',
  text: 'Buongiorno,\nsi invia la scheda compilata (formato LibreOffice).\n\nUfficio PNRR – Settore Opere Pubbliche\n',
};

const materaOdt = () =>
  odtFile({
    title: 'Scheda richiesta Capacity Lab',
    creator: 'Angela Di Lecce',
    date: '2026-02-06T09:00:00',
    header: ['CITTÀ DI MATERA', 'Settore Opere Pubbliche – Ufficio PNRR'],
    blocks: [
      { h: 'Scheda di richiesta Capacity Lab', level: 1 },
      { p: 'Programma Cap4City – ANCI' },
      {
        table: [
          ['Comune richiedente', 'Matera'],
          ['Provincia', 'MT'],
          ['Codice ISTAT', '077014'],
          ['Referente', 'Angela Di Lecce'],
          ['Ruolo', 'Funzionaria tecnica – Ufficio PNRR'],
          ['E-mail', 'angela.dilecce@comune.matera.it'],
          ['Telefono', '0835 241289'],
          ['Laboratorio', 'PC-4'],
          ['Fabbisogni e obiettivi', MATERA_NEEDS],
          ['Partecipanti', '10'],
          ['Giornate', '3'],
        ],
        widths: [6, 11],
      },
      { p: '' },
      { p: 'Matera, 6 febbraio 2026' },
    ],
  });

// 019 — spanned section rows, labels ending in ":", lab by title
const VITERBO_NEEDS = 'Rendere più attrattive le offerte di lavoro del Comune per i giovani laureati, anche con una presenza sui canali social e nelle università.';
const viterboMail: ComuneMailOptions = {
  id: 'zoo-019-viterbo',
  from: 'risorseumane@comune.viterbo.it',
  fromName: 'Settore I Risorse Umane',
  subject: 'Richiesta attivazione Capacity Lab',
  date: '2026-02-09T09:05:00+01:00',
  client: 'outlook',
  text: 'Buongiorno,\nin allegato la richiesta di attivazione.\n\nCordiali saluti\nSettore I – Risorse Umane\nComune di Viterbo\n0761 348400\n',
};

const viterboOdt = () =>
  odtFile({
    title: 'Richiesta Capacity Lab',
    creator: 'Roberta Ciorba',
    date: '2026-02-09T08:20:00',
    header: ['COMUNE DI VITERBO', 'Settore I – Risorse Umane'],
    blocks: [
      { p: 'RICHIESTA DI ATTIVAZIONE CAPACITY LAB', style: 'title' },
      { p: '' },
      {
        table: [
          [{ text: 'SEZIONE 1 – ENTE', span: 2, bold: true }],
          ['Comune:', 'Viterbo'],
          ['Provincia:', 'VT'],
          [{ text: 'SEZIONE 2 – REFERENTE', span: 2, bold: true }],
          ['Nome e cognome:', 'Roberta Ciorba'],
          ['Qualifica:', 'Istruttore direttivo amministrativo'],
          ['Indirizzo di posta elettronica:', 'r.ciorba@comune.viterbo.it'],
          ['Telefono:', '0761 348412'],
          [{ text: 'SEZIONE 3 – LABORATORIO', span: 2, bold: true }],
          ['Laboratorio richiesto:', 'Attrattività del lavoro pubblico'],
          ['Fabbisogni e obiettivi:', VITERBO_NEEDS],
          ['Numero partecipanti:', '8'],
          ['Giornate:', '2'],
        ],
        widths: [6.5, 10.5],
      },
    ],
  });

// 020 — "Label<tab>value" paragraphs, the needs as a list
const udineMail: ComuneMailOptions = {
  id: 'zoo-020-udine',
  from: 'relazioni.sindacali@comune.udine.it',
  subject: 'Modulo richiesta Capacity Lab - Comune di Udine',
  date: '2026-02-10T14:30:00+01:00',
  text: 'Buongiorno,\nallego il modulo di richiesta.\nCordialmente,\nU.O. Relazioni sindacali\n',
};

const udineOdt = () =>
  odtFile({
    title: 'Modulo richiesta Capacity Lab',
    creator: 'Stefano Zanutta',
    date: '2026-02-10T13:10:00',
    header: ['COMUNE DI UDINE', 'Servizio Risorse Umane'],
    blocks: [
      { h: 'Modulo di richiesta – Capacity Lab Cap4City', level: 1 },
      { p: 'Comune:\t\tUdine' },
      { p: 'Provincia:\t\tUD' },
      { p: 'Referente:\t\tStefano Zanutta' },
      { p: 'Ruolo:\t\t\tResponsabile U.O. Relazioni sindacali' },
      { p: 'E-mail:\t\t\ts.zanutta@comune.udine.it' },
      { p: 'Telefono:\t\t0432 1272580' },
      { p: 'Laboratorio:\t\tPO-5' },
      { p: 'Fabbisogni e obiettivi:', style: 'bold' },
      {
        list: [
          'preparare la parte pubblica della delegazione trattante al rinnovo del contratto integrativo;',
          'applicare correttamente il nuovo CCNL Funzioni Locali sul salario accessorio;',
          'gestire le relazioni sindacali con tempi certi.',
        ],
      },
      { p: 'Partecipanti:\t\t9' },
      { p: 'Giornate:\t\t2' },
    ],
  });

export const ODT_CASES: ZooCase[] = [
  {
    category: 'odt',
    name: 'matera',
    build: withAttachment(materaMail, 'Scheda_richiesta_Matera.odt', MIME.odt, materaOdt),
    expected: expectRequest(headerOf(materaMail), {
      comune: C.matera,
      contact: { name: 'Angela Di Lecce', role: 'Funzionaria tecnica – Ufficio PNRR', email: 'angela.dilecce@comune.matera.it', phone: '0835 241289' },
      labs: ['PC-4'],
      needs: MATERA_NEEDS,
      participants: 10,
      days: 3,
    }),
  },
  {
    category: 'odt',
    name: 'viterbo',
    build: withAttachment(viterboMail, 'Richiesta Capacity Lab Viterbo.odt', MIME.odt, viterboOdt),
    expected: expectRequest(headerOf(viterboMail), {
      comune: C.viterbo,
      contact: { name: 'Roberta Ciorba', role: 'Istruttore direttivo amministrativo', email: 'r.ciorba@comune.viterbo.it', phone: '0761 348412' },
      labs: ['PO-1'],
      needs: VITERBO_NEEDS,
      participants: 8,
      days: 2,
    }),
  },
  {
    category: 'odt',
    name: 'udine',
    build: withAttachment(udineMail, 'modulo_capacity_lab.odt', MIME.odt, udineOdt),
    expected: expectRequest(headerOf(udineMail), {
      comune: C.udine,
      contact: { name: 'Stefano Zanutta', role: 'Responsabile U.O. Relazioni sindacali', email: 's.zanutta@comune.udine.it', phone: '0432 1272580' },
      labs: ['PO-5'],
      participants: 9,
      days: 2,
    }),
  },
];
