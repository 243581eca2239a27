import path from 'node:path';
import { Redis } from 'ioredis';
import type { Config } from './config/config.ts';
import type { Logger } from './logger.ts';
import { redactUrl } from './logger.ts';
import { openDatabase, type Database } from './adapters/db/database.ts';
import { migrate } from './adapters/db/migrate.ts';
import { markOutboxFailed } from './adapters/db/outbox-repo.ts';
import { getMailboxState, upsertMailboxState } from './adapters/db/mailbox-state-repo.ts';
import type { WatcherState } from './adapters/imap/watcher-types.ts';
import { startPrivateRedis, type PrivateRedis } from './adapters/redis/private-redis.ts';
import { createRedis } from './adapters/redis/redis-connection.ts';
import { RedisLease } from './adapters/redis/lease.ts';
import { createQueues, type Queues } from './adapters/queue/queues.ts';
import { startWorkers, type Workers } from './adapters/queue/workers.ts';
import { ImapWatcher } from './adapters/imap/imap-watcher.ts';
import { DropFolderWatcher } from './adapters/drop-folder/drop-folder-watcher.ts';
import { createFileTransport, createSmtpTransport, type MailTransport } from './adapters/smtp/mail-transport.ts';
import { loadTemplateSources } from './adapters/templates/load-templates.ts';
import { createEmailRenderer } from './core/render-email.ts';
import { parseCatalog } from './core/normalize/catalog.ts';
import { parseMessage } from './core/parse-message.ts';
import { ParsePool } from './adapters/parse-pool/parse-pool.ts';
import { buildFormPdf } from './core/form/build-form-pdf.ts';
import { ingestMessages } from './workflows/ingest-message.ts';
import type { RawMessageSource } from './adapters/imap/watcher-types.ts';
import { intakeMessage } from './workflows/intake-message.ts';
import { assignRequest } from './workflows/assign-request.ts';
import { runFollowUp } from './workflows/follow-ups.ts';
import type { WorkflowContext } from './workflows/workflow-context.ts';
import { offerLinksFor } from './workflows/answer-offer-link.ts';
import { notifyManualAssignment } from './workflows/manual-assignment.ts';
import { afterStatusChange } from './workflows/after-status-change.ts';
import { startWebServer } from './adapters/http/create-web-app.ts';
import { webDepsFromConfig } from './cli/web-command.ts';
import type { OutboxAttachment } from './adapters/db/outbox-repo.ts';
import { loadOrCreateSecret } from './adapters/secret-file.ts';
import { parseExpertsConfig } from './core/workflow/experts-config.ts';
import { parseEligibilityConfig, PROGRAMME_REGIONS } from './core/workflow/eligibility-config.ts';
import { parseEventsConfig } from './core/workflow/events-config.ts';
import { defaultWorkflowConfig, parseWorkflowConfig } from './core/workflow/workflow-config.ts';
import { sendOutboxMail } from './workflows/send-mail.ts';
import { findStrandedWork } from './workflows/sweep-stranded.ts';
import { startReplyGuard } from './adapters/rate-limit/start-reply-guard.ts';
import { scheduleRetention } from './workflows/retention.ts';
import type { IntakeJob, MailJob } from './adapters/queue/queues.ts';
import { setMessageStatus } from './adapters/db/messages-repo.ts';
import { OcrRunner } from './adapters/ocr/ocr-runner.ts';
import { ocrSettingsFromEnv } from './adapters/ocr/ocr-settings.ts';
import { createScanReader } from './adapters/ocr/scan-reader.ts';
import { ocrRequest } from './workflows/ocr-request.ts';
import { IntakeError } from './core/errors.ts';
import { sendNowOrQueue } from './workflows/send-mail-now.ts';
import { yieldToBacklog } from './adapters/queue/yield-to-backlog.ts';

export interface Roles {
  watch: boolean;
  work: boolean;
  /** The secretariat's dashboard on WEB_PORT. */
  web?: boolean;
}

export interface Service {
  db: Database;
  queues: Queues;
  redisUrl: string;
  /** Live state of this process's mail sources. */
  watcherStates(): WatcherState[];
  stop(): Promise<void>;
}

const LEASE_TTL_MS = 30_000;
/** A worker sending its own mail waits this long for the SMTP server before the mail queue takes over. */
const INLINE_SEND_TIMEOUT_MS = 10_000;
/** OCR of a scan waits while acknowledgements are pending, but never more than a minute. */
const OCR_YIELD = { maxWaitMs: 60_000, pollMs: 250 };

