import type { ComuneMailOptions } from '../../fixtures/comune-mail.ts';
import { esc, mso, msoEmpty, outlookHtml } from '../../zoo2/html.ts';
import { letterDocx, lp, p, r, recipientBlock, signatureBlock, t } from '../word3.ts';
import { C, MIME, RECIPIENT, comuneMail, expectRequest, headerOf, withAttachment } from '../common.ts';
import type { Zoo3Case } from '../zoo3-case.ts';

const category = 'two-choices' as const;

// 036 — Ventimiglia: "Opzione A / Opzione B".
const ventimigliaNeeds = 'trattenere il personale tecnico assunto negli ultimi due anni, che spesso si sposta verso la vicina Francia o verso enti più grandi.';
const ventimiglia: ComuneMailOptions = {
  id: 'zoo3-036-ventimiglia',
  from: 's.lanteri@comune.ventimiglia.im.it',
  fromName: 'Sara Lanteri',
  subject: 'Cap4City – richiesta Comune di Ventimiglia',
  date: '2026-02-10T10:22:00+01:00',
  text:
    "Buongiorno,\nil Comune di Ventimiglia (IM) chiede un Capacity Lab nell'area Personale e organizzazione. Indichiamo due opzioni, in ordine di preferenza:\n\n" +
    'Opzione A: PO-3 Valorizzazione e retention del personale\nOpzione B: PO-1 Attrattività del lavoro pubblico\n\n' +
    `Fabbisogni: ${ventimigliaNeeds}\n` +
    'Referente: Sara Lanteri, Ufficio Personale – tel. 0184 280245 – s.lanteri@comune.ventimiglia.im.it\nPartecipanti: 10\n\nSaluti\nSara Lanteri\n',
};

// 037 — Conegliano: a ranked list "1° … / 2° …" in a DOCX letter.
const conegliano: ComuneMailOptions = {
  id: 'zoo3-037-conegliano',
  from: 'progettispeciali@comune.conegliano.tv.it',
  fromName: 'Ufficio Progetti Speciali',
  subject: 'Richiesta Capacity Lab – Città di Conegliano',
  date: '2026-02-10T15:10:00+01:00',
  client: 'outlook',
  text: 'Buongiorno,\nin allegato la richiesta della Città di Conegliano.\nCordiali saluti\nUfficio Progetti Speciali\n',
};

async function coneglianoLetter(): Promise<Buffer> {
  return letterDocx({
    creator: 'Progetti Speciali',
    date: '2026-02-10T13:00:00Z',
    letterhead: ['CITTÀ DI CONEGLIANO', 'Provincia di Treviso', 'Ufficio Progetti Speciali'],
    footer: ['Piazzale Sandro Pertini, 1 – 31015 Conegliano (TV) – PEC: pec.comune.conegliano.tv@pecveneto.it'],
    font: 'Calibri',
    children: [
      ...recipientBlock(RECIPIENT, 'Calibri'),
      lp('', { font: 'Calibri' }),
      lp([r('Oggetto: richiesta di partecipazione a un Capacity Lab del programma Cap4City', { bold: true })], { align: 'left' }),
      lp(
        "La Città di Conegliano gestisce 19 progetti finanziati da fondi europei e nazionali e deve riferire con regolarità alla Giunta e ai finanziatori sul loro andamento. Si chiede di partecipare a un Capacity Lab, indicando i laboratori in ordine di preferenza:",
        { font: 'Calibri' },
      ),
      p('1° PC-5 Monitoraggio e valutazione', { after: 40 }),
      p('2° PC-4 Project management'),
      lp('Al laboratorio parteciperebbero 12 persone tra dirigenti e referenti di progetto, per 2 giornate.', { font: 'Calibri' }),
      lp('Referente: ing. Matteo Dal Bo – Ufficio Progetti Speciali – tel. 0438 413321 – m.dalbo@comune.conegliano.tv.it', { font: 'Calibri', align: 'left' }),
      ...signatureBlock(['Il Dirigente', 'dott.ssa Francesca Tonon'], 'Calibri'),
    ],
  });
}

