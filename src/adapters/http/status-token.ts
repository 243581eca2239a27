import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a status link in an acknowledgement keeps working by default. */
export const STATUS_LINK_DAYS = 365;
// keeps these MACs distinct from any other HMAC made with the same secret (e.g. the experts' links)
const DOMAIN = 'cap4city-status-page:';

function mac(requestId: string, expiresAtSeconds: number, secret: string): string {
  return createHmac('sha256', secret).update(`${DOMAIN}${requestId}.${expiresAtSeconds}`).digest('base64url');
}

/** `<requestId>.<expiry in seconds>.<HMAC>`: unguessable without the secret, bound to one request. */
export function createStatusToken(requestId: string, expiresAt: Date, secret: string): string {
  if (secret.length < 16) throw new Error('status links need a secret of at least 16 characters');
  const expiresAtSeconds = Math.floor(expiresAt.getTime() / 1000);
  return `${requestId}.${expiresAtSeconds}.${mac(requestId, expiresAtSeconds, secret)}`;
}

/** The request id of a valid, unexpired token; null otherwise (never throws). */
export function verifyStatusToken(token: string, secret: string, now: Date): string | null {
  if (secret.length < 16) return null;
  const match = /^(\d{1,18})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, requestId, expiry, given] = match as unknown as [string, string, string, string];
  const expected = Buffer.from(mac(requestId, Number(expiry), secret));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  return Number(expiry) * 1000 > now.getTime() ? requestId : null;
}

/** The Comune's status page link for an acknowledgement mail. */
export function statusPageUrl(
  baseUrl: string,
  requestId: string,
  secret: string,
  opts: { now?: Date; validDays?: number } = {},
): string {
  const now = opts.now ?? new Date();
  const expiresAt = new Date(now.getTime() + (opts.validDays ?? STATUS_LINK_DAYS) * 86_400_000);
  return `${baseUrl.replace(/\/+$/, '')}/stato-richiesta/${createStatusToken(requestId, expiresAt, secret)}`;
}
