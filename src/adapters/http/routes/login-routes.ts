import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Database } from '../../db/database.ts';
import { insertAuditEntry } from '../../db/web-audit-repo.ts';
import { deleteIdleWebSessions, deleteWebSession, insertWebSession } from '../../db/web-sessions-repo.ts';
import { purgeOldLoginFailures } from '../../db/web-login-failures-repo.ts';
import { findWebUserByUsername } from '../../db/web-users-repo.ts';
import { dummyPasswordHash, verifyPassword } from '../auth/password-hash.ts';
import { LOGIN_WINDOW_MS, isLoginThrottled, noteLoginFailure, noteLoginSuccess } from '../auth/login-throttle.ts';
import { LOGIN_CSRF_COOKIE, SESSION_COOKIE, SESSION_IDLE_MS, hashSessionId, newRandomToken, tokensMatch } from '../auth/session-tokens.ts';
import { renderLoginPage } from '../views/login-view.ts';

/** Only a path of this site: never an open redirect. */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/richieste';
}

export function registerLoginRoutes(app: FastifyInstance, deps: { db: Database; secureCookies: boolean }): void {
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: deps.secureCookies };

  const showLogin = (reply: FastifyReply, status: number, next: string, username?: string, error?: string) => {
    const csrfToken = newRandomToken();
    reply.setCookie(LOGIN_CSRF_COOKIE, csrfToken, { ...cookieOptions, maxAge: 3600 });
    return reply.code(status).type('text/html; charset=utf-8').send(renderLoginPage({ csrfToken, next, username, error }));
  };

  app.get('/login', async (request, reply) => {
    const next = safeNext((request.query as Record<string, unknown>).next);
    if (request.user) return reply.redirect(next, 303);
    return showLogin(reply, 200, next);
  });

  app.post('/login', async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const next = safeNext(body.next);
    if (!tokensMatch(body._csrf, request.cookies[LOGIN_CSRF_COOKIE] ?? '')) {
      return showLogin(reply, 403, next, undefined, 'La pagina di accesso è scaduta: riprovare.');
    }
    const username = typeof body.username === 'string' ? body.username.trim().toLowerCase().slice(0, 100) : '';
    const password = typeof body.password === 'string' ? body.password.slice(0, 1000) : '';
    if (await isLoginThrottled(deps.db, request.ip, username)) {
      await insertAuditEntry(deps.db, { actor: 'anonymous', action: 'login-throttled', target: username, ip: request.ip });
      return showLogin(reply, 429, next, username, 'Troppi tentativi di accesso non riusciti. Riprovare tra 15 minuti.');
    }
    const user = username ? await findWebUserByUsername(deps.db, username) : null;
    const valid = await verifyPassword(password, user && !user.disabled ? user.passwordHash : await dummyPasswordHash());
    if (!user || user.disabled || !valid) {
      await noteLoginFailure(deps.db, request.ip, username);
      await insertAuditEntry(deps.db, { actor: 'anonymous', action: 'login-failed', target: username, ip: request.ip });
      return showLogin(reply, 401, next, username, 'Nome utente o password non corretti.');
    }
    await noteLoginSuccess(deps.db, username);
    // housekeeping rides on logins: rare enough to be cheap, frequent enough to keep the tables small
    await deleteIdleWebSessions(deps.db, SESSION_IDLE_MS);
    await purgeOldLoginFailures(deps.db, LOGIN_WINDOW_MS);
    const sessionId = newRandomToken();
    await insertWebSession(deps.db, {
      idHash: hashSessionId(sessionId),
      userId: user.id,
      csrfToken: newRandomToken(),
      ip: request.ip,
      userAgent: (request.headers['user-agent'] ?? '').slice(0, 300) || null,
    });
    await insertAuditEntry(deps.db, { actor: `user:${user.username}`, action: 'login', ip: request.ip });
    reply.clearCookie(LOGIN_CSRF_COOKIE, cookieOptions);
    reply.setCookie(SESSION_COOKIE, sessionId, { ...cookieOptions, maxAge: Math.floor(SESSION_IDLE_MS / 1000) });
    return reply.redirect(next, 303);
  });

  app.post('/logout', async (request, reply) => {
    if (request.sessionIdHash) await deleteWebSession(deps.db, request.sessionIdHash);
    if (request.user) await insertAuditEntry(deps.db, { actor: `user:${request.user.username}`, action: 'logout', ip: request.ip });
    reply.clearCookie(SESSION_COOKIE, cookieOptions);
    return reply.redirect('/login', 303);
  });
}
