// Word power users: a table per section, merged headers, 4-cell rows, catalogues inside cells, nested tables.
import { expectRequest } from '../../zoo/expect.ts';
import { headerOf, withAttachment } from '../../zoo/mail.ts';
import type { ComuneMailOptions } from '../../fixtures/comune-mail.ts';
import { MIME } from '../../zoo/zoo-case.ts';
import { ZOO2_COMUNI as Z } from '../comuni.ts';
import { docxFile, head, p, r, t } from '../word2.ts';
import type { C, Line } from '../word2.ts';
import type { Zoo2Case } from '../zoo2-case.ts';

const category = 'docx-nested' as const;

const CATALOGUE: [string, string][] = [
  ['PO-1', 'Attrattività del lavoro pubblico'],
  ['PO-2', 'Reclutamento'],
  ['PO-3', 'Valorizzazione e retention del personale'],
  ['PO-4', 'PIAO e programmazione delle assunzioni'],
  ['PO-5', 'Contrattazione'],
  ['PO-6', 'Gestione associata di funzioni e servizi'],
  ['PC-1', 'Costruzione del parco progetti'],
  ['PC-2', 'Gestione finanziaria'],
  ['PC-3', 'Procedure e affidamenti'],
  ['PC-4', 'Project management'],
  ['PC-5', 'Monitoraggio e valutazione'],
  ['PC-6', 'Comunicazione e valorizzazione dei progetti finanziati'],
];
const AREA_PO = 'Area Personale e organizzazione';
const AREA_PC = 'Area Progetti e politiche di coesione';

const L = (text: string, width?: number): C => ({ text, bold: true, fill: 'F2F2F2', width });

// 012 — Nardò: one table per section, merged header rows, label | value | label | value.
const nardoNeeds = 'Preparare la delegazione di parte pubblica alla contrattazione integrativa 2026 e al riparto del fondo risorse decentrate.';
const nardoMail: ComuneMailOptions = {
  id: 'zoo2-012-nardo',
  from: 'personale@comune.nardo.le.it',
  fromName: 'Servizio Personale - Comune di Nardò',
  subject: 'Richiesta attivazione Capacity Lab',
  date: '2026-01-27T09:54:00+01:00',
  client: 'outlook',
  text: 'Buongiorno,\nsi trasmette in allegato il modulo di richiesta.\nCordiali saluti\nServizio Personale\n',
};
const nardo = (): Promise<Buffer> =>
  docxFile({
    creator: 'Servizio Personale',
    date: '2026-01-26T12:00:00Z',
    header: ['CITTÀ DI NARDÒ', 'Provincia di Lecce'],
    children: [
      p('Capacity Lab – Modulo di richiesta', { bold: true, align: 'center', size: 28, after: 200 }),
      t([
        head('SEZIONE 1 – ENTE RICHIEDENTE', 4),
        [L('Comune', 22), { text: 'Nardò', width: 28 }, L('Provincia', 22), { text: 'LE', width: 28 }],
        [L('Codice ISTAT'), '075052', L('PEC'), 'protocollo@pec.comune.nardo.le.it'],
        [L('Forma di partecipazione'), { text: 'Singolo Comune', span: 3 }],
      ]),
      p(''),
      t([
        head('SEZIONE 2 – REFERENTE', 4),
        [L('Nome e cognome', 22), { text: 'Rossella Manieri', width: 28 }, L('Ruolo', 22), { text: 'Responsabile Servizio Personale', width: 28 }],
        [L('Telefono'), '0833 838 214', L('E-mail'), 'r.manieri@comune.nardo.le.it'],
      ]),
      p(''),
      t([
        head('SEZIONE 3 – LABORATORIO', 4),
        [L('Laboratorio richiesto', 22), { text: 'PO-5 – Contrattazione', span: 3, width: 78 }],
        [L('Fabbisogni e obiettivi'), { text: nardoNeeds, span: 3 }],
      ]),
      p(''),
      t([
        head('SEZIONE 4 – ORGANIZZAZIONE', 4),
        [L('Partecipanti', 22), { text: '16', width: 28 }, L('Giornate in presenza', 22), { text: '2', width: 28 }],
        [L('Periodo'), 'marzo 2026', L('Sede'), 'Sala Giunta, Piazza Cesare Battisti'],
      ]),
    ],
  });

