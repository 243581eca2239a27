import { openDatabase, type Database } from '../adapters/db/database.ts';
import { migrate } from '../adapters/db/migrate.ts';

/** The database the service uses, from the same environment variables (one-off commands run without the validated config). */
export function openDatabaseFromEnv(): Promise<Database> {
  return openDatabase({ url: process.env.DATABASE_URL?.trim() || null, dataDir: process.env.CAP4CITY_DATA_DIR?.trim() || './data' });
}

/** Opens the database, brings its schema up to date, runs `fn` and closes it again. */
export async function withMigratedDb<T>(openDb: () => Promise<Database>, fn: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDb();
  try {
    await migrate(db);
    return await fn(db);
  } finally {
    await db.close();
  }
}
