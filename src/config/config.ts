import { readFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parse as parseYaml } from 'yaml';

const BUNDLED_CONFIG_DIR = fileURLToPath(new URL('../../config/', import.meta.url));

/** A setting that is missing or wrong: printed as one line naming it, then the process stops. */
export class ConfigError extends Error {
  constructor(readonly setting: string, detail: string) {
    super(`configuration error: ${setting}: ${detail}`);
    this.name = 'ConfigError';
  }
}

const optionalUrl = (protocols: string[]) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === '' || v === undefined ? null : v))
    .refine((v) => v === null || isUrlWith(v, protocols), `must be a URL (${protocols.join(', ')})`);

function isUrlWith(value: string, protocols: string[]): boolean {
  try {
    return protocols.includes(new URL(value).protocol.replace(/:$/, ''));
  } catch {
    return false;
  }
}

const intFromEnv = (def: number, min: number, max: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === undefined || v === '' ? def : Number(v)))
    .pipe(z.number({ error: `must be a whole number from ${min} to ${max}` }).int(`must be a whole number from ${min} to ${max}`).min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const EnvSchema = z.object({
  CAP4CITY_DATA_DIR: z.string().trim().min(1).default('./data'),
  CAP4CITY_CONFIG_DIR: z.string().trim().min(1).default('./config'),
  CAP4CITY_TEMPLATES_DIR: z.string().trim().min(1).default('./templates'),
  DATABASE_URL: optionalUrl(['postgres', 'postgresql']),
  REDIS_URL: optionalUrl(['redis', 'rediss', 'unix']),
  SMTP_URL: optionalUrl(['smtp', 'smtps']),
  MAIL_FROM: z
    .string()
    .trim()
    .default('Cap4City Segreteria <cap4city@localhost>')
    .refine((v) => /<[^<>@\s]+@[^<>@\s]+>$|^[^<>@\s]+@[^<>@\s]+$/.test(v), 'must be an address, e.g. "Cap4City <cap4city@anci.it>"'),
  MESSAGE_ID_DOMAIN: z.string().trim().optional(),
  WEB_PORT: intFromEnv(8080, 0, 65535),
  QUEUE_PREFIX: z
    .string()
    .trim()
    .default('cap4city')
    .refine((v) => !v.includes(':') && v.length > 0, 'must be non-empty and contain no ":"'),
  // parsing happens in the parse threads: an intake job mostly waits (database, SMTP), so more of them keep the threads busy
  INTAKE_CONCURRENCY: intFromEnv(8, 1, 64),
  MAIL_CONCURRENCY: intFromEnv(4, 1, 64),
  PARSE_THREADS: intFromEnv(Math.min(16, Math.max(1, os.availableParallelism() - 1)), 0, 16),
  PARSE_THREAD_MAX_HEAP_MB: intFromEnv(512, 96, 16_384), // see DEFAULT_PARSE_THREAD_MAX_HEAP_MB,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty', 'auto']).default('auto'),
  DROP_POLL_MS: intFromEnv(1000, 50, 600_000),
  OUTBOX_STALE_SENDING_MS: intFromEnv(180_000, 1000, 3_600_000),
  SWEEP_INTERVAL_MS: intFromEnv(15_000, 500, 3_600_000),
  STRANDED_AFTER_MS: intFromEnv(60_000, 500, 86_400_000),
  PUBLIC_URL: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || isUrlWith(v, ['http', 'https']), 'must be an http(s) URL, e.g. https://cap4city.anci.it'),
  CAP4CITY_SECRET: z
    .string()
    .optional()
    .refine((v) => !v || v.length >= 32, 'must be at least 32 characters (e.g. openssl rand -hex 32)'),
  SECRETARIAT_EMAIL: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || /^[^<>@\s]+@[^<>@\s]+$/.test(v), 'must be an e-mail address'),
});

const FoldersSchema = z
  .object({
    inbox: z.string().min(1).default('INBOX'),
    processed: z.string().min(1).default('Cap4City/Elaborati'),
  })
  .strict();

