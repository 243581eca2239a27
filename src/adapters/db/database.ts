import { openPglite } from './open-pglite.ts';
import { openPostgres } from './open-postgres.ts';

export interface SqlResult<T> {
  rows: T[];
  rowCount: number;
}

export interface QueryOptions {
  /**
   * Results in PostgreSQL's binary format: a bytea arrives as bytes instead of a hex string twice its
   * size (what matters for a 20 MB message). Only for bytea and text columns: the others keep their text parsers.
   */
  binary?: boolean;
}

export interface SqlExecutor {
  query<T = Record<string, unknown>>(text: string, params?: unknown[], options?: QueryOptions): Promise<SqlResult<T>>;
}

/** An executor that can also run a multi-statement script (migrations); parameters are not allowed there. */
export interface ScriptExecutor extends SqlExecutor {
  executeScript(script: string): Promise<void>;
}

export interface Database extends ScriptExecutor {
  readonly kind: 'postgres' | 'pglite';
  /**
   * Runs `fn` between BEGIN and COMMIT (ROLLBACK when it throws). On PostgreSQL, serialization
   * failures and deadlocks re-run `fn`, so `fn` must have no side effects outside `tx`.
   * On PGlite, never call the Database itself from inside `fn`: it waits for the transaction to end.
   */
  transaction<T>(fn: (tx: ScriptExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** PostgreSQL connection string; null or empty selects the embedded PGlite under `<dataDir>/pglite`. */
  url: string | null;
  dataDir: string;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
  /** Errors of idle pooled connections (the pool drops the client itself); ignored when absent. */
  onIdleConnectionError?: (error: Error) => void;
}

export async function openDatabase(opts: OpenDatabaseOptions): Promise<Database> {
  if (opts.url) {
    return openPostgres({ url: opts.url, poolSize: opts.poolSize, onIdleConnectionError: opts.onIdleConnectionError });
  }
  return openPglite({ dataDir: opts.dataDir });
}
