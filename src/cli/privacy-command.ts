import type { Database } from '../adapters/db/database.ts';
import { openDatabaseFromEnv, withMigratedDb } from './migrated-db.ts';
import { erasePersonalData, exportPersonalData } from '../workflows/personal-data.ts';

export interface PrivacyCommandIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  openDb(): Promise<Database>;
  now(): Date;
}

/** Only DATABASE_URL and CAP4CITY_DATA_DIR: a data-protection request must not need the mailbox passwords. */
function defaultIo(): PrivacyCommandIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    openDb: openDatabaseFromEnv,
    now: () => new Date(),
  };
}

const EMAIL = /^[^@\s]+@[^@\s]+$/;

/** `cap4city privacy export EMAIL`: every record about the contact, as JSON on stdout. Exit code. */
export async function runPrivacyExport(email: string, io: PrivacyCommandIo = defaultIo()): Promise<number> {
  if (!EMAIL.test(email.trim())) {
    io.stderr.write(`indirizzo non valido: ${email}\n`);
    return 2;
  }
  const data = await withMigratedDb(io.openDb, (db) => exportPersonalData(db, email, io.now()));
  io.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
  const total = data.requests.length + data.messages.length + data.outbox.length;
  io.stderr.write(`${total === 0 ? 'nessun dato' : `${data.requests.length} richieste, ${data.messages.length} messaggi, ${data.outbox.length} e-mail`} per ${data.email}\n`);
  return 0;
}

/**
 * `cap4city privacy erase EMAIL [--yes]`: without --yes only says what would be anonymised;
 * with it, anonymises requests, messages and mail of the contact, keeping the statistics.
 */
export async function runPrivacyErase(email: string, opts: { yes: boolean; actor?: string }, io: PrivacyCommandIo = defaultIo()): Promise<number> {
  if (!EMAIL.test(email.trim())) {
    io.stderr.write(`indirizzo non valido: ${email}\n`);
    return 2;
  }
  return withMigratedDb(io.openDb, async (db) => {
    if (!opts.yes) {
      const found = await exportPersonalData(db, email, io.now());
      io.stdout.write(`Verrebbero anonimizzati: ${found.requests.length} richieste, ${found.messages.length} messaggi, ${found.outbox.length} e-mail di ${found.email}.\nRipetere con --yes per procedere.\n`);
      return 1;
    }
    const outcome = await erasePersonalData(db, email, opts.actor ?? `cli:${process.env.USER ?? 'operator'}`);
    io.stdout.write(`Anonimizzati: ${outcome.requests} richieste, ${outcome.messages} messaggi, ${outcome.outbox} e-mail, ${outcome.events} eventi.\n`);
    return 0;
  });
}
