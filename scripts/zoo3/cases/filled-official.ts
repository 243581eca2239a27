import { fillFormPdf } from '../../../src/core/form/fill-form-pdf.ts';
import { officialDocx } from '../../fixtures/office-documents.ts';
import type { ComuneMailOptions } from '../../fixtures/comune-mail.ts';
import { printedPdfForm, printedWordForm } from '../print-to-pdf.ts';
import { C, MIME, expectRequest, headerOf, withAttachment } from '../common.ts';
import type { Zoo3Case } from '../zoo3-case.ts';

const category = 'filled-official' as const;
const FORMA_OPTIONS_X = 'X Singolo Comune   ☐ Unione di Comuni   ☐ Convenzione tra Comuni   ☐ Altro';

// 009 — Sesto Fiorentino: values typed with leading, trailing and doubled spaces.
const sestoNeeds = 'Ridurre i tempi delle selezioni e rivedere i profili richiesti negli avvisi, oggi poco aderenti a ciò che serve agli uffici.';
const sesto: ComuneMailOptions = {
  id: 'zoo3-009-sesto',
  from: 'g.bianchi@comune.sesto-fiorentino.fi.it',
  fromName: 'Bianchi Giulia',
  subject: 'modulo cap4city compilato',
  date: '2026-01-26T12:44:00+01:00',
  client: 'outlook',
  text: 'Buongiorno,\nallego il modulo compilato.\nGrazie\nGiulia Bianchi\nServizio Personale\n',
};

// 010 — Merano/Meran: "X" typed in place of ☐ in the option lines.
const meranoNeeds = 'Dare un metodo comune ai responsabili dei progetti finanziati: cronoprogrammi condivisi, gestione dei rischi e riunioni di avanzamento.';
const merano: ComuneMailOptions = {
  id: 'zoo3-010-merano',
  from: 'martina.pichler@comune.merano.bz.it',
  fromName: 'Pichler Martina',
  subject: 'Cap4City Anfrage / richiesta - Comune di Merano',
  date: '2026-01-27T08:55:00+01:00',
  client: 'outlook',
  text: 'Buongiorno,\nin allegato il modulo di richiesta del Comune di Merano.\nCordiali saluti / Mit freundlichen Grüßen\nMartina Pichler\n',
};

// 011 — Senigallia: the lab by its code only.
const senigalliaNeeds = 'Preparare la delegazione di parte pubblica alla nuova contrattazione integrativa 2026-2028 e alla costituzione del fondo.';
const senigallia: ComuneMailOptions = {
  id: 'zoo3-011-senigallia',
  from: 'personale@comune.senigallia.an.it',
  fromName: 'Ufficio Personale Senigallia',
  subject: 'Richiesta laboratorio Cap4City',
  date: '2026-01-27T11:20:00+01:00',
  text: 'Buongiorno,\nsi invia il modulo di richiesta compilato.\n\nUfficio Personale\nComune di Senigallia\n',
};

// 012 — Bagheria: both choices filled.
const bagheriaNeeds =
  'Far conoscere ai cittadini i cantieri finanziati in corso (asili nido, Villa Cattolica, rigenerazione di piazza Madrice) e rispettare gli obblighi di pubblicità dei finanziamenti.';
const bagheria: ComuneMailOptions = {
  id: 'zoo3-012-bagheria',
  from: 'r.scaduto@comune.bagheria.pa.it',
  fromName: 'Rosalia Scaduto',
  subject: 'Modulo richiesta Capacity Lab - Comune di Bagheria',
  date: '2026-01-28T17:02:00+01:00',
  client: 'outlook',
  text: 'Buonasera,\ntrasmetto il modulo compilato per la richiesta del Capacity Lab.\nCordialmente\nRosalia Scaduto\nUfficio Stampa – Comune di Bagheria\n',
};

// 013 — Pordenone: the DOCX form printed with "Microsoft Print to PDF", word by word.
const pordenone: ComuneMailOptions = {
  id: 'zoo3-013-pordenone',
  from: 'andrea.zanin@comune.pordenone.it',
  fromName: 'Zanin Andrea',
  subject: 'Richiesta Capacity Lab Comune di Pordenone',
  date: '2026-01-27T15:36:00+01:00',
  client: 'outlook',
  text: 'Buon pomeriggio,\nin allegato il modulo di richiesta in formato PDF.\n\nAndrea Zanin\nU.O. Appalti – Comune di Pordenone\n',
};

