// Template variants: the official form re-typed by a clerk, every label in the office's own words.
import { expectRequest } from '../../zoo/expect.ts';
import { headerOf, withAttachment } from '../../zoo/mail.ts';
import type { ComuneMailOptions } from '../../fixtures/comune-mail.ts';
import { odtFile } from '../../zoo/odt.ts';
import { MIME } from '../../zoo/zoo-case.ts';
import { ZOO2_COMUNI as Z } from '../comuni.ts';
import { docxFile, p, r, t, tabbed } from '../word2.ts';
import type { C } from '../word2.ts';
import type { Zoo2Case } from '../zoo2-case.ts';

const category = 'template-variant' as const;

// 001 — Novara: name and surname in two rows, "2ª opzione" left empty, a title block full of field words.
const novaraNeeds =
  "Ridurre le dimissioni volontarie dei funzionari tecnici nei primi tre anni dall'assunzione e costruire un piano di sviluppo delle competenze.";
const novaraMail: ComuneMailOptions = {
  id: 'zoo2-001-novara',
  from: 'segreteria.generale@comune.novara.it',
  fromName: 'Segreteria Generale - Comune di Novara',
  subject: 'Richiesta Capacity Lab - Comune di Novara',
  date: '2026-01-19T10:14:00+01:00',
  client: 'outlook',
  text:
    'Buongiorno,\n\nsi trasmette in allegato la scheda di richiesta per il Capacity Lab compilata dal Servizio Risorse Umane.\n\n' +
    'Cordiali saluti\n\nSegreteria Generale\nComune di Novara\nVia F.lli Rosselli, 1 - 28100 Novara\n',
};
const novara = (): Promise<Buffer> =>
  docxFile({
    creator: 'gferraris',
    date: '2026-01-16T15:02:00Z',
    header: ['CITTÀ DI NOVARA', 'Servizio Risorse Umane e Organizzazione'],
    footer: ['Via F.lli Rosselli, 1 – 28100 Novara – centralino 0321 3701'],
    children: [
      p('SCHEDA DI RICHIESTA – LABORATORIO CAPACITY LAB', { bold: true, align: 'center', size: 28, after: 40 }),
      p("DATI DELL'ENTE, DEL REFERENTE E DEL FABBISOGNO FORMATIVO", { bold: true, align: 'center', after: 40 }),
      p('(programma Cap4City – ANCI)', { italic: true, align: 'center', after: 240 }),
      t([
        [{ text: 'Denominazione Ente', bold: true, width: 40 }, { text: 'Comune di Novara', width: 60 }],
        [{ text: 'Provincia', bold: true }, 'NO'],
        [{ text: 'Dati del referente – Nome', bold: true }, 'Giulia'],
        [{ text: 'Dati del referente – Cognome', bold: true }, 'Ferraris'],
        [{ text: 'Qualifica', bold: true }, 'Funzionario amministrativo'],
        [{ text: 'Indirizzo mail', bold: true }, 'giulia.ferraris@comune.novara.it'],
        [{ text: 'Numero telefonico', bold: true }, '0321 3702 418'],
        [{ text: "Laboratorio d'interesse – 1ª opzione", bold: true }, 'PO-3 Valorizzazione e retention del personale'],
        [{ text: "Laboratorio d'interesse – 2ª opzione", bold: true }, ''],
        [{ text: 'Descrizione del fabbisogno formativo', bold: true }, novaraNeeds],
        [{ text: 'N. partecipanti stimati', bold: true }, '25'],
        [{ text: 'Giorni in presenza', bold: true }, '2'],
        [{ text: 'Periodo indicativo', bold: true }, 'aprile – maggio 2026'],
      ]),
      p(''),
      p('Novara, 16 gennaio 2026', { after: 60 }),
      p('Il Dirigente del Servizio Risorse Umane', { align: 'right', after: 0 }),
      p('(firmato digitalmente)', { align: 'right', italic: true }),
    ],
  });

// 002 — Forlì: an italic instruction under every label, both options by code only.
const forliNeeds =
  "Rafforzare la rendicontazione della spesa dei progetti PNRR della Missione 5 e l'allineamento dei dati inseriti nel sistema ReGiS.";
