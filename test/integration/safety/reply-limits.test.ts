import { describe, expect, it } from 'vitest';
import { DEFAULT_REPLY_LIMITS, readReplyLimits, replyLimitWarning, replyWindows } from '../../../src/core/reply-limits.ts';
import { createReplyGuard } from '../../../src/adapters/rate-limit/reply-guard.ts';
import { planIntake, withholdReply } from '../../../src/core/plan-intake.ts';

const limits = { perSenderPerHour: 2, perSenderPerDay: 3, globalPerHour: 10 };

describe('reply limits (pure decision)', () => {
  it('allows up to the limit and refuses the one after, per sender and in total', () => {
    expect(replyLimitWarning({ senderHour: 2, senderDay: 2, globalHour: 2 }, limits, 'a@x.it')).toBeNull();
    expect(replyLimitWarning({ senderHour: 3, senderDay: 3, globalHour: 3 }, limits, 'a@x.it')).toMatch(/^reply-limit-exceeded: a@x.it 3 answers this hour/);
    expect(replyLimitWarning({ senderHour: 1, senderDay: 4, globalHour: 4 }, limits, 'a@x.it')).toMatch(/today/);
    expect(replyLimitWarning({ senderHour: 1, senderDay: 1, globalHour: 11 }, limits, 'a@x.it')).toMatch(/in total/);
  });

  it('windows are UTC hour and day', () => {
    expect(replyWindows(new Date('2026-01-12T09:59:59Z'))).toEqual({ hour: '2026-01-12T09', day: '2026-01-12' });
  });

  it('reads limits from the environment, keeping defaults for bad values', () => {
    expect(readReplyLimits({}).limits).toEqual(DEFAULT_REPLY_LIMITS);
    const read = readReplyLimits({ REPLY_LIMIT_PER_SENDER_HOUR: '3', REPLY_LIMIT_GLOBAL_HOUR: 'lots' });
    expect(read.limits.perSenderPerHour).toBe(3);
    expect(read.limits.globalPerHour).toBe(DEFAULT_REPLY_LIMITS.globalPerHour);
    expect(read.warnings).toEqual([`setting-invalid: REPLY_LIMIT_GLOBAL_HOUR=lots, using ${DEFAULT_REPLY_LIMITS.globalPerHour}`]);
  });
});

describe('the reply guard', () => {
  const counted: string[] = [];
  const counter = {
    async count(recipient: string, id: string) {
      counted.push(id);
      const n = new Set(counted).size;
      return { senderHour: n, senderDay: n, globalHour: n };
    },
  };
  const guard = createReplyGuard({ senderAuth: { mode: 'headers', trustedAuthservIds: [] }, limits, counter });
  const raw = (ar: string) => Buffer.from(`${ar ? `Authentication-Results: ${ar}\r\n` : ''}From: a@x.it\r\nSubject: s\r\n\r\nbody\r\n`);
  const now = new Date();

  it('a spoofed sender gets no answer and is not counted', async () => {
    expect(await guard.check({ raw: raw('mx; dmarc=fail header.from=x.it'), messageRecordId: 's1', recipient: 'a@x.it', now })).toEqual(['sender-not-authenticated: dmarc=fail (x.it)']);
    expect(counted).toEqual([]);
  });

  it('the third answer to one sender is withheld; a retried message is not counted twice', async () => {
    expect(await guard.check({ raw: raw(''), messageRecordId: '1', recipient: 'a@x.it', now })).toEqual([]);
    expect(await guard.check({ raw: raw(''), messageRecordId: '1', recipient: 'a@x.it', now })).toEqual([]);
    expect(await guard.check({ raw: raw(''), messageRecordId: '2', recipient: 'a@x.it', now })).toEqual([]);
    expect((await guard.check({ raw: raw(''), messageRecordId: '3', recipient: 'a@x.it', now }))[0]).toMatch(/^reply-limit-exceeded/);
  });

  it('withholding turns an answered request into one for review', () => {
    const plan = { status: 'processed' as const, createRequest: true, reply: 'acknowledgement' as const, replyTo: 'a@x.it', needsReview: false, note: 'complete request' };
    expect(withholdReply(plan, [])).toBe(plan);
    expect(withholdReply(plan, ['reply-limit-exceeded: x'])).toMatchObject({ reply: null, needsReview: true, status: 'needs-review', createRequest: true });
    expect(typeof planIntake).toBe('function');
  });
});