// 014 — Civita Castellana: the PDF form filled in the browser and printed with "Microsoft Print to PDF".
const civitaNeeds = 'Attrarre candidati per i profili tecnici rimasti scoperti.';
const civita: ComuneMailOptions = {
  id: 'zoo3-014-civita-castellana',
  from: 'f.ricci@comune.civitacastellana.vt.it',
  fromName: 'Federica Ricci',
  subject: 'Cap4City - modulo',
  date: '2026-01-28T10:31:00+01:00',
  text: 'Buongiorno, invio il modulo compilato.\nSaluti\nFederica Ricci\n',
};

// 015 — Fidenza: "Comune di Fidenza (PR)", lab by title only, the Ambito option line left untouched.
const fidenzaNeeds = 'Costruire un sistema di indicatori per seguire i progetti del PNRR e riferirne alla Giunta ogni trimestre.';
const fidenza: ComuneMailOptions = {
  id: 'zoo3-015-fidenza',
  from: 'd.ferrari@comune.fidenza.pr.it',
  fromName: 'Davide Ferrari',
  subject: 'Richiesta Capacity Lab',
  date: '2026-01-29T09:18:00+01:00',
  client: 'outlook',
  text: 'Buongiorno,\nin allegato la richiesta del Comune di Fidenza.\n\nCordiali saluti\nDavide Ferrari\n',
};

// 016 — Venosa: the fillable PDF, lab typed into the editable drop-down in the office's own way.
const venosaNeeds = 'Tenere sotto controllo cassa e rendiconti dei sei interventi finanziati.';
const venosa: ComuneMailOptions = {
  id: 'zoo3-016-venosa',
  from: 'ragioneria@comune.venosa.pz.it',
  fromName: 'Comune di Venosa - Ragioneria',
  subject: 'Trasmissione modulo Cap4City',
  date: '2026-01-29T13:05:00+01:00',
  text: 'Si trasmette il modulo di richiesta compilato.\nDistinti saluti\nServizio Finanziario\nComune di Venosa\n',
};

