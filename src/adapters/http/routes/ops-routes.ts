import type { FastifyInstance } from 'fastify';
import { tokensMatch } from '../auth/session-tokens.ts';
import { createMetricsRegistry } from '../metrics.ts';
import type { WebAppDeps } from '../web-deps.ts';

const CHECK_TIMEOUT_MS = 2000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function check(run: () => Promise<unknown>): Promise<{ ok: boolean; error?: string }> {
  try {
    await withTimeout(run(), CHECK_TIMEOUT_MS);
    return { ok: true };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

/** /healthz (the process answers), /readyz (its dependencies answer), /metrics (Prometheus). */
export function registerOpsRoutes(app: FastifyInstance, deps: WebAppDeps): void {
  const registry = createMetricsRegistry({ db: deps.db, queues: deps.queues ?? null, watcherStates: deps.watcherStates });

  app.get('/healthz', async () => ({ status: 'ok' }));

  app.get('/readyz', async (_request, reply) => {
    const database = await check(() => deps.db.query('SELECT 1'));
    const queues = deps.queues;
    const redis = queues ? await check(() => queues.intake.getJobCounts('waiting')) : null;
    const mailboxes = (deps.watcherStates?.() ?? []).map((s) => ({ mailbox: s.mailbox, status: s.status, lastError: s.lastError }));
    const ready = database.ok && (redis?.ok ?? true);
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not-ready', database, redis, mailboxes });
  });

  app.get('/metrics', async (request, reply) => {
    const token = deps.metricsToken;
    if (token) {
      const header = request.headers.authorization ?? '';
      if (!tokensMatch(header.replace(/^Bearer\s+/i, ''), token)) {
        return reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'unauthorized' });
      }
    }
    const body = await registry.metrics();
    return reply.type(registry.contentType).send(body);
  });
}
