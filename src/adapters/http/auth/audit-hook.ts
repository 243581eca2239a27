import type { FastifyInstance } from 'fastify';
import type { SqlExecutor } from '../../db/database.ts';
import { insertAuditEntry } from '../../db/web-audit-repo.ts';
import { pathOf } from './auth-hooks.ts';

/** Pages and downloads that show personal data: looking at them is recorded, like every change. */
const PERSONAL_DATA_VIEWS = [/^\/richieste\/[^/]+$/, /^\/richieste\.csv$/, /^\/api\/richieste/, /^\/messaggi\/\d+\/(raw|allegati\/\d+)$/, /^\/richieste\/[^/]+\/scansione\.png$/];

/** The audit trail (GDPR): who looked at or changed what, from where, when it went through. */
export function registerAuditHook(app: FastifyInstance, db: SqlExecutor): void {
  app.addHook('onResponse', async (request, reply) => {
    const user = request.user;
    if (!user || reply.statusCode >= 400) return;
    const path = pathOf(request);
    const change = request.method !== 'GET' && request.method !== 'HEAD';
    if (!change && !PERSONAL_DATA_VIEWS.some((pattern) => pattern.test(path))) return;
    await insertAuditEntry(db, {
      actor: `user:${user.username}`,
      action: change ? 'change' : 'view',
      target: path,
      details: change ? { method: request.method, action: (request.body as { action?: unknown } | undefined)?.action ?? null } : undefined,
      ip: request.ip,
    }).catch((err: unknown) => request.log.warn({ err }, 'cannot write the audit trail'));
  });
}