// 038 — Roseto degli Abruzzi: "PC-1; in subordine PC-2".
const rosetoNeeds = 'preparare schede di intervento pronte per i prossimi avvisi e tenerne poi sotto controllo la spesa.';
const roseto: ComuneMailOptions = {
  id: 'zoo3-038-roseto',
  from: 'd.dimarco@comune.roseto.te.it',
  fromName: 'Daniela Di Marco',
  subject: 'richiesta capacity lab Roseto',
  date: '2026-02-11T09:33:00+01:00',
  text:
    'Buongiorno,\ndi seguito la richiesta del nostro Comune.\n\n' +
    'Comune: Roseto degli Abruzzi (TE)\nReferente: Daniela Di Marco\nQualifica: Istruttore direttivo tecnico\nE-mail: d.dimarco@comune.roseto.te.it\nTelefono: 085 89453221\n' +
    `Laboratorio: PC-1; in subordine PC-2\nFabbisogni: ${rosetoNeeds}\nPartecipanti: 8\n\nGrazie e cordiali saluti\nDaniela Di Marco\n`,
};

// 039 — Sauze d'Oulx: a table with a Preferenza column, PO-2 = 2 in the first row.
const sauzeNeeds = 'Organizzare con i Comuni vicini la gestione comune di ufficio tecnico e tributi, oggi affidati a pochissimo personale.';
const sauze: ComuneMailOptions = {
  id: 'zoo3-039-sauze',
  from: 'segreteria@comune.sauzedoulx.to.it',
  fromName: "Comune di Sauze d'Oulx",
  subject: "Cap4City - scheda Comune di Sauze d'Oulx",
  date: '2026-02-11T12:15:00+01:00',
  text: "Buongiorno,\nsi allega la scheda di richiesta.\nCordiali saluti\nSegreteria – Comune di Sauze d'Oulx\n",
};

async function sauzeDoc(): Promise<Buffer> {
  return letterDocx({
    creator: 'Segreteria',
    date: '2026-02-11T11:00:00Z',
    letterhead: ["COMUNE DI SAUZE D'OULX", 'Città Metropolitana di Torino'],
    footer: ["Piazza Assietta, 18 – 10050 Sauze d'Oulx (TO)"],
    font: 'Calibri',
    children: [
      p('Scheda di richiesta – Capacity Lab Cap4City', { bold: true, size: 26 }),
      t([
        [{ text: 'Comune', bold: true, width: 35 }, { text: "Sauze d'Oulx", width: 65 }],
        [{ text: 'Provincia', bold: true }, 'TO'],
        [{ text: 'Referente', bold: true }, 'Elena Gros'],
        [{ text: 'Qualifica', bold: true }, 'Istruttore amministrativo'],
        [{ text: 'E-mail', bold: true }, 'e.gros@comune.sauzedoulx.to.it'],
        [{ text: 'Telefono', bold: true }, '0122 850280'],
        [{ text: 'Fabbisogni', bold: true }, sauzeNeeds],
        [{ text: 'Partecipanti', bold: true }, '6'],
      ]),
      p(''),
      p('Laboratori richiesti', { bold: true }),
      t([
        [{ text: 'Laboratorio', bold: true, fill: 'D9E2F3', width: 75 }, { text: 'Preferenza', bold: true, fill: 'D9E2F3', width: 25 }],
        ['PO-2 Reclutamento', { text: '2', align: 'center' }],
        ['PO-6 Gestione associata di funzioni e servizi', { text: '1', align: 'center' }],
      ]),
    ],
  });
}

// 040 — Bernalda: Outlook HTML table Codice / Laboratorio / Preferenza, PC-3 = 2 in the first row.
const bernaldaNeeds = 'gestire anticipazioni, saldi e rendiconti dei progetti finanziati senza ritardi nei pagamenti alle imprese.';
const cellStyle = "style='border:solid #A6A6A6 1.0pt;padding:2.0pt 5.0pt 2.0pt 5.0pt'";
const row = (cells: string[], bold = false) =>
  `<tr>${cells.map((x) => `<td ${cellStyle}><p class=MsoNormal>${bold ? `<b>${esc(x)}</b>` : esc(x)}<o:p></o:p></p></td>`).join('')}</tr>`;
