import { describe, expect, it } from 'vitest';
import { chooseReplyAddress, planIntake } from '../../../src/core/plan-intake.ts';
import { outgoingMessageId } from '../../../src/workflows/queue-mail.ts';
import type { ParsedMessage } from '../../../src/core/types.ts';

function parsed(patch: Partial<ParsedMessage> & { email?: string | null }): ParsedMessage {
  const { email = 'referente@comune.example.it', ...rest } = patch;
  return {
    schema: 1,
    kind: 'request',
    reason: null,
    sources: {},
    message: { messageId: '<a@b>', from: 'protocollo@comune.example.it', subject: 'Richiesta', date: null },
    pec: null,
    form: null,
    request: {
      comune: { name: 'Bari', istat: '072006', province: 'BA', region: 'Puglia', match: 'exact' },
      partnership: null, otherComuni: [], entityPec: null,
      contact: { name: 'Mario Rossi', role: null, email, phone: null },
      area: 'PC', labs: [{ code: 'PC-3', title: 'Procedure e affidamenti' }], needs: 'x', cup: [], audience: [],
      participants: null, days: null, preferredPeriod: null, venue: null, privacyConsent: true,
    },
    missing: [],
    warnings: [],
    ...rest,
  };
}

const ctx = { ownAddresses: ['cap4city@anci.example.it'] };

describe('planIntake', () => {
  it('acknowledges a complete request at the contact address', () => {
    expect(planIntake(parsed({}), ctx)).toMatchObject({ status: 'processed', createRequest: true, reply: 'acknowledgement', replyTo: 'referente@comune.example.it', needsReview: false });
  });

  it('asks for what is missing', () => {
    expect(planIntake(parsed({ missing: ['request.needs'] }), ctx).reply).toBe('information-missing');
  });

  it('acknowledges a scanned form and sends it to review instead of asking for everything', () => {
    const plan = planIntake(parsed({ missing: ['request.comune', 'request.labs'], warnings: ['scanned-document: modulo.pdf'] }), ctx);
    expect(plan).toMatchObject({ reply: 'acknowledgement', needsReview: true, status: 'needs-review' });
  });

  it('never answers automatic mail or PEC receipts', () => {
    for (const kind of ['automatic', 'pec-receipt'] as const) {
      expect(planIntake(parsed({ kind, reason: 'x' }), ctx)).toMatchObject({ status: 'ignored', reply: null, createRequest: false });
    }
  });

  it('sends a human message that is not a request to review, unanswered', () => {
    expect(planIntake(parsed({ kind: 'not-a-request' }), ctx)).toMatchObject({ status: 'needs-review', reply: null, createRequest: false });
  });

  it('falls back to the sender, and never writes to itself or to a no-reply address', () => {
    expect(chooseReplyAddress(parsed({ email: null }), ctx.ownAddresses)).toBe('protocollo@comune.example.it');
    expect(chooseReplyAddress(parsed({ email: 'CAP4CITY@anci.example.it' }), ctx.ownAddresses)).toBe('protocollo@comune.example.it');
    const noReply = parsed({ email: null, message: { messageId: null, from: 'noreply@comune.example.it', subject: null, date: null } });
    expect(chooseReplyAddress(noReply, ctx.ownAddresses)).toBeNull();
    expect(planIntake(noReply, ctx)).toMatchObject({ createRequest: true, reply: null, needsReview: true });
  });

  it('answers a PEC envelope without contact e-mail at the certified sender, not at the provider', () => {
    const pec = parsed({
      email: null,
      message: { messageId: '<opec1@pec.aruba.it>', from: 'posta-certificata@pec.aruba.it', subject: 'POSTA CERTIFICATA: Richiesta', date: null },
      pec: { type: 'posta-certificata', sender: 'protocollo@pec.comune.example.it', identifier: 'opec1', date: null },
    });
    expect(chooseReplyAddress(pec, ctx.ownAddresses)).toBe('protocollo@pec.comune.example.it');
  });

  it('gives outgoing mail a deterministic Message-ID', () => {
    expect(outgoingMessageId('C4C-2026-00001', 'acknowledgement', 'anci.example.it')).toBe('<C4C-2026-00001.acknowledgement@anci.example.it>');
  });
});
