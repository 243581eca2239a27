import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IntakeError } from '../../core/errors.ts';
import type { Database, ScriptExecutor } from './database.ts';

/** Any constant will do, as long as nothing else in the database uses it for an advisory lock. */
const MIGRATION_LOCK_KEY = '4243711190';
const MIGRATION_FILE = /^\d{4}-[a-z0-9-]+\.sql$/;

export const DEFAULT_MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

export interface MigrateOptions {
  /** Folder of `NNNN-name.sql` files (default: the migrations bundled next to this module). */
  directory?: string;
}

/**
 * Applies the migrations not yet recorded in `schema_migrations`, in order, each in its own
 * transaction under an advisory lock so that processes starting together apply each file once.
 * Returns the names applied now (empty when the schema was already up to date).
 */
export async function migrate(db: Database, opts: MigrateOptions = {}): Promise<string[]> {
  const directory = opts.directory ?? DEFAULT_MIGRATIONS_DIR;
  const applied: string[] = [];
  for (const name of await listMigrationFiles(directory)) {
    const script = await readFile(join(directory, name), 'utf8');
    const checksum = createHash('sha256').update(script).digest('hex');
    const appliedNow = await db.transaction((tx) => applyOnce(tx, name, script, checksum));
    if (appliedNow) applied.push(name);
  }
  return applied;
}

async function listMigrationFiles(directory: string): Promise<string[]> {
  const names = (await readdir(directory)).filter((name) => MIGRATION_FILE.test(name)).sort();
  const numbers = names.map((name) => name.slice(0, 4));
  const duplicate = numbers.find((number, index) => numbers.indexOf(number) !== index);
  if (duplicate) throw new IntakeError('db-migration-duplicate', `Two migrations are numbered ${duplicate} in ${directory}`);
  return names;
}

async function applyOnce(tx: ScriptExecutor, name: string, script: string, checksum: string): Promise<boolean> {
  await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [MIGRATION_LOCK_KEY]);
  await tx.query(
    `CREATE TABLE IF NOT EXISTS schema_migrations (
       name text PRIMARY KEY,
       checksum text NOT NULL,
       applied_at timestamptz NOT NULL DEFAULT now()
     )`,
  );
  const { rows } = await tx.query<{ checksum: string }>('SELECT checksum FROM schema_migrations WHERE name = $1', [name]);
  const recorded = rows[0];
  if (recorded) {
    if (recorded.checksum !== checksum) {
      throw new IntakeError(
        'db-migration-changed',
        `Migration ${name} was edited after it was applied; add a new migration instead of changing it.`,
      );
    }
    return false;
  }
  await tx.executeScript(script);
  await tx.query('INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)', [name, checksum]);
  return true;
}