// 013 — Sesto San Giovanni: the catalogue inside one cell, ☐/☒ before each code and title.
const sestoNeeds = 'Dare ai responsabili dei progetti PNRR un metodo comune per pianificare attività, rischi e scadenze.';
const ticked = (chosen: string, boxFirst: boolean, withCodes: boolean): Line[] => [
  { text: AREA_PO, bold: true },
  ...CATALOGUE.slice(0, 6).map(([code, title]) => tick(code, title, code === chosen, boxFirst, withCodes)),
  { text: AREA_PC, bold: true },
  ...CATALOGUE.slice(6).map(([code, title]) => tick(code, title, code === chosen, boxFirst, withCodes)),
];
function tick(code: string, title: string, chosen: boolean, boxFirst: boolean, withCodes: boolean): Line {
  const box = r(chosen ? '☒' : '☐');
  const name = withCodes ? `${code} ${title}` : title;
  return boxFirst ? [box, r(` ${name}`, { size: 20 })] : [r(`${name} `, { size: 20 }), box];
}
const sestoMail: ComuneMailOptions = {
  id: 'zoo2-013-sesto',
  from: 'pnrr@comune.sestosg.mi.it',
  fromName: 'Ufficio PNRR',
  subject: 'Sesto San Giovanni - modulo Capacity Lab',
  date: '2026-01-27T14:26:00+01:00',
  client: 'outlook',
  text: 'Buongiorno,\nalleghiamo il modulo compilato.\nCordiali saluti\nUfficio PNRR - Comune di Sesto San Giovanni\n',
};
const sesto = (): Promise<Buffer> =>
  docxFile({
    creator: 'Ufficio PNRR',
    date: '2026-01-27T10:00:00Z',
    header: ['CITTÀ DI SESTO SAN GIOVANNI', 'Città Metropolitana di Milano – Medaglia d’oro al valor militare'],
    children: [
      p('Richiesta di attivazione di un Capacity Lab', { bold: true, align: 'center', size: 28, after: 200 }),
      t([
        head('Dati del Comune e del referente', 2),
        [L('Comune richiedente', 38), { text: 'Sesto San Giovanni', width: 62 }],
        [L('Provincia (sigla)'), 'MI'],
        [L('Referente: nome e cognome'), 'Paolo Brivio'],
        [L('Ruolo / qualifica'), 'Responsabile Ufficio PNRR'],
        [L('E-mail del referente'), 'p.brivio@comune.sestosg.mi.it'],
        [L('Telefono'), '02 2496 321'],
        head('Laboratorio', 2),
        [{ lines: [{ text: 'Laboratorio richiesto', bold: true }, { text: '(barrare una sola casella)', italic: true, size: 17 }], fill: 'F2F2F2' }, { lines: ticked('PC-4', true, true) }],
        [L('Fabbisogni e obiettivi'), sestoNeeds],
        head('Organizzazione', 2),
        [L('Numero indicativo di partecipanti'), '15'],
        [L('Numero di giornate in presenza'), '2'],
      ]),
    ],
  });

