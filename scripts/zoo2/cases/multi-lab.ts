// Two labs asked three new ways: a list of codes, a numbered list of titles, a table with a "Priorità" column.
import { expectRequest } from '../../zoo/expect.ts';
import { comuneMail, headerOf, withAttachment } from '../../zoo/mail.ts';
import type { ComuneMailOptions } from '../../fixtures/comune-mail.ts';
import { MIME } from '../../zoo/zoo-case.ts';
import { ZOO2_COMUNI as Z } from '../comuni.ts';
import { docxFile, head, p, t } from '../word2.ts';
import type { C } from '../word2.ts';
import type { Zoo2Case } from '../zoo2-case.ts';

const category = 'multi-lab' as const;
const L = (text: string): C => ({ text, bold: true, width: 40, fill: 'F2F2F2' });

// 041 — Riva del Garda: "ai laboratori PO-1, PO-2" in a sentence, the other fields as lines.
const rivaNeeds = 'Trovare e assumere personale tecnico in una zona turistica dove il costo della vita scoraggia i candidati.';
const rivaMail: ComuneMailOptions = {
  id: 'zoo2-041-riva',
  from: 'michela.bertoldi@comune.rivadelgarda.tn.it',
  fromName: 'Bertoldi Michela',
  subject: 'Cap4City - richiesta laboratori Comune di Riva del Garda',
  date: '2026-02-09T11:26:00+01:00',
  text:
    'Buongiorno,\n\nil Comune di Riva del Garda chiede di partecipare ai laboratori PO-1, PO-2 del programma Cap4City.\n\n' +
    'Referente: Michela Bertoldi\n' +
    'Ruolo: Responsabile Servizio Personale\n' +
    'E-mail: michela.bertoldi@comune.rivadelgarda.tn.it\n' +
    'Telefono: 0464 573 850\n' +
    `Fabbisogni: ${rivaNeeds}\n` +
    'Partecipanti: 6\n' +
    'Giornate: 2\n\n' +
    'Cordiali saluti\nMichela Bertoldi\n',
};

// 042 — Sora: "1) Reclutamento 2) Contrattazione" in one cell.
const soraNeeds = 'Gestire i concorsi previsti nel 2026 e la prima contrattazione integrativa dopo il nuovo CCNL.';
const soraMail: ComuneMailOptions = {
  id: 'zoo2-042-sora',
  from: 'personale@comune.sora.fr.it',
  fromName: 'Ufficio Personale Sora',
  subject: 'Richiesta laboratori Capacity Lab - Comune di Sora',
  date: '2026-02-09T14:50:00+01:00',
  client: 'outlook',
  text: 'Buongiorno,\nsi trasmette la scheda di richiesta.\nCordiali saluti\nUfficio Personale\n',
};
const sora = (): Promise<Buffer> =>
  docxFile({
    creator: 'Ufficio Personale',
    date: '2026-02-09T12:00:00Z',
    header: ['CITTÀ DI SORA', 'Provincia di Frosinone'],
    children: [
      p('Scheda di richiesta Capacity Lab', { bold: true, align: 'center', size: 28, after: 200 }),
      t([
        head('Ente e referente', 2),
        [L('Comune'), { text: 'Sora', width: 60 }],
        [L('Provincia'), 'FR'],
        [L('Referente'), 'Luigi Tersigni'],
        [L('Qualifica'), 'Responsabile Ufficio Personale'],
        [L('E-mail'), 'l.tersigni@comune.sora.fr.it'],
        [L('Telefono'), '0776 828 312'],
        head('Richiesta', 2),
        [L('Laboratori richiesti (in ordine di preferenza)'), '1) Reclutamento 2) Contrattazione'],
        [L('Fabbisogni'), soraNeeds],
        [L('Partecipanti'), '8'],
        [L('Giornate'), '2'],
      ]),
    ],
  });