/** The composition root: config → adapters → workflows. Everything it starts, stop() closes. */
export async function startService(config: Readonly<Config>, logger: Logger, roles: Roles): Promise<Service> {
  const closers: Array<() => Promise<void> | void> = [];
  const stopAll = async () => {
    for (const close of closers.reverse()) {
      try {
        await close();
      } catch (err) {
        logger.warn({ err }, 'error while shutting down');
      }
    }
  };
  try {
    let redisUrl = config.redisUrl;
    if (!redisUrl) {
      const privateRedis: PrivateRedis = await startPrivateRedis(config.dataDir, logger);
      closers.push(() => privateRedis.stop());
      redisUrl = privateRedis.url;
    }
    const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
    closers.push(() => db.close());
    const applied = await migrate(db);
    logger.info({ database: db.kind === 'pglite' ? path.join(config.dataDir, 'pglite') : redactUrl(config.databaseUrl), applied }, 'database ready');

    const queues = createQueues(redisUrl, config.queuePrefix, (err) => logger.warn({ err: err.message }, 'queue connection error'));
    closers.push(() => queues.close());

    const watchers: { state: WatcherState }[] = [];
    // one context for the workers and the dashboard: catalogue, experts and templates are read once
    const ctx = roles.work || roles.web ? buildWorkflowContext(config, db, queues, closers) : null;
    if (ctx && roles.work) await startWorkRole(config, logger, db, queues, ctx, redisUrl, closers);
    if (roles.watch) watchers.push(...(await startWatchRole(config, logger, db, queues, redisUrl, closers)));

    const watcherStates = () => watchers.map((w) => ({ ...w.state }));
    if (ctx && roles.web) {
      const server = await startWebServer({
        ...webDepsFromConfig({ config, db, queues, logger, watcherStates, offerLinks: offerLinksFor(ctx) }),
        onExpertAssigned: (requestId, expertId) => notifyManualAssignment(ctx, requestId, expertId),
        onStatusChanged: (requestId, action, note) => afterStatusChange(ctx, requestId, action, note),
        port: config.webPort,
      });
      // the dashboard goes first on shutdown: it takes no more actions while workers finish
      closers.push(() => server.close());
      logger.info({ port: server.port, url: config.publicUrl }, 'dashboard listening');
    }

    return { db, queues, redisUrl, watcherStates, stop: stopAll };
  } catch (err) {
    await stopAll();
    throw err;
  }
}

