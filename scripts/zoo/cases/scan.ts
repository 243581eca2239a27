import type { ComuneMailOptions } from '../../fixtures/comune-mail.ts';
import { ZOO_COMUNI as C } from '../comuni.ts';
import { expectRequest } from '../expect.ts';
import type { ZooRequest } from '../expect.ts';
import { headerOf, withAttachment } from '../mail.ts';
import { ScanPage, degrade, greyPng, imagePdf, jpeg } from '../scan.ts';
import { MIME } from '../zoo-case.ts';
import type { ZooCase } from '../zoo-case.ts';

/** The values typed on a printed form. */
interface Typed {
  comune: string;
  provincia: string;
  istat?: string;
  referente: string;
  ruolo: string;
  email: string;
  telefono: string;
  laboratorio: string;
  fabbisogni: string;
  partecipanti: string;
  giornate: string;
  luogoData: string;
}

function letterhead(page: ScanPage, lines: string[]): void {
  page.text(297.6, 58, lines[0] ?? '', 16, { bold: true, align: 'center' });
  lines.slice(1).forEach((line, i) => page.text(297.6, 76 + 13 * i, line, 10, { align: 'center' }));
  page.line(60, 84 + 13 * (lines.length - 1), 535, 84 + 13 * (lines.length - 1), { width: 0.8 });
}

/** Layout A: each field a box with its label small at the top-left and the value typed inside. */
function boxedForm(head: string[], title: string, t: Typed): ScanPage {
  const page = new ScanPage();
  letterhead(page, head);
  page.text(297.6, 140, title, 13, { bold: true, align: 'center' });
  let y = 165;
  const box = (label: string, value: string, x = 60, width = 475, height = 38) => {
    page.rect(x, y, width, height);
    page.text(x + 5, y + 10, label, 7, { bold: true, colour: '#333333' });
    page.wrapped(x + 8, y + 26, value, width - 16, 12, 15);
  };
  box('COMUNE RICHIEDENTE', t.comune);
  y += 46;
  box('PROVINCIA', t.provincia, 60, 150);
  if (t.istat) box('CODICE ISTAT', t.istat, 222, 150);
  y += 46;
  for (const [label, value] of [
    ['REFERENTE (NOME E COGNOME)', t.referente],
    ['RUOLO / QUALIFICA', t.ruolo],
    ['E-MAIL DEL REFERENTE', t.email],
    ['TELEFONO', t.telefono],
    ['LABORATORIO RICHIESTO', t.laboratorio],
  ] as const) {
    box(label, value);
    y += 46;
  }
  box('FABBISOGNI E OBIETTIVI', t.fabbisogni, 60, 475, 78);
  y += 86;
  box('NUMERO PARTECIPANTI', t.partecipanti, 60, 150);
  box('GIORNATE IN PRESENZA', t.giornate, 222, 150);
  y += 70;
  page.text(60, y, `Luogo e data: ${t.luogoData}`, 11);
  page.text(360, y, 'Firma', 10);
  page.scribble(360, y + 28, 140);
  return page;
}

/** Layout D: a grid of boxes, two to a row, labels small on top of each. */
function gridForm(head: string[], title: string, t: Typed): ScanPage {
  const page = new ScanPage();
  letterhead(page, head);
  page.text(297.6, 140, title, 13, { bold: true, align: 'center' });
  let y = 168;
  const box = (label: string, value: string, x: number, width: number, height = 40) => {
    page.text(x, y, label, 7.5, { bold: true, colour: '#333333' });
    page.rect(x, y + 4, width, height);
    page.wrapped(x + 7, y + 22, value, width - 14, 11.5, 15);
  };
  const rows: [string, string][][] = [
    [['COMUNE', t.comune], ['PROVINCIA', t.provincia]],
    [['REFERENTE', t.referente], ['QUALIFICA', t.ruolo]],
    [['E-MAIL', t.email], ['TELEFONO', t.telefono]],
  ];
  for (const [[l1, v1], [l2, v2]] of rows as [[string, string], [string, string]][]) {
    box(l1, v1, 60, 290);
    box(l2, v2, 362, 173);
    y += 58;
  }
  box('LABORATORIO RICHIESTO', t.laboratorio, 60, 475);
  y += 58;
  box('FABBISOGNI E OBIETTIVI', t.fabbisogni, 60, 475, 70);
  y += 88;
  box('PARTECIPANTI', t.partecipanti, 60, 140);
  box('GIORNATE', t.giornate, 212, 140);
  y += 80;
  page.text(60, y, t.luogoData, 11);
  page.scribble(360, y + 10, 140);
  return page;
}

