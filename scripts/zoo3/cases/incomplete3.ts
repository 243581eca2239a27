import { officialDocx } from '../../fixtures/office-documents.ts';
import type { ComuneMailOptions } from '../../fixtures/comune-mail.ts';
import { thunderbirdHtml, esc } from '../../zoo2/html.ts';
import { assertNoLabWords } from '../lab-words.ts';
import { LetterPdf } from '../letter-pdf.ts';
import { coatOfArms } from '../logo.ts';
import { C, MIME, comuneMail, expectRequest, headerOf, withAttachment } from '../common.ts';
import type { Zoo3Case } from '../zoo3-case.ts';

const category = 'incomplete3' as const;

// 041 — Saint-Christophe: no lab at all; the Comune asks to be helped to choose.
const saintChristopheNeeds =
  'gli uffici sono piccoli e ogni dipendente segue molte pratiche diverse; vorremmo lavorare meglio con i Comuni della plaine e usare in modo più ordinato le risorse che riceviamo.';
const saintChristophe: ComuneMailOptions = {
  id: 'zoo3-041-saint-christophe',
  from: 'n.bionaz@comune.saint-christophe.ao.it',
  fromName: 'Nathalie Bionaz',
  subject: 'Cap4City – richiesta di informazioni e adesione',
  date: '2026-02-12T14:40:00+01:00',
  text:
    'Bonjour, buongiorno,\n\n' +
    'il Comune di Saint-Christophe vorrebbe partecipare a un Capacity Lab del programma Cap4City, ma non abbiamo ancora individuato quale sia il più adatto e vi chiediamo un confronto telefonico per sceglierlo insieme.\n\n' +
    `Esigenze: ${saintChristopheNeeds}\n` +
    'Referente: Nathalie Bionaz\nQualifica: Istruttore amministrativo\nE-mail: n.bionaz@comune.saint-christophe.ao.it\nTelefono: 0165 269813\n\n' +
    'Merci, grazie\nNathalie Bionaz\n',
};
assertNoLabWords('041 Saint-Christophe', saintChristophe.text ?? '', saintChristophe.subject);

// 042 — Porto Sant'Elpidio: the official DOCX with "da definire" as the lab (its catalogue table still lists all twelve).
const portoNeeds = "Dare agli uffici un metodo di lavoro comune su scadenze e priorità, oggi gestite da ciascun responsabile a modo suo.";
const porto: ComuneMailOptions = {
  id: 'zoo3-042-porto-sant-elpidio',
  from: 'segretario@comune.portosantelpidio.fm.it',
  fromName: 'Segreteria Generale',
  subject: "Modulo Cap4City – Comune di Porto Sant'Elpidio",
  date: '2026-02-13T09:12:00+01:00',
  client: 'outlook',
  text: "Buongiorno,\nin allegato il modulo. Il laboratorio è ancora da definire: ne parleremo in Giunta nelle prossime settimane.\n\nSegreteria Generale\nComune di Porto Sant'Elpidio\n",
};
assertNoLabWords('042 Porto Sant\'Elpidio', portoNeeds, porto.text ?? '', porto.subject);

// 043 — Colle di Val d'Elsa: the form in the body with "Fabbisogni e obiettivi:" left empty.
const colle: ComuneMailOptions = {
  id: 'zoo3-043-colle',
  from: 'c.bindi@comune.colle-val-d-elsa.si.it',
  fromName: 'Chiara Bindi',
  subject: "Richiesta Capacity Lab - Colle di Val d'Elsa",
  date: '2026-02-13T11:55:00+01:00',
  text:
    'Buongiorno,\ninviamo i dati richiesti.\n\n' +
    "Comune richiedente: Colle di Val d'Elsa (SI)\nReferente: Chiara Bindi\nRuolo: Istruttore direttivo tecnico\nE-mail: c.bindi@comune.colle-val-d-elsa.si.it\nTelefono: 0577 912254\n" +
    'Laboratorio richiesto: PC-4 Project management\nFabbisogni e obiettivi:\nNumero partecipanti: 10\nGiornate: 2\n\nCordiali saluti\nChiara Bindi\n',
};

// 044 — Arco: only "Ufficio Segreteria" and its mailbox, no person.
const arcoNeeds = 'ridurre le uscite volontarie del personale amministrativo e introdurre percorsi di crescita interni.';
const arcoLines = [
  'Buongiorno,',
  '',
  'il Comune di Arco (TN) chiede di partecipare al laboratorio PO-3 Valorizzazione e retention del personale.',
  '',
  `Fabbisogni: ${arcoNeeds}`,
  'Partecipanti: 12',
  'Per ogni comunicazione: segreteria@comune.arco.tn.it – tel. 0464 583511',
  '',
  'Cordiali saluti',
  'Ufficio Segreteria',
  'Comune di Arco',
];
const arco: ComuneMailOptions = {
  id: 'zoo3-044-arco',
  from: 'segreteria@comune.arco.tn.it',
  fromName: 'Comune di Arco - Segreteria',
  subject: 'Richiesta laboratorio Cap4City',
  date: '2026-02-16T10:30:00+01:00',
  text: `${arcoLines.join('\n')}\n`,
  html: thunderbirdHtml(arcoLines.map((line) => (line ? `    <p>${esc(line)}</p>` : '    <p><br></p>')).join('\n')),
};

