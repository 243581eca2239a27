import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SqlExecutor } from '../../db/database.ts';
import { findActiveSession, touchWebSession, type SessionUser } from '../../db/web-sessions-repo.ts';
import { SESSION_COOKIE, SESSION_IDLE_MS, hashSessionId, tokensMatch } from './session-tokens.ts';

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
    sessionIdHash: string | null;
  }
}

const PUBLIC_EXACT = new Set(['/healthz', '/readyz', '/metrics', '/login', '/favicon.ico']);
// /incarico/: an expert's signed accept/decline link; the signed token is the credential
const PUBLIC_PREFIXES = ['/static/', '/stato-richiesta/', '/incarico/'];
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Touching the session on every request would write on every click. */
const TOUCH_AFTER_MS = 60_000;

export function pathOf(request: FastifyRequest): string {
  return request.url.split('?')[0] ?? '/';
}

export function isPublicPath(path: string): boolean {
  return PUBLIC_EXACT.has(path) || PUBLIC_PREFIXES.some((prefix) => path.startsWith(prefix));
}

function isApiPath(path: string): boolean {
  return path.startsWith('/api/') || path.startsWith('/code/api/');
}

/** Loads the session, sends anonymous visitors to the login page, checks CSRF and roles on every change. */
export function registerAuthHooks(app: FastifyInstance, db: SqlExecutor): void {
  app.decorateRequest('user', null);
  app.decorateRequest('sessionIdHash', null);

  app.addHook('onRequest', async (request, reply) => {
    const path = pathOf(request);
    const cookie = request.cookies[SESSION_COOKIE];
    if (cookie) {
      const idHash = hashSessionId(cookie);
      const user = await findActiveSession(db, idHash, SESSION_IDLE_MS);
      if (user) {
        request.user = user;
        request.sessionIdHash = idHash;
        if (Date.now() - user.lastSeenAt.getTime() > TOUCH_AFTER_MS) await touchWebSession(db, idHash);
      }
    }
    if (request.user || isPublicPath(path)) return;
    return refuseAnonymous(request, reply, path);
  });

  app.addHook('preHandler', async (request, reply) => {
    const path = pathOf(request);
    const user = request.user;
    if (!UNSAFE_METHODS.has(request.method) || isPublicPath(path) || !user) return;
    if (path.startsWith('/code')) {
      // the queue view's own front end cannot send our token: same-origin check instead
      if (!isSameOrigin(request)) return forbid(reply, 'Richiesta rifiutata: origine non valida.');
    } else {
      const body = request.body as Record<string, unknown> | undefined;
      const given = request.headers['x-csrf-token'] ?? body?._csrf;
      if (!tokensMatch(given, user.csrfToken)) {
        return forbid(reply, 'Richiesta rifiutata: token di sicurezza mancante o scaduto. Ricaricare la pagina e riprovare.');
      }
    }
    if (user.role === 'readonly' && path !== '/logout') {
      return forbid(reply, 'Il profilo in sola lettura non può modificare i dati.');
    }
  });
}

function refuseAnonymous(request: FastifyRequest, reply: FastifyReply, path: string) {
  if (isApiPath(path) || request.method !== 'GET') {
    return reply.code(401).type('application/json; charset=utf-8').send({ error: 'unauthorized', message: 'Accesso richiesto.' });
  }
  const next = encodeURIComponent(request.url);
  return reply.redirect(`/login?next=${next}`, 303);
}

function forbid(reply: FastifyReply, message: string) {
  return reply.code(403).type('text/plain; charset=utf-8').send(message);
}

function isSameOrigin(request: FastifyRequest): boolean {
  if (request.headers['sec-fetch-site'] === 'same-origin') return true;
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
