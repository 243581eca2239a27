import type { ComuneMailOptions } from '../../fixtures/comune-mail.ts';
import { ZOO_COMUNI as C } from '../comuni.ts';
import { expectRequest } from '../expect.ts';
import { comuneMail, headerOf } from '../mail.ts';
import type { ZooCase } from '../zoo-case.ts';

const bodyCase = (name: string, mail: ComuneMailOptions, expected: Parameters<typeof expectRequest>[1]): ZooCase => ({
  category: 'body',
  name,
  build: () => comuneMail(mail),
  expected: expectRequest(headerOf(mail), expected),
});

/** Word's HTML for a pasted two-column table, as Outlook sends it. */
export function outlookTableHtml(intro: string[], rows: [string, string][], outro: string[]): string {
  const p = (text: string) => `<p class=MsoNormal>${text}<o:p></o:p></p>`;
  const td = (text: string, width: number, bold: boolean) =>
    `<td width=${Math.round(width * 1.33)} valign=top style='width:${width}pt;border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>` +
    `<p class=MsoNormal>${bold ? `<b><span style='mso-bidi-font-family:Calibri'>${text}</span></b>` : `<span style='mso-fareast-language:IT'>${text}</span>`}<o:p></o:p></p></td>`;
  return (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" ' +
    'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head>' +
    '<meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)">' +
    '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n' +
    '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;\n\tmso-fareast-language:EN-US;}\n' +
    'table.MsoTableGrid\n\t{mso-style-name:"Table Grid";\n\tmso-tstyle-rowband-size:0;\n\tborder:solid windowtext 1.0pt;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n' +
    '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 2.0cm 2.0cm 2.0cm;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>' +
    '<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]--></head>' +
    "<body lang=IT link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'><div class=WordSection1>" +
    intro.map(p).join('') +
    p('&nbsp;') +
    "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>" +
    rows.map(([label, value], i) => `<tr style='mso-yfti-irow:${i}'>${td(label, 160, true)}${td(value, 300, false)}</tr>`).join('') +
    '</table>' +
    p('&nbsp;') +
    outro.map(p).join('') +
    '</div></body></html>'
  );
}

const GALLARATE_NEEDS = 'Definire un piano di comunicazione per i progetti finanziati dal PNRR e dai fondi regionali.';
const gallarate: ComuneMailOptions = {
  id: 'zoo-027-gallarate',
  from: 'a.colombo@comune.gallarate.va.it',
  fromName: 'Colombo Alessandra',
  subject: 'Richiesta Capacity Lab - Comune di Gallarate',
  date: '2026-02-18T09:30:00+01:00',
  text:
    'Buongiorno,\ndi seguito i dati per la richiesta del Capacity Lab.\n\n' +
    'Comune:\t\t\tGallarate\nProvincia:\t\tVA\nReferente:\t\tAlessandra Colombo\nRuolo:\t\t\tResponsabile Ufficio Comunicazione\n' +
    'E-mail:\t\t\ta.colombo@comune.gallarate.va.it\nTelefono:\t\t0331 754218\nLaboratorio:\t\tPC-6\n' +
    `Fabbisogni:\t\t${GALLARATE_NEEDS}\nPartecipanti:\t\t6\nGiornate:\t\t1\n\n` +
    'Grazie e buona giornata\nAlessandra Colombo\n',
};

const POLICORO_NEEDS = 'Aggiornare il personale della Centrale Unica di Committenza sulle procedure di affidamento e sulla digitalizzazione degli appalti.';
const policoro: ComuneMailOptions = {
  id: 'zoo-028-policoro',
  from: 'cuc@comune.policoro.mt.it',
  fromName: 'CUC Policoro',
  subject: 'Capacity Lab: richiesta del Comune di Policoro',
  date: '2026-02-18T12:05:00+01:00',
  client: 'outlook',
  html: outlookTableHtml(
    ['Buongiorno,', 'come da indicazioni riportiamo di seguito la scheda di richiesta.'],
    [
      ['Comune', 'Policoro'],
      ['Provincia', 'Matera'],
      ['Referente', 'Rocco Di Noia'],
      ['Qualifica', 'Responsabile Centrale Unica di Committenza'],
      ['E-mail', 'r.dinoia@comune.policoro.mt.it'],
      ['Telefono', '0835 9019224'],
      ['Laboratorio richiesto', 'Procedure e affidamenti (PC-3)'],
      ['Fabbisogni', POLICORO_NEEDS],
      ['Partecipanti', '10'],
    ],
    ['Cordiali saluti', 'Ufficio CUC – Comune di Policoro'],
  ),
};

