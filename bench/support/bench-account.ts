import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_TEST_RUN_DIR } from '../../test/helpers/env.ts';

export interface BenchAccount {
  user: string;
  pass: string;
}

/**
 * An IMAP account of the test Dovecot used by the benchmarks only, so that integration tests
 * running at the same time (which reset cap4city, other and pec) never empty it under a run.
 * Dovecot's passwd-file is re-read when it changes, so adding the line is enough.
 */
export function ensureBenchAccount(): BenchAccount {
  const account = { user: 'bench', pass: 'secret-bench' };
  const runDir = process.env.CAP4CITY_TEST_RUN_DIR || DEFAULT_TEST_RUN_DIR;
  const usersFile = path.join(runDir, 'dovecot', 'users');
  const users = readFileSync(usersFile, 'utf8');
  if (!users.split('\n').some((line) => line.startsWith(`${account.user}:`))) {
    appendFileSync(usersFile, `${account.user}:{PLAIN}${account.pass}\n`);
  }
  return account;
}
