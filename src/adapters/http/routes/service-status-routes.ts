import type { FastifyInstance } from 'fastify';
import type { Job } from 'bullmq';
import { listFailedMails } from '../../db/web-timeline-query.ts';
import { renderServiceStatus, type QueueSummary } from '../views/service-status-view.ts';
import type { WebAppDeps } from '../web-deps.ts';

const COUNTED_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;

/** /stato: the secretariat's view of the machinery (mailboxes, queues, failed mails). */
export function registerServiceStatusRoutes(app: FastifyInstance, deps: WebAppDeps): void {
  app.get('/stato', async (request, reply) => {
    const queues: QueueSummary[] = [];
    let queueError: string | null = null;
    if (deps.queues) {
      try {
        for (const queue of [deps.queues.intake, deps.queues.mail]) {
          const counts = await queue.getJobCounts(...COUNTED_STATES);
          const failed: Job[] = await queue.getFailed(0, 9);
          queues.push({
            name: queue.name,
            counts,
            failed: failed.map((job) => ({ id: job.id ?? '?', reason: job.failedReason ?? '', at: job.finishedOn ? new Date(job.finishedOn) : null })),
          });
        }
      } catch (err) {
        queueError = err instanceof Error ? err.message : String(err);
      }
    }
    const mailboxStates = await deps.db.query<{ mailbox: string; last_check_at: Date | null; last_error: string | null; connected: boolean }>(
      'SELECT mailbox, last_check_at, last_error, connected FROM mailbox_state ORDER BY mailbox',
    );
    const page = renderServiceStatus({
      user: request.user!,
      watchers: deps.watcherStates?.() ?? null,
      mailboxRows: mailboxStates.rows,
      queues: deps.queues ? queues : null,
      queueError,
      failedMails: await listFailedMails(deps.db, 50),
    });
    return reply.type('text/html; charset=utf-8').send(page);
  });
}