const SANNICANDRO_NEEDS = 'GESTIRE IN AUTONOMIA IL PRIMO CONCORSO PER ISTRUTTORI AMMINISTRATIVI DOPO DIECI ANNI SENZA ASSUNZIONI.';
const sannicandro: ComuneMailOptions = {
  id: 'zoo-029-sannicandro',
  from: 'affarigenerali@comune.sannicandrodibari.ba.it',
  subject: 'RICHIESTA CAPACITY LAB',
  date: '2026-02-19T10:10:00+01:00',
  text:
    'Spett.le Segreteria,\nsi trasmettono i dati per la richiesta.\n\n' +
    'COMUNE: SANNICANDRO DI BARI\nPROVINCIA: BA\nREFERENTE: VITO LORUSSO\nQUALIFICA: RESPONSABILE SETTORE AFFARI GENERALI\n' +
    'E-MAIL: v.lorusso@comune.sannicandrodibari.ba.it\nTELEFONO: 080 9936315\nLABORATORIO RICHIESTO: RECLUTAMENTO\n' +
    `FABBISOGNI: ${SANNICANDRO_NEEDS}\nPARTECIPANTI: 3\nGIORNATE: 1\n\nDistinti saluti\nSettore Affari Generali\n`,
};

const CIVIDALE_NEEDS = 'Monitoraggio degli indicatori dei progetti PNRR e valutazione dei risultati raggiunti.';
const cividale: ComuneMailOptions = {
  id: 'zoo-030-cividale',
  from: 'paola.zorzettig@comune.cividale-del-friuli.ud.it',
  fromName: 'Paola Zorzettig',
  subject: 'lab cap4city',
  date: '2026-02-19T15:22:00+01:00',
  text:
    'Buongiorno,\nvi mando i dati per il lab.\n\n' +
    'Ente: Comune di Cividale del Friuli (UD)\nLab richiesto: Monitoraggio e valutazione\nReferente (nome e cogn.): Paola Zorzettig\n' +
    'Qualif.: istruttore amministrativo contabile\nE-mal: paola.zorzettig@comune.cividale-del-friuli.ud.it\nTel/cell: 0432 710134\n' +
    `Esigenze: ${CIVIDALE_NEEDS}\nN° partecipanti: 4\n\nSaluti\nPaola\n`,
};

const CHIAVARI_NEEDS = 'Far conoscere le opportunità di lavoro nel Comune ai giovani del territorio e ridurre le rinunce dopo i concorsi.';
const chiavari: ComuneMailOptions = {
  id: 'zoo-031-chiavari',
  from: 's.podesta@comune.chiavari.ge.it',
  fromName: 'Podestà Silvia',
  cc: 'e.garbarino@comune.chiavari.ge.it',
  subject: 'Trasmissione richiesta Capacity Lab per conto del Dirigente',
  date: '2026-02-20T11:48:00+01:00',
  client: 'outlook',
  text:
    'Buongiorno,\nscrivo su incarico del dott. Enrico Garbarino, che legge in copia, per trasmettere la richiesta del Comune di Chiavari.\n\n' +
    'Comune: Chiavari (GE)\nReferente: Enrico Garbarino\nRuolo: Dirigente Settore Personale e Organizzazione\n' +
    'E-mail referente: e.garbarino@comune.chiavari.ge.it\nTelefono referente: 0185 365214\nLaboratorio: PO-1 Attrattività del lavoro pubblico\n' +
    `Fabbisogni e obiettivi: ${CHIAVARI_NEEDS}\nPartecipanti: 8\n\n` +
    'Cordiali saluti\n\nSilvia Podestà\nSegreteria del Dirigente – Settore Personale\nComune di Chiavari\nTel. 0185 365200\n',
};

const NUORO_NEEDS = "Avviare la gestione associata dei servizi sociali e della polizia locale con i Comuni dell'area urbana.";
const pad = (label: string, value: string) => `${label.padEnd(24, ' ')}${value}`;
const nuoro: ComuneMailOptions = {
  id: 'zoo-032-nuoro',
  from: 'segretario@comune.nuoro.it',
  fromName: 'Segreteria Generale Comune di Nuoro',
  subject: 'Cap4City – richiesta laboratorio',
  date: '2026-02-23T09:00:00+01:00',
  text: [
    'Buongiorno,',
    'riporto di seguito la scheda compilata.',
    '',
    'RICHIESTA CAPACITY LAB',
    '------------------------------------------------------------',
    pad('Comune', 'Nuoro'),
    pad('Provincia', 'NU'),
    pad('Referente', 'Giovanni Mele'),
    pad('Ruolo', 'Segretario generale'),
    pad('E-mail', 'segretario@comune.nuoro.it'),
    pad('Telefono', '0784 216812'),
    pad('Laboratorio', 'Gestione associata di funzioni e servizi'),
    pad('Fabbisogni', NUORO_NEEDS),
    pad('Partecipanti', '12'),
    pad('Giornate', '2'),
    '------------------------------------------------------------',
    '',
    'Cordiali saluti',
    'Il Segretario generale',
    '',
  ].join('\n'),
};

