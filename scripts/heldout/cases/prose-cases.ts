import { comuneMail } from '../../fixtures/comune-mail.ts';
import type { FixtureCase } from '../../fixtures/fixture-case.ts';
import { rawMail } from '../../fixtures/raw-mail.ts';
import { expectedRequestMessage } from '../expected-output.ts';
import { HELDOUT_COMUNI as C } from '../heldout-comuni.ts';
import { wordFormDocx } from '../person-documents.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Requests in people's own words: letters from mayors, forwards, descriptions instead of lab names. */
export const PROSE_CASES: FixtureCase[] = [
  {
    name: 'prose-mayor-letter-melfi',
    build: () =>
      comuneMail({
        id: 'ho-melfi-sindaco',
        from: 'sindaco@comune.melfi.pz.it',
        fromName: 'Sindaco Comune di Melfi',
        subject: 'Manifestazione di interesse Capacity Lab',
        date: '2026-02-10T08:15:00+01:00',
        client: 'outlook',
        text:
          'Alla Segreteria del programma Cap4City - ANCI\n\n' +
          'Il sottoscritto Giuseppe Maglione, Sindaco del Comune di Melfi (PZ), manifesta l’interesse dell’Ente a partecipare al Capacity Lab dedicato alla contrattazione, ' +
          'in vista del rinnovo del contratto integrativo decentrato del personale dipendente.\n\n' +
          'L’Amministrazione intende rivedere i criteri di ripartizione del fondo risorse decentrate e costruire un percorso condiviso con le organizzazioni sindacali.\n\n' +
          'Per ogni comunicazione il referente è il dott. Vito Summa, Segretario generale (v.summa@comune.melfi.pz.it, tel. 0972 251111).\n\n' +
          'Distinti saluti\n\nIl Sindaco\nGiuseppe Maglione\n',
      }),
    expected: expectedRequestMessage(
      { from: 'sindaco@comune.melfi.pz.it', subject: 'Manifestazione di interesse Capacity Lab', date: '2026-02-10T08:15:00+01:00' },
      { comune: C.melfi, contact: { name: 'Vito Summa', email: 'v.summa@comune.melfi.pz.it', phone: '0972 251111' }, labs: ['PO-5'] },
    ),
  },
  {
    name: 'prose-mayor-docx-castrovillari',
    build: async () =>
      comuneMail({
        id: 'ho-castrovillari',
        from: 'protocollo@comune.castrovillari.cs.it',
        subject: 'Trasmissione nota del Sindaco - Cap4City',
        date: '2026-02-10T09:40:00+01:00',
        text: 'Si trasmette in allegato la nota del Sindaco relativa al programma Cap4City.\n\nUfficio Protocollo\nComune di Castrovillari\n',
        attachments: [
          {
            filename: 'Nota Sindaco Cap4City.docx',
            contentType: DOCX,
            content: await wordFormDocx([
              { text: 'CITTÀ DI CASTROVILLARI', bold: true, centered: true },
              { text: 'Provincia di Cosenza', centered: true },
              { text: 'Spett.le ANCI – Programma Cap4City' },
              { text: 'OGGETTO: Richiesta di partecipazione al Capacity Lab “Costruzione del parco progetti”.', bold: true },
              {
                text:
                  'Il sottoscritto Domenico Lo Polito, Sindaco pro tempore del Comune di Castrovillari (CS), CHIEDE che l’Ente possa partecipare al Capacity Lab ' +
                  '“Costruzione del parco progetti”, al fine di dotarsi di un portafoglio di progetti di fattibilità pronti per i prossimi avvisi regionali ed europei, ' +
                  'in particolare per la riqualificazione del centro storico e degli impianti sportivi.',
              },
              {
                text:
                  'Referente per l’Ente è l’arch. Maria Rosaria Lauria, responsabile dell’Ufficio Europa (tel. 0981 25111, e-mail m.lauria@comune.castrovillari.cs.it).',
              },
              { text: 'Castrovillari, 9 febbraio 2026' },
              { text: 'Il Sindaco – Domenico Lo Polito' },
            ]),
          },
        ],
      }),
    expected: expectedRequestMessage(
      { from: 'protocollo@comune.castrovillari.cs.it', subject: 'Trasmissione nota del Sindaco - Cap4City', date: '2026-02-10T09:40:00+01:00' },
      { comune: C.castrovillari, contact: { name: 'Maria Rosaria Lauria', email: 'm.lauria@comune.castrovillari.cs.it', phone: '0981 25111' }, labs: ['PC-1'] },
      { form: { source: 'docx' } },
    ),
  },
  {
    name: 'prose-lab-by-description-ariano-irpino',
    build: () =>
      comuneMail({
        id: 'ho-ariano',
        from: 'm.grasso@comune.arianoirpino.av.it',
        fromName: 'Michele Grasso',
        subject: 'Supporto Cap4City',
        date: '2026-02-10T11:05:00+01:00',
        text:
          'Buongiorno,\nsono il responsabile dell’Ufficio PNRR del Comune di Ariano Irpino. Abbiamo 23 interventi finanziati e facciamo fatica a tenere aggiornati i dati: ' +
          'vorremmo un supporto sul monitoraggio dei progetti PNRR, in particolare sull’alimentazione di ReGiS e sugli indicatori di risultato.\n' +
          'Parteciperebbero circa 6 persone del gruppo di lavoro.\n\nMichele Grasso\nResponsabile Ufficio PNRR\nComune di Ariano Irpino\nm.grasso@comune.arianoirpino.av.it - tel. 0825 875111\n',
      }),
    expected: expectedRequestMessage(
      { from: 'm.grasso@comune.arianoirpino.av.it', subject: 'Supporto Cap4City', date: '2026-02-10T11:05:00+01:00' },
      { comune: C.arianoIrpino, contact: { name: 'Michele Grasso', email: 'm.grasso@comune.arianoirpino.av.it' }, labs: ['PC-5'], participants: 6 },
    ),
  },
  {
    name: 'prose-lab-code-only-bojano',
    build: () =>
      comuneMail({
        id: 'ho-bojano',
        from: 'tecnico@comune.bojano.cb.it',
        fromName: 'Area Tecnica Bojano',
        subject: 'richiesta lab PC-4',
        date: '2026-02-10T12:50:00+01:00',
        text:
          'Salve, il Comune di Bojano (CB) chiede di partecipare al lab PC-4: ci serve un metodo per pianificare e seguire i cantieri finanziati, oggi gestiti senza cronoprogrammi condivisi.\n' +
          'Referente: ing. Nicola Di Biase, tel. 0874 7781, nicola.dibiase@comune.bojano.cb.it\nGrazie\n',
      }),
    expected: expectedRequestMessage(
      { from: 'tecnico@comune.bojano.cb.it', subject: 'richiesta lab PC-4', date: '2026-02-10T12:50:00+01:00' },
      { comune: C.bojano, contact: { name: 'Nicola Di Biase', email: 'nicola.dibiase@comune.bojano.cb.it', phone: '0874 7781' }, labs: ['PC-4'] },
    ),
  },
  {
    name: 'forwarded-outlook-gravina-in-puglia',
    build: () =>
      comuneMail({
        id: 'ho-gravina-fwd',
        from: 'protocollo@comune.gravina.ba.it',
        fromName: 'Protocollo Comune di Gravina in Puglia',
        subject: 'I: richiesta capacity lab',
        date: '2026-02-11T09:00:00+01:00',
        client: 'outlook',
        text:
          'Si inoltra per competenza.\n\nUfficio Protocollo\n\n' +
          '-----Messaggio originale-----\nDa: Pasquale Dibenedetto <p.dibenedetto@comune.gravina.ba.it>\nInviato: martedì 10 febbraio 2026 18:22\nA: Protocollo <protocollo@comune.gravina.ba.it>\n' +
          'Oggetto: richiesta capacity lab\n\nCiao, per favore inoltra alla segreteria Cap4City (cap4city@anci.example.it).\n\n' +
          'Comune: Gravina in Puglia\nReferente: Pasquale Dibenedetto\nRuolo: Dirigente Area Risorse Umane\nE-mail: p.dibenedetto@comune.gravina.ba.it\nTelefono: 080 3259111\n' +
          'Laboratorio: Valorizzazione e retention del personale\nFabbisogni: Ridurre le dimissioni dei neoassunti con un piano di benessere organizzativo e percorsi di crescita.\n\nGrazie, Pasquale\n',
      }),
    expected: expectedRequestMessage(
      { from: 'protocollo@comune.gravina.ba.it', subject: 'I: richiesta capacity lab', date: '2026-02-11T09:00:00+01:00' },
      {
        comune: C.gravina,
        contact: { name: 'Pasquale Dibenedetto', role: 'Dirigente Area Risorse Umane', email: 'p.dibenedetto@comune.gravina.ba.it', phone: '080 3259111' },
        labs: ['PO-3'],
        needs: 'Ridurre le dimissioni dei neoassunti con un piano di benessere organizzativo e percorsi di crescita.',
      },
    ),
  },
  {
    name: 'forwarded-gmail-scalea',
    build: () =>
      comuneMail({
        id: 'ho-scalea-fwd',
        from: 'segreteria.sindaco@comune.scalea.cs.it',
        fromName: 'Segreteria del Sindaco',
        subject: 'Fwd: Capacity Lab - Comune di Scalea',
        date: '2026-02-11T10:30:00+01:00',
        text:
          'Buongiorno, inoltriamo la richiesta del Sindaco.\n\n---------- Forwarded message ---------\nDa: Giacomo Perrotta <giacomo.perrotta.sindaco@gmail.com>\n' +
          'Date: mer 11 feb 2026 alle ore 08:47\nSubject: Capacity Lab - Comune di Scalea\nTo: <segreteria.sindaco@comune.scalea.cs.it>\n\n' +
          'Comune richiedente: Scalea\nReferente: Teresa Sollazzo\nQualifica: Responsabile Area Amministrativa\nEmail: t.sollazzo@comune.scalea.cs.it\n' +
          'Laboratorio richiesto: Comunicazione e valorizzazione dei progetti finanziati\n' +
          'Obiettivi: Far conoscere ai residenti e ai turisti il nuovo lungomare finanziato con fondi FSC.\n\nGiacomo Perrotta\nSindaco di Scalea\n',
      }),
    expected: expectedRequestMessage(
      { from: 'segreteria.sindaco@comune.scalea.cs.it', subject: 'Fwd: Capacity Lab - Comune di Scalea', date: '2026-02-11T10:30:00+01:00' },
      {
        comune: C.scalea,
        contact: { name: 'Teresa Sollazzo', role: 'Responsabile Area Amministrativa', email: 't.sollazzo@comune.scalea.cs.it' },
        labs: ['PC-6'],
        needs: 'Far conoscere ai residenti e ai turisti il nuovo lungomare finanziato con fondi FSC.',
      },
    ),
  },
  {
    name: 'second-choice-in-subordine-ostuni',
    build: () =>
      comuneMail({
        id: 'ho-ostuni',
        from: 'risorseumane@comune.ostuni.br.it',
        fromName: 'Risorse Umane Ostuni',
        subject: 'Richiesta Capacity Lab Comune di Ostuni',
        date: '2026-02-11T15:15:00+01:00',
        text:
          'Comune: Ostuni (BR)\nReferente: Francesca Zurlo - Responsabile Servizio Risorse Umane\nE-mail: risorseumane@comune.ostuni.br.it\nTel. 0831 307111\n' +
          'Lab di interesse: Reclutamento\nIn subordine: Attrattività del lavoro pubblico\n' +
          'Esigenze formative: Progettare selezioni più rapide per i profili stagionali della polizia locale e dei servizi turistici.\n\nDistinti saluti\n',
      }),
    expected: expectedRequestMessage(
      { from: 'risorseumane@comune.ostuni.br.it', subject: 'Richiesta Capacity Lab Comune di Ostuni', date: '2026-02-11T15:15:00+01:00' },
      {
        comune: C.ostuni,
        contact: { name: 'Francesca Zurlo', email: 'risorseumane@comune.ostuni.br.it', phone: '0831 307111' },
        labs: ['PO-2', 'PO-1'],
        needs: 'Progettare selezioni più rapide per i profili stagionali della polizia locale e dei servizi turistici.',
      },
    ),
  },
  {
    name: 'cup-codes-in-sentence-modica',
    build: () =>
      comuneMail({
        id: 'ho-modica',
        from: 'lavoripubblici@comune.modica.rg.it',
        fromName: 'Settore Lavori Pubblici',
        subject: 'Cap4City - richiesta laboratorio gestione finanziaria',
        date: '2026-02-12T09:20:00+01:00',
        client: 'outlook',
        text:
          'Comune richiedente: Modica\nReferente: Giorgio Belluardo\nRuolo: Dirigente Settore Lavori Pubblici\nE-mail: lavoripubblici@comune.modica.rg.it\n' +
          'Laboratorio richiesto: Gestione finanziaria\n' +
          'Fabbisogni e obiettivi: Gestire le anticipazioni e i rendiconti di spesa dei tre interventi finanziati, per non perdere le quote di saldo.\n' +
          'I progetti di riferimento hanno CUP H41B21003980006, H47H22000240001 e H43D21001230006.\n',
      }),
    expected: expectedRequestMessage(
      { from: 'lavoripubblici@comune.modica.rg.it', subject: 'Cap4City - richiesta laboratorio gestione finanziaria', date: '2026-02-12T09:20:00+01:00' },
      {
        comune: C.modica,
        contact: { name: 'Giorgio Belluardo', role: 'Dirigente Settore Lavori Pubblici', email: 'lavoripubblici@comune.modica.rg.it' },
        labs: ['PC-2'],
        cup: ['H41B21003980006', 'H47H22000240001', 'H43D21001230006'],
      },
    ),
  },
  {
    name: 'audience-as-sentence-sciacca',
    build: () =>
      comuneMail({
        id: 'ho-sciacca',
        from: 'segretario.generale@comune.sciacca.ag.it',
        fromName: 'Segretario Generale',
        subject: 'Partecipazione Capacity Lab PIAO',
        date: '2026-02-12T10:40:00+01:00',
        text:
          'Comune richiedente: Sciacca\nReferente: Rosalia Friscia, Segretario generale\nEmail: segretario.generale@comune.sciacca.ag.it\nLaboratorio: PIAO\n' +
          'Fabbisogni e obiettivi: Costruire la sezione organizzazione e capitale umano del PIAO in modo condiviso tra i settori.\nGiornate in presenza: 2\n\n' +
          'Il laboratorio sarebbe rivolto al Segretario generale, ai dirigenti dei quattro settori e al gruppo di lavoro PNRR.\n',
      }),
    expected: expectedRequestMessage(
      { from: 'segretario.generale@comune.sciacca.ag.it', subject: 'Partecipazione Capacity Lab PIAO', date: '2026-02-12T10:40:00+01:00' },
      {
        comune: C.sciacca,
        contact: { name: 'Rosalia Friscia', email: 'segretario.generale@comune.sciacca.ag.it' },
        labs: ['PO-4'],
        needs: 'Costruire la sezione organizzazione e capitale umano del PIAO in modo condiviso tra i settori.',
        audience: ['segretari', 'dirigenti', 'team'],
        days: 2,
      },
    ),
  },
  {
    name: 'privacy-x-box-galatina',
    build: () =>
      comuneMail({
        id: 'ho-galatina',
        from: 'a.mighali@comune.galatina.le.it',
        fromName: 'Antonio Mighali',
        subject: 'Richiesta Capacity Lab - Città di Galatina',
        date: '2026-02-12T12:10:00+01:00',
        text:
          'Comune richiedente: Galatina\nProvincia: LE\nReferente: Antonio Mighali\nRuolo: Responsabile Servizio Appalti\nE-mail: a.mighali@comune.galatina.le.it\nTelefono: 0836 633111\n' +
          'Laboratorio richiesto: Procedure e affidamenti\n' +
          'Fabbisogni e obiettivi: Applicare correttamente il nuovo codice dei contratti agli affidamenti diretti e alla rotazione degli operatori.\n' +
          'Destinatari: dirigenti e funzionari\n\n[X] Dichiaro di aver preso visione dell’informativa sul trattamento dei dati personali\n\nGalatina, 12/02/2026\n',
      }),
    expected: expectedRequestMessage(
      { from: 'a.mighali@comune.galatina.le.it', subject: 'Richiesta Capacity Lab - Città di Galatina', date: '2026-02-12T12:10:00+01:00' },
      {
        comune: C.galatina,
        contact: { name: 'Antonio Mighali', role: 'Responsabile Servizio Appalti', email: 'a.mighali@comune.galatina.le.it', phone: '0836 633111' },
        labs: ['PC-3'],
        needs: 'Applicare correttamente il nuovo codice dei contratti agli affidamenti diretti e alla rotazione degli operatori.',
        audience: ['dirigenti'],
        privacy: true,
      },
    ),
  },
  {
    name: 'outside-regions-toscana-montepulciano',
    build: () =>
      comuneMail({
        id: 'ho-montepulciano',
        from: 'personale@comune.montepulciano.si.it',
        fromName: 'Ufficio Personale Montepulciano',
        subject: 'Richiesta Capacity Lab',
        date: '2026-02-12T14:00:00+01:00',
        text:
          'Buongiorno, pur non essendo una delle regioni del programma chiediamo se possibile di partecipare.\n\n' +
          'Comune richiedente: Montepulciano\nProvincia: SI\nReferente: Elena Bianchini\nRuolo: Responsabile Ufficio Personale\nE-mail: personale@comune.montepulciano.si.it\n' +
          'Laboratorio richiesto: Reclutamento\nFabbisogni e obiettivi: Organizzare un concorso unico con i Comuni della Valdichiana per istruttori amministrativi.\n',
      }),
    expected: expectedRequestMessage(
      { from: 'personale@comune.montepulciano.si.it', subject: 'Richiesta Capacity Lab', date: '2026-02-12T14:00:00+01:00' },
      {
        comune: C.montepulciano,
        contact: { name: 'Elena Bianchini', role: 'Responsabile Ufficio Personale', email: 'personale@comune.montepulciano.si.it' },
        labs: ['PO-2'],
        needs: 'Organizzare un concorso unico con i Comuni della Valdichiana per istruttori amministrativi.',
      },
    ),
  },
  {
    name: 'homonym-with-province-san-teodoro-me',
    build: () =>
      comuneMail({
        id: 'ho-santeodoro',
        from: 'sindaco@comune.santeodoro.me.it',
        fromName: 'Comune di San Teodoro',
        subject: 'Capacity Lab - gestione associata',
        date: '2026-02-13T09:00:00+01:00',
        text:
          'Comune richiedente: San Teodoro (ME)\nReferente: Salvatore Calì\nRuolo: Sindaco\nE-mail: sindaco@comune.santeodoro.me.it\n' +
          'Laboratorio richiesto: Gestione associata di funzioni e servizi\n' +
          'Fabbisogni e obiettivi: Gestire insieme ai Comuni dei Nebrodi il servizio tributi e la polizia locale.\n',
      }),
    expected: expectedRequestMessage(
      { from: 'sindaco@comune.santeodoro.me.it', subject: 'Capacity Lab - gestione associata', date: '2026-02-13T09:00:00+01:00' },
      {
        comune: C.sanTeodoroMe,
        contact: { name: 'Salvatore Calì', role: 'Sindaco', email: 'sindaco@comune.santeodoro.me.it' },
        labs: ['PO-6'],
        needs: 'Gestire insieme ai Comuni dei Nebrodi il servizio tributi e la polizia locale.',
      },
    ),
  },
  {
    name: 'accent-as-apostrophe-paterno-ct',
    build: () =>
      comuneMail({
        id: 'ho-paterno-apostrophe',
        from: 'servizisociali@comune.paterno.ct.it',
        subject: 'RICHIESTA CAPACITY LAB COMUNE DI PATERNO',
        date: '2026-02-13T10:30:00+01:00',
        text:
          "Comune: PATERNO' (CT)\nReferente: Agata Santangelo\nQualifica: Funzionario Servizi Sociali\nE-mail: servizisociali@comune.paterno.ct.it\n" +
          'Laboratorio: Costruzione del parco progetti\nObiettivi: Preparare schede progetto per i nuovi avvisi sul welfare di comunità e la rigenerazione urbana.\n',
      }),
    expected: expectedRequestMessage(
      { from: 'servizisociali@comune.paterno.ct.it', subject: 'RICHIESTA CAPACITY LAB COMUNE DI PATERNO', date: '2026-02-13T10:30:00+01:00' },
      {
        comune: C.paterno,
        contact: { name: 'Agata Santangelo', role: 'Funzionario Servizi Sociali', email: 'servizisociali@comune.paterno.ct.it' },
        labs: ['PC-1'],
        needs: 'Preparare schede progetto per i nuovi avvisi sul welfare di comunità e la rigenerazione urbana.',
      },
    ),
  },
  {
    name: 'windows-1252-typographic-apostrophe-monte-santangelo',
    build: async () =>
      rawMail({
        id: 'ho-montesantangelo',
        from: 'urp@comune.montesantangelo.fg.it',
        to: 'cap4city@anci.example.it',
        subject: 'Richiesta laboratorio Cap4City',
        date: '2026-02-13T11:45:00+01:00',
        charset: 'windows-1252',
        transferEncoding: 'quoted-printable',
        body:
          'Spett.le Segreteria,\n\nComune richiedente: Monte Sant’Angelo\nReferente: Michele Prencipe\nRuolo: Responsabile URP e Comunicazione\nE-mail: urp@comune.montesantangelo.fg.it\n' +
          'Laboratorio richiesto: Comunicazione e valorizzazione dei progetti finanziati\n' +
          'Fabbisogni e obiettivi: Valorizzare i progetti “Borghi” e del sito UNESCO con una comunicazione coordinata – sito, social e stampa.\n\nCordiali saluti\n',
      }),
    expected: expectedRequestMessage(
      { from: 'urp@comune.montesantangelo.fg.it', subject: 'Richiesta laboratorio Cap4City', date: '2026-02-13T11:45:00+01:00' },
      {
        comune: C.monteSantAngelo,
        contact: { name: 'Michele Prencipe', role: 'Responsabile URP e Comunicazione', email: 'urp@comune.montesantangelo.fg.it' },
        labs: ['PC-6'],
        needs: 'Valorizzare i progetti “Borghi” e del sito UNESCO con una comunicazione coordinata – sito, social e stampa.',
      },
    ),
  },
  {
    name: 'variant-name-reggio-calabria',
    build: () =>
      comuneMail({
        id: 'ho-reggio',
        from: 'f.romeo@comune.reggio-calabria.it',
        fromName: 'Fortunato Romeo',
        subject: 'Capacity Lab - Comune di Reggio Calabria',
        date: '2026-02-16T09:10:00+01:00',
        client: 'outlook',
        text:
          'Amministrazione richiedente: Comune di Reggio Calabria\nReferente: Fortunato Romeo\nRuolo: Dirigente Settore Programmazione\nE-mail: f.romeo@comune.reggio-calabria.it\n' +
          'Laboratorio richiesto: Monitoraggio e valutazione\nFabbisogni e obiettivi: Valutare gli effetti dei progetti del PON Metro sui quartieri periferici.\n',
      }),
    expected: expectedRequestMessage(
      { from: 'f.romeo@comune.reggio-calabria.it', subject: 'Capacity Lab - Comune di Reggio Calabria', date: '2026-02-16T09:10:00+01:00' },
      {
        comune: C.reggioCalabria,
        contact: { name: 'Fortunato Romeo', role: 'Dirigente Settore Programmazione', email: 'f.romeo@comune.reggio-calabria.it' },
        labs: ['PC-5'],
        needs: 'Valutare gli effetti dei progetti del PON Metro sui quartieri periferici.',
      },
    ),
  },
  {
    name: 'union-of-comuni-rionero-in-vulture',
    build: () =>
      comuneMail({
        id: 'ho-rionero',
        from: 'segretario@comune.rioneroinvulture.pz.it',
        fromName: 'Segreteria Generale',
        subject: 'Richiesta Capacity Lab - Unione dei Comuni del Vulture',
        date: '2026-02-16T10:20:00+01:00',
        text:
          'Comune richiedente (capofila): Rionero in Vulture\nForma di partecipazione: Unione di Comuni\nAltri Comuni coinvolti: Atella, Barile, Rapolla\n' +
          'Referente: Donato Cillis\nRuolo: Segretario comunale\nE-mail: segretario@comune.rioneroinvulture.pz.it\n' +
          'Laboratorio richiesto: Gestione associata di funzioni e servizi\nFabbisogni e obiettivi: Dare una struttura stabile all’ufficio unico del personale dell’Unione.\n',
      }),
    expected: expectedRequestMessage(
      { from: 'segretario@comune.rioneroinvulture.pz.it', subject: 'Richiesta Capacity Lab - Unione dei Comuni del Vulture', date: '2026-02-16T10:20:00+01:00' },
      {
        comune: C.rioneroInVulture,
        partnership: 'union',
        otherComuni: ['Atella', 'Barile', 'Rapolla'],
        contact: { name: 'Donato Cillis', role: 'Segretario comunale', email: 'segretario@comune.rioneroinvulture.pz.it' },
        labs: ['PO-6'],
        needs: 'Dare una struttura stabile all’ufficio unico del personale dell’Unione.',
      },
    ),
  },
  {
    name: 'webmail-sender-pietrapertosa',
    build: () =>
      comuneMail({
        id: 'ho-pietrapertosa',
        from: 'ufficiotecnico.pietrapertosa@gmail.com',
        fromName: 'Ufficio Tecnico Pietrapertosa',
        subject: 'richiesta laboratorio',
        date: '2026-02-16T16:30:00+01:00',
        text:
          'Buonasera, scrivo per conto del Comune di Pietrapertosa (PZ).\n\nReferente: Vincenzo Lauria\nRuolo: Responsabile Ufficio Tecnico\n' +
          'E-mail istituzionale: v.lauria@comune.pietrapertosa.pz.it\nLaboratorio: Procedure e affidamenti\n' +
          'Fabbisogni: Siamo in due in ufficio tecnico e dobbiamo gestire da soli gare e affidamenti dei fondi per i borghi.\n',
      }),
    expected: expectedRequestMessage(
      { from: 'ufficiotecnico.pietrapertosa@gmail.com', subject: 'richiesta laboratorio', date: '2026-02-16T16:30:00+01:00' },
      {
        comune: C.pietrapertosa,
        contact: { name: 'Vincenzo Lauria', role: 'Responsabile Ufficio Tecnico', email: 'v.lauria@comune.pietrapertosa.pz.it' },
        labs: ['PC-3'],
        needs: 'Siamo in due in ufficio tecnico e dobbiamo gestire da soli gare e affidamenti dei fondi per i borghi.',
      },
    ),
  },
  {
    name: 'lab-name-typo-ciro-marina',
    build: () =>
      comuneMail({
        id: 'ho-ciromarina',
        from: 'affarigenerali@comune.ciromarina.kr.it',
        subject: 'Capacity lab projet managment',
        date: '2026-02-17T09:00:00+01:00',
        text:
          'Comune: Cirò Marina\nReferente: Caterina Malena\nE-mail: affarigenerali@comune.ciromarina.kr.it\nLaboratorio: Projet managment\n' +
          'Obiettivi: Imparare a gestire tempi, costi e rischi dei progetti del porto e del lungomare.\n',
      }),
    expected: expectedRequestMessage(
      { from: 'affarigenerali@comune.ciromarina.kr.it', subject: 'Capacity lab projet managment', date: '2026-02-17T09:00:00+01:00' },
      {
        comune: C.ciroMarina,
        contact: { name: 'Caterina Malena', email: 'affarigenerali@comune.ciromarina.kr.it' },
        labs: ['PC-4'],
        needs: 'Imparare a gestire tempi, costi e rischi dei progetti del porto e del lungomare.',
      },
    ),
  },
  {
    name: 'incomplete-no-needs-larino',
    build: () =>
      comuneMail({
        id: 'ho-larino',
        from: 'ragioneria@comune.larino.cb.it',
        fromName: 'Ragioneria Larino',
        subject: 'Capacity Lab gestione finanziaria',
        date: '2026-02-17T10:15:00+01:00',
        text: 'Buongiorno, il Comune di Larino vorrebbe partecipare al laboratorio Gestione finanziaria.\nReferente: Nicolina Di Pietro, ragioneria@comune.larino.cb.it\nSaluti\n',
      }),
    expected: expectedRequestMessage(
      { from: 'ragioneria@comune.larino.cb.it', subject: 'Capacity Lab gestione finanziaria', date: '2026-02-17T10:15:00+01:00' },
      { comune: C.larino, contact: { name: 'Nicolina Di Pietro', email: 'ragioneria@comune.larino.cb.it' }, labs: ['PC-2'] },
      { missing: ['request.needs'] },
    ),
  },
];