/** Layout B: a ruled two-column table, labels left and values right. */
function tableForm(head: string[], title: string, t: Typed): ScanPage {
  const page = new ScanPage();
  letterhead(page, head);
  page.text(60, 138, title, 13, { bold: true });
  const rows: [string, string][] = [
    ['Comune', t.comune],
    ['Provincia', t.provincia],
    ['Referente', t.referente],
    ['Qualifica', t.ruolo],
    ['E-mail', t.email],
    ['Telefono', t.telefono],
    ['Laboratorio', t.laboratorio],
    ['Fabbisogni e obiettivi', t.fabbisogni],
    ['Partecipanti', t.partecipanti],
    ['Giornate', t.giornate],
  ];
  let y = 158;
  for (const [label, value] of rows) {
    const height = label.startsWith('Fabbisogni') ? 66 : 30;
    page.rect(60, y, 475, height);
    page.line(210, y, 210, y + height);
    page.text(66, y + 19, label, 11, { bold: true });
    page.wrapped(218, y + 19, value, 310, 11.5, 15);
    y += height;
  }
  page.text(60, y + 40, t.luogoData, 11);
  page.text(380, y + 40, 'Il Referente', 10);
  page.scribble(370, y + 70, 130);
  return page;
}

/** Layout C: a typed sheet where each value sits on a dotted line after its label. */
function dottedForm(head: string[], t: Typed): ScanPage {
  const page = new ScanPage();
  letterhead(page, head);
  page.text(297.6, 140, 'RICHIESTA DI ATTIVAZIONE DI UN CAPACITY LAB', 13, { bold: true, align: 'center' });
  let y = 190;
  const line = (label: string, value: string) => {
    page.text(60, y, label, 11);
    const start = 62 + page.ctx.measureText(label).width + 6;
    page.line(start, y + 3, 535, y + 3, { dotted: true });
    page.text(start + 6, y - 1, value, 12);
    y += 34;
  };
  line('Comune di', t.comune);
  line('Provincia', t.provincia);
  line('Referente (nome e cognome)', t.referente);
  line('Qualifica', t.ruolo);
  line('E-mail', t.email);
  line('Telefono', t.telefono);
  line('Laboratorio richiesto (codice e titolo)', t.laboratorio);
  page.text(60, y, 'Fabbisogni e obiettivi', 11);
  y += 22;
  for (let i = 0; i < 3; i += 1) page.line(60, y + 3 + 24 * i, 535, y + 3 + 24 * i, { dotted: true });
  page.wrapped(64, y, t.fabbisogni, 465, 12, 24);
  y += 84;
  line('Numero partecipanti', t.partecipanti);
  line('Giornate', t.giornate);
  page.text(60, y + 20, t.luogoData, 11);
  page.scribble(360, y + 40, 150);
  return page;
}

const expected = (mail: ComuneMailOptions, request: ZooRequest) => expectRequest(headerOf(mail), request);

// 046 — clean 300 dpi PNG of a boxed form
const caltagirone: Typed = {
  comune: 'Caltagirone',
  provincia: 'CT',
  istat: '087011',
  referente: 'Giuseppe Sinatra',
  ruolo: 'Responsabile Ufficio Gare e Contratti',
  email: 'g.sinatra@comune.caltagirone.ct.it',
  telefono: '0933 41234',
  laboratorio: 'PC-3 Procedure e affidamenti',
  fabbisogni: "Formare l'ufficio gare sulle procedure negoziate e sugli affidamenti diretti con il nuovo codice dei contratti pubblici.",
  partecipanti: '8',
  giornate: '2',
  luogoData: 'Caltagirone, 10/03/2026',
};
const caltagironeMail: ComuneMailOptions = {
  id: 'zoo-046-caltagirone',
  from: 'garecontratti@comune.caltagirone.ct.it',
  subject: 'Modulo Capacity Lab scansionato',
  date: '2026-03-10T10:20:00+01:00',
  text: 'Buongiorno,\nin allegato la scansione del modulo firmato.\nSaluti\nUfficio Gare e Contratti\n',
};

// 047 — noisy JPEG, rotated 1.3°
const isernia: Typed = {
  comune: 'Isernia',
  provincia: 'IS',
  referente: 'Antonio Cifelli',
  ruolo: 'Istruttore direttivo amministrativo',
  email: 'a.cifelli@comune.isernia.it',
  telefono: '0865 449312',
  laboratorio: 'Reclutamento (PO-2)',
  fabbisogni: 'Bandire i concorsi per 5 posti di istruttore e gestire le prove con il portale inPA.',
  partecipanti: '4',
  giornate: '1',
  luogoData: 'Isernia, 11 marzo 2026',
};
const iserniaMail: ComuneMailOptions = {
  id: 'zoo-047-isernia',
  from: 'scanner-piano1@comune.isernia.it',
  subject: 'Documento scansionato',
  date: '2026-03-11T09:02:00+01:00',
  text: 'Documento inviato dal dispositivo multifunzione.\nPagine: 1\nRisoluzione: 300 dpi\n',
};

