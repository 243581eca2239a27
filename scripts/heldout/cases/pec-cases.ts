import { buildFormDocx } from '../../../src/core/form/build-form-docx.ts';
import { DEFAULT_CATALOG } from '../../../src/core/form/default-catalog.ts';
import { fillFormPdf } from '../../../src/core/form/fill-form-pdf.ts';
import { comuneMail, messageIdFor } from '../../fixtures/comune-mail.ts';
import type { FixtureCase } from '../../fixtures/fixture-case.ts';
import { normalizeZip } from '../../fixtures/normalize-zip.ts';
import { SECRETARIAT } from '../../fixtures/parse-context.ts';
import { signP7m } from '../../fixtures/sign-cms.ts';
import { expectedRequestMessage } from '../expected-output.ts';
import { HELDOUT_COMUNI as C } from '../heldout-comuni.ts';
import { ARUBA, LEGALMAIL, POSTECERT, pecTransport } from '../pec-provider.ts';

const CADES = { type: 'cades', signer: 'MARIO ROSSI', taxCode: 'RSSMRA80A01H501U' };

/** PEC envelopes and receipts in other providers' styles. */
export const PEC_CASES: FixtureCase[] = [
  {
    name: 'pec-aruba-signed-pdf-form-calimera',
    build: async () => {
      const sender = 'protocollo.comune.calimera@pec.rupar.puglia.it';
      const pdf = Buffer.from(
        await fillFormPdf({
          comune: 'Calimera',
          provincia: 'LE',
          forma: 'Singolo Comune',
          pec_ente: sender,
          referente_nome: 'Rosanna Tommasi',
          referente_ruolo: 'Responsabile Area Amministrativa',
          referente_email: 'r.tommasi@comune.calimera.le.it',
          referente_telefono: '0832 875111',
          laboratorio: 'PO-3 Valorizzazione e retention del personale',
          fabbisogni: 'Costruire un piano di formazione per i dieci dipendenti e percorsi di crescita interna.',
          dest_dirigenti: true,
          partecipanti: '10',
          giornate: '1',
          privacy: true,
        }),
      );
      const original = await comuneMail({
        id: 'ho-calimera-pec',
        from: sender,
        fromName: 'Comune di Calimera',
        subject: 'Richiesta Capacity Lab - prot. 1187',
        date: '2026-02-18T09:12:00+01:00',
        text: 'Si trasmette, firmato digitalmente, il modulo di richiesta.\nUfficio Protocollo\n',
        attachments: [{ filename: 'modulo_richiesta.pdf.p7m', contentType: 'application/pkcs7-mime', content: signP7m(pdf) }],
      });
      return pecTransport({
        provider: ARUBA,
        type: 'posta-certificata',
        sender,
        recipient: SECRETARIAT,
        subject: 'Richiesta Capacity Lab - prot. 1187',
        day: '18/02/2026',
        time: '09:12:30',
        identifier: 'opec2103.20260218091230.14522.812.1.68@pec.aruba.it',
        originalMessageId: messageIdFor('ho-calimera-pec', 'pec.rupar.puglia.it'),
        original,
      });
    },
    expected: expectedRequestMessage(
      { from: 'posta-certificata@pec.aruba.it', subject: 'POSTA CERTIFICATA: Richiesta Capacity Lab - prot. 1187', date: '2026-02-18T09:12:30+01:00' },
      {
        comune: C.calimera,
        partnership: 'single',
        entityPec: 'protocollo.comune.calimera@pec.rupar.puglia.it',
        contact: { name: 'Rosanna Tommasi', role: 'Responsabile Area Amministrativa', email: 'r.tommasi@comune.calimera.le.it', phone: '0832 875111' },
        labs: ['PO-3'],
        needs: 'Costruire un piano di formazione per i dieci dipendenti e percorsi di crescita interna.',
        audience: ['dirigenti'],
        participants: 10,
        days: 1,
        privacy: true,
      },
      {
        pec: { type: 'posta-certificata', sender: 'protocollo.comune.calimera@pec.rupar.puglia.it', identifier: 'opec2103.20260218091230.14522.812.1.68@pec.aruba.it' },
        form: { source: 'pdf-form', filename: 'modulo_richiesta.pdf.p7m', signature: CADES },
      },
    ),
  },
  {
    name: 'pec-legalmail-body-sala-consilina',
    build: async () => {
      const sender = 'protocollo@pec.comune.salaconsilina.sa.it';
      const original = await comuneMail({
        id: 'ho-salaconsilina-pec',
        from: sender,
        subject: 'Cap4City - richiesta laboratorio',
        date: '2026-02-18T10:02:00+01:00',
        text:
          'Ente: Comune di Sala Consilina\nNominativo referente: Marianna Cardillo\nQualifica: Istruttore direttivo contabile\nMail: m.cardillo@comune.salaconsilina.sa.it\n' +
          'Lab di interesse: Gestione finanziaria\n' +
          'Esigenze formative: Impostare la contabilità separata dei fondi vincolati e i controlli sui rendiconti dei progetti.\nN. partecipanti: 4\n',
      });
      return pecTransport({
        provider: LEGALMAIL,
        type: 'posta-certificata',
        sender,
        recipient: SECRETARIAT,
        subject: 'Cap4City - richiesta laboratorio',
        day: '18/02/2026',
        time: '10:02:41',
        identifier: '2C4F1A0B.00A1B2C3.7D9E2F11.5A6B7C8D.posta-certificata@legalmail.it',
        originalMessageId: messageIdFor('ho-salaconsilina-pec', 'pec.comune.salaconsilina.sa.it'),
        original,
      });
    },
    expected: expectedRequestMessage(
      { from: 'posta-certificata@legalmail.it', subject: 'POSTA CERTIFICATA: Cap4City - richiesta laboratorio', date: '2026-02-18T10:02:41+01:00' },
      {
        comune: C.salaConsilina,
        contact: { name: 'Marianna Cardillo', role: 'Istruttore direttivo contabile', email: 'm.cardillo@comune.salaconsilina.sa.it' },
        labs: ['PC-2'],
        needs: 'Impostare la contabilità separata dei fondi vincolati e i controlli sui rendiconti dei progetti.',
        participants: 4,
      },
      { pec: { type: 'posta-certificata', sender: 'protocollo@pec.comune.salaconsilina.sa.it' } },
    ),
  },
  {
    name: 'pec-postecert-official-docx-favara',
    build: async () => {
      const sender = 'protocollo@pec.comune.favara.ag.it';
      const docx = await normalizeZip(
        await buildFormDocx(DEFAULT_CATALOG, {
          comune: 'Favara',
          provincia: 'AG',
          forma: 'Singolo Comune',
          referente_nome: 'Carmelo Vetro',
          referente_ruolo: 'Dirigente Settore Risorse Umane',
          referente_email: 'c.vetro@comune.favara.ag.it',
          referente_telefono: '0922 448111',
          laboratorio: 'PO-2 Reclutamento',
          fabbisogni: 'Coprire i posti vacanti di polizia locale e ragioneria con procedure rapide e trasparenti.',
          dest_dirigenti: true,
          partecipanti: '7',
          privacy: true,
        }),
      );
      const original = await comuneMail({
        id: 'ho-favara-pec',
        from: sender,
        subject: 'Trasmissione richiesta Capacity Lab',
        date: '2026-02-18T11:30:00+01:00',
        text: 'Si trasmette il modulo in allegato.\n',
        attachments: [{ filename: 'Modulo_Cap4City_Favara.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', content: docx }],
      });
      return pecTransport({
        provider: POSTECERT,
        type: 'posta-certificata',
        sender,
        recipient: SECRETARIAT,
        subject: 'Trasmissione richiesta Capacity Lab',
        day: '18/02/2026',
        time: '11:30:15',
        identifier: 'POSTECERT.20260218113015.0A1B.4471@postecert.it',
        originalMessageId: messageIdFor('ho-favara-pec', 'pec.comune.favara.ag.it'),
        original,
      });
    },
    expected: expectedRequestMessage(
      { from: 'posta-certificata@postecert.it', subject: 'POSTA CERTIFICATA: Trasmissione richiesta Capacity Lab', date: '2026-02-18T11:30:15+01:00' },
      {
        comune: C.favara,
        partnership: 'single',
        contact: { name: 'Carmelo Vetro', role: 'Dirigente Settore Risorse Umane', email: 'c.vetro@comune.favara.ag.it', phone: '0922 448111' },
        labs: ['PO-2'],
        needs: 'Coprire i posti vacanti di polizia locale e ragioneria con procedure rapide e trasparenti.',
        audience: ['dirigenti'],
        participants: 7,
        privacy: true,
      },
      { pec: { type: 'posta-certificata', sender: 'protocollo@pec.comune.favara.ag.it' }, form: { source: 'docx', signature: null } },
    ),
  },
  {
    name: 'pec-receipt-presa-in-carico',
    build: async () =>
      pecTransport({
        provider: LEGALMAIL,
        type: 'presa-in-carico',
        sender: 'cap4city@pec.anci.example.it',
        recipient: 'protocollo@pec.comune.venafro.is.it',
        subject: '[C4C-2026-00057] Richiesta ricevuta',
        day: '19/02/2026',
        time: '08:00:05',
        identifier: '5D1E2F3A.0B1C2D3E.presa-in-carico@legalmail.it',
        originalMessageId: '<c4c-2026-00057.ack@cap4city.local>',
      }),
    expected: { kind: 'pec-receipt', reason: 'presa-in-carico', form: null },
  },
  {
    name: 'pec-receipt-rilevazione-virus',
    build: async () =>
      pecTransport({
        provider: ARUBA,
        type: 'rilevazione-virus',
        sender: 'cap4city@pec.anci.example.it',
        recipient: 'protocollo@pec.comune.locri.rc.it',
        subject: 'Re: richiesta Capacity Lab',
        day: '19/02/2026',
        time: '08:40:00',
        identifier: 'opec2103.20260219084000.9931.55.1.12@pec.aruba.it',
        originalMessageId: '<c4c-2026-00061.missing@cap4city.local>',
        error: 'virus',
      }),
    expected: { kind: 'pec-receipt', reason: 'rilevazione-virus', form: null },
  },
  {
    name: 'pec-receipt-avvenuta-consegna-postecert',
    build: async () =>
      pecTransport({
        provider: POSTECERT,
        type: 'avvenuta-consegna',
        sender: 'cap4city@pec.anci.example.it',
        recipient: 'protocollo@pec.comune.favara.ag.it',
        subject: '[C4C-2026-00058] Richiesta ricevuta',
        day: '19/02/2026',
        time: '09:01:00',
        identifier: 'POSTECERT.20260219090100.77AC.1102@postecert.it',
        originalMessageId: '<c4c-2026-00058.ack@cap4city.local>',
      }),
    expected: { kind: 'pec-receipt', reason: 'avvenuta-consegna', form: null },
  },
];