async function startWorkRole(
  config: Readonly<Config>,
  logger: Logger,
  db: Database,
  queues: Queues,
  sharedCtx: WorkflowContext,
  redisUrl: string,
  closers: Array<() => Promise<void> | void>,
): Promise<void> {
  const transport: MailTransport = config.smtpUrl ? createSmtpTransport(config.smtpUrl) : createFileTransport(path.join(config.dataDir, 'outbox'));
  closers.push(() => transport.close());
  const log = logger.child({ component: 'worker' });
  // a worker sends the mails its own steps queue at once; the dashboard only queues them
  const sendNow = sendNowOrQueue({ db, transport, enqueue: sharedCtx.queues.enqueueMail, timeoutMs: INLINE_SEND_TIMEOUT_MS, logger: log });
  const ctx: WorkflowContext = { ...sharedCtx, queues: { ...sharedCtx.queues, sendClaimedMail: sendNow } };
  const replyGuard = startReplyGuard({ redisUrl, prefix: config.queuePrefix, logger: log });
  closers.push(() => replyGuard.close());
  const ocr = ocrSettingsFromEnv(process.env);
  const ocrRunner = ocr.enabled ? new OcrRunner(ocr.runner) : null;
  if (ocrRunner) closers.push(() => ocrRunner.close());
  const readScan = ocrRunner ? createScanReader(ocrRunner, { catalog: ctx.catalog, threshold: ocr.threshold }) : null;
  const shutdown = new AbortController();
  const workers: Workers = startWorkers({
    redisUrl,
    prefix: config.queuePrefix,
    intakeConcurrency: config.intakeConcurrency,
    mailConcurrency: config.mailConcurrency,
    logger: log,
    handlers: {
      intake: async ({ messageRecordId }) => {
        const outcome = await intakeMessage(ctx, messageRecordId, replyGuard.guard);
        log.info({ messageRecordId, ...outcome }, 'message handled');
        return outcome;
      },
      mail: async ({ outboxId }) => {
        const outcome = await sendOutboxMail({ db, transport, staleSendingMs: config.outboxStaleSendingMs }, outboxId);
        log.info({ outboxId, outcome, transport: transport.kind }, 'mail handled');
        return outcome;
      },
      assign: async ({ requestId }) => {
        const outcome = await assignRequest(ctx, requestId);
        log.info({ requestId, outcome }, 'assignment handled');
        return outcome;
      },
      followup: async (job) => {
        const outcome = await runFollowUp(ctx, job);
        log.info({ ...job, outcome }, 'follow-up handled');
        return outcome;
      },
      ...(readScan
        ? {
            ocr: async ({ requestId }: { requestId: string }) => {
              const waitedMs = await yieldToBacklog([queues.intake, queues.mail], { ...OCR_YIELD, signal: shutdown.signal });
              // shutting down: the job goes back to the queue instead of holding the shutdown for a whole scan
              if (shutdown.signal.aborted) throw new IntakeError('shutting-down', 'OCR postponed: the worker is stopping', { retryable: true });
              const outcome = await ocrRequest(ctx, readScan, requestId, ocr.threshold);
              log.info({ requestId, waitedMs, ...outcome }, 'scan read');
              return outcome;
            },
          }
        : {}),
      onGaveUp: async (queue, data, error) => {
        if (queue === 'mail') await markOutboxFailed(db, (data as MailJob).outboxId, `gave up: ${error.message}`, { permanent: true });
        // a message the intake could not handle after every retry waits for the secretariat, never silently
        if (queue === 'intake') await setMessageStatus(db, (data as IntakeJob).messageRecordId, 'failed', `intake failed: ${error.message}`.slice(0, 500));
      },
    },
  });
  // close workers first on shutdown: they finish the jobs in hand before connections go
  closers.push(() => workers.close());
  closers.push(() => shutdown.abort());

  const sweep = async () => {
    try {
      const stranded = await findStrandedWork(db, config.strandedAfterMs, config.outboxStaleSendingMs);
      for (const id of stranded.messageIds) await queues.requeueIntake({ messageRecordId: id });
      for (const id of stranded.outboxIds) await queues.requeueMail({ outboxId: id });
      for (const id of stranded.readyRequestIds) await queues.addAssign({ requestId: id });
      if (stranded.messageIds.length || stranded.outboxIds.length || stranded.readyRequestIds.length) log.info(stranded, 're-queued stranded work');
    } catch (err) {
      log.warn({ err }, 'sweep for stranded work failed');
    }
  };
  const timer = setInterval(() => void sweep(), config.sweepIntervalMs);
  timer.unref();
  closers.push(() => clearInterval(timer));
  closers.push(scheduleRetention(db, process.env, log));
  log.info({ transport: transport.kind, smtp: redactUrl(config.smtpUrl), experts: ctx.experts.length }, 'workers started');
}

/** Settings, reference data and queue operations the workflow steps share. */
export function buildWorkflowContext(config: Readonly<Config>, db: Database, queues: Queues, closers?: Array<() => Promise<void> | void>): WorkflowContext {
  const catalog = parseCatalog(config.catalogYaml);
  const files = config.workflowFiles;
  const experts = files.experts ? parseExpertsConfig(files.experts, { knownLabCodes: catalog.labs.map((l) => l.code) }).experts : [];
  const ownAddresses = [config.mailFromAddress, ...config.mailboxes.map((m) => m.user.toLowerCase())];
  let blankForm: Promise<OutboxAttachment> | null = null;
  // threads start with the first message: a dashboard-only process never starts one
  const parsePool = config.parseThreads > 0 ? new ParsePool({ threads: config.parseThreads, maxHeapMb: config.parseThreadMaxHeapMb, catalogYaml: config.catalogYaml, ownAddresses, ownMessageIdDomain: config.messageIdDomain }) : null;
  if (parsePool) closers?.push(() => parsePool.close());
  return {
    db,
    catalog,
    experts,
    eligibility: files.eligibility ? parseEligibilityConfig(files.eligibility) : { regions: [...PROGRAMME_REGIONS] },
    events: files.events ? parseEventsConfig(files.events) : { events: [] },
    workflow: files.workflow ? parseWorkflowConfig(files.workflow) : defaultWorkflowConfig(),
    renderer: createEmailRenderer(loadTemplateSources(config.templatesDir)),
    mailFrom: config.mailFrom,
    ownAddresses,
    messageIdDomain: config.messageIdDomain,
    secretariatEmail: config.secretariatEmail,
    publicUrl: config.publicUrl,
    secret: config.secret ?? loadOrCreateSecret(config.dataDir),
    parse: parsePool ? (raw) => parsePool.parse(raw) : (raw) => parseMessage(raw, { catalog, ownAddresses, ownMessageIdDomain: config.messageIdDomain }),
    blankForm: () =>
      (blankForm ??= buildFormPdf(catalog, { recipient: config.mailFromAddress }).then((pdf) => ({
        name: 'modulo-richiesta-capacity-lab.pdf',
        contentType: 'application/pdf',
        base64: Buffer.from(pdf).toString('base64'),
      }))),
    now: () => new Date(),
    queues: {
      enqueueMail: (outboxId) => queues.addMail({ outboxId }),
      enqueueAssign: (requestId) => queues.addAssign({ requestId }),
      scheduleFollowUp: (job, delayMs) => queues.scheduleFollowUp(job, delayMs),
      cancelFollowUp: (job) => queues.cancelFollowUp(job),
      ...(ocrSettingsFromEnv(process.env).enabled ? { enqueueOcr: (requestId: string) => queues.addOcr({ requestId }) } : {}),
    },
  };
}

