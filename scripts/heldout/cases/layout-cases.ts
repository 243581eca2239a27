import { buildFormDocx } from '../../../src/core/form/build-form-docx.ts';
import { DEFAULT_CATALOG } from '../../../src/core/form/default-catalog.ts';
import { fillFormPdf } from '../../../src/core/form/fill-form-pdf.ts';
import { comuneMail } from '../../fixtures/comune-mail.ts';
import type { FixtureCase } from '../../fixtures/fixture-case.ts';
import { normalizeZip } from '../../fixtures/normalize-zip.ts';
import { tablePdf, textPdf } from '../../fixtures/text-pdf.ts';
import { expectedRequestMessage } from '../expected-output.ts';
import { HELDOUT_COMUNI as C } from '../heldout-comuni.ts';
import { headerRowXlsx, wordFormDocx } from '../person-documents.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Forms in layouts the golden corpus does not use: other label wordings, capitals, numbering, tables, header rows. */
export const LAYOUT_CASES: FixtureCase[] = [
  {
    name: 'body-ente-labels-nardo',
    build: () =>
      comuneMail({
        id: 'ho-nardo',
        from: 'c.greco@comune.nardo.le.it',
        fromName: 'Greco Cosimo',
        subject: 'Adesione Capacity Lab - Comune di Nardò',
        date: '2026-02-03T10:12:00+01:00',
        client: 'outlook',
        text:
          'Spett.le Segreteria Cap4City,\ncon la presente si trasmette la richiesta di adesione ai Capacity Lab.\n\n' +
          'Ente: Comune di Nardò (LE)\nNominativo referente: Cosimo Greco\nQualifica: Responsabile Settore Lavori Pubblici\nRecapito telefonico: 0833 838111\n' +
          'Mail: c.greco@comune.nardo.le.it\nPercorso richiesto: Procedure e affidamenti\n' +
          'Obiettivi: Gestire in autonomia le procedure negoziate sotto soglia sul MePA e ridurre i tempi di aggiudicazione delle opere PNRR.\n' +
          'N. partecipanti: 12\nDurata (giornate): 2\n\nDistinti saluti\nCosimo Greco\nSettore Lavori Pubblici - Comune di Nardò\n',
      }),
    expected: expectedRequestMessage(
      { from: 'c.greco@comune.nardo.le.it', subject: 'Adesione Capacity Lab - Comune di Nardò', date: '2026-02-03T10:12:00+01:00' },
      {
        comune: C.nardo,
        contact: { name: 'Cosimo Greco', role: 'Responsabile Settore Lavori Pubblici', email: 'c.greco@comune.nardo.le.it', phone: '0833 838111' },
        labs: ['PC-3'],
        needs: 'Gestire in autonomia le procedure negoziate sotto soglia sul MePA e ridurre i tempi di aggiudicazione delle opere PNRR.',
        participants: 12,
        days: 2,
      },
      { form: { source: 'body' } },
    ),
  },
  {
    name: 'body-capital-labels-castel-san-giorgio',
    build: () =>
      comuneMail({
        id: 'ho-castelsangiorgio',
        from: 'segreteria@comune.castelsangiorgio.sa.it',
        subject: 'RICHIESTA LABORATORIO CAP4CITY',
        date: '2026-02-03T11:40:00+01:00',
        text:
          'Si inoltra la richiesta di questo Ente.\n\nCOMUNE: Castel San Giorgio\nPROVINCIA: SA\nREFERENTE: Dott.ssa Carmela Senatore\nRUOLO: Segretario comunale\n' +
          'EMAIL: segreteria@comune.castelsangiorgio.sa.it\nTELEFONO: 081 5163211\nLABORATORIO: PIAO e programmazione delle assunzioni\n' +
          'FABBISOGNI: Redigere il PIAO 2026-2028 in forma semplificata e collegarlo al piano dei fabbisogni di personale.\n' +
          'DESTINATARI: segretari e direttori generali, dirigenti e funzionari\nPARTECIPANTI: 8\n\nIl Segretario comunale\nDott.ssa Carmela Senatore\n',
      }),
    expected: expectedRequestMessage(
      { from: 'segreteria@comune.castelsangiorgio.sa.it', subject: 'RICHIESTA LABORATORIO CAP4CITY', date: '2026-02-03T11:40:00+01:00' },
      {
        comune: C.castelSanGiorgio,
        contact: { name: 'Carmela Senatore', role: 'Segretario comunale', email: 'segreteria@comune.castelsangiorgio.sa.it', phone: '081 5163211' },
        labs: ['PO-4'],
        needs: 'Redigere il PIAO 2026-2028 in forma semplificata e collegarlo al piano dei fabbisogni di personale.',
        audience: ['segretari', 'dirigenti'],
        participants: 8,
      },
    ),
  },
  {
    name: 'body-numbered-labels-san-pietro-a-maida',
    build: () =>
      comuneMail({
        id: 'ho-sanpietroamaida',
        from: 'g.mazza@comune.sanpietroamaida.cz.it',
        fromName: 'Giuseppe Mazza',
        subject: 'Cap4City: richiesta di un Capacity Lab',
        date: '2026-02-04T09:05:00+01:00',
        text:
          'Buongiorno,\ndi seguito i dati per la richiesta del laboratorio.\n\n1. Comune richiedente: San Pietro a Maida (CZ)\n2. Referente: Giuseppe Mazza\n3. Qualifica: Istruttore direttivo amministrativo\n' +
          '4. E-mail: g.mazza@comune.sanpietroamaida.cz.it\n5. Telefono: 0968 79021\n6. Laboratorio: Reclutamento\n' +
          '7. Fabbisogni e obiettivi: Bandire i primi concorsi in forma associata con i Comuni vicini e usare il portale inPA.\n8. Numero partecipanti: 5\n9. Giornate: 1\n\nGrazie, buon lavoro\nGiuseppe Mazza\n',
      }),
    expected: expectedRequestMessage(
      { from: 'g.mazza@comune.sanpietroamaida.cz.it', subject: 'Cap4City: richiesta di un Capacity Lab', date: '2026-02-04T09:05:00+01:00' },
      {
        comune: C.sanPietroAMaida,
        contact: { name: 'Giuseppe Mazza', role: 'Istruttore direttivo amministrativo', email: 'g.mazza@comune.sanpietroamaida.cz.it', phone: '0968 79021' },
        labs: ['PO-2'],
        needs: 'Bandire i primi concorsi in forma associata con i Comuni vicini e usare il portale inPA.',
        participants: 5,
        days: 1,
      },
    ),
  },
  {
    name: 'body-values-next-line-vico-equense',
    build: () =>
      comuneMail({
        id: 'ho-vicoequense',
        from: 'r.cuomo@comune.vicoequense.na.it',
        fromName: 'Raffaele Cuomo',
        subject: 'Modulo Capacity Lab Comune di Vico Equense',
        date: '2026-02-04T12:30:00+01:00',
        text:
          'Comune richiedente\nVico Equense\n\nReferente (nome e cognome)\nRaffaele Cuomo\n\nRuolo\nResponsabile Servizio Personale\n\nE-mail\nr.cuomo@comune.vicoequense.na.it\n\n' +
          'Laboratorio richiesto\nValorizzazione e retention del personale\n\nFabbisogni e obiettivi\n' +
          'Trattenere i giovani funzionari assunti con il PNRR, che dopo un anno chiedono la mobilità verso Comuni più grandi.\n\nPeriodo preferito\naprile-maggio 2026\n\nCordialmente\nR. Cuomo\n',
      }),
    expected: expectedRequestMessage(
      { from: 'r.cuomo@comune.vicoequense.na.it', subject: 'Modulo Capacity Lab Comune di Vico Equense', date: '2026-02-04T12:30:00+01:00' },
      {
        comune: C.vicoEquense,
        contact: { name: 'Raffaele Cuomo', role: 'Responsabile Servizio Personale', email: 'r.cuomo@comune.vicoequense.na.it' },
        labs: ['PO-3'],
        needs: 'Trattenere i giovani funzionari assunti con il PNRR, che dopo un anno chiedono la mobilità verso Comuni più grandi.',
        period: 'aprile-maggio 2026',
      },
    ),
  },
  {
    name: 'html-table-sant-anastasia',
    build: () =>
      comuneMail({
        id: 'ho-santanastasia',
        from: 'affarigenerali@comune.santanastasia.na.it',
        fromName: 'Affari Generali',
        subject: "Richiesta Capacity Lab – Comune di Sant'Anastasia",
        date: '2026-02-05T08:45:00+01:00',
        client: 'outlook',
        html:
          '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>td{font-family:Calibri;font-size:11pt}</style></head><body>' +
          '<p class="MsoNormal">Buongiorno,<br>si trasmettono i dati richiesti per la partecipazione.</p>' +
          '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">' +
          [
            ['Amministrazione', "Comune di Sant'Anastasia"],
            ['Referente', 'Antonietta Esposito'],
            ['Qualifica', 'Funzionaria Ufficio Affari Generali'],
            ['Indirizzo PEC', 'protocollo@pec.comune.santanastasia.na.it'],
            ['E-mail referente', 'a.esposito@comune.santanastasia.na.it'],
            ['Telefono', '081 8930111'],
            ['Lab di interesse', 'Comunicazione e valorizzazione dei progetti finanziati'],
            ['Esigenze formative', 'Raccontare ai cittadini i cantieri PNRR in corso (scuole e asilo nido) con un piano di comunicazione semplice.'],
            ['Sede', 'Sala Giunta, Palazzo Siano'],
          ]
            .map(([label, value]) => `<tr><td width="200"><b><span>${label}</span></b></td><td><span>${value}</span></td></tr>`)
            .join('') +
          '</table><p class="MsoNormal">Cordiali saluti<br>Ufficio Affari Generali</p></body></html>',
      }),
    expected: expectedRequestMessage(
      { from: 'affarigenerali@comune.santanastasia.na.it', subject: "Richiesta Capacity Lab – Comune di Sant'Anastasia", date: '2026-02-05T08:45:00+01:00' },
      {
        comune: C.santAnastasia,
        entityPec: 'protocollo@pec.comune.santanastasia.na.it',
        contact: { name: 'Antonietta Esposito', role: 'Funzionaria Ufficio Affari Generali', email: 'a.esposito@comune.santanastasia.na.it', phone: '081 8930111' },
        labs: ['PC-6'],
        needs: 'Raccontare ai cittadini i cantieri PNRR in corso (scuole e asilo nido) con un piano di comunicazione semplice.',
        venue: 'Sala Giunta, Palazzo Siano',
      },
    ),
  },
  {
    name: 'docx-bold-labels-tabs-piazza-armerina',
    build: async () =>
      comuneMail({
        id: 'ho-piazzaarmerina',
        from: 'ragioneria@comune.piazzaarmerina.en.it',
        fromName: 'Ragioneria Piazza Armerina',
        subject: 'Trasmissione modulo richiesta laboratorio',
        date: '2026-02-05T13:20:00+01:00',
        text: 'Buongiorno,\nsi trasmette in allegato la richiesta del Comune di Piazza Armerina.\n\nCordiali saluti\nServizio Finanziario\n',
        attachments: [
          {
            filename: 'Richiesta_CapacityLab_PiazzaArmerina.docx',
            contentType: DOCX,
            content: await wordFormDocx([
              { text: 'COMUNE DI PIAZZA ARMERINA', bold: true, centered: true },
              { text: 'Libero Consorzio Comunale di Enna', centered: true },
              { text: 'RICHIESTA DI PARTECIPAZIONE AI CAPACITY LAB CAP4CITY', bold: true, centered: true },
              { label: 'Comune:', value: 'Piazza Armerina' },
              { label: 'Referente:', value: 'Filippo Lo Presti' },
              { label: 'Qualifica:', value: 'Responsabile Servizio Finanziario' },
              { label: 'E-mail:', value: 'f.lopresti@comune.piazzaarmerina.en.it' },
              { label: 'Cell.:', value: '329 4417265' },
              { label: 'Laboratorio:', value: 'Gestione finanziaria' },
              { label: 'Seconda scelta:', value: 'Monitoraggio e valutazione' },
              { label: 'Obiettivi:', value: 'Tenere sotto controllo cassa e residui dei progetti finanziati e rendicontare in tempo su ReGiS.' },
              { label: 'Partecipanti:', value: '6' },
              { label: 'Giornate:', value: '2' },
              { text: 'Piazza Armerina, 4 febbraio 2026' },
              { text: 'Il Responsabile del Servizio Finanziario – Filippo Lo Presti' },
            ]),
          },
        ],
      }),
    expected: expectedRequestMessage(
      { from: 'ragioneria@comune.piazzaarmerina.en.it', subject: 'Trasmissione modulo richiesta laboratorio', date: '2026-02-05T13:20:00+01:00' },
      {
        comune: C.piazzaArmerina,
        contact: { name: 'Filippo Lo Presti', role: 'Responsabile Servizio Finanziario', email: 'f.lopresti@comune.piazzaarmerina.en.it', phone: '329 4417265' },
        labs: ['PC-2', 'PC-5'],
        needs: 'Tenere sotto controllo cassa e residui dei progetti finanziati e rendicontare in tempo su ReGiS.',
        participants: 6,
        days: 2,
      },
      { form: { source: 'docx', filename: 'Richiesta_CapacityLab_PiazzaArmerina.docx', signature: null } },
    ),
  },
  {
    name: 'xlsx-one-row-per-request-alghero',
    build: async () =>
      comuneMail({
        id: 'ho-alghero',
        from: 'personale@comune.alghero.ss.it',
        fromName: 'Settore Personale Alghero',
        subject: 'Cap4City - richiesta laboratorio (file excel)',
        date: '2026-02-06T09:10:00+01:00',
        text: 'Buongiorno, in allegato il file con i dati richiesti.\nSaluti\n',
        attachments: [
          {
            filename: 'richiesta_alghero.xlsx',
            contentType: XLSX,
            content: await headerRowXlsx('Foglio1', [
              ['Comune', 'Provincia', 'Referente', 'Ruolo', 'Email', 'Telefono', 'Laboratorio', 'Fabbisogni', 'Partecipanti'],
              [
                'Alghero',
                'SS',
                'Giovanna Piras',
                'Dirigente Settore Personale',
                'g.piras@comune.alghero.ss.it',
                '079 9978800',
                'Attrattività del lavoro pubblico',
                'I bandi per ingegneri e istruttori tecnici vanno deserti: vogliamo rendere il Comune più attrattivo per i giovani.',
                10,
              ],
            ]),
          },
        ],
      }),
    expected: expectedRequestMessage(
      { from: 'personale@comune.alghero.ss.it', subject: 'Cap4City - richiesta laboratorio (file excel)', date: '2026-02-06T09:10:00+01:00' },
      {
        comune: C.alghero,
        contact: { name: 'Giovanna Piras', role: 'Dirigente Settore Personale', email: 'g.piras@comune.alghero.ss.it', phone: '079 9978800' },
        labs: ['PO-1'],
        needs: 'I bandi per ingegneri e istruttori tecnici vanno deserti: vogliamo rendere il Comune più attrattivo per i giovani.',
        participants: 10,
      },
      { form: { source: 'xlsx', filename: 'richiesta_alghero.xlsx', signature: null } },
    ),
  },
  {
    name: 'xlsx-header-voce-risposta-agnone',
    build: async () =>
      comuneMail({
        id: 'ho-agnone',
        from: 'protocollo@comune.agnone.is.it',
        subject: 'Invio scheda Capacity Lab',
        date: '2026-02-06T10:00:00+01:00',
        text: 'Si trasmette la scheda compilata.\n\nUfficio Protocollo - Comune di Agnone\n',
        attachments: [
          {
            filename: 'Scheda Cap4City Agnone.xlsx',
            contentType: XLSX,
            content: await headerRowXlsx('Scheda', [
              ['Voce', 'Risposta'],
              ['Ente', 'Comune di Agnone'],
              ['Nominativo referente', 'Lucia Marcovecchio'],
              ['Qualifica', 'Vicesegretario'],
              ['Mail', 'l.marcovecchio@comune.agnone.is.it'],
              ['Lab di interesse', 'Gestione associata di funzioni e servizi'],
              ['Esigenze', "Organizzare in forma associata con i Comuni dell'Alto Molise l'ufficio tecnico e la centrale di committenza."],
              ['N. partecipanti', 9],
              ['Durata (giornate)', 2],
            ]),
          },
        ],
      }),
    expected: expectedRequestMessage(
      { from: 'protocollo@comune.agnone.is.it', subject: 'Invio scheda Capacity Lab', date: '2026-02-06T10:00:00+01:00' },
      {
        comune: C.agnone,
        contact: { name: 'Lucia Marcovecchio', role: 'Vicesegretario', email: 'l.marcovecchio@comune.agnone.is.it' },
        labs: ['PO-6'],
        needs: "Organizzare in forma associata con i Comuni dell'Alto Molise l'ufficio tecnico e la centrale di committenza.",
        participants: 9,
        days: 2,
      },
      { form: { source: 'xlsx' } },
    ),
  },
  {
    name: 'pdf-table-other-labels-paterno',
    build: async () =>
      comuneMail({
        id: 'ho-paterno-table',
        from: 'ufficioeuropa@comune.paterno.ct.it',
        fromName: 'Ufficio Europa Paternò',
        subject: 'Richiesta Capacity Lab',
        date: '2026-02-06T11:25:00+01:00',
        client: 'outlook',
        text: 'Buongiorno,\nin allegato la richiesta del Comune di Paternò in formato PDF.\nCordiali saluti\n',
        attachments: [
          {
            filename: 'richiesta_paterno.pdf',
            contentType: 'application/pdf',
            content: await tablePdf('Comune di Paternò - Richiesta di partecipazione Capacity Lab', [
              ['Ente', 'Comune di Paternò (CT)'],
              ['Referente', 'Salvatore Rapisarda'],
              ['Qualifica', 'Funzionario Ufficio Europa'],
              ['Mail', 's.rapisarda@comune.paterno.ct.it'],
              ['Recapito telefonico', '095 7970111'],
              ['Percorso richiesto', 'Project management'],
              ['Obiettivi', 'Coordinare i RUP dei progetti PNRR con un cronoprogramma unico e riunioni di avanzamento periodiche.'],
              ['CUP', 'G61B21004560006'],
              ['N. partecipanti', '14'],
            ]),
          },
        ],
      }),
    expected: expectedRequestMessage(
      { from: 'ufficioeuropa@comune.paterno.ct.it', subject: 'Richiesta Capacity Lab', date: '2026-02-06T11:25:00+01:00' },
      {
        comune: C.paterno,
        contact: { name: 'Salvatore Rapisarda', role: 'Funzionario Ufficio Europa', email: 's.rapisarda@comune.paterno.ct.it', phone: '095 7970111' },
        labs: ['PC-4'],
        needs: 'Coordinare i RUP dei progetti PNRR con un cronoprogramma unico e riunioni di avanzamento periodiche.',
        cup: ['G61B21004560006'],
        participants: 14,
      },
      { form: { source: 'pdf-text', filename: 'richiesta_paterno.pdf', signature: null } },
    ),
  },
  {
    name: 'pdf-letter-acquaviva-delle-fonti',
    build: async () =>
      comuneMail({
        id: 'ho-acquaviva',
        from: 'segretario@comune.acquavivadellefonti.ba.it',
        subject: 'Nota prot. 2214 del 05/02/2026 - Cap4City',
        date: '2026-02-06T15:00:00+01:00',
        text: 'Si trasmette la nota in oggetto.\n',
        attachments: [
          {
            filename: 'nota_2214_2026.pdf',
            contentType: 'application/pdf',
            content: await textPdf('COMUNE DI ACQUAVIVA DELLE FONTI - Città Metropolitana di Bari', [
              'Prot. n. 2214 del 05/02/2026',
              'Spett.le ANCI - Segreteria Cap4City',
              'Oggetto: richiesta di partecipazione al Capacity Lab "Monitoraggio e valutazione".',
              'Comune richiedente: Acquaviva delle Fonti',
              'Referente: Angela Colonna',
              'Ruolo / qualifica: Segretario generale',
              'E-mail: segretario@comune.acquavivadellefonti.ba.it',
              'Telefono: 080 3065111',
              'Laboratorio richiesto: Monitoraggio e valutazione',
              'Fabbisogni e obiettivi: Costruire un cruscotto di indicatori per seguire lo stato dei progetti PNRR e riferire alla Giunta ogni trimestre.',
              'Destinatari: segretari e direttori generali, team di progetto',
              'Il Segretario generale - Angela Colonna',
            ]),
          },
        ],
      }),
    expected: expectedRequestMessage(
      { from: 'segretario@comune.acquavivadellefonti.ba.it', subject: 'Nota prot. 2214 del 05/02/2026 - Cap4City', date: '2026-02-06T15:00:00+01:00' },
      {
        comune: C.acquaviva,
        contact: { name: 'Angela Colonna', role: 'Segretario generale', email: 'segretario@comune.acquavivadellefonti.ba.it', phone: '080 3065111' },
        labs: ['PC-5'],
        needs: 'Costruire un cruscotto di indicatori per seguire lo stato dei progetti PNRR e riferire alla Giunta ogni trimestre.',
        audience: ['segretari', 'team'],
      },
      { form: { source: 'pdf-text' } },
    ),
  },
  {
    name: 'official-pdf-form-cava-de-tirreni',
    build: async () =>
      comuneMail({
        id: 'ho-cava',
        from: 'contratti@comune.cavadetirreni.sa.it',
        fromName: 'Ufficio Contratti',
        subject: "Modulo richiesta Capacity Lab - Cava de' Tirreni",
        date: '2026-02-09T09:30:00+01:00',
        text: 'Buongiorno,\nalleghiamo il modulo compilato.\n',
        attachments: [
          {
            filename: 'modulo_cava.pdf',
            contentType: 'application/pdf',
            content: Buffer.from(
              await fillFormPdf({
                comune: "Cava de' Tirreni",
                provincia: 'SA',
                forma: 'Convenzione tra Comuni',
                altri_comuni: 'Vietri sul Mare, Cetara',
                referente_nome: 'Annalisa Senatore',
                referente_ruolo: 'Responsabile Ufficio Contratti e Appalti',
                referente_email: 'contratti@comune.cavadetirreni.sa.it',
                referente_telefono: '089 682111',
                laboratorio: 'PC-3 Procedure e affidamenti',
                fabbisogni: 'Avviare una centrale unica di committenza in convenzione e uniformare gli atti di gara.',
                dest_dirigenti: true,
                partecipanti: '11',
                giornate: '2',
                privacy: true,
              }),
            ),
          },
        ],
      }),
    expected: expectedRequestMessage(
      { from: 'contratti@comune.cavadetirreni.sa.it', subject: "Modulo richiesta Capacity Lab - Cava de' Tirreni", date: '2026-02-09T09:30:00+01:00' },
      {
        comune: C.cavaDeTirreni,
        partnership: 'agreement',
        otherComuni: ['Vietri sul Mare', 'Cetara'],
        contact: { name: 'Annalisa Senatore', role: 'Responsabile Ufficio Contratti e Appalti', email: 'contratti@comune.cavadetirreni.sa.it', phone: '089 682111' },
        labs: ['PC-3'],
        needs: 'Avviare una centrale unica di committenza in convenzione e uniformare gli atti di gara.',
        audience: ['dirigenti'],
        participants: 11,
        days: 2,
        privacy: true,
      },
      { form: { source: 'pdf-form', filename: 'modulo_cava.pdf', signature: null } },
    ),
  },
  {
    name: 'official-docx-form-lauria',
    build: async () =>
      comuneMail({
        id: 'ho-lauria',
        from: 'sindaco@comune.lauria.pz.it',
        fromName: 'Sindaco di Lauria',
        subject: 'Cap4City - modulo di richiesta',
        date: '2026-02-09T17:45:00+01:00',
        text: 'Gentili,\ninvio il modulo compilato.\nCordialità\n',
        attachments: [
          {
            filename: 'Modulo Cap4City compilato.docx',
            contentType: DOCX,
            content: await normalizeZip(
              await buildFormDocx(DEFAULT_CATALOG, {
                comune: 'Lauria',
                provincia: 'PZ',
                forma: 'Singolo Comune',
                referente_nome: 'Rocco Carlomagno',
                referente_ruolo: 'Sindaco',
                referente_email: 'sindaco@comune.lauria.pz.it',
                laboratorio: 'PO-1 Attrattività del lavoro pubblico',
                laboratorio_2: 'PO-2 Reclutamento',
                fabbisogni: 'Far conoscere ai giovani della valle del Noce le opportunità di lavoro nel Comune.',
                dest_amministratori: true,
                dest_segretari: true,
                privacy: true,
              }),
            ),
          },
        ],
      }),
    expected: expectedRequestMessage(
      { from: 'sindaco@comune.lauria.pz.it', subject: 'Cap4City - modulo di richiesta', date: '2026-02-09T17:45:00+01:00' },
      {
        comune: C.lauria,
        partnership: 'single',
        contact: { name: 'Rocco Carlomagno', role: 'Sindaco', email: 'sindaco@comune.lauria.pz.it' },
        labs: ['PO-1', 'PO-2'],
        needs: 'Far conoscere ai giovani della valle del Noce le opportunità di lavoro nel Comune.',
        audience: ['amministratori', 'segretari'],
        privacy: true,
      },
      { form: { source: 'docx' } },
    ),
  },
];
