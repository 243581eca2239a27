import { existsSync } from 'node:fs';

/** Where scripts/test-servers/up.sh keeps its servers' files (certificate, Maildirs, env file). */
export const DEFAULT_TEST_RUN_DIR = '/tmp/cap4city-test-servers';

export interface ImapTestAccount {
  user: string;
  pass: string;
}

export interface ImapTestEnv {
  host: string;
  /** plain IMAP; the server also offers STARTTLS here */
  port: number;
  /** implicit TLS (IMAPS) with a self-signed certificate for 127.0.0.1 */
  securePort: number;
  user: string;
  pass: string;
  user2: string;
  pass2: string;
  /** a third mailbox, meant to play a PEC provider's account */
  pecUser: string;
  pecPass: string;
  /** PEM of the test server's certificate, to pin it instead of disabling verification; undefined if not found */
  caFile: string | undefined;
}

export interface TestEnv {
  imap: ImapTestEnv;
  redisUrl: string;
  pgUrl: string;
}

type EnvSource = Record<string, string | undefined>;

function text(env: EnvSource, name: string, fallback: string): string {
  const value = env[name];
  return value === undefined || value === '' ? fallback : value;
}

function port(env: EnvSource, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0 || value > 65_535) {
    throw new Error(`${name} must be a TCP port, got ${JSON.stringify(raw)}`);
  }
  return value;
}

function caFile(env: EnvSource): string | undefined {
  const explicit = env.IMAP_CA_FILE;
  if (explicit) return explicit;
  const runDir = text(env, 'CAP4CITY_TEST_RUN_DIR', DEFAULT_TEST_RUN_DIR);
  const guess = `${runDir}/dovecot/cert.pem`;
  return existsSync(guess) ? guess : undefined;
}

/**
 * The real servers integration tests talk to, as written by scripts/test-servers/up.sh
 * (`source /tmp/cap4city-test-servers/env`); every value has the default that up.sh uses.
 */
export function testEnv(env: EnvSource = process.env): TestEnv {
  return {
    imap: {
      host: text(env, 'IMAP_HOST', '127.0.0.1'),
      port: port(env, 'IMAP_PORT', 1143),
      securePort: port(env, 'IMAPS_PORT', 1993),
      user: text(env, 'IMAP_USER', 'cap4city'),
      pass: text(env, 'IMAP_PASS', 'secret'),
      user2: text(env, 'IMAP_USER2', 'other'),
      pass2: text(env, 'IMAP_PASS2', 'secret2'),
      pecUser: text(env, 'IMAP_PEC_USER', 'pec'),
      pecPass: text(env, 'IMAP_PEC_PASS', 'secret3'),
      caFile: caFile(env),
    },
    redisUrl: text(env, 'REDIS_URL', 'redis://127.0.0.1:6379'),
    pgUrl: text(env, 'DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/test'),
  };
}

/** The accounts of the test IMAP server, so a helper can log in as any of them by name. */
export function imapAccounts(imap: ImapTestEnv): ImapTestAccount[] {
  return [
    { user: imap.user, pass: imap.pass },
    { user: imap.user2, pass: imap.pass2 },
    { user: imap.pecUser, pass: imap.pecPass },
  ];
}
