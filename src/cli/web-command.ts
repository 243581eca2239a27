import path from 'node:path';
import type { Config } from '../config/config.ts';
import type { Logger } from '../logger.ts';
import type { Database } from '../adapters/db/database.ts';
import type { OfferLinks, WebAppDeps, WebQueues } from '../adapters/http/web-deps.ts';
import { loadOrCreateSecret } from '../adapters/secret-file.ts';
import type { WatcherState } from '../adapters/imap/watcher-types.ts';
import { parseCatalog } from '../core/normalize/catalog.ts';

/** Web settings read from the environment, beside Config: CAP4CITY_SECRET, METRICS_TOKEN, WEB_SECURE_COOKIES, WEB_TRUST_PROXY. */
export function webDepsFromConfig(input: {
  config: Readonly<Config>;
  env?: NodeJS.ProcessEnv;
  db: Database;
  queues: WebQueues | null;
  logger: Logger;
  watcherStates?: () => WatcherState[];
  offerLinks?: OfferLinks | null;
}): WebAppDeps {
  const env = input.env ?? process.env;
  const flag = (name: string) => /^(1|true|yes|on)$/i.test(env[name]?.trim() ?? '');
  const secret = input.config.secret ?? loadOrCreateSecret(input.config.dataDir);
  return {
    db: input.db,
    queues: input.queues,
    logger: input.logger,
    secureCookies: flag('WEB_SECURE_COOKIES'),
    trustProxy: flag('WEB_TRUST_PROXY'),
    sessionSecret: secret,
    metricsToken: env.METRICS_TOKEN?.trim() || null,
    expertsFile: path.join(input.config.configDir, 'experts.yaml'),
    catalog: parseCatalog(input.config.catalogYaml),
    watcherStates: input.watcherStates,
    offerLinks: input.offerLinks ?? null,
  };
}

/**
 * `cap4city web`: the dashboard alone, on WEB_PORT. Queues are shown when REDIS_URL is set
 * (a web process does not start the private Redis of `start`).
 */
export async function runWebCommand(config: Readonly<Config>, logger: Logger): Promise<{ stop(): Promise<void>; port: number }> {
  const { openDatabase } = await import('../adapters/db/database.ts');
  const { migrate } = await import('../adapters/db/migrate.ts');
  const { createQueues } = await import('../adapters/queue/queues.ts');
  const { startWebServer } = await import('../adapters/http/create-web-app.ts');
  const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(db);
    const queues = config.redisUrl ? createQueues(config.redisUrl, config.queuePrefix, (err) => logger.warn({ err: err.message }, 'queue connection error')) : null;
    const { buildWorkflowContext } = await import('../main.ts');
    const { offerLinksFor } = await import('../workflows/answer-offer-link.ts');
    const { notifyManualAssignment } = await import('../workflows/manual-assignment.ts');
    const { afterStatusChange } = await import('../workflows/after-status-change.ts');
    const ctx = queues ? buildWorkflowContext(config, db, queues) : null;
    const server = await startWebServer({
      ...webDepsFromConfig({ config, db, queues, logger, offerLinks: ctx ? offerLinksFor(ctx) : null }),
      onExpertAssigned: ctx ? (requestId, expertId) => notifyManualAssignment(ctx, requestId, expertId) : undefined,
      onStatusChanged: ctx ? (requestId, action, note) => afterStatusChange(ctx, requestId, action, note) : undefined,
      port: config.webPort,
    });
    logger.info({ port: server.port }, 'dashboard listening');
    return {
      port: server.port,
      async stop() {
        await server.close();
        await queues?.close();
        await db.close();
      },
    };
  } catch (err) {
    await db.close();
    throw err;
  }
}