const MONTEROTONDO_NEEDS = 'Adottare un metodo comune di project management per seguire tempi, costi e rischi dei cantieri finanziati.';
const monterotondoRows: [string, string][] = [
  ['Comune', 'Monterotondo'],
  ['Provincia', 'RM'],
  ['Referente', 'Federico Santarelli'],
  ['Ruolo', 'Responsabile Servizio Lavori Pubblici'],
  ['E-mail', 'f.santarelli@comune.monterotondo.rm.it'],
  ['Telefono', '06 90964310'],
  ['Laboratorio', 'PC-4 Project management'],
  ['Fabbisogni e obiettivi', MONTEROTONDO_NEEDS],
  ['Partecipanti', '5'],
  ['Giornate', '2'],
];
const monterotondo: ComuneMailOptions = {
  id: 'zoo-033-monterotondo',
  from: 'lavoripubblici@comune.monterotondo.rm.it',
  fromName: 'Servizio Lavori Pubblici',
  subject: 'Richiesta Capacity Lab – Comune di Monterotondo',
  date: '2026-02-23T14:15:00+01:00',
  client: 'outlook',
  text: `Buongiorno,\n\ndi seguito la richiesta del Comune di Monterotondo:\n\n${monterotondoRows.map(([l, v]) => `${l}: ${v}`).join('\n')}\n\nCordiali saluti\n\nServizio Lavori Pubblici\n`,
  html:
    "<html><head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\"><meta name=Generator content=\"Microsoft Word 15 (filtered medium)\"></head><body lang=IT style='word-wrap:break-word'><div class=WordSection1>" +
    '<p class=MsoNormal>Buongiorno,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>di seguito la richiesta del Comune di Monterotondo:<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>' +
    monterotondoRows.map(([l, v]) => `<p class=MsoNormal><b>${l}</b>: ${v}<o:p></o:p></p>`).join('') +
    '<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Cordiali saluti<o:p></o:p></p><p class=MsoNormal><span style=\'color:#1F3864\'>Servizio Lavori Pubblici</span><o:p></o:p></p></div></body></html>',
};

export const BODY_CASES: ZooCase[] = [
  bodyCase('gallarate-tabs', gallarate, {
    comune: C.gallarate,
    contact: { name: 'Alessandra Colombo', role: 'Responsabile Ufficio Comunicazione', email: 'a.colombo@comune.gallarate.va.it', phone: '0331 754218' },
    labs: ['PC-6'],
    needs: GALLARATE_NEEDS,
    participants: 6,
    days: 1,
  }),
  bodyCase('policoro-outlook-table', policoro, {
    comune: C.policoro,
    contact: { name: 'Rocco Di Noia', role: 'Responsabile Centrale Unica di Committenza', email: 'r.dinoia@comune.policoro.mt.it', phone: '0835 9019224' },
    labs: ['PC-3'],
    needs: POLICORO_NEEDS,
    participants: 10,
  }),
  bodyCase('sannicandro-di-bari-capitals', sannicandro, {
    comune: C.sannicandro,
    contact: { email: 'v.lorusso@comune.sannicandrodibari.ba.it', phone: '080 9936315' },
    labs: ['PO-2'],
    participants: 3,
    days: 1,
  }),
  bodyCase('cividale-del-friuli-typos', cividale, {
    comune: C.cividale,
    contact: { name: 'Paola Zorzettig', role: 'istruttore amministrativo contabile', email: 'paola.zorzettig@comune.cividale-del-friuli.ud.it', phone: '0432 710134' },
    labs: ['PC-5'],
    needs: CIVIDALE_NEEDS,
    participants: 4,
  }),
  bodyCase('chiavari-secretary', chiavari, {
    comune: C.chiavari,
    contact: { name: 'Enrico Garbarino', role: 'Dirigente Settore Personale e Organizzazione', email: 'e.garbarino@comune.chiavari.ge.it', phone: '0185 365214' },
    labs: ['PO-1'],
    needs: CHIAVARI_NEEDS,
    participants: 8,
  }),
  bodyCase('nuoro-aligned-spaces', nuoro, {
    comune: C.nuoro,
    contact: { name: 'Giovanni Mele', role: 'Segretario generale', email: 'segretario@comune.nuoro.it', phone: '0784 216812' },
    labs: ['PO-6'],
    needs: NUORO_NEEDS,
    participants: 12,
    days: 2,
  }),
  bodyCase('monterotondo-outlook-paragraphs', monterotondo, {
    comune: C.monterotondo,
    contact: { name: 'Federico Santarelli', role: 'Responsabile Servizio Lavori Pubblici', email: 'f.santarelli@comune.monterotondo.rm.it', phone: '06 90964310' },
    labs: ['PC-4'],
    needs: MONTEROTONDO_NEEDS,
    participants: 5,
    days: 2,
  }),
];
