import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signLink, verifyLink, type LinkPayload } from '../../../src/core/workflow/signed-link.ts';

const SECRET = 'a-test-secret-of-enough-length';
const payload: LinkPayload = { requestId: 'C4C-2026-00042', expertId: 'anna-russo', action: 'accept', exp: Date.parse('2026-03-10T00:00:00Z') / 1000 };
const before = new Date('2026-03-09T12:00:00Z');

describe('signed links', () => {
  it('round-trips a payload and is URL-safe', () => {
    const token = signLink(payload, SECRET);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(verifyLink(token, SECRET, before)).toEqual({ ok: true, payload });
  });

  it('refuses an expired link', () => {
    const result = verifyLink(signLink(payload, SECRET), SECRET, new Date('2026-03-10T00:00:00Z'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^link-expired: /);
  });

  it('refuses a link signed with another key or altered', () => {
    const token = signLink(payload, SECRET);
    expect(verifyLink(token, 'another-secret-of-enough-length', before)).toMatchObject({ ok: false, error: expect.stringMatching(/^link-bad-signature/) });
    const declined = Buffer.from(JSON.stringify({ ...payload, action: 'decline' })).toString('base64url');
    const forged = `${declined}.${token.split('.')[1]}`;
    expect(verifyLink(forged, SECRET, before)).toMatchObject({ ok: false, error: expect.stringMatching(/^link-bad-signature/) });
    expect(verifyLink(`${token.slice(0, -2)}`, SECRET, before).ok).toBe(false);
  });

  it('never throws on garbage', () => {
    for (const token of ['', 'abc', 'a.b.c', '!!.??', `${Buffer.from('not json').toString('base64url')}.xyz`]) {
      expect(verifyLink(token, SECRET, before)).toMatchObject({ ok: false, error: expect.stringMatching(/^link-(malformed|bad-signature)/) });
    }
  });

  it('refuses a correctly signed payload of the wrong shape', () => {
    const body = Buffer.from(JSON.stringify({ requestId: 'x', action: 'delete' })).toString('base64url');
    const signature = createHmac('sha256', SECRET).update(body).digest('base64url');
    expect(verifyLink(`${body}.${signature}`, SECRET, before)).toEqual({ ok: false, error: 'link-malformed: unexpected payload' });
  });

  it('needs a real secret', () => {
    expect(() => signLink(payload, 'short')).toThrow('secret');
  });
});