// 043 — La Spezia: a table Codice | Laboratorio | Priorità; the first row has priority 2.
const speziaNeeds = "Controllare spesa e risultati dei progetti del waterfront e del PINQuA lungo tutta la loro attuazione.";
const speziaMail: ComuneMailOptions = {
  id: 'zoo2-043-la-spezia',
  from: 'pnrr@comune.laspezia.it',
  fromName: 'Struttura PNRR - Comune della Spezia',
  subject: 'Capacity Lab - richiesta Comune della Spezia',
  date: '2026-02-10T09:15:00+01:00',
  text: 'Buongiorno,\nin allegato la richiesta con le priorità indicate.\nCordiali saluti\nStruttura di missione PNRR\n',
};
const spezia = (): Promise<Buffer> =>
  docxFile({
    creator: 'Struttura PNRR',
    date: '2026-02-10T07:40:00Z',
    header: ['COMUNE DELLA SPEZIA', 'Struttura di missione PNRR e Fondi europei'],
    children: [
      p('Richiesta Capacity Lab', { bold: true, align: 'center', size: 28, after: 200 }),
      t([
        [L('Comune'), { text: 'La Spezia', width: 60 }],
        [L('Provincia'), 'SP'],
        [L('Referente'), 'Giorgia Lazzoni'],
        [L('Ruolo'), 'Coordinatrice Struttura di missione PNRR'],
        [L('E-mail'), 'giorgia.lazzoni@comune.laspezia.it'],
        [L('Telefono'), '0187 727 540'],
        [L('Fabbisogni'), speziaNeeds],
        [L('Partecipanti'), '16'],
        [L('Giornate in presenza'), '3'],
      ]),
      p(''),
      p('Laboratori richiesti', { bold: true, after: 60 }),
      t([
        [{ text: 'Codice', bold: true, fill: 'D9E2F3', width: 15 }, { text: 'Laboratorio', bold: true, fill: 'D9E2F3', width: 65 }, { text: 'Priorità', bold: true, fill: 'D9E2F3', width: 20 }],
        ['PC-2', 'Gestione finanziaria', { text: '2', align: 'center' }],
        ['PC-5', 'Monitoraggio e valutazione', { text: '1', align: 'center' }],
      ]),
    ],
  });

export const MULTI_LAB_CASES: Zoo2Case[] = [
  {
    category,
    name: 'riva-del-garda-codici-in-fila',
    build: () => comuneMail(rivaMail),
    expected: expectRequest(headerOf(rivaMail), {
      comune: Z.rivaDelGarda,
      contact: { name: 'Michela Bertoldi', role: 'Responsabile Servizio Personale', email: 'michela.bertoldi@comune.rivadelgarda.tn.it', phone: '0464 573 850' },
      labs: ['PO-1', 'PO-2'],
      needs: rivaNeeds,
      participants: 6,
      days: 2,
    }),
  },
  {
    category,
    name: 'sora-elenco-numerato',
    build: withAttachment(soraMail, 'scheda_capacity_lab_sora.docx', MIME.docx, sora),
    expected: expectRequest(headerOf(soraMail), {
      comune: Z.sora,
      contact: { name: 'Luigi Tersigni', role: 'Responsabile Ufficio Personale', email: 'l.tersigni@comune.sora.fr.it', phone: '0776 828 312' },
      labs: ['PO-2', 'PO-5'],
      needs: soraNeeds,
      participants: 8,
      days: 2,
    }),
  },
  {
    category,
    name: 'la-spezia-colonna-priorita',
    build: withAttachment(speziaMail, 'Richiesta_CapacityLab_LaSpezia.docx', MIME.docx, spezia),
    expected: expectRequest(headerOf(speziaMail), {
      comune: Z.laSpezia,
      contact: { name: 'Giorgia Lazzoni', role: 'Coordinatrice Struttura di missione PNRR', email: 'giorgia.lazzoni@comune.laspezia.it', phone: '0187 727 540' },
      labs: ['PC-5', 'PC-2'],
      needs: speziaNeeds,
      participants: 16,
      days: 3,
    }),
  },
];