const bernaldaHtml = outlookHtml(
  mso('Buongiorno,') +
    msoEmpty() +
    mso('il Comune di Bernalda chiede di partecipare al programma Cap4City. Di seguito i dati e i laboratori di interesse con la relativa preferenza.') +
    msoEmpty() +
    mso('<b>Comune:</b> Bernalda (MT)') +
    mso('<b>Referente:</b> Vincenzo Lacava') +
    mso('<b>Ruolo:</b> Responsabile Area Economico-Finanziaria') +
    mso('<b>E-mail:</b> <a href="mailto:v.lacava@comune.bernalda.mt.it">v.lacava@comune.bernalda.mt.it</a>') +
    mso('<b>Telefono:</b> 0835 540215') +
    mso(`<b>Fabbisogni:</b> ${esc(bernaldaNeeds)}`) +
    mso('<b>Partecipanti:</b> 7') +
    msoEmpty() +
    "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>" +
    row(['Codice', 'Laboratorio', 'Preferenza'], true) +
    row(['PC-3', 'Procedure e affidamenti', '2']) +
    row(['PC-2', 'Gestione finanziaria', '1']) +
    '</table>' +
    msoEmpty() +
    mso('Cordiali saluti') +
    mso('Vincenzo Lacava') +
    mso('Comune di Bernalda'),
);
const bernalda: ComuneMailOptions = {
  id: 'zoo3-040-bernalda',
  from: 'v.lacava@comune.bernalda.mt.it',
  fromName: 'Lacava Vincenzo',
  subject: 'Programma Cap4City - richiesta Comune di Bernalda',
  date: '2026-02-12T10:05:00+01:00',
  client: 'outlook',
  html: bernaldaHtml,
  text:
    'Buongiorno,\n\nil Comune di Bernalda chiede di partecipare al programma Cap4City. Di seguito i dati e i laboratori di interesse con la relativa preferenza.\n\n' +
    'Comune: Bernalda (MT)\nReferente: Vincenzo Lacava\nRuolo: Responsabile Area Economico-Finanziaria\nE-mail: v.lacava@comune.bernalda.mt.it\nTelefono: 0835 540215\n' +
    `Fabbisogni: ${bernaldaNeeds}\nPartecipanti: 7\n\n` +
    'Codice\nLaboratorio\nPreferenza\nPC-3\nProcedure e affidamenti\n2\nPC-2\nGestione finanziaria\n1\n\nCordiali saluti\nVincenzo Lacava\nComune di Bernalda\n',
};

export const TWO_CHOICES_CASES: Zoo3Case[] = [
  {
    category,
    name: 'ventimiglia-opzione-a-opzione-b',
    build: () => comuneMail(ventimiglia),
    expected: expectRequest(headerOf(ventimiglia), {
      comune: C.ventimiglia,
      contact: { name: 'Sara Lanteri', email: 's.lanteri@comune.ventimiglia.im.it', phone: '0184 280245' },
      labs: ['PO-3', 'PO-1'],
      needs: ventimigliaNeeds,
      participants: 10,
    }),
  },
  {
    category,
    name: 'conegliano-primo-secondo',
    build: withAttachment(conegliano, 'Richiesta Cap4City Conegliano.docx', MIME.docx, coneglianoLetter),
    expected: expectRequest(headerOf(conegliano), {
      comune: C.conegliano,
      contact: { name: 'Matteo Dal Bo', email: 'm.dalbo@comune.conegliano.tv.it', phone: '0438 413321' },
      labs: ['PC-5', 'PC-4'],
      participants: 12,
      days: 2,
    }),
  },
  {
    category,
    name: 'roseto-in-subordine-col-punto-e-virgola',
    build: () => comuneMail(roseto),
    expected: expectRequest(headerOf(roseto), {
      comune: C.roseto,
      contact: { name: 'Daniela Di Marco', role: 'Istruttore direttivo tecnico', email: 'd.dimarco@comune.roseto.te.it', phone: '085 89453221' },
      labs: ['PC-1', 'PC-2'],
      needs: rosetoNeeds,
      participants: 8,
    }),
  },
  {
    category,
    name: 'sauze-d-oulx-colonna-preferenza',
    build: withAttachment(sauze, 'Scheda_Cap4City_Sauze.docx', MIME.docx, sauzeDoc),
    expected: expectRequest(headerOf(sauze), {
      comune: C.sauze,
      contact: { name: 'Elena Gros', role: 'Istruttore amministrativo', email: 'e.gros@comune.sauzedoulx.to.it', phone: '0122 850280' },
      labs: ['PO-6', 'PO-2'],
      needs: sauzeNeeds,
      participants: 6,
    }),
  },
  {
    category,
    name: 'bernalda-tabella-outlook-preferenza',
    build: () => comuneMail(bernalda),
    expected: expectRequest(headerOf(bernalda), {
      comune: C.bernalda,
      contact: { name: 'Vincenzo Lacava', role: 'Responsabile Area Economico-Finanziaria', email: 'v.lacava@comune.bernalda.mt.it', phone: '0835 540215' },
      labs: ['PC-2', 'PC-3'],
      needs: bernaldaNeeds,
      participants: 7,
    }),
  },
];