export const FILLED_OFFICIAL_CASES: Zoo3Case[] = [
  {
    category,
    name: 'sesto-fiorentino-spazi-in-piu',
    build: withAttachment(sesto, 'Modulo_richiesta_Cap4City.docx', MIME.docx, () =>
      officialDocx({
        comune: '  Sesto  Fiorentino ',
        provincia: ' FI',
        forma: 'Singolo Comune',
        pec_ente: 'protocollo@pec.comune.sesto-fiorentino.fi.it ',
        referente_nome: ' Giulia  Bianchi ',
        referente_ruolo: 'Istruttore direttivo amministrativo  ',
        referente_email: ' g.bianchi@comune.sesto-fiorentino.fi.it',
        referente_telefono: '055  4496318',
        ambito: 'Personale e organizzazione',
        laboratorio: '  PO-2   Reclutamento',
        fabbisogni: sestoNeeds,
        dest_dirigenti: true,
        dest_team: true,
        partecipanti: ' 14 ',
        giornate: '2 ',
        periodo: ' aprile 2026',
        sede: 'Palazzo comunale ',
        privacy: true,
        luogo_data: 'Sesto Fiorentino, 26/01/2026',
        firmatario: 'Giulia Bianchi',
      }),
    ),
    expected: expectRequest(headerOf(sesto), {
      comune: C.sestoFiorentino,
      contact: { name: 'Giulia Bianchi', role: 'Istruttore direttivo amministrativo', email: 'g.bianchi@comune.sesto-fiorentino.fi.it', phone: '055 4496318' },
      labs: ['PO-2'],
      needs: sestoNeeds,
      participants: 14,
      days: 2,
    }),
  },
  {
    category,
    name: 'merano-x-nelle-opzioni',
    build: withAttachment(merano, 'Modulo Cap4City Merano.docx', MIME.docx, () =>
      officialDocx({
        comune: 'Merano – Meran',
        provincia: 'BZ',
        forma: FORMA_OPTIONS_X,
        pec_ente: 'merano.meran@legalmail.it',
        referente_nome: 'Martina Pichler',
        referente_ruolo: 'Funzionaria Ufficio Progetti Europei',
        referente_email: 'martina.pichler@comune.merano.bz.it',
        referente_telefono: '0473 250312',
        ambito: '☐ Personale e organizzazione   X Progetti e politiche di coesione',
        laboratorio: 'PC-4 Project management',
        fabbisogni: meranoNeeds,
        dest_dirigenti: 'X',
        dest_team: 'X',
        partecipanti: '12',
        giornate: '2',
        periodo: 'settembre 2026',
        privacy: 'X',
        luogo_data: 'Merano, 26.01.2026',
        firmatario: 'Martina Pichler',
      }),
    ),
    expected: expectRequest(headerOf(merano), {
      comune: C.merano,
      contact: { name: 'Martina Pichler', role: 'Funzionaria Ufficio Progetti Europei', email: 'martina.pichler@comune.merano.bz.it', phone: '0473 250312' },
      labs: ['PC-4'],
      needs: meranoNeeds,
      participants: 12,
      days: 2,
    }),
  },
  {
    category,
    name: 'senigallia-solo-codice',
    build: withAttachment(senigallia, 'modulo_cap4city_senigallia.docx', MIME.docx, () =>
      officialDocx({
        comune: 'Senigallia',
        provincia: 'AN',
        codice_istat: '042045',
        forma: 'Singolo Comune',
        referente_nome: 'Paolo Santini',
        referente_ruolo: 'Responsabile Ufficio Personale',
        referente_email: 'p.santini@comune.senigallia.an.it',
        referente_telefono: '071 6629281',
        laboratorio: 'PO-5',
        laboratorio_2: '',
        fabbisogni: senigalliaNeeds,
        dest_segretari: true,
        dest_dirigenti: true,
        partecipanti: '8',
        giornate: '1',
        privacy: true,
        luogo_data: 'Senigallia, 27 gennaio 2026',
        firmatario: 'Paolo Santini',
      }),
    ),
    expected: expectRequest(headerOf(senigallia), {
      comune: C.senigallia,
      contact: { name: 'Paolo Santini', role: 'Responsabile Ufficio Personale', email: 'p.santini@comune.senigallia.an.it', phone: '071 6629281' },
      labs: ['PO-5'],
      needs: senigalliaNeeds,
      participants: 8,
      days: 1,
    }),
  },
  {
    category,
    name: 'bagheria-due-scelte-compilate',
    build: withAttachment(bagheria, 'Modulo_Cap4City_Bagheria.docx', MIME.docx, () =>
      officialDocx({
        comune: 'Bagheria',
        provincia: 'PA',
        forma: 'Singolo Comune',
        pec_ente: 'protocollo@pec.comune.bagheria.pa.it',
        referente_nome: 'Rosalia Scaduto',
        referente_ruolo: 'Istruttore direttivo – Ufficio Stampa',
        referente_email: 'r.scaduto@comune.bagheria.pa.it',
        referente_telefono: '091 943211',
        ambito: 'Progetti e politiche di coesione',
        laboratorio: 'PC-6 Comunicazione e valorizzazione dei progetti finanziati',
        laboratorio_2: 'PC-1 Costruzione del parco progetti',
        fabbisogni: bagheriaNeeds,
        dest_amministratori: true,
        dest_team: true,
        partecipanti: '10',
        privacy: true,
        luogo_data: 'Bagheria, 28/01/2026',
        firmatario: 'Rosalia Scaduto',
      }),
    ),
    expected: expectRequest(headerOf(bagheria), {
      comune: C.bagheria,
      contact: { name: 'Rosalia Scaduto', role: 'Istruttore direttivo – Ufficio Stampa', email: 'r.scaduto@comune.bagheria.pa.it', phone: '091 943211' },
      labs: ['PC-6', 'PC-1'],
      needs: bagheriaNeeds,
      participants: 10,
    }),
  },
  {
    category,
    name: 'pordenone-stampa-pdf-da-word',
    build: withAttachment(pordenone, 'Modulo_Cap4City_Pordenone.pdf', MIME.pdf, () =>
      printedWordForm(
        {
          comune: 'Pordenone',
          provincia: 'PN',
          codice_istat: '093033',
          forma: 'Singolo Comune',
          pec_ente: 'comune.pordenone@certgov.fvg.it',
          referente_nome: 'Andrea Zanin',
          referente_ruolo: 'Responsabile U.O. Appalti',
          referente_email: 'andrea.zanin@comune.pordenone.it',
          referente_telefono: '0434 392711',
          ambito: 'Progetti e politiche di coesione',
          laboratorio: 'PC-3 Procedure e affidamenti',
          fabbisogni:
            'Uniformare tra i settori le procedure sotto soglia e gli affidamenti diretti, gestire in modo ordinato la fase di verifica dei requisiti e la documentazione di gara sulle piattaforme certificate, ridurre i tempi tra determina a contrarre e stipula.',
          dest_dirigenti: true,
          dest_team: true,
          partecipanti: '16',
          giornate: '2',
          periodo: 'giugno 2026',
          sede: 'Sala consiliare',
          privacy: true,
          luogo_data: 'Pordenone, 27/01/2026',
          firmatario: 'Andrea Zanin',
        },
        { title: 'Microsoft Word - Modulo_Cap4City_Pordenone.docx', created: '2026-01-27T15:20:00+01:00' },
      ),
    ),
    expected: expectRequest(headerOf(pordenone), {
      comune: C.pordenone,
      contact: { name: 'Andrea Zanin', role: 'Responsabile U.O. Appalti', email: 'andrea.zanin@comune.pordenone.it', phone: '0434 392711' },
      labs: ['PC-3'],
      participants: 16,
      days: 2,
    }),
  },
  {
    category,
    name: 'civita-castellana-stampa-pdf-dal-browser',
    build: withAttachment(civita, 'Modulo_Cap4City.pdf', MIME.pdf, () =>
      printedPdfForm(
        {
          comune: 'Civita Castellana',
          provincia: 'VT',
          forma: 'Singolo Comune',
          referente_nome: 'Federica Ricci',
          referente_ruolo: 'Istruttore amministrativo',
          referente_email: 'f.ricci@comune.civitacastellana.vt.it',
          referente_telefono: '0761 590215',
          ambito: 'Personale e organizzazione',
          laboratorio: 'PO-1 Attrattività del lavoro pubblico',
          fabbisogni: civitaNeeds,
          dest_dirigenti: true,
          partecipanti: '7',
          giornate: '1',
          periodo: 'primavera 2026',
          privacy: true,
          luogo_data: 'Civita Castellana, 28/01/2026',
          firmatario: 'Federica Ricci',
        },
        {
          title: 'Modulo_Cap4City.pdf',
          created: '2026-01-28T10:14:00+01:00',
          browserStamp: '28/01/26, 10:14',
          fileUrl: 'file:///C:/Users/fricci/Downloads/Modulo_Cap4City.pdf',
        },
      ),
    ),
    expected: expectRequest(headerOf(civita), {
      comune: C.civitaCastellana,
      contact: { name: 'Federica Ricci', role: 'Istruttore amministrativo', email: 'f.ricci@comune.civitacastellana.vt.it', phone: '0761 590215' },
      labs: ['PO-1'],
      needs: civitaNeeds,
      participants: 7,
      days: 1,
    }),
  },
  {
    category,
    name: 'fidenza-titolo-e-opzioni-intatte',
    build: withAttachment(fidenza, 'Modulo di richiesta Capacity Lab.docx', MIME.docx, () =>
      officialDocx({
        comune: 'Comune di Fidenza (PR)',
        provincia: '',
        forma: '☒ Singolo Comune   ☐ Unione di Comuni   ☐ Convenzione tra Comuni   ☐ Altro',
        referente_nome: 'Davide Ferrari',
        referente_ruolo: 'Funzionario Servizio Programmazione e Controllo',
        referente_email: 'd.ferrari@comune.fidenza.pr.it',
        referente_telefono: '0524 517328',
        ambito: '☐ Personale e organizzazione   ☐ Progetti e politiche di coesione',
        laboratorio: 'Monitoraggio e valutazione',
        fabbisogni: fidenzaNeeds,
        dest_dirigenti: true,
        partecipanti: '9',
        giornate: '2',
        privacy: true,
        luogo_data: 'Fidenza, 29/01/2026',
        firmatario: 'Davide Ferrari',
      }),
    ),
    expected: expectRequest(headerOf(fidenza), {
      comune: C.fidenza,
      contact: { name: 'Davide Ferrari', role: 'Funzionario Servizio Programmazione e Controllo', email: 'd.ferrari@comune.fidenza.pr.it', phone: '0524 517328' },
      labs: ['PC-5'],
      needs: fidenzaNeeds,
      participants: 9,
      days: 2,
    }),
  },
  {
    category,
    name: 'venosa-pdf-compilabile-a-modo-suo',
    build: withAttachment(venosa, 'modulo_cap4city_venosa.pdf', MIME.pdf, async () =>
      Buffer.from(
        await fillFormPdf({
          comune: 'Venosa ',
          provincia: 'PZ ',
          forma: 'Singolo Comune',
          pec_ente: 'protocollo@pec.comune.venosa.pz.it',
          referente_nome: 'Teresa Lorusso ',
          referente_ruolo: 'Responsabile Servizio Finanziario',
          referente_email: 'ragioneria@comune.venosa.pz.it',
          referente_telefono: '0972/308611',
          ambito: 'Progetti e politiche di coesione',
          laboratorio: 'pc-2  gestione finanziaria',
          fabbisogni: venosaNeeds,
          dest_dirigenti: true,
          partecipanti: '6 ',
          giornate: '2',
          privacy: true,
          luogo_data: 'Venosa, 29.01.2026',
          firmatario: 'Teresa Lorusso',
        }),
      ),
    ),
    expected: expectRequest(headerOf(venosa), {
      comune: C.venosa,
      contact: { name: 'Teresa Lorusso', role: 'Responsabile Servizio Finanziario', email: 'ragioneria@comune.venosa.pz.it', phone: '0972/308611' },
      labs: ['PC-2'],
      needs: venosaNeeds,
      participants: 6,
      days: 2,
    }),
  },
];