// 014 — Castelfranco Veneto: the chosen title only bold and underlined in the list (not asserted).
const castelfrancoNeeds = 'Trattenere i giovani tecnici assunti negli ultimi due anni e costruire percorsi di crescita interni.';
const castelfrancoMail: ComuneMailOptions = {
  id: 'zoo2-014-castelfranco',
  from: 'segreteria@comune.castelfranco-veneto.tv.it',
  fromName: 'Segreteria Generale',
  subject: 'Capacity Lab - richiesta',
  date: '2026-01-28T10:40:00+01:00',
  text: 'Buongiorno,\ninviamo la nostra richiesta; il laboratorio scelto è evidenziato nel modulo.\nCordiali saluti\nSegreteria Generale\n',
};
const castelfranco = (): Promise<Buffer> =>
  docxFile({
    creator: 'Segreteria',
    date: '2026-01-28T08:00:00Z',
    header: ['CITTÀ DI CASTELFRANCO VENETO', 'Provincia di Treviso'],
    children: [
      p('Capacity Lab – modulo di adesione', { bold: true, align: 'center', size: 28, after: 200 }),
      t([
        head('ENTE E REFERENTE', 2),
        [L('Comune', 38), { text: 'Castelfranco Veneto', width: 62 }],
        [L('Referente'), 'Silvia Zanatta'],
        [L('E-mail'), 'silvia.zanatta@comune.castelfranco-veneto.tv.it'],
        [L('Telefono'), '0423 735 612'],
        head('LABORATORIO', 2),
        [
          { lines: [{ text: 'Laboratorio di interesse', bold: true }, { text: '(evidenziare in grassetto)', italic: true, size: 17 }], fill: 'F2F2F2' },
          {
            lines: CATALOGUE.slice(0, 6).map(([code, title]): Line =>
              code === 'PO-3' ? { text: `${code} ${title}`, bold: true, underline: true } : `${code} ${title}`,
            ),
          },
        ],
        [L('Fabbisogni'), castelfrancoNeeds],
        [L('Partecipanti'), '10'],
        [L('Giornate'), '2'],
      ]),
    ],
  });

// 015 — Gorizia: a nested catalogue table (Codice | Laboratorio | Scelta) inside the outer table's cell.
const goriziaNeeds = 'Tenere sotto controllo i flussi di cassa dei progetti transfrontalieri e la rendicontazione verso i diversi programmi.';
const goriziaMail: ComuneMailOptions = {
  id: 'zoo2-015-gorizia',
  from: 'progetti.europei@comune.gorizia.it',
  fromName: 'Progetti europei - Comune di Gorizia',
  subject: 'Capacity Lab: richiesta del Comune di Gorizia',
  date: '2026-01-28T11:58:00+01:00',
  text: 'Buongiorno,\nin allegato la scheda.\nCordiali saluti\nUfficio Progetti europei\n',
};
const gorizia = (): Promise<Buffer> =>
  docxFile({
    creator: 'Progetti europei',
    date: '2026-01-28T09:20:00Z',
    header: ['COMUNE DI GORIZIA – OBČINA GORICA', 'Ufficio Progetti europei e GECT GO'],
    children: [
      p('Scheda di richiesta Capacity Lab', { bold: true, align: 'center', size: 28, after: 200 }),
      t([
        [L('Comune', 30), { text: 'Gorizia', width: 70 }],
        [L('Referente'), 'Andrea Furlan'],
        [L('Ruolo'), 'Funzionario Ufficio Progetti europei'],
        [L('E-mail'), 'andrea.furlan@comune.gorizia.it'],
        [L('Telefono'), '0481 383 277'],
        [
          { lines: [{ text: 'Laboratorio richiesto', bold: true }, { text: '(indicare con X)', italic: true, size: 17 }], fill: 'F2F2F2' },
          {
            nested: t([
              [{ text: 'Codice', bold: true, width: 15 }, { text: 'Laboratorio', bold: true, width: 70 }, { text: 'Scelta', bold: true, width: 15 }],
              ...CATALOGUE.map(([code, title]): (C | string)[] => [code, title, { text: code === 'PC-2' ? 'X' : '', align: 'center' }]),
            ]),
          },
        ],
        [L('Fabbisogni'), goriziaNeeds],
        [L('Partecipanti'), '7'],
        [L('Giornate in presenza'), '1'],
      ]),
    ],
  });

