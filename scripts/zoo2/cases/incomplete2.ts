// Genuinely incomplete requests: topic to be agreed, no needs, a code the catalogue does not have, no person.
import { expectRequest } from '../../zoo/expect.ts';
import { comuneMail, headerOf, withAttachment } from '../../zoo/mail.ts';
import type { ComuneMailOptions } from '../../fixtures/comune-mail.ts';
import { workbook } from '../../zoo/sheets.ts';
import { MIME } from '../../zoo/zoo-case.ts';
import { ZOO2_COMUNI as Z } from '../comuni.ts';
import { docxFile, head, p, t } from '../word2.ts';
import type { C } from '../word2.ts';
import type { Zoo2Case } from '../zoo2-case.ts';

const category = 'incomplete2' as const;
const L = (text: string): C => ({ text, bold: true, width: 40, fill: 'F2F2F2' });

// 044 — San Severo: "Laboratorio: tema da concordare".
const sanSeveroNeeds = "Migliorare l'organizzazione degli uffici dopo i pensionamenti del 2025.";
const sanSeveroMail: ComuneMailOptions = {
  id: 'zoo2-044-san-severo',
  from: 'segretario@comune.sansevero.fg.it',
  fromName: 'Segretario Generale San Severo',
  subject: 'Adesione Capacity Lab - Comune di San Severo',
  date: '2026-02-10T11:03:00+01:00',
  text:
    'Buongiorno,\nil Comune di San Severo vorrebbe aderire ai Capacity Lab. Di seguito i dati:\n\n' +
    'Comune: San Severo\n' +
    'Provincia: FG\n' +
    'Referente: Michele Cursio\n' +
    'Ruolo: Segretario Generale\n' +
    'E-mail: segretario@comune.sansevero.fg.it\n' +
    'Telefono: 0882 339 201\n' +
    'Laboratorio: tema da concordare\n' +
    `Fabbisogni: ${sanSeveroNeeds}\n` +
    'Partecipanti: 12\n\n' +
    'Siamo interessati a più aree e vorremmo parlarne con un vostro esperto prima di scegliere.\n\nCordiali saluti\nMichele Cursio\n',
};

// 045 — Piazza Armerina: the needs cell left empty.
const piazzaMail: ComuneMailOptions = {
  id: 'zoo2-045-piazza-armerina',
  from: 'affarigenerali@comune.piazzaarmerina.en.it',
  fromName: 'Affari Generali Piazza Armerina',
  subject: 'Modulo Capacity Lab',
  date: '2026-02-10T13:27:00+01:00',
  client: 'outlook',
  text: 'Buongiorno,\nsi trasmette il modulo.\nCordiali saluti\nSettore Affari Generali\n',
};
const piazza = (): Promise<Buffer> =>
  docxFile({
    creator: 'Affari Generali',
    date: '2026-02-10T10:00:00Z',
    header: ['CITTÀ DI PIAZZA ARMERINA', 'Libero Consorzio Comunale di Enna'],
    children: [
      p('Capacity Lab – scheda di richiesta', { bold: true, align: 'center', size: 28, after: 200 }),
      t([
        head('Ente', 2),
        [L('Denominazione Ente'), { text: 'Comune di Piazza Armerina', width: 60 }],
        [L('Provincia'), 'EN'],
        head('Referente', 2),
        [L('Nome e cognome'), 'Filippo Arena'],
        [L('Qualifica'), 'Responsabile Settore Affari Generali'],
        [L('Indirizzo mail'), 'f.arena@comune.piazzaarmerina.en.it'],
        [L('Numero telefonico'), '0935 982 240'],
        head('Laboratorio', 2),
        [L("Laboratorio d'interesse"), 'PO-6 Gestione associata di funzioni e servizi'],
        [L('Descrizione del fabbisogno formativo'), ''],
        [L('N. partecipanti stimati'), '6'],
        [L('Giorni in presenza'), '1'],
      ]),
    ],
  });

