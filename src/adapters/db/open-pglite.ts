import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { IntakeError } from '../../core/errors.ts';
import type { Database, ScriptExecutor, SqlResult } from './database.ts';
import { acquireDirLock } from './pglite-dir-lock.ts';

const INT8_OID = 20;

interface PgliteQueryable {
  query<T>(text: string, params?: unknown[]): Promise<{ rows: T[]; affectedRows?: number }>;
  exec(script: string): Promise<unknown>;
}

/**
 * Opens the embedded database in `<dataDir>/pglite`, guarded by `<dataDir>/pglite.lock`.
 * PGlite is one connection: its own mutex already serializes queries and transactions of this instance.
 */
export async function openPglite(opts: { dataDir: string }): Promise<Database> {
  mkdirSync(opts.dataDir, { recursive: true });
  const lock = acquireDirLock(join(opts.dataDir, 'pglite.lock'));
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({
      dataDir: join(opts.dataDir, 'pglite'),
      // PGlite's default turns int8 into number or BigInt; the repositories expect strings, as with pg.
      parsers: { [INT8_OID]: (value: string) => value },
    });
  } catch (error) {
    lock.release();
    const detail = error instanceof Error ? error.message : String(error);
    throw new IntakeError('db-unavailable', `Impossibile aprire il database locale in ${opts.dataDir}: ${detail}`, { cause: error });
  }

  // PGlite's mutex makes a call on the instance from inside its own transaction wait forever;
  // this turns that mistake into an error.
  const insideTransaction = new AsyncLocalStorage<{ open: boolean }>();
  const refuseInsideTransaction = () => {
    if (insideTransaction.getStore()?.open) {
      throw new Error('PGlite: use the transaction executor (tx) inside db.transaction(), not db itself');
    }
  };
  const instanceExecutor = executorFor(pglite);

  return {
    kind: 'pglite',
    async query<T>(text: string, params?: unknown[]): Promise<SqlResult<T>> {
      refuseInsideTransaction();
      return instanceExecutor.query<T>(text, params);
    },
    async executeScript(script: string): Promise<void> {
      refuseInsideTransaction();
      return instanceExecutor.executeScript(script);
    },
    async transaction<T>(fn: (tx: ScriptExecutor) => Promise<T>): Promise<T> {
      refuseInsideTransaction();
      // Mutable, so that work started inside `fn` but finishing after it may use the database.
      const scope = { open: true };
      try {
        return await pglite.transaction((tx) => insideTransaction.run(scope, () => fn(executorFor(tx as unknown as PgliteQueryable))));
      } finally {
        scope.open = false;
      }
    },
    async close(): Promise<void> {
      try {
        if (!pglite.closed) await pglite.close();
      } finally {
        lock.release();
      }
    },
  };
}

function executorFor(target: PgliteQueryable): ScriptExecutor {
  return {
    async query<T>(text: string, params?: unknown[]): Promise<SqlResult<T>> {
      const result = await target.query<T>(text, params);
      // PGlite reports affectedRows only for writes; pg's rowCount also counts SELECT rows.
      return { rows: result.rows, rowCount: Math.max(result.affectedRows ?? 0, result.rows.length) };
    },
    async executeScript(script: string): Promise<void> {
      await target.exec(script);
    },
  };
}