const MailboxSchema = z
  .object({
    name: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]*$/i, 'letters, digits, "-" and "_" only'),
    host: z.string().min(1),
    port: z.number().int().min(1).max(65535).default(993),
    tls: z.boolean().default(true),
    /** STARTTLS on a plain port; ignored when tls is true. */
    starttls: z.boolean().default(true),
    /** Path of a PEM CA certificate to trust (self-signed servers), relative to the config dir. */
    caFile: z.string().optional(),
    rejectUnauthorized: z.boolean().default(true),
    user: z.string().min(1),
    passwordEnv: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'the NAME of an environment variable holding the password'),
    folders: FoldersSchema.default({ inbox: 'INBOX', processed: 'Cap4City/Elaborati' }),
    /** Also watch with IDLE; the poll below always runs as a fallback. */
    idle: z.boolean().default(true),
    pollSeconds: z.number().min(1).max(3600).default(60),
    /** For servers that batch IDLE notifications: a cheap NOOP this often while idle (0 = off). */
    idleNoopMs: z.number().int().min(0).max(600_000).default(0),
    /** A PEC mailbox: answers go to the contact's ordinary address (see README). */
    pec: z.boolean().default(false),
    enabled: z.boolean().default(true),
  })
  .strict();

const MailboxesFileSchema = z.object({ mailboxes: z.array(MailboxSchema).default([]) }).strict();

export interface MailboxConfig extends Omit<z.infer<typeof MailboxSchema>, 'passwordEnv' | 'caFile'> {
  password: string;
  ca: Buffer | null;
}

export interface Config {
  dataDir: string;
  configDir: string;
  templatesDir: string;
  databaseUrl: string | null;
  redisUrl: string | null;
  smtpUrl: string | null;
  mailFrom: string;
  /** Address part of MAIL_FROM, lower-cased. */
  mailFromAddress: string;
  messageIdDomain: string;
  webPort: number;
  queuePrefix: string;
  intakeConcurrency: number;
  mailConcurrency: number;
  /** Worker threads that parse messages; 0: parse on the main thread. */
  parseThreads: number;
  /** V8 heap limit of each parse thread: a message that needs more fails for good. */
  parseThreadMaxHeapMb: number;
  logLevel: string;
  logFormat: 'json' | 'pretty' | 'auto';
  dropPollMs: number;
  /** A mail `sending` this long belongs to a sender that died: it is sent again (same Message-ID). */
  outboxStaleSendingMs: number;
  /** How often the workers look for work whose queue job was lost, and how old such work must be. */
  sweepIntervalMs: number;
  strandedAfterMs: number;
  mailboxes: MailboxConfig[];
  /** Raw text of config/catalog.yaml (parsed by the core). */
  catalogYaml: string;
  /** Raw text of the workflow's files in config/ (null: absent, the defaults apply). */
  workflowFiles: { experts: string | null; eligibility: string | null; events: string | null; workflow: string | null };
  /** Base URL of the web app, for links in mail. */
  publicUrl: string;
  /** Signs links in mail; null: the service keeps a random one in the data dir. */
  secret: string | null;
  /** Where notices for the secretariat go. */
  secretariatEmail: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Readonly<Config> {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) throw firstIssue(parsed.error, '');
  const e = parsed.data;
  const configDir = path.resolve(cwd, e.CAP4CITY_CONFIG_DIR);
  const mailFromAddress = addressOf(e.MAIL_FROM);
  const config: Config = {
    dataDir: path.resolve(cwd, e.CAP4CITY_DATA_DIR),
    configDir,
    templatesDir: path.resolve(cwd, e.CAP4CITY_TEMPLATES_DIR),
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    mailFromAddress,
    messageIdDomain: e.MESSAGE_ID_DOMAIN || mailFromAddress.split('@')[1] || 'cap4city.local',
    webPort: e.WEB_PORT,
    queuePrefix: e.QUEUE_PREFIX,
    intakeConcurrency: e.INTAKE_CONCURRENCY,
    mailConcurrency: e.MAIL_CONCURRENCY,
    parseThreads: e.PARSE_THREADS,
    parseThreadMaxHeapMb: e.PARSE_THREAD_MAX_HEAP_MB,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    dropPollMs: e.DROP_POLL_MS,
    outboxStaleSendingMs: e.OUTBOX_STALE_SENDING_MS,
    sweepIntervalMs: e.SWEEP_INTERVAL_MS,
    strandedAfterMs: e.STRANDED_AFTER_MS,
    mailboxes: loadMailboxes(configDir, env),
    catalogYaml: readRequired(path.join(configDir, 'catalog.yaml'), 'config/catalog.yaml'),
    workflowFiles: {
      experts: readOptional(path.join(configDir, 'experts.yaml')),
      eligibility: readOptional(path.join(configDir, 'eligibility.yaml')),
      events: readOptional(path.join(configDir, 'events.yaml')),
      workflow: readOptional(path.join(configDir, 'workflow.yaml')),
    },
    publicUrl: (e.PUBLIC_URL || `http://localhost:${e.WEB_PORT}`).replace(/\/+$/, ''),
    secret: e.CAP4CITY_SECRET || null,
    secretariatEmail: (e.SECRETARIAT_EMAIL || mailFromAddress).toLowerCase(),
  };
  return Object.freeze(config);
}