// 016 — Sulmona: "Referente" merged down over four rows with sub-labels; lab row of four cells.
const sulmonaNeeds = 'Introdurre colloqui di crescita e un piano di formazione per non perdere il personale qualificato verso i Comuni vicini.';
const sulmonaMail: ComuneMailOptions = {
  id: 'zoo2-016-sulmona',
  from: 'affarigenerali@comune.sulmona.aq.it',
  fromName: 'Affari Generali Sulmona',
  subject: 'Cap4City - Capacity Lab - Comune di Sulmona',
  date: '2026-01-28T16:03:00+01:00',
  client: 'outlook',
  text: 'Buon pomeriggio,\nsi trasmette la scheda di richiesta in allegato.\nCordiali saluti\nSettore Affari Generali\n',
};
const sulmona = (): Promise<Buffer> =>
  docxFile({
    creator: 'Affari Generali',
    date: '2026-01-28T14:00:00Z',
    header: ['CITTÀ DI SULMONA', "Provincia dell'Aquila"],
    children: [
      p('CAPACITY LAB – RICHIESTA', { bold: true, align: 'center', size: 28, after: 200 }),
      t([
        head('DATI DEL RICHIEDENTE', 3),
        [{ ...L('Ente', 45), span: 2 }, { text: 'Comune di Sulmona', width: 55 }],
        [{ ...L('Referente', 20), rowSpan: 4 }, L('Nome e cognome', 25), 'Pasquale Di Loreto'],
        [L('Qualifica'), 'Istruttore direttivo amministrativo'],
        [L('E-mail'), 'p.diloreto@comune.sulmona.aq.it'],
        [L('Telefono'), '0864 242 218'],
      ]),
      p(''),
      t([
        head('LABORATORIO', 4),
        [L('1ª scelta', 15), { text: 'PO-3 – Valorizzazione e retention del personale', width: 45 }, L('2ª scelta', 15), { text: '', width: 25 }],
        [L('Fabbisogni'), { text: sulmonaNeeds, span: 3 }],
        [L('Partecipanti'), '12', L('Giornate'), '2'],
      ]),
    ],
  });

// 017 — Sant'Antimo: titles without codes inside a cell, ☒ after the chosen title.
const santAntimoNeeds = 'Far conoscere ai cittadini le opere realizzate con i fondi europei e nazionali, con un piano editoriale per sito e social.';
const santAntimoMail: ComuneMailOptions = {
  id: 'zoo2-017-santantimo',
  from: 'urp@comune.santantimo.na.it',
  fromName: "URP Comune di Sant'Antimo",
  subject: 'Modulo richiesta laboratorio',
  date: '2026-01-29T09:12:00+01:00',
  text: 'Buongiorno,\nsi trasmette il modulo compilato.\nSaluti\nURP\n',
};
const santAntimo = (): Promise<Buffer> =>
  docxFile({
    creator: 'URP',
    date: '2026-01-29T07:50:00Z',
    header: ["COMUNE DI SANT'ANTIMO", 'Città Metropolitana di Napoli'],
    children: [
      p('Modulo di richiesta – Capacity Lab', { bold: true, align: 'center', size: 28, after: 200 }),
      t([
        head('1. Comune', 2),
        [L('Comune richiedente', 38), { text: "Sant'Antimo", width: 62 }],
        [L('Provincia'), 'NA'],
        head('2. Referente', 2),
        [L('Nome e cognome'), 'Rosa Puca'],
        [L('E-mail'), 'r.puca@comune.santantimo.na.it'],
        [L('Telefono'), '081 8329 215'],
        head('3. Laboratorio', 2),
        [{ lines: [{ text: 'Laboratorio', bold: true }, { text: '(segnare la casella)', italic: true, size: 17 }], fill: 'F2F2F2' }, { lines: ticked('PC-6', false, false) }],
        [L('Fabbisogni e obiettivi'), santAntimoNeeds],
        [L('Partecipanti'), '5'],
        [L('Giornate'), '1'],
      ]),
    ],
  });

