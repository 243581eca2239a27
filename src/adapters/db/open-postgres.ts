import { createHash } from 'node:crypto';
import pg from 'pg';
import { IntakeError } from '../../core/errors.ts';
import type { Database, QueryOptions, ScriptExecutor, SqlResult } from './database.ts';
import { isRetryableTransactionError } from './sql-state.ts';

const INT8_OID = 20;
const BYTEA_OID = 17;
const MAX_TRANSACTION_ATTEMPTS = 4;

/**
 * Our own type table, so that a global `pg.types.setTypeParser` elsewhere cannot change what
 * the repositories receive: int8 stays a string, timestamptz becomes a Date (pg's default).
 */
const typeParsers: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (format === 'binary') {
      // pg hands binary values over as Buffers; a bytea is its bytes as they are
      if (oid === BYTEA_OID) return (value: Buffer) => value;
      if (oid !== 25) throw new Error(`binary results are for bytea and text columns only (type ${oid})`);
    }
    if (oid === INT8_OID) return (value: string) => value;
    return pg.types.getTypeParser(oid, format ?? 'text');
  }) as pg.CustomTypesConfig['getTypeParser'],
};

export interface OpenPostgresOptions {
  url: string;
  poolSize?: number;
  onIdleConnectionError?: (error: Error) => void;
}

export async function openPostgres(opts: OpenPostgresOptions): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: opts.url,
    max: opts.poolSize ?? 10,
    types: typeParsers,
    application_name: 'cap4city-intake',
  });
  // Without a listener, an idle client losing its connection would crash the process.
  pool.on('error', (error) => opts.onIdleConnectionError?.(error));

  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new IntakeError('db-unavailable', `PostgreSQL non raggiungibile: ${describe(error)}`, { retryable: true, cause: error });
  }

  const executorFor = (client: pg.Pool | pg.PoolClient): ScriptExecutor => ({
    async query<T>(text: string, params?: unknown[], options?: QueryOptions): Promise<SqlResult<T>> {
      // named: each connection parses and plans a statement once, not on every call (planning the CTEs of
      // the workflow cost PostgreSQL more than running them)
      const config = { text, values: params, name: params ? statementName(text) : undefined, binary: options?.binary } as pg.QueryConfig;
      const result = await client.query(config);
      return { rows: result.rows as T[], rowCount: result.rowCount ?? result.rows.length };
    },
    async executeScript(script: string): Promise<void> {
      // Without parameters pg uses the simple query protocol, which accepts several statements.
      await client.query(script);
    },
  });

  async function runOnce<T>(fn: (tx: ScriptExecutor) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    let brokenConnection: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await fn(executorFor(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      // A failing ROLLBACK means the connection is unusable: destroy it instead of pooling it.
      await client.query('ROLLBACK').catch((rollbackError: Error) => {
        brokenConnection = rollbackError;
      });
      throw error;
    } finally {
      client.release(brokenConnection);
    }
  }

  return {
    kind: 'postgres',
    ...executorFor(pool),
    async transaction<T>(fn: (tx: ScriptExecutor) => Promise<T>): Promise<T> {
      for (let attempt = 1; ; attempt++) {
        try {
          return await runOnce(fn);
        } catch (error) {
          if (attempt >= MAX_TRANSACTION_ATTEMPTS || !isRetryableTransactionError(error)) throw error;
          await sleep(10 * 2 ** attempt + Math.random() * 20);
        }
      }
    },
    async close(): Promise<void> {
      await pool.end();
    },
  };
}

const statementNames = new Map<string, string>();

/** A stable name per statement text; the texts are the repositories' own, so their number is bounded. */
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (name === undefined) {
    name = `c4c_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
    statementNames.set(text, name);
  }
  return name;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