// 048 — image-only PDF, two pages
const spoleto: Typed = {
  comune: 'Spoleto',
  provincia: 'PG',
  istat: '054051',
  referente: 'Elisa Pambianco',
  ruolo: 'Funzionaria Ufficio Programmazione',
  email: 'e.pambianco@comune.spoleto.pg.it',
  telefono: '0743 218345',
  laboratorio: 'PC-5 Monitoraggio e valutazione',
  fabbisogni: 'Costruire indicatori di risultato per i progetti del PNRR e della ricostruzione e monitorarli con continuità.',
  partecipanti: '6',
  giornate: '2',
  luogoData: 'Spoleto, 12/03/2026',
};
const spoletoMail: ComuneMailOptions = {
  id: 'zoo-048-spoleto',
  from: 'programmazione@comune.spoleto.pg.it',
  fromName: 'Ufficio Programmazione',
  subject: 'Richiesta Capacity Lab (scansione)',
  date: '2026-03-12T13:40:00+01:00',
  client: 'outlook',
  text: 'Buongiorno,\nsi trasmette la richiesta firmata in formato PDF.\nCordiali saluti\nUfficio Programmazione – Comune di Spoleto\n',
};

function spoletoPages(): ScanPage[] {
  const head = ['COMUNE DI SPOLETO', 'Provincia di Perugia – Ufficio Programmazione'];
  const first = new ScanPage();
  letterhead(first, head);
  first.text(60, 130, 'Prot. n. 11842 del 12/03/2026', 10);
  first.text(297.6, 170, 'Capacity Lab – Modulo di richiesta', 14, { bold: true, align: 'center' });
  let y = 215;
  const t = spoleto;
  const section = (title: string) => {
    first.text(60, y, title, 12, { bold: true });
    first.line(60, y + 5, 535, y + 5);
    y += 28;
  };
  const field = (label: string, value: string) => {
    first.text(60, y, label, 11, { bold: true });
    first.text(230, y, value, 11.5);
    y += 24;
  };
  section('1. Ente richiedente');
  field('Comune', t.comune);
  field('Provincia', t.provincia);
  field('Codice ISTAT', t.istat ?? '');
  y += 8;
  section('2. Referente');
  field('Nome e cognome', t.referente);
  field('Ruolo', t.ruolo);
  field('E-mail', t.email);
  field('Telefono', t.telefono);
  y += 8;
  section('3. Laboratorio');
  field('Laboratorio richiesto', t.laboratorio);
  first.text(520, 800, 'Pag. 1 di 2', 9, { align: 'right' });
  const second = new ScanPage();
  letterhead(second, head);
  y = 150;
  second.text(60, y, '4. Fabbisogni e obiettivi', 12, { bold: true });
  second.line(60, y + 5, 535, y + 5);
  y = second.wrapped(60, y + 30, t.fabbisogni, 470, 11.5, 16) + 14;
  second.text(60, y, '5. Organizzazione', 12, { bold: true });
  second.line(60, y + 5, 535, y + 5);
  second.text(60, y + 30, 'Numero partecipanti', 11, { bold: true });
  second.text(230, y + 30, t.partecipanti, 11.5);
  second.text(60, y + 54, 'Giornate in presenza', 11, { bold: true });
  second.text(230, y + 54, t.giornate, 11.5);
  second.text(60, y + 110, t.luogoData, 11);
  second.text(360, y + 110, 'Il Responsabile', 10);
  second.scribble(360, y + 140, 140);
  second.text(520, 800, 'Pag. 2 di 2', 9, { align: 'right' });
  return [first, second];
}

// 049 — dotted lines, JPEG rotated -0.7°
const castellammare: Typed = {
  comune: 'Castellammare di Stabia',
  provincia: 'NA',
  referente: 'Luisa Cascone',
  ruolo: 'Responsabile Servizio Personale',
  email: 'l.cascone@comune.castellammare-di-stabia.napoli.it',
  telefono: '081 3900412',
  laboratorio: 'PO-4 PIAO e programmazione delle assunzioni',
  fabbisogni: 'Aggiornare il PIAO e il piano triennale dei fabbisogni di personale dopo la riorganizzazione dei settori.',
  partecipanti: '7',
  giornate: '2',
  luogoData: 'Castellammare di Stabia, 13/03/2026',
};
const castellammareMail: ComuneMailOptions = {
  id: 'zoo-049-castellammare',
  from: 'personale@comune.castellammare-di-stabia.napoli.it',
  fromName: 'Servizio Personale',
  subject: 'Cap4City modulo firmato',
  date: '2026-03-13T11:11:00+01:00',
  text: 'Si allega il modulo firmato e scansionato.\nServizio Personale\n',
};

