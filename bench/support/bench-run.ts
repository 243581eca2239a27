import { isDistFresh } from '../../bin/dist-freshness.js';
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Queue, type ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/postgres.ts';
import { createImapTestClient, type ImapTestClient } from '../../test/helpers/imap.ts';
import { testEnv, type TestEnv } from '../../test/helpers/env.ts';
import { startAckSink, type AckSink } from './ack-sink.ts';
import { ensureBenchAccount, type BenchAccount } from './bench-account.ts';
import { REPO_ROOT } from './service-process.ts';
import { redisOptions } from '../../src/adapters/redis/redis-connection.ts';

export interface BenchRunOptions {
  pollSeconds?: number;
  idleNoopMs?: number;
  /** extra environment for the service (e.g. INTAKE_CONCURRENCY) */
  env?: Record<string, string>;
}

export interface BenchRun {
  testEnv: TestEnv;
  account: BenchAccount;
  database: TestDatabase;
  sink: AckSink;
  /** connected as the bench account; INBOX emptied, other folders deleted */
  imap: ImapTestClient;
  queuePrefix: string;
  /** what a service process needs, as a deployment would set it */
  serviceEnv: Record<string, string>;
  waitForWatcherConnected(timeoutMs?: number): Promise<void>;
  waitForWorkers(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** Brings up the test servers (idempotent) and the fixtures of one benchmark run. */
export function ensureTestServers(): void {
  execFileSync('bash', [path.join(REPO_ROOT, 'scripts/test-servers/up.sh')], { stdio: ['ignore', 'ignore', 'inherit'] });
  ensureCompiledService();
}

/**
 * The service is measured as it is deployed: from compiled JavaScript (dist/), built now if src/ changed.
 * If the build fails, bin/cap4city.js runs the sources through tsx, and the benchmark says so.
 */
function ensureCompiledService(): void {
  const fresh = () => isDistFresh(path.join(REPO_ROOT, 'src'), path.join(REPO_ROOT, 'dist'));
  if (!fresh()) execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts/build.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(fresh() ? 'service runs from compiled JavaScript (dist/)' : 'WARNING: dist/ could not be built: the service runs from sources through tsx (slower, bigger)');
}

/**
 * A fresh PostgreSQL database, Redis key prefix, SMTP sink, config dir and emptied bench mailbox:
 * one isolated run of the real service against the real servers.
 */
export async function prepareBenchRun(options: BenchRunOptions = {}): Promise<BenchRun> {
  const env = testEnv();
  const account = ensureBenchAccount();
  const database = await createTestDatabase();
  const sink = await startAckSink();
  const imap = await createImapTestClient(env, { user: account.user, pass: account.pass });
  await imap.resetMailbox();
  const root = mkdtempSync(path.join(tmpdir(), 'cap4city-bench-'));
  chmodSync(root, 0o755);
  const configDir = path.join(root, 'config');
  mkdirSync(configDir, { recursive: true });
  for (const file of ['catalog.yaml', 'experts.yaml', 'eligibility.yaml', 'events.yaml', 'workflow.yaml']) {
    copyFileSync(path.join(REPO_ROOT, 'config', file), path.join(configDir, file));
  }
  writeFileSync(
    path.join(configDir, 'mailboxes.yaml'),
    [
      'mailboxes:',
      '  - name: segreteria',
      `    host: ${env.imap.host}`,
      `    port: ${env.imap.port}`,
      '    tls: false',
      '    starttls: false',
      `    user: ${account.user}`,
      '    passwordEnv: BENCH_IMAP_PASSWORD',
      `    pollSeconds: ${options.pollSeconds ?? 300}`,
      `    idleNoopMs: ${options.idleNoopMs ?? 0}`,
      '    folders:',
      '      inbox: INBOX',
      '      processed: Elaborati',
      '',
    ].join('\n'),
  );
  const queuePrefix = `c4cbench${randomBytes(4).toString('hex')}`;
  const serviceEnv: Record<string, string> = {
    CAP4CITY_CONFIG_DIR: configDir,
    CAP4CITY_DATA_DIR: path.join(root, 'data'),
    CAP4CITY_TEMPLATES_DIR: path.join(REPO_ROOT, 'templates'),
    MAIL_FROM: 'Segreteria Cap4City <cap4city@anci.example.it>',
    MESSAGE_ID_DOMAIN: 'cap4city.test',
    QUEUE_PREFIX: queuePrefix,
    LOG_LEVEL: 'warn',
    LOG_FORMAT: 'json',
    CAP4CITY_SECRET: 'bench-secret-bench-secret-bench-secret-01',
    PUBLIC_URL: 'http://127.0.0.1:8080',
    SECRETARIAT_EMAIL: 'segreteria@anci.example.it',
    // BENCH_PG_SOCKET=/var/run/postgresql: the service talks to PostgreSQL over its Unix socket (a co-located database)
    DATABASE_URL: process.env.BENCH_PG_SOCKET ? unixSocketUrl(database.url, process.env.BENCH_PG_SOCKET) : database.url,
    SMTP_URL: `${sink.url}?ignoreTLS=true`,
    REDIS_URL: env.redisUrl,
    BENCH_IMAP_PASSWORD: account.pass,
    // the mix reuses the corpus's 50-odd Comune contacts thousands of times (their addresses sit inside
    // PDF and DOCX forms): the per-recipient and global answer limits would rightly stop most answers
    REPLY_LIMIT_PER_SENDER_HOUR: '1000000',
    REPLY_LIMIT_PER_SENDER_DAY: '1000000',
    REPLY_LIMIT_GLOBAL_HOUR: '1000000',
    // BENCH_SERVICE_ENV='KEY=value KEY2=value': extra service settings for one run (OCR_ENABLED=false…)
    ...Object.fromEntries((process.env.BENCH_SERVICE_ENV ?? '').split(/\s+/).filter((pair) => pair.includes('=')).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)])),
    ...options.env,
  };
  const intakeQueue = new Queue('intake', { connection: redisOptions(env.redisUrl) as ConnectionOptions, prefix: queuePrefix });
  return {
    testEnv: env,
    account,
    database,
    sink,
    imap,
    queuePrefix,
    serviceEnv,
    async waitForWatcherConnected(timeoutMs = 60_000) {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          const connected = await client
            .query<{ connected: boolean }>('SELECT connected FROM mailbox_state WHERE mailbox = $1', ['segreteria'])
            .then((r) => r.rows[0]?.connected === true)
            .catch(() => false); // the table appears once the service has migrated
          if (connected) return;
          if (Date.now() > deadline) throw new Error(`watcher not connected after ${timeoutMs} ms`);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      } finally {
        await client.end();
      }
    },
    async waitForWorkers(count, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while ((await intakeQueue.getWorkersCount()) < count) {
        if (Date.now() > deadline) throw new Error(`fewer than ${count} intake worker(s) after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async close() {
      await intakeQueue.close();
      await imap.resetMailbox().catch(() => undefined);
      await imap.close();
      await sink.close();
      // BENCH_KEEP_DB=1 keeps the database to look into a run afterwards
      if (process.env.BENCH_KEEP_DB === '1') console.log(`database kept: ${database.url}`);
      else await database.drop().catch(() => undefined);
      await deleteRedisKeys(env.redisUrl, queuePrefix);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

async function deleteRedisKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** The same database over PostgreSQL's Unix socket in `socketDir` (pg reads the host from the query string). */
function unixSocketUrl(url: string, socketDir: string): string {
  const parsed = new URL(url);
  return `postgres:///${parsed.pathname.slice(1)}?host=${encodeURIComponent(socketDir)}&user=${encodeURIComponent(parsed.username || 'postgres')}`;
}
