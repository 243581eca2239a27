import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** What an accept/decline link in an offer carries. `exp` is in seconds since the epoch. */
export interface LinkPayload {
  requestId: string;
  expertId: string;
  action: 'accept' | 'decline';
  exp: number;
}

export type LinkVerification = { ok: true; payload: LinkPayload } | { ok: false; error: string };

const PayloadSchema = z
  .object({
    requestId: z.string().min(1),
    expertId: z.string().min(1),
    action: z.enum(['accept', 'decline']),
    exp: z.number().int().positive(),
  })
  .strict();

/** `base64url(JSON payload).base64url(HMAC-SHA256)`: URL-safe, tamper-evident, readable by nobody without the secret to forge. */
export function signLink(payload: LinkPayload, secret: string): string {
  assertSecret(secret);
  const body = Buffer.from(JSON.stringify(PayloadSchema.parse(payload)), 'utf8').toString('base64url');
  return `${body}.${mac(body, secret).toString('base64url')}`;
}

/** Checks signature (timing-safe) and expiry of a link token; never throws on a bad token. */
export function verifyLink(token: string, secret: string, now: Date): LinkVerification {
  assertSecret(secret);
  const parts = typeof token === 'string' ? token.split('.') : [];
  if (parts.length !== 2 || !/^[A-Za-z0-9_-]+$/.test(parts[0]!) || !/^[A-Za-z0-9_-]+$/.test(parts[1]!)) {
    return { ok: false, error: 'link-malformed: not a signed link' };
  }
  const [body, signature] = parts as [string, string];
  const expected = mac(body, secret);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, error: 'link-bad-signature: the link was altered or signed with another key' };
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, error: 'link-malformed: unreadable payload' };
  }
  const parsed = PayloadSchema.safeParse(decoded);
  if (!parsed.success) return { ok: false, error: 'link-malformed: unexpected payload' };
  if (parsed.data.exp * 1000 <= now.getTime()) return { ok: false, error: `link-expired: expired at ${new Date(parsed.data.exp * 1000).toISOString()}` };
  return { ok: true, payload: parsed.data };
}

function mac(body: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(body).digest();
}

function assertSecret(secret: string): void {
  if (typeof secret !== 'string' || secret.length < 16) throw new Error('signed links need a secret of at least 16 characters');
}