async function startWatchRole(
  config: Readonly<Config>,
  logger: Logger,
  db: Database,
  queues: Queues,
  redisUrl: string,
  closers: Array<() => Promise<void> | void>,
): Promise<{ state: WatcherState }[]> {
  const recordState = stateRecorder(db, logger);
  const ingestDeps = {
    db,
    enqueueIntakes: (ids: string[]) => queues.addIntakes(ids.map((id) => ({ messageRecordId: id }))),
  };
  const ingestBatch = async (sources: RawMessageSource[]) => {
    const results = await ingestMessages(ingestDeps, sources);
    results.forEach((r, i) => logger.info({ mailbox: sources[i]!.mailbox, uid: sources[i]!.uid, recordId: r.recordId, isNew: r.isNew }, 'message stored'));
  };
  const ingest = (source: RawMessageSource) => ingestBatch([source]);
  if (config.mailboxes.length === 0) {
    const watcher = new DropFolderWatcher({ inboxDir: path.join(config.dataDir, 'inbox'), pollMs: config.dropPollMs, ingest, onState: recordState, logger: logger.child({ component: 'drop-folder' }) });
    await watcher.start();
    closers.push(() => watcher.stop());
    return [watcher];
  }
  const watchers: ImapWatcher[] = [];
  const redis: Redis = createRedis(redisUrl, 'cap4city-watch');
  redis.on('error', () => undefined);
  closers.push(() => void redis.quit().catch(() => redis.disconnect()));
  for (const mailbox of config.mailboxes) {
    const watcher = new ImapWatcher({
      mailbox,
      lease: new RedisLease(redis, `${config.queuePrefix}:watcher:${mailbox.name}`, LEASE_TTL_MS),
      ingest: ingestBatch,
      onState: recordState,
      knownUidValidity: (await getMailboxState(db, mailbox.name))?.uidValidity ?? null,
      logger: logger.child({ component: 'imap', mailbox: mailbox.name }),
    });
    watcher.start();
    watchers.push(watcher);
    closers.push(() => watcher.stop());
  }
  return watchers;
}

/**
 * Writes a watcher's state to mailbox_state for the dashboard, when something a person would
 * care about changed, or at most every few seconds for the "last check" time.
 */
function stateRecorder(db: Database, logger: Logger): (state: WatcherState) => void {
  const last = new Map<string, { key: string; at: number }>();
  return (state) => {
    const key = `${state.status}|${state.lastError ?? ''}|${state.uidValidity ?? ''}`;
    const previous = last.get(state.mailbox);
    if (previous && previous.key === key && Date.now() - previous.at < 5000) return;
    last.set(state.mailbox, { key, at: Date.now() });
    upsertMailboxState(db, state.mailbox, {
      connected: state.status === 'connected',
      lastError: state.lastError,
      lastCheckAt: state.lastCheckAt,
      ...(state.uidValidity ? { uidValidity: state.uidValidity } : {}),
    }).catch((err: unknown) => logger.debug({ err }, 'cannot record the watcher state'));
  };
}
