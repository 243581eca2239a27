import type { LabRequest } from '../../../src/core/types.ts';
import type { NewMessage } from '../../../src/adapters/db/messages-repo.ts';
import type { NewOutboxMail } from '../../../src/adapters/db/outbox-repo.ts';
import type { NewRequest } from '../../../src/adapters/db/requests-repo.ts';

let counter = 0;
const unique = () => `${Date.now()}-${++counter}`;

export function sampleLabRequest(): LabRequest {
  return {
    comune: { name: "Sant'Agata de' Goti", istat: '062070', province: 'BN', region: 'Campania', match: 'exact' },
    partnership: 'single',
    otherComuni: [],
    entityPec: 'protocollo@pec.comune.example.it',
    contact: { name: 'Maria Rossi', role: 'Segretaria comunale', email: 'm.rossi@comune.example.it', phone: null },
    area: 'PO',
    labs: [{ code: 'PO-04', title: 'PIAO e piani dei fabbisogni' }],
    needs: 'Supporto alla redazione del PIAO',
    cup: [],
    audience: ['segretari', 'dirigenti'],
    participants: 12,
    days: 2,
    preferredPeriod: 'marzo 2026',
    venue: null,
    privacyConsent: true,
  };
}

export function sampleRequest(overrides: Partial<NewRequest> = {}): NewRequest {
  const data = sampleLabRequest();
  return {
    status: 'received',
    comuneName: data.comune.name,
    comuneIstat: data.comune.istat,
    province: data.comune.province,
    region: data.comune.region,
    labCodes: data.labs.map((lab) => lab.code),
    contactEmail: data.contact.email,
    replyTo: 'protocollo@pec.comune.example.it',
    needsReview: false,
    data,
    missing: [],
    warnings: ['comune-fuzzy: "S. Agata" letto come "Sant\'Agata de\' Goti"'],
    sourceMessageId: null,
    ...overrides,
  };
}

export function sampleMessage(overrides: Partial<NewMessage> = {}): NewMessage {
  const id = unique();
  return {
    mailbox: 'INBOX',
    uidValidity: '1700000000',
    uid: counter,
    messageId: `<${id}@comune.example.it>`,
    dedupeKey: `<${id}@comune.example.it>`,
    contentHash: `sha256:${id}`,
    fromAddress: 'm.rossi@comune.example.it',
    subject: 'Richiesta Capacity Lab',
    sentAt: new Date('2026-02-03T09:15:00Z'),
    kind: 'request',
    reason: null,
    status: 'processed',
    parsed: { schema: 1, kind: 'request', warnings: [] },
    raw: Buffer.from('From: m.rossi@comune.example.it\r\n\r\nciao\r\n'),
    rawSize: 40,
    ...overrides,
  };
}

export function sampleOutboxMail(overrides: Partial<NewOutboxMail> = {}): NewOutboxMail {
  return {
    messageId: `<ack.${unique()}@cap4city.example.it>`,
    requestId: null,
    template: 'acknowledgement',
    toAddress: 'm.rossi@comune.example.it',
    fromAddress: 'cap4city@anci.example.it',
    subject: '[C4C-2026-00001] Richiesta ricevuta',
    textBody: 'Gentile Maria Rossi, abbiamo ricevuto la richiesta.',
    ...overrides,
  };
}
