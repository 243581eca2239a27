import type { FastifyInstance } from 'fastify';
import { findRequestById } from '../../db/requests-repo.ts';
import { loadExpertChoices } from '../experts.ts';
import { verifyStatusToken } from '../status-token.ts';
import { renderPublicStatus } from '../views/public-status-view.ts';
import type { WebAppDeps } from '../web-deps.ts';

const NOT_FOUND = 'Link non valido o scaduto. Per informazioni scrivere alla segreteria Cap4City.';

/** The Comune's page: public, reachable only with a token signed for one request. */
export function registerPublicStatusRoutes(app: FastifyInstance, deps: WebAppDeps): void {
  // warn level: the routine request log lines would write the token (a credential for this page) to the logs
  app.get('/stato-richiesta/:token', { logLevel: 'warn' }, async (request, reply) => {
    const { token } = request.params as { token: string };
    reply.header('x-robots-tag', 'noindex, nofollow').header('cache-control', 'no-store');
    const requestId = deps.sessionSecret ? verifyStatusToken(token, deps.sessionSecret, new Date()) : null;
    const found = requestId ? await findRequestById(deps.db, requestId) : null;
    if (!found) return reply.code(404).type('text/plain; charset=utf-8').send(NOT_FOUND);
    const { rows } = await deps.db.query<{ expert_id: string | null; lab_dates: string[] | null }>(
      'SELECT expert_id, lab_dates FROM requests WHERE id = $1',
      [found.id],
    );
    const expertId = rows[0]?.expert_id ?? null;
    const expertName = expertId ? (loadExpertChoices(deps.expertsFile).find((e) => e.id === expertId)?.name ?? null) : null;
    const page = renderPublicStatus({
      code: found.code,
      comune: found.comuneName,
      status: found.status,
      missing: found.missing,
      expertName,
      labDates: rows[0]?.lab_dates ?? [],
      receivedAt: found.createdAt,
    });
    return reply.type('text/html; charset=utf-8').send(page);
  });
}
