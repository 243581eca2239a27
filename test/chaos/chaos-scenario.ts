import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { testEnv, type TestEnv } from '../helpers/env.ts';
import { createImapTestClient } from '../helpers/imap.ts';
import { createTestDatabase } from '../helpers/postgres.ts';
import { REPO_ROOT, setupService } from '../helpers/service.ts';
import { startChaosSink } from './chaos-sink.ts';
import { privateDovecot, privatePostgres, privateRedisServer } from './private-servers.ts';

export interface ChaosOptions {
  messages: number;
  /** kill -9 of a watch or work process, each restarted after a short pause */
  kills: number;
  workProcesses: number;
  redisRestarts: number;
  postgresRestarts: number;
  dovecotRestarts: number;
  /** how long the SMTP server answers 421 to everything (0: never) */
  smtp421Ms: number;
  /** every n-th request names a contact the SMTP server refuses with 550 (0: none) */
  rejectEvery: number;
  /** the faults are spread over this long */
  chaosMs: number;
  /** then everything runs undisturbed until the work is done, at most this long */
  settleTimeoutMs: number;
  /** a private PostgreSQL cluster (needed for restarts); otherwise a fresh database on the shared server */
  privatePostgres: boolean;
  seed?: number;
  log?: (line: string) => void;
}

export interface ChaosFigures {
  messagesDelivered: number;
  distinctMessages: number;
  records: number;
  lostMessages: number;
  duplicateRecords: number;
  leftInInbox: number;
  requests: number;
  requestsWithoutAnswer: number;
  mailsAtSink: number;
  duplicateMailsAtSink: number;
  acknowledgementsExpected: number;
  acknowledgementsDelivered: number;
  outboxPending: number;
  /** rows left in 'sending' by a process killed mid-send, nobody retries them (see RELIABILITY.md) */
  outboxStuckSending: number;
  /** … of which the SMTP server had accepted a copy (the person got it; only the record is behind) */
  stuckSendingDelivered: number;
  /** … of which acknowledgements never delivered: the residue a Comune would notice */
  stuckAcknowledgementsLost: number;
  outboxFailed: number;
  failedWithoutEvent: number;
  refusedRecipients: number;
  refusedVisibleAsFailed: number;
  kills: number;
  restarts: string[];
  smtpRejections: Record<number, number>;
  settledAfterMs: number;
  settled: boolean;
  totalMs: number;
}

const COMUNI = ['Matera', 'Potenza', 'Bari', 'Lecce', 'Taranto', 'Foggia', 'Cosenza', 'Catanzaro', 'Napoli', 'Salerno', 'Palermo', 'Catania', 'Sassari', 'Cagliari', 'Campobasso', 'Avellino'];
const LABS = ['PO-2 Reclutamento', 'Procedure e affidamenti'];

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