function loadMailboxes(configDir: string, env: NodeJS.ProcessEnv): MailboxConfig[] {
  const file = path.join(configDir, 'mailboxes.yaml');
  if (!existsSync(file)) return [];
  let doc: unknown;
  try {
    doc = parseYaml(readFileSync(file, 'utf8'), { maxAliasCount: 50 }) ?? {};
  } catch (err) {
    throw new ConfigError('config/mailboxes.yaml', `not valid YAML (${(err as Error).message.split('\n')[0]})`);
  }
  const result = MailboxesFileSchema.safeParse(doc);
  if (!result.success) throw firstIssue(result.error, 'config/mailboxes.yaml: ');
  const names = new Set<string>();
  return result.data.mailboxes
    .filter((m) => m.enabled)
    .map((m) => {
      if (names.has(m.name)) throw new ConfigError(`config/mailboxes.yaml: mailboxes.${m.name}`, 'duplicate name');
      names.add(m.name);
      const password = env[m.passwordEnv];
      if (!password) {
        throw new ConfigError(m.passwordEnv, `not set (password of mailbox "${m.name}" in config/mailboxes.yaml)`);
      }
      const { passwordEnv: _p, caFile, ...rest } = m;
      const ca = caFile ? readCa(path.resolve(configDir, caFile), m.name) : null;
      return { ...rest, password, ca };
    });
}

function readCa(file: string, mailbox: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    throw new ConfigError(`config/mailboxes.yaml: mailboxes.${mailbox}.caFile`, `cannot read ${file}`);
  }
}

function readRequired(file: string, name: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError(name, `cannot read ${file}`);
  }
}

function readOptional(file: string): string | null {
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

function firstIssue(error: z.ZodError, prefix: string): ConfigError {
  const issue = error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : '(root)';
  return new ConfigError(`${prefix}${where}`, issue?.message ?? 'invalid');
}

/**
 * The little `parse` and `form` need: the catalogue and our own addresses, without the service's
 * settings (a dry run must work where no mailbox password is set).
 */
export function loadParseSettings(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): { catalogYaml: string; mailFromAddress: string; messageIdDomain: string } {
  let configDir = path.resolve(cwd, env.CAP4CITY_CONFIG_DIR?.trim() || './config');
  // run from another folder (parse over a mail archive): the checkout's own catalogue serves
  if (!env.CAP4CITY_CONFIG_DIR?.trim() && !existsSync(path.join(configDir, 'catalog.yaml'))) configDir = BUNDLED_CONFIG_DIR;
  const mailFromAddress = addressOf(env.MAIL_FROM?.trim() || 'cap4city@localhost');
  return {
    catalogYaml: readRequired(path.join(configDir, 'catalog.yaml'), 'config/catalog.yaml'),
    mailFromAddress,
    messageIdDomain: env.MESSAGE_ID_DOMAIN?.trim() || mailFromAddress.split('@')[1] || 'cap4city.local',
  };
}

export function addressOf(from: string): string {
  const m = /<([^<>]+)>\s*$/.exec(from);
  return (m ? m[1]! : from).trim().toLowerCase();
}
