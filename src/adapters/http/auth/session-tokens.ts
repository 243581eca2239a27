import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'c4c_session';
export const LOGIN_CSRF_COOKIE = 'c4c_login_csrf';
/** A session unused for this long needs a new login. */
export const SESSION_IDLE_MS = 8 * 3600_000;

export function newRandomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only the hash of a session id is stored. */
export function hashSessionId(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('hex');
}

export function tokensMatch(given: unknown, expected: string): boolean {
  if (typeof given !== 'string' || given.length === 0) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