const label = (text: string, hint: string): C => ({ lines: [{ text, bold: true }, { text: hint, italic: true, size: 17, color: '595959' }], width: 42 });
const forliMail: ComuneMailOptions = {
  id: 'zoo2-002-forli',
  from: 'stefano.casadei@comune.forli.fc.it',
  fromName: 'Casadei Stefano',
  subject: 'Capacity Lab: invio modulo Comune di Forlì',
  date: '2026-01-20T12:41:00+01:00',
  text: 'Buongiorno,\nin allegato il modulo compilato per la richiesta dei laboratori.\nResto a disposizione.\n\nStefano Casadei\n',
};
const forli = (): Promise<Buffer> =>
  docxFile({
    creator: 'Stefano Casadei',
    date: '2026-01-20T11:30:00Z',
    header: ['COMUNE DI FORLÌ', 'Servizio Politiche europee, PNRR e Fondi strutturali'],
    children: [
      p('MODULO DI RICHIESTA LABORATORIO – CAPACITY LAB CAP4CITY', { bold: true, align: 'center', size: 26, after: 60 }),
      p('Ente richiedente • Referente • Laboratorio • Fabbisogni', { align: 'center', after: 60 }),
      p('Compilare tutti i campi obbligatori e restituire il modulo via e-mail.', { italic: true, align: 'center', size: 18, after: 200 }),
      t([
        [label('Ente richiedente', "(denominazione completa dell'amministrazione)"), { text: 'Comune di Forlì', width: 58 }],
        [label('Referente', '(nome e cognome della persona da contattare)'), 'Stefano Casadei'],
        [label('Ruolo', '(qualifica e servizio di appartenenza)'), 'Responsabile Servizio Politiche europee'],
        [label('Indirizzo mail', '(indirizzo nominativo, non PEC)'), 'stefano.casadei@comune.forli.fc.it'],
        [label('Numero telefonico', '(fisso o cellulare)'), '0543 712 605'],
        [label("Laboratorio d'interesse – 1ª opzione", '(indicare il codice del laboratorio dal catalogo)'), 'PC-2'],
        [label("Laboratorio d'interesse – 2ª opzione", '(facoltativa; indicare il codice del laboratorio)'), 'PC-5'],
        [label('Descrizione del fabbisogno formativo', '(max 500 caratteri)'), forliNeeds],
        [label('N. partecipanti stimati', '(numero indicativo)'), '12'],
        [label('Giorni in presenza', '(da 1 a 3)'), '3'],
      ]),
    ],
  });

// 003 — Città di Castello: each label a paragraph, the value in a one-cell box under it; lab by title.
const castelloNeeds = 'Organizzare il cronoprogramma dei cantieri finanziati e coordinare i RUP dei diversi servizi.';
const box = (labelText: string, value: string) => [p(labelText, { bold: true, after: 40 }), t([[{ text: value }]]), p('', { after: 80 })];
const castelloMail: ComuneMailOptions = {
  id: 'zoo2-003-citta-di-castello',
  from: 'lavoripubblici@comune.cittadicastello.pg.it',
  fromName: 'Ufficio Lavori Pubblici',
  subject: 'Cap4City - richiesta di partecipazione ai Capacity Lab',
  date: '2026-01-21T09:05:00+01:00',
  client: 'outlook',
  text: 'Buongiorno,\nsi allega la scheda di richiesta.\nDistinti saluti\n\nUfficio Lavori Pubblici\nComune di Città di Castello\n',
};
const castello = (): Promise<Buffer> =>
  docxFile({
    creator: 'Ufficio LLPP',
    date: '2026-01-20T16:10:00Z',
    header: ['COMUNE DI CITTÀ DI CASTELLO', 'Provincia di Perugia – Settore Lavori Pubblici'],
    children: [
      p('RICHIESTA DI PARTECIPAZIONE AI CAPACITY LAB', { bold: true, align: 'center', size: 26, after: 40 }),
      p('Scheda Ente – Referente – Laboratorio', { align: 'center', after: 240 }),
      ...box('Denominazione Ente', 'Comune di Città di Castello'),
      ...box('Provincia', 'Perugia'),
      ...box('Referente (nome e cognome)', 'Lucia Bartolini'),
      ...box('Ufficio / ruolo', 'Ufficio Lavori pubblici – Istruttore direttivo tecnico'),
      ...box('Indirizzo mail', 'l.bartolini@comune.cittadicastello.pg.it'),
      ...box('Numero telefonico', '075 852 9321'),
      ...box("Laboratorio d'interesse", 'Project management'),
      ...box('Descrizione del fabbisogno formativo', castelloNeeds),
      ...box('Partecipanti previsti', '8'),
      ...box('Giornate in presenza', '2'),
    ],
  });