function backlogMessage(i: number, rejected: boolean): { id: string; raw: string; contact: string | null } {
  const id = `<chaos-${i}@comune.test>`;
  if (i % 15 === 7) {
    const from = `assente${i}@comune.test`;
    return { id, contact: null, raw: [`From: <${from}>`, 'To: <cap4city@anci.example.it>', 'Subject: Risposta automatica: fuori ufficio', `Message-ID: ${id}`, 'Auto-Submitted: auto-replied', '', 'Sono fuori ufficio.', ''].join('\r\n') };
  }
  const comune = COMUNI[i % COMUNI.length]!;
  const contact = rejected ? `rifiutato${i}@comune.test` : `referente${i}@comune-${comune.toLowerCase()}.test`;
  const raw = [
    `From: Referente ${i} <${contact}>`,
    'To: Cap4City <cap4city@anci.example.it>',
    `Subject: Richiesta Capacity Lab - Comune di ${comune} (${i})`,
    `Message-ID: ${id}`,
    'Date: Mon, 12 Jan 2026 09:30:00 +0100',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Buongiorno, inviamo la richiesta di partecipazione.',
    '',
    `Comune richiedente: ${comune}`,
    `Referente: Persona Numero${i}`,
    `E-mail: ${contact}`,
    `Laboratorio richiesto: ${LABS[i % LABS.length]}`,
    `Fabbisogni e obiettivi: obiettivo numero ${i} per il PNRR.`,
    '',
  ].join('\r\n');
  return { id, contact, raw };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A backlog in a real mailbox, real `cap4city watch` and `work` processes, and faults: kill -9 at
 * random moments, Redis, PostgreSQL and Dovecot restarts, an SMTP server answering 421 for a while
 * and 550 for some recipients. Then it waits for the work to finish and counts what happened.
 */
export async function runChaos(opts: ChaosOptions): Promise<ChaosFigures> {
  const log = opts.log ?? (() => undefined);
  const started = Date.now();
  const rand = random(opts.seed ?? 4242);
  const root = mkdtempSync(path.join(tmpdir(), 'c4c-chaos-'));
  chmodSync(root, 0o755);
  const cleanups: Array<() => Promise<void> | void> = [];
  const restarts: string[] = [];
  const t = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
  try {
    const dovecot = await privateDovecot(path.join(root, 'dovecot'));
    cleanups.push(() => dovecot.stop());
    const redis = await privateRedisServer(path.join(root, 'redis'));
    cleanups.push(() => redis.stop());
    let databaseUrl: string;
    let pgServer: Awaited<ReturnType<typeof privatePostgres>> | null = null;
    if (opts.privatePostgres) {
      pgServer = await privatePostgres(path.join(root, 'pg'));
      cleanups.push(() => pgServer!.stop());
      databaseUrl = pgServer.url;
    } else {
      const database = await createTestDatabase();
      cleanups.push(() => database.drop());
      databaseUrl = database.url;
    }
    const sink = await startChaosSink();
    cleanups.push(() => sink.close());
    const shared = testEnv();
    const env: TestEnv = { ...shared, imap: { ...shared.imap, port: dovecot.port, caFile: undefined } };
    const setup = setupService({ testEnv: env, databaseUrl, smtpUrl: sink.url, redisUrl: redis.url, imapUser: 'cap4city', imapPass: env.imap.pass, pollSeconds: 3 });
    cleanups.push(() => setup.cleanup());
    log(`${t()} servers up: dovecot :${dovecot.port}, redis ${redis.url}, postgres ${opts.privatePostgres ? 'private' : 'shared'}, sink ${sink.url}`);

    // the backlog, with some messages delivered twice (same Message-ID)
    const imap = await createImapTestClient(env, { user: 'cap4city' });
    await imap.resetMailbox();
    const ids = new Set<string>();
    const refused = new Set<string>();
    let delivered = 0;
    for (let i = 0; i < opts.messages; i++) {
      const rejected = opts.rejectEvery > 0 && i % opts.rejectEvery === 3;
      const message = backlogMessage(i, rejected);
      if (rejected && message.contact) refused.add(message.contact);
      await imap.appendMessage('INBOX', message.raw);
      ids.add(message.id);
      delivered++;
      if (i % 20 === 11) {
        await imap.appendMessage('INBOX', message.raw);
        delivered++;
      }
    }
    await imap.close();
    log(`${t()} backlog of ${delivered} messages (${ids.size} distinct) in INBOX`);
    sink.refuse(refused);

    // stranded work is looked for every 2 s and a dead sender's mail taken over after 8 s (defaults: 15 s, 3 min)
    const childEnv = {
      ...process.env, ...setup.env, LOG_LEVEL: 'warn', REPLY_LIMIT_GLOBAL_HOUR: '1000000', REPLY_LIMIT_PER_SENDER_HOUR: '1000',
      SWEEP_INTERVAL_MS: '2000', STRANDED_AFTER_MS: '5000', OUTBOX_STALE_SENDING_MS: '8000',
    };
    const logFile = createWriteStream(path.join(root, 'processes.log'));
    const roles = ['watch', ...Array.from({ length: opts.workProcesses }, () => 'work')];
    const procs: Array<ChildProcess | null> = roles.map(() => null);
    const spawnRole = (index: number) => {
      const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin/cap4city.js'), roles[index]!], { env: childEnv, cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout!.pipe(logFile, { end: false });
      child.stderr!.pipe(logFile, { end: false });
      procs[index] = child;
    };
    const killAll = async () => {
      for (const child of procs) if (child && child.exitCode === null) child.kill('SIGKILL');
      await sleep(200);
    };
    cleanups.push(killAll);
    roles.forEach((_, i) => spawnRole(i));
    log(`${t()} started ${roles.join(', ')}`);

    // the faults, at random moments of the chaos window
    type Fault = { at: number; kind: 'kill' | 'redis' | 'postgres' | 'dovecot' | 'smtp421' };
    const faults: Fault[] = [
      ...Array.from({ length: opts.kills }, () => ({ at: rand() * opts.chaosMs, kind: 'kill' as const })),
      ...Array.from({ length: opts.redisRestarts }, () => ({ at: rand() * opts.chaosMs, kind: 'redis' as const })),
      ...Array.from({ length: opts.postgresRestarts }, () => ({ at: rand() * opts.chaosMs, kind: 'postgres' as const })),
      ...Array.from({ length: opts.dovecotRestarts }, () => ({ at: rand() * opts.chaosMs, kind: 'dovecot' as const })),
      ...(opts.smtp421Ms > 0 ? [{ at: rand() * opts.chaosMs * 0.2, kind: 'smtp421' as const }] : []),
    ].sort((a, b) => a.at - b.at);
    const chaosStart = Date.now();
    let kills = 0;
    const pending: Promise<void>[] = [];
    for (const fault of faults) {
      const wait = chaosStart + fault.at - Date.now();
      if (wait > 0) await sleep(wait);
      switch (fault.kind) {
        case 'kill': {
          const index = Math.floor(rand() * roles.length);
          procs[index]?.kill('SIGKILL');
          kills++;
          log(`${t()} kill -9 ${roles[index]} #${index}`);
          await sleep(300 + rand() * 1500);
          spawnRole(index);
          break;
        }
        case 'redis':
          await redis.stop();
          await sleep(1000);
          await redis.start();
          restarts.push(`redis@${t()}`);
          log(`${t()} redis restarted`);
          break;
        case 'postgres':
          await pgServer?.stop();
          await sleep(1000);
          await pgServer?.start();
          restarts.push(`postgres@${t()}`);
          log(`${t()} postgres restarted (immediate stop)`);
          break;
        case 'dovecot':
          await dovecot.stop();
          await dovecot.start();
          restarts.push(`dovecot@${t()}`);
          log(`${t()} dovecot restarted`);
          break;
        case 'smtp421':
          // only once mail flows: a 421 window while nothing is sent proves nothing
          pending.push(
            (async () => {
              const giveUpAt = Date.now() + opts.chaosMs + 30_000;
              while (sink.messages.length === 0 && Date.now() < giveUpAt) await sleep(100);
              sink.setUnavailable(true);
              log(`${t()} smtp answers 421 for ${opts.smtp421Ms} ms`);
              await sleep(opts.smtp421Ms);
              sink.setUnavailable(false);
              log(`${t()} smtp accepts again`);
            })(),
          );
          break;
      }
    }
    await Promise.all(pending);
    log(`${t()} chaos over: ${kills} kills, ${restarts.length} restarts; waiting for the work to finish`);

    // settle: everything parsed, every mail sent or failed, INBOX empty, the sink quiet
    const db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    cleanups.push(() => db.end());
    const settleStart = Date.now();
    let settled = false;
    let lastSinkCount = -1;
    let quietSince = Date.now();
    // a fresh connection each time: the Dovecot restart cut the first one
    const inboxCount = async () => {
      const client = await createImapTestClient(env, { user: 'cap4city' });
      try {
        const status = await client.client.status('INBOX', { messages: true });
        return status ? (status.messages ?? -1) : -1;
      } finally {
        await client.close().catch(() => undefined);
      }
    };
    while (Date.now() - settleStart < opts.settleTimeoutMs) {
      await sleep(1000);
      const { rows } = await db.query<{ received: string; outbox: string }>(
        // a row in 'sending' whose sender was killed is taken over after OUTBOX_STALE_SENDING_MS: wait for it too
        `select (select count(*) from messages where status = 'received') received,
                (select count(*) from outbox where status in ('pending', 'sending')) outbox`,
      ).catch(() => ({ rows: [{ received: '-1', outbox: '-1' }] }));
      if (sink.messages.length !== lastSinkCount) {
        lastSinkCount = sink.messages.length;
        quietSince = Date.now();
      }
      const inbox = await inboxCount().catch(() => -1);
      if (rows[0]!.received === '0' && rows[0]!.outbox === '0' && inbox === 0 && Date.now() - quietSince > 3000) {
        settled = true;
        break;
      }
    }
    const settledAfterMs = Date.now() - settleStart;
    log(`${t()} ${settled ? 'settled' : 'did NOT settle'} after ${(settledAfterMs / 1000).toFixed(1)} s`);
    await killAll();

    // the figures
    const q = async <T>(sql: string) => (await db.query(sql)).rows as T[];
    const perMessage = await q<{ message_id: string; n: string }>(`select message_id, count(*) n from messages group by message_id`);
    const recordIds = new Map(perMessage.map((r) => [r.message_id, Number(r.n)]));
    const requests = await q<{ id: string; code: string; needs_review: boolean; reply_to: string | null }>(`select id, code, needs_review, reply_to from requests`);
    const outbox = await q<{ message_id: string; template: string; status: string; to_address: string; request_id: string; failed_event: boolean; claimed_at: Date | null }>(
      `select o.message_id, o.template, o.status, o.to_address, o.request_id, o.claimed_at,
              exists (select 1 from request_events e where e.request_id = o.request_id and e.type = 'mail-failed') failed_event
         from outbox o`,
    );
    const answers = outbox.filter((o) => o.template === 'acknowledgement' || o.template === 'information-missing');
    const answered = new Set(answers.map((o) => o.request_id));
    const copies = new Map<string, number>();
    for (const mail of sink.messages) if (mail.messageId) copies.set(mail.messageId, (copies.get(mail.messageId) ?? 0) + 1);
    const sinkIds = (id: string) => copies.get(id) ?? 0;
    const failed = outbox.filter((o) => o.status === 'failed');
    const figures: ChaosFigures = {
      messagesDelivered: delivered,
      distinctMessages: ids.size,
      records: [...recordIds.values()].reduce((a, b) => a + b, 0),
      lostMessages: [...ids].filter((id) => !recordIds.has(id)).length,
      duplicateRecords: [...recordIds.values()].filter((n) => n > 1).length,
      leftInInbox: await inboxCount().catch(() => -1),
      requests: requests.length,
      requestsWithoutAnswer: requests.filter((r) => r.reply_to && !r.needs_review && !answered.has(r.id)).length,
      mailsAtSink: sink.messages.length,
      duplicateMailsAtSink: [...copies.values()].filter((n) => n > 1).reduce((a, n) => a + n - 1, 0),
      acknowledgementsExpected: answers.filter((o) => !refused.has(o.to_address)).length,
      acknowledgementsDelivered: answers.filter((o) => !refused.has(o.to_address) && sinkIds(o.message_id) >= 1).length,
      outboxPending: outbox.filter((o) => o.status === 'pending').length,
      outboxStuckSending: outbox.filter((o) => o.status === 'sending').length,
      stuckSendingDelivered: outbox.filter((o) => o.status === 'sending' && sinkIds(o.message_id) > 0).length,
      stuckAcknowledgementsLost: answers.filter((o) => o.status === 'sending' && sinkIds(o.message_id) === 0).length,
      outboxFailed: failed.length,
      failedWithoutEvent: failed.filter((o) => !o.failed_event).length,
      refusedRecipients: refused.size,
      refusedVisibleAsFailed: answers.filter((o) => refused.has(o.to_address) && o.status === 'failed').length,
      kills,
      restarts,
      smtpRejections: { ...sink.rejectionsByCode },
      settledAfterMs,
      settled,
      totalMs: Date.now() - started,
    };
    return figures;
  } finally {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch {
        // best effort: a server may already be down
      }
    }
    if (!process.env.CHAOS_KEEP) rmSync(root, { recursive: true, force: true });
    else log(`kept ${root}`);
  }
}

/** True when the run proved the guarantees: nothing lost, nothing twice, nothing left, failures visible. */
export function chaosPassed(f: ChaosFigures): boolean {
  return (
    f.settled &&
    f.lostMessages === 0 &&
    f.duplicateRecords === 0 &&
    f.leftInInbox === 0 &&
    f.requestsWithoutAnswer === 0 &&
    f.duplicateMailsAtSink === 0 &&
    f.acknowledgementsDelivered === f.acknowledgementsExpected &&
    f.outboxPending === 0 &&
    f.outboxStuckSending === 0 &&
    f.failedWithoutEvent === 0 &&
    f.refusedVisibleAsFailed === f.refusedRecipients
  );
}