// 046 — Crotone: the lab written as "PO-9", a code the catalogue does not have.
const crotoneNeeds = "Supporto ai nuovi dipendenti dell'area amministrativa nei primi mesi di servizio.";
const crotoneMail: ComuneMailOptions = {
  id: 'zoo2-046-crotone',
  from: 'risorseumane@comune.crotone.it',
  fromName: 'Risorse Umane Crotone',
  subject: 'Capacity Lab - file richiesta',
  date: '2026-02-10T15:40:00+01:00',
  text: 'Buonasera,\nalleghiamo il file con la richiesta.\nSaluti\nSettore Risorse Umane\n',
};
const crotone = (): Promise<Buffer> =>
  workbook('Risorse Umane', '2026-02-10T13:00:00Z', (book) => {
    const sheet = book.addWorksheet('Richiesta');
    sheet.columns = [{ width: 5 }, { width: 30 }, { width: 60 }];
    sheet.mergeCells('A1:C1');
    sheet.getCell('A1').value = 'COMUNE DI CROTONE – Richiesta Capacity Lab';
    sheet.getCell('A1').font = { bold: true, size: 13 };
    const rows: [string, string | number][] = [
      ['Comune', 'Crotone'],
      ['Provincia', 'KR'],
      ['Referente', 'Serafina Vrenna'],
      ['Ruolo', 'Funzionaria Settore Risorse Umane'],
      ['E-mail', 's.vrenna@comune.crotone.it'],
      ['Telefono', '0962 921 418'],
      ['Laboratorio', 'PO-9'],
      ['Fabbisogni', crotoneNeeds],
      ['Partecipanti', 10],
      ['Giornate', 2],
    ];
    rows.forEach(([label, value], i) => {
      sheet.getCell(3 + i, 1).value = i + 1;
      sheet.getCell(3 + i, 2).value = label;
      sheet.getCell(3 + i, 2).font = { bold: true };
      sheet.getCell(3 + i, 3).value = value;
      sheet.getCell(3 + i, 3).alignment = { horizontal: 'left' };
    });
  });

// 047 — San Gimignano: only an office mailbox, no person named anywhere.
const sanGimignanoNeeds = 'Costruire percorsi di crescita per il personale amministrativo e ridurre le richieste di mobilità.';
const sanGimignanoMail: ComuneMailOptions = {
  id: 'zoo2-047-san-gimignano',
  from: 'protocollo@comune.sangimignano.si.it',
  fromName: 'Protocollo Comune di San Gimignano',
  subject: 'Richiesta Capacity Lab',
  date: '2026-02-11T09:08:00+01:00',
  text:
    'Buongiorno,\nsi inoltra la richiesta del Comune di San Gimignano per il programma Cap4City.\n\n' +
    'Comune: San Gimignano\n' +
    'Provincia: SI\n' +
    'E-mail per contatti: ufficio.personale@comune.sangimignano.si.it\n' +
    'Telefono: 0577 990 312\n' +
    'Laboratorio: PO-3 Valorizzazione e retention del personale\n' +
    `Fabbisogni: ${sanGimignanoNeeds}\n` +
    'Partecipanti: 6\n' +
    'Giornate: 1\n\n' +
    'Cordiali saluti\nUfficio Personale\nComune di San Gimignano\n',
};

export const INCOMPLETE2_CASES: Zoo2Case[] = [
  {
    category,
    name: 'san-severo-tema-da-concordare',
    build: () => comuneMail(sanSeveroMail),
    expected: expectRequest(
      headerOf(sanSeveroMail),
      {
        comune: Z.sanSevero,
        contact: { name: 'Michele Cursio', role: 'Segretario Generale', email: 'segretario@comune.sansevero.fg.it', phone: '0882 339 201' },
        labs: [],
        needs: sanSeveroNeeds,
        participants: 12,
      },
      { missing: ['request.labs'] },
    ),
  },
  {
    category,
    name: 'piazza-armerina-senza-fabbisogni',
    build: withAttachment(piazzaMail, 'scheda_capacity_lab.docx', MIME.docx, piazza),
    expected: expectRequest(
      headerOf(piazzaMail),
      {
        comune: Z.piazzaArmerina,
        contact: { name: 'Filippo Arena', role: 'Responsabile Settore Affari Generali', email: 'f.arena@comune.piazzaarmerina.en.it', phone: '0935 982 240' },
        labs: ['PO-6'],
        participants: 6,
        days: 1,
      },
      { missing: ['request.needs'] },
    ),
  },
  {
    category,
    name: 'crotone-codice-inesistente',
    build: withAttachment(crotoneMail, 'richiesta_crotone.xlsx', MIME.xlsx, crotone),
    expected: expectRequest(
      headerOf(crotoneMail),
      {
        comune: Z.crotone,
        contact: { name: 'Serafina Vrenna', role: 'Funzionaria Settore Risorse Umane', email: 's.vrenna@comune.crotone.it', phone: '0962 921 418' },
        labs: [],
        needs: crotoneNeeds,
        participants: 10,
        days: 2,
      },
      { missing: ['request.labs'] },
    ),
  },
  {
    category,
    name: 'san-gimignano-solo-casella-ufficio',
    build: () => comuneMail(sanGimignanoMail),
    expected: expectRequest(
      headerOf(sanGimignanoMail),
      {
        comune: Z.sanGimignano,
        contact: { email: 'ufficio.personale@comune.sangimignano.si.it', phone: '0577 990 312' },
        labs: ['PO-3'],
        needs: sanGimignanoNeeds,
        participants: 6,
        days: 1,
      },
      { missing: ['request.contact.name'] },
    ),
  },
];