// 004 — Cava de' Tirreni: "Voce / Dato / Note", Word's typographic apostrophe in the Comune's name.
const cavaNeeds = 'Costruire un portafoglio di idee progettuali pronte per i bandi FESR 2021-2027.';
const cavaMail: ComuneMailOptions = {
  id: 'zoo2-004-cava',
  from: 'programmazione@comune.cavadetirreni.sa.it',
  fromName: 'Settore Programmazione',
  subject: 'Richiesta laboratorio Cap4City',
  date: '2026-01-21T13:22:00+01:00',
  text: 'Gentili,\nsi invia in allegato la richiesta del Comune.\nCordialità\n\nSettore Programmazione e Fondi europei\n',
};
const cava = (): Promise<Buffer> =>
  docxFile({
    creator: 'Programmazione',
    date: '2026-01-21T10:00:00Z',
    header: ['CITTÀ DI CAVA DE’ TIRRENI', 'Provincia di Salerno'],
    children: [
      p('Capacity Lab – scheda dati del Comune richiedente', { bold: true, align: 'center', size: 26, after: 240 }),
      t([
        [{ text: 'Voce', bold: true, fill: 'E7E6E6', width: 30 }, { text: 'Dato', bold: true, fill: 'E7E6E6', width: 45 }, { text: 'Note', bold: true, fill: 'E7E6E6', width: 25 }],
        [{ text: 'Ente', bold: true }, 'Comune di Cava de’ Tirreni', ''],
        [{ text: 'Codice ISTAT', bold: true }, '065037', { lines: [{ text: 'facoltativo', italic: true }] }],
        [{ text: 'Referente', bold: true }, 'Antonio Senatore', 'Dirigente Settore Programmazione'],
        [{ text: 'Mail referente', bold: true }, 'a.senatore@comune.cavadetirreni.sa.it', ''],
        [{ text: 'Telefono', bold: true }, '089 682 301', 'ore 9-13'],
        [{ text: 'Percorso di interesse', bold: true }, 'PC-1', 'vedi catalogo allegato alla circolare'],
        [{ text: 'Esigenze', bold: true }, cavaNeeds, ''],
        [{ text: 'Partecipanti', bold: true }, '10', 'dirigenti e funzionari'],
        [{ text: 'Giornate', bold: true }, '2', ''],
      ]),
    ],
  });

// 005 — Pré-Saint-Didier: tab-aligned "Label:<tab>value" paragraphs under a bilingual heading.
const preNeeds = "Organizzare in forma associata con l'Unité des Communes Valdigne-Mont-Blanc i servizi tecnici e la gestione del personale.";
const preMail: ComuneMailOptions = {
  id: 'zoo2-005-pre-saint-didier',
  from: 'info@comune.pre-saint-didier.ao.it',
  fromName: 'Commune de Pré-Saint-Didier',
  subject: 'Capacity Lab - scheda di richiesta',
  date: '2026-01-22T08:48:00+01:00',
  text: 'Bonjour / Buongiorno,\nin allegato la scheda del Comune.\nCordiali saluti\nUfficio Segreteria\n',
};
const pre = (): Promise<Buffer> =>
  docxFile({
    creator: 'Segreteria',
    date: '2026-01-21T17:20:00Z',
    header: ['COMMUNE DE PRÉ-SAINT-DIDIER – COMUNE DI PRÉ-SAINT-DIDIER', "Région Autonome Vallée d'Aoste – Regione Autonoma Valle d'Aosta"],
    children: [
      p('Capacity Lab – scheda di richiesta (Ente, Referente, Laboratorio, Fabbisogni)', { bold: true, align: 'center', size: 24, after: 300 }),
      tabbed('Denominazione Ente:', 'Comune di Pré-Saint-Didier'),
      tabbed('Referente – nome e cognome:', 'Chantal Perrin'),
      tabbed('Qualifica:', 'Segretario comunale'),
      tabbed('Indirizzo mail:', 'segretario@comune.pre-saint-didier.ao.it'),
      tabbed('Numero telefonico:', '0165 87 218'),
      tabbed("Laboratorio d'interesse:", 'PO-6 – Gestione associata di funzioni e servizi'),
      tabbed('Fabbisogno formativo:', preNeeds),
      tabbed('N. partecipanti stimati:', '6'),
      tabbed('Giorni in presenza:', '1'),
      p(''),
      p([r('Pré-Saint-Didier, 21/01/2026')]),
    ],
  });