const withoutMissing = (expected: Record<string, unknown>): Record<string, unknown> => {
  const { missing: _missing, ...rest } = expected;
  return rest;
};

export const DOCX_NESTED_CASES: Zoo2Case[] = [
  {
    category,
    name: 'nardo-quattro-celle',
    build: withAttachment(nardoMail, 'Modulo richiesta Capacity Lab - Nardò.docx', MIME.docx, nardo),
    expected: expectRequest(headerOf(nardoMail), {
      comune: Z.nardo,
      entityPec: 'protocollo@pec.comune.nardo.le.it',
      contact: { name: 'Rossella Manieri', role: 'Responsabile Servizio Personale', email: 'r.manieri@comune.nardo.le.it', phone: '0833 838 214' },
      labs: ['PO-5'],
      needs: nardoNeeds,
      participants: 16,
      days: 2,
    }),
  },
  {
    category,
    name: 'sesto-catalogo-in-cella',
    build: withAttachment(sestoMail, 'CapacityLab_SestoSG.docx', MIME.docx, sesto),
    expected: expectRequest(headerOf(sestoMail), {
      comune: Z.sestoSanGiovanni,
      contact: { name: 'Paolo Brivio', role: 'Responsabile Ufficio PNRR', email: 'p.brivio@comune.sestosg.mi.it', phone: '02 2496 321' },
      labs: ['PC-4'],
      needs: sestoNeeds,
      participants: 15,
      days: 2,
    }),
  },
  {
    category,
    name: 'castelfranco-grassetto',
    build: withAttachment(castelfrancoMail, 'adesione_capacity_lab.docx', MIME.docx, castelfranco),
    // The lab is shown only by bold/underline: a plain-text reader cannot tell it, so neither labs nor missing are asserted.
    expected: withoutMissing(
      expectRequest(headerOf(castelfrancoMail), {
        comune: Z.castelfranco,
        contact: { name: 'Silvia Zanatta', email: 'silvia.zanatta@comune.castelfranco-veneto.tv.it', phone: '0423 735 612' },
        needs: castelfrancoNeeds,
        participants: 10,
        days: 2,
      }),
    ),
  },
  {
    category,
    name: 'gorizia-tabella-annidata',
    build: withAttachment(goriziaMail, 'scheda_gorizia.docx', MIME.docx, gorizia),
    expected: expectRequest(headerOf(goriziaMail), {
      comune: Z.gorizia,
      contact: { name: 'Andrea Furlan', role: 'Funzionario Ufficio Progetti europei', email: 'andrea.furlan@comune.gorizia.it', phone: '0481 383 277' },
      labs: ['PC-2'],
      needs: goriziaNeeds,
      participants: 7,
      days: 1,
    }),
  },
  {
    category,
    name: 'sulmona-celle-unite',
    build: withAttachment(sulmonaMail, 'Richiesta Capacity Lab Sulmona.docx', MIME.docx, sulmona),
    expected: expectRequest(headerOf(sulmonaMail), {
      comune: Z.sulmona,
      contact: { name: 'Pasquale Di Loreto', role: 'Istruttore direttivo amministrativo', email: 'p.diloreto@comune.sulmona.aq.it', phone: '0864 242 218' },
      labs: ['PO-3'],
      needs: sulmonaNeeds,
      participants: 12,
      days: 2,
    }),
  },
  {
    category,
    name: 'sant-antimo-casella-dopo-titolo',
    build: withAttachment(santAntimoMail, 'modulo_santantimo.docx', MIME.docx, santAntimo),
    expected: expectRequest(headerOf(santAntimoMail), {
      comune: Z.santAntimo,
      contact: { name: 'Rosa Puca', email: 'r.puca@comune.santantimo.na.it', phone: '081 8329 215' },
      labs: ['PC-6'],
      needs: santAntimoNeeds,
      participants: 5,
      days: 1,
    }),
  },
];
