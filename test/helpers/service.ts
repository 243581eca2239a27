import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { loadConfig, type Config } from '../../src/config/config.ts';
import { createLogger } from '../../src/logger.ts';
import { startService, type Roles, type Service } from '../../src/main.ts';
import type { TestEnv } from './env.ts';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

export interface ServiceSetup {
  /** Environment the service reads (as a real deployment would set it). */
  env: Record<string, string>;
  configDir: string;
  dataDir: string;
  queuePrefix: string;
  start(roles?: Roles): Promise<Service>;
  config(): Readonly<Config>;
  cleanup(): void;
}

export interface ServiceSetupOptions {
  testEnv: TestEnv;
  databaseUrl: string | null;
  smtpUrl: string | null;
  redisUrl?: string | null;
  /** IMAP account to watch; none: the drop folder. */
  imapUser?: string;
  imapPass?: string;
  pollSeconds?: number;
  idleNoopMs?: number;
  mailFrom?: string;
  /** Replaces config/workflow.yaml (tests shrink working days to seconds). */
  workflowYaml?: string;
}

/**
 * A config dir and data dir of its own, a queue prefix of its own, and the service started
 * in-process with them: tests exercise the same composition root as `cap4city start`.
 */
export function setupService(opts: ServiceSetupOptions): ServiceSetup {
  const root = mkdtempSync(path.join(tmpdir(), 'cap4city-svc-'));
  chmodSync(root, 0o755);
  const configDir = path.join(root, 'config');
  const dataDir = path.join(root, 'data');
  mkdirSync(configDir, { recursive: true });
  for (const file of ['catalog.yaml', 'experts.yaml', 'eligibility.yaml', 'events.yaml', 'workflow.yaml']) {
    copyFileSync(path.join(REPO_ROOT, 'config', file), path.join(configDir, file));
  }
  if (opts.workflowYaml) writeFileSync(path.join(configDir, 'workflow.yaml'), opts.workflowYaml);
  const imap = opts.testEnv.imap;
  if (opts.imapUser) {
    writeFileSync(
      path.join(configDir, 'mailboxes.yaml'),
      [
        'mailboxes:',
        '  - name: segreteria',
        `    host: ${imap.host}`,
        `    port: ${imap.port}`,
        '    tls: false',
        '    starttls: false',
        `    user: ${opts.imapUser}`,
        '    passwordEnv: TEST_IMAP_PASSWORD',
        `    pollSeconds: ${opts.pollSeconds ?? 300}`,
        `    idleNoopMs: ${opts.idleNoopMs ?? 0}`,
        '    folders:',
        '      inbox: INBOX',
        '      processed: Elaborati',
        '',
      ].join('\n'),
    );
  }
  const queuePrefix = `c4ctest${randomBytes(4).toString('hex')}`;
  const env: Record<string, string> = {
    CAP4CITY_CONFIG_DIR: configDir,
    CAP4CITY_DATA_DIR: dataDir,
    CAP4CITY_TEMPLATES_DIR: path.join(REPO_ROOT, 'templates'),
    MAIL_FROM: opts.mailFrom ?? 'Segreteria Cap4City <cap4city@anci.example.it>',
    MESSAGE_ID_DOMAIN: 'cap4city.test',
    QUEUE_PREFIX: queuePrefix,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    LOG_FORMAT: 'json',
    DROP_POLL_MS: '200',
    CAP4CITY_SECRET: 'test-secret-test-secret-test-secret-0123',
    PUBLIC_URL: 'http://127.0.0.1:8080',
    SECRETARIAT_EMAIL: 'segreteria@anci.example.it',
    ...(opts.databaseUrl ? { DATABASE_URL: opts.databaseUrl } : {}),
    ...(opts.smtpUrl ? { SMTP_URL: `${opts.smtpUrl}?ignoreTLS=true` } : {}),
    ...((opts.redisUrl === undefined ? opts.testEnv.redisUrl : opts.redisUrl) ? { REDIS_URL: (opts.redisUrl === undefined ? opts.testEnv.redisUrl : opts.redisUrl)! } : {}),
    ...(opts.imapUser ? { TEST_IMAP_PASSWORD: opts.imapPass ?? imap.pass2 } : {}),
  };
  const config = () => loadConfig(env, REPO_ROOT);
  return {
    env,
    configDir,
    dataDir,
    queuePrefix,
    config,
    start: (roles = { watch: true, work: true }) => startService(config(), createLogger({ level: env.LOG_LEVEL, format: 'json' }), roles),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