// 045 — Giarre: a PDF form with a lab code the catalogue does not have.
const giarreNeeds = 'Portare online le pratiche dello sportello unico e ridurre le code agli uffici demografici.';
const giarre: ComuneMailOptions = {
  id: 'zoo3-045-giarre',
  from: 'sistemiinformativi@comune.giarre.ct.it',
  fromName: 'Servizio Sistemi Informativi',
  subject: 'Scheda richiesta Capacity Lab - Comune di Giarre',
  date: '2026-02-16T15:20:00+01:00',
  client: 'outlook',
  text: 'Buongiorno,\nsi trasmette la scheda di richiesta compilata.\nCordiali saluti\nServizio Sistemi Informativi – Comune di Giarre\n',
};
assertNoLabWords('045 Giarre', giarreNeeds, giarre.text ?? '', giarre.subject);

async function giarreForm(): Promise<Buffer> {
  const pdf = await LetterPdf.create({
    logo: coatOfArms({ field: '#a31515', charge: '#ffd54f' }),
    lines: ['COMUNE DI GIARRE', 'Città Metropolitana di Catania', 'Servizio Sistemi Informativi'],
    footer: ['Piazza Municipio – 95014 Giarre (CT) – PEC: protocollo@pec.comune.giarre.ct.it'],
    producer: 'Microsoft® Word per Microsoft 365',
    created: '2026-02-16T14:50:00+01:00',
  });
  pdf.line('SCHEDA DI RICHIESTA – CAPACITY LAB CAP4CITY');
  pdf.gap(8);
  pdf.table([
    ['Comune', 'Giarre'],
    ['Provincia', 'CT'],
    ['Referente', 'Alfio Leonardi'],
    ['Qualifica', 'Responsabile Servizio Sistemi Informativi'],
    ['E-mail', 'a.leonardi@comune.giarre.ct.it'],
    ['Telefono', '095 963412'],
    ['Laboratorio richiesto', 'PC-7 Innovazione digitale'],
    ['Fabbisogni', giarreNeeds],
    ['Partecipanti', '9'],
  ], 220);
  pdf.line('Giarre, 16/02/2026');
  pdf.signature(['Il Responsabile del Servizio', 'Alfio Leonardi']);
  return pdf.save();
}
assertNoLabWords('045 Giarre form', 'Responsabile Servizio Sistemi Informativi', 'PC-7 Innovazione digitale', 'SCHEDA DI RICHIESTA – CAPACITY LAB CAP4CITY');

export const INCOMPLETE3_CASES: Zoo3Case[] = [
  {
    category,
    name: 'saint-christophe-nessun-laboratorio',
    build: () => comuneMail(saintChristophe),
    expected: expectRequest(
      headerOf(saintChristophe),
      {
        comune: C.saintChristophe,
        contact: { name: 'Nathalie Bionaz', role: 'Istruttore amministrativo', email: 'n.bionaz@comune.saint-christophe.ao.it', phone: '0165 269813' },
        labs: [],
        needs: saintChristopheNeeds,
      },
      { missing: ['request.labs'] },
    ),
  },
  {
    category,
    name: 'porto-sant-elpidio-da-definire',
    build: withAttachment(porto, 'Modulo_richiesta_Cap4City_PSE.docx', MIME.docx, () =>
      officialDocx({
        comune: "Porto Sant'Elpidio",
        provincia: 'FM',
        forma: 'Singolo Comune',
        referente_nome: 'Marta Vitali',
        referente_ruolo: 'Vice Segretario',
        referente_email: 'm.vitali@comune.portosantelpidio.fm.it',
        referente_telefono: '0734 908214',
        ambito: '',
        laboratorio: 'da definire',
        laboratorio_2: '',
        fabbisogni: portoNeeds,
        dest_segretari: true,
        dest_dirigenti: true,
        partecipanti: '10',
        privacy: true,
        luogo_data: "Porto Sant'Elpidio, 12/02/2026",
        firmatario: 'Marta Vitali',
      }),
    ),
    expected: expectRequest(
      headerOf(porto),
      {
        comune: C.portoSantElpidio,
        contact: { name: 'Marta Vitali', role: 'Vice Segretario', email: 'm.vitali@comune.portosantelpidio.fm.it', phone: '0734 908214' },
        labs: [],
        needs: portoNeeds,
        participants: 10,
      },
      { missing: ['request.labs'] },
    ),
  },
  {
    category,
    name: 'colle-di-val-d-elsa-fabbisogni-vuoti',
    build: () => comuneMail(colle),
    expected: expectRequest(
      headerOf(colle),
      {
        comune: C.colle,
        contact: { name: 'Chiara Bindi', role: 'Istruttore direttivo tecnico', email: 'c.bindi@comune.colle-val-d-elsa.si.it', phone: '0577 912254' },
        labs: ['PC-4'],
        participants: 10,
        days: 2,
      },
      { missing: ['request.needs'] },
    ),
  },
  {
    category,
    name: 'arco-solo-ufficio-segreteria',
    build: () => comuneMail(arco),
    expected: expectRequest(
      headerOf(arco),
      {
        comune: C.arco,
        contact: { email: 'segreteria@comune.arco.tn.it', phone: '0464 583511' },
        labs: ['PO-3'],
        needs: arcoNeeds,
        participants: 12,
      },
      { missing: ['request.contact.name'] },
    ),
  },
  {
    category,
    name: 'giarre-codice-inesistente',
    build: withAttachment(giarre, 'scheda_capacity_lab_giarre.pdf', MIME.pdf, giarreForm),
    expected: expectRequest(
      headerOf(giarre),
      {
        comune: C.giarre,
        contact: { name: 'Alfio Leonardi', role: 'Responsabile Servizio Sistemi Informativi', email: 'a.leonardi@comune.giarre.ct.it', phone: '095 963412' },
        labs: [],
        participants: 9,
      },
      { missing: ['request.labs'] },
    ),
  },
];
