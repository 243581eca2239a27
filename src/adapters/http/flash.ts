import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ActionResult } from './actions/action-result.ts';

const FLASH_COOKIE = 'c4c_flash';

/** Redirects after an action, carrying its outcome to the next page in a one-time cookie. */
export function redirectWithResult(reply: FastifyReply, location: string, result: ActionResult, secure: boolean): FastifyReply {
  const flash = result.ok ? { notice: result.notice } : { error: result.error };
  reply.setCookie(FLASH_COOKIE, Buffer.from(JSON.stringify(flash)).toString('base64url'), {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: 60,
  });
  return reply.redirect(location, 303);
}

/** Reads and clears the outcome of the previous action. */
export function takeFlash(request: FastifyRequest, reply: FastifyReply): { notice: string | null; error: string | null } {
  const raw = request.cookies[FLASH_COOKIE];
  if (!raw) return { notice: null, error: null };
  reply.clearCookie(FLASH_COOKIE, { path: '/' });
  try {
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as { notice?: unknown; error?: unknown };
    const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, 500) : null);
    return { notice: text(parsed.notice), error: text(parsed.error) };
  } catch {
    return { notice: null, error: null };
  }
}