// 006 — Canicattì: LibreOffice table in capitals.
const canicattiNeeds = 'Preparare i bandi di concorso per i 14 posti da coprire nel 2026 e gestire le commissioni esaminatrici.';
const canicattiMail: ComuneMailOptions = {
  id: 'zoo2-006-canicatti',
  from: 'personale@comune.canicatti.ag.it',
  subject: 'RICHIESTA LABORATORIO CAPACITY LAB',
  date: '2026-01-22T11:30:00+01:00',
  text: 'Si trasmette la scheda in allegato.\n\nUfficio Personale\nComune di Canicattì\n',
};
const canicatti = (): Promise<Buffer> =>
  odtFile({
    title: 'Scheda richiesta laboratorio',
    creator: 'Ufficio Personale',
    date: '2026-01-22T09:15:00',
    header: ['COMUNE DI CANICATTÌ', 'Libero Consorzio Comunale di Agrigento – Ufficio Personale'],
    blocks: [
      { p: 'SCHEDA RICHIESTA LABORATORIO CAPACITY LAB', style: 'title' },
      { p: '' },
      {
        table: [
          [{ text: 'ENTE', bold: true }, 'COMUNE DI CANICATTÌ'],
          [{ text: 'REFERENTE (NOME E COGNOME)', bold: true }, 'Calogero Lo Giudice'],
          [{ text: 'QUALIFICA', bold: true }, 'Responsabile Ufficio Personale'],
          [{ text: 'RECAPITO MAIL', bold: true }, 'c.logiudice@comune.canicatti.ag.it'],
          [{ text: 'TEL.', bold: true }, '0922 734 215'],
          [{ text: 'LABORATORIO SCELTO', bold: true }, 'Reclutamento'],
          [{ text: 'ESIGENZE', bold: true }, canicattiNeeds],
          [{ text: 'N. PARTECIPANTI', bold: true }, '9'],
          [{ text: 'GIORNATE', bold: true }, '2'],
        ],
        widths: [6, 11],
      },
    ],
  });

export const TEMPLATE_VARIANT_CASES: Zoo2Case[] = [
  {
    category,
    name: 'novara-nome-cognome',
    build: withAttachment(novaraMail, 'Scheda_richiesta_CapacityLab_Novara.docx', MIME.docx, novara),
    expected: expectRequest(headerOf(novaraMail), {
      comune: Z.novara,
      contact: { name: 'Giulia Ferraris', role: 'Funzionario amministrativo', email: 'giulia.ferraris@comune.novara.it', phone: '0321 3702 418' },
      labs: ['PO-3'],
      needs: novaraNeeds,
      participants: 25,
      days: 2,
    }),
  },
  {
    category,
    name: 'forli-istruzioni-corsivo',
    build: withAttachment(forliMail, 'modulo_capacity_lab_forli.docx', MIME.docx, forli),
    expected: expectRequest(headerOf(forliMail), {
      comune: Z.forli,
      contact: { name: 'Stefano Casadei', role: 'Responsabile Servizio Politiche europee', email: 'stefano.casadei@comune.forli.fc.it', phone: '0543 712 605' },
      labs: ['PC-2', 'PC-5'],
      needs: forliNeeds,
      participants: 12,
      days: 3,
    }),
  },
  {
    category,
    name: 'citta-di-castello-riquadri',
    build: withAttachment(castelloMail, 'Scheda richiesta Capacity Lab.docx', MIME.docx, castello),
    expected: expectRequest(headerOf(castelloMail), {
      comune: Z.cittaDiCastello,
      contact: { name: 'Lucia Bartolini', email: 'l.bartolini@comune.cittadicastello.pg.it', phone: '075 852 9321' },
      labs: ['PC-4'],
      needs: castelloNeeds,
      participants: 8,
      days: 2,
    }),
  },
  {
    category,
    name: 'cava-voce-dato-note',
    build: withAttachment(cavaMail, 'CapacityLab_Cava.docx', MIME.docx, cava),
    expected: expectRequest(headerOf(cavaMail), {
      comune: Z.cava,
      contact: { name: 'Antonio Senatore', email: 'a.senatore@comune.cavadetirreni.sa.it', phone: '089 682 301' },
      labs: ['PC-1'],
      needs: cavaNeeds,
      participants: 10,
      days: 2,
    }),
  },
  {
    category,
    name: 'pre-saint-didier-tabulazioni',
    build: withAttachment(preMail, 'Scheda_CapacityLab_PreSaintDidier.docx', MIME.docx, pre),
    expected: expectRequest(headerOf(preMail), {
      comune: Z.preSaintDidier,
      contact: { name: 'Chantal Perrin', role: 'Segretario comunale', email: 'segretario@comune.pre-saint-didier.ao.it', phone: '0165 87 218' },
      labs: ['PO-6'],
      needs: preNeeds,
      participants: 6,
      days: 1,
    }),
  },
  {
    category,
    name: 'canicatti-maiuscole-odt',
    build: withAttachment(canicattiMail, 'scheda_capacity_lab.odt', MIME.odt, canicatti),
    expected: expectRequest(headerOf(canicattiMail), {
      comune: Z.canicatti,
      contact: { name: 'Calogero Lo Giudice', role: 'Responsabile Ufficio Personale', email: 'c.logiudice@comune.canicatti.ag.it', phone: '0922 734 215' },
      labs: ['PO-2'],
      needs: canicattiNeeds,
      participants: 9,
      days: 2,
    }),
  },
];