// 050 — a grid of boxes, PNG with light noise
const trento: Typed = {
  comune: 'Trento',
  provincia: 'TN',
  istat: '022205',
  referente: 'Giorgia Dallapiccola',
  ruolo: 'Funzionaria Ufficio Stampa',
  email: 'giorgia.dallapiccola@comune.trento.it',
  telefono: '0461 884512',
  laboratorio: 'Comunicazione e valorizzazione dei progetti finanziati',
  fabbisogni: 'Valorizzare i progetti finanziati dal PNRR sulla mobilità urbana con una campagna di comunicazione ai cittadini.',
  partecipanti: '5',
  giornate: '1',
  luogoData: 'Trento, 16 marzo 2026',
};
const trentoMail: ComuneMailOptions = {
  id: 'zoo-050-trento',
  from: 'ufficio.stampa@comune.trento.it',
  fromName: 'Ufficio Stampa Comune di Trento',
  subject: 'Richiesta Capacity Lab - modulo scansionato',
  date: '2026-03-16T15:05:00+01:00',
  text: 'Buongiorno,\nvi inoltriamo il modulo firmato (scansione).\nCordiali saluti\n',
};

export const SCAN_CASES: ZooCase[] = [
  {
    category: 'scan',
    name: 'caltagirone-clean-png',
    build: withAttachment(caltagironeMail, 'scansione_modulo.png', MIME.png, async () =>
      greyPng(boxedForm(['COMUNE DI CALTAGIRONE', 'Città Metropolitana di Catania'], 'MODULO DI RICHIESTA CAPACITY LAB', caltagirone).canvas),
    ),
    expected: expected(caltagironeMail, {
      comune: C.caltagirone,
      contact: { name: caltagirone.referente, email: caltagirone.email, phone: caltagirone.telefono },
      labs: ['PC-3'],
      participants: 8,
      days: 2,
    }),
  },
  {
    category: 'scan',
    name: 'isernia-noisy-rotated-jpeg',
    build: withAttachment(iserniaMail, 'SCAN_20260311_090144.jpg', MIME.jpeg, async () =>
      jpeg(degrade(tableForm(['COMUNE DI ISERNIA', 'Settore I – Affari Generali e Personale'], 'Richiesta Capacity Lab – Cap4City', isernia).canvas, { degrees: 1.3, noise: 22, specks: 0.0009, seed: 47 }), 55),
    ),
    expected: expected(iserniaMail, {
      comune: C.isernia,
      contact: { name: isernia.referente, email: isernia.email, phone: isernia.telefono },
      labs: ['PO-2'],
      participants: 4,
      days: 1,
    }),
  },
  {
    category: 'scan',
    name: 'spoleto-image-pdf',
    build: withAttachment(spoletoMail, 'Richiesta_CapacityLab_firmata.pdf', MIME.pdf, async () =>
      imagePdf(
        spoletoPages().map((page, i) => degrade(page.canvas, { degrees: i === 0 ? 0.4 : -0.3, noise: 10, specks: 0.0003, seed: 48 + i })),
        'RICOH IM C3000',
        '2026-03-12T12:30:00Z',
      ),
    ),
    expected: expected(spoletoMail, {
      comune: C.spoleto,
      contact: { name: spoleto.referente, email: spoleto.email, phone: spoleto.telefono },
      labs: ['PC-5'],
      participants: 6,
      days: 2,
    }),
  },
  {
    category: 'scan',
    name: 'castellammare-di-stabia-dotted-jpeg',
    build: withAttachment(castellammareMail, 'modulo firmato.jpg', MIME.jpeg, async () =>
      jpeg(
        degrade(dottedForm(['CITTÀ DI CASTELLAMMARE DI STABIA', 'Città Metropolitana di Napoli – Servizio Personale'], castellammare).canvas, {
          degrees: -0.7,
          noise: 14,
          specks: 0.0005,
          seed: 49,
        }),
        65,
      ),
    ),
    expected: expected(castellammareMail, {
      comune: C.castellammare,
      contact: { name: castellammare.referente, email: castellammare.email, phone: castellammare.telefono },
      labs: ['PO-4'],
      participants: 7,
      days: 2,
    }),
  },
  {
    category: 'scan',
    name: 'trento-grid-png',
    build: withAttachment(trentoMail, 'modulo_cap4city_trento.png', MIME.png, async () =>
      greyPng(degrade(gridForm(['COMUNE DI TRENTO', 'Servizio Comunicazione – Ufficio Stampa'], 'CAP4CITY – RICHIESTA DI CAPACITY LAB', trento).canvas, { degrees: 0.3, noise: 0, specks: 0.0003, seed: 50 })),
    ),
    expected: expected(trentoMail, {
      comune: C.trento,
      contact: { name: trento.referente, email: trento.email, phone: trento.telefono },
      labs: ['PC-6'],
      participants: 5,
      days: 1,
    }),
  },
];
