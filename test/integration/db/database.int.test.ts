import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/adapters/db/database.ts';
import { BACKEND_KINDS, setUpBackend, type TestBackend } from './test-backends.ts';

describe.each(BACKEND_KINDS)('database on %s', (kind) => {
  let backend: TestBackend;

  beforeAll(async () => {
    backend = await setUpBackend(kind);
    await backend.db.query('CREATE TABLE notes (id bigserial PRIMARY KEY, body text NOT NULL, at timestamptz DEFAULT now())');
  });
  afterAll(async () => {
    await backend?.dispose();
  });

  it('reports its kind and returns int8 as string, timestamptz as Date, rowCount for reads and writes', async () => {
    expect(backend.db.kind).toBe(kind);
    const { rows } = await backend.db.query<{ big: unknown; at: unknown }>(`SELECT 9007199254740993::int8 AS big, now() AS at`);
    expect(rows[0]?.big).toBe('9007199254740993');
    expect(rows[0]?.at).toBeInstanceOf(Date);

    await backend.db.query(`INSERT INTO notes (body) VALUES ('a'), ('b'), ('c')`);
    expect((await backend.db.query(`UPDATE notes SET body = body || '!' WHERE body IN ('a', 'b')`)).rowCount).toBe(2);
    expect((await backend.db.query('SELECT * FROM notes')).rowCount).toBe(3);
  });

  it('keeps the SQL state of errors', async () => {
    await expect(backend.db.query('SELECT 1 / 0')).rejects.toMatchObject({ code: '22012' });
    await expect(backend.db.query('SELECT * FROM missing_table')).rejects.toMatchObject({ code: '42P01' });
  });

  it('runs multi-statement scripts', async () => {
    await backend.db.executeScript(`INSERT INTO notes (body) VALUES ('s1'); INSERT INTO notes (body) VALUES ('s2');`);
    const { rows } = await backend.db.query<{ count: string }>(`SELECT count(*) AS count FROM notes WHERE body LIKE 's_'`);
    expect(rows[0]?.count).toBe('2');
  });

  it('commits a transaction, and rolls everything back when it throws', async () => {
    const committed = await backend.db.transaction(async (tx) => {
      await tx.query(`INSERT INTO notes (body) VALUES ('kept')`);
      return 'done';
    });
    expect(committed).toBe('done');

    await expect(
      backend.db.transaction(async (tx) => {
        await tx.query(`INSERT INTO notes (body) VALUES ('dropped')`);
        await tx.query('SELECT 1 / 0');
      }),
    ).rejects.toMatchObject({ code: '22012' });

    const { rows } = await backend.db.query<{ body: string }>(`SELECT body FROM notes WHERE body IN ('kept', 'dropped')`);
    expect(rows.map((row) => row.body)).toEqual(['kept']);
  });

  it('keeps concurrent transactions from interleaving', async () => {
    await backend.db.query('CREATE TABLE counter (n int NOT NULL)');
    await backend.db.query('INSERT INTO counter VALUES (0)');
    await Promise.all(
      Array.from({ length: 10 }, () =>
        backend.db.transaction(async (tx) => {
          const { rows } = await tx.query<{ n: number }>('SELECT n FROM counter FOR UPDATE');
          await new Promise((resolve) => setTimeout(resolve, 2));
          await tx.query('UPDATE counter SET n = $1', [(rows[0]?.n ?? 0) + 1]);
        }),
      ),
    );
    const { rows } = await backend.db.query<{ n: number }>('SELECT n FROM counter');
    expect(rows[0]?.n).toBe(10);
  });

  it.runIf(kind === 'pglite')('rejects, instead of hanging, a call on the database itself from inside a transaction', async () => {
    await expect(backend.db.transaction(() => backend.db.query('SELECT 1'))).rejects.toThrow(/transaction executor/);
    await expect(backend.db.transaction(() => backend.db.transaction(async () => 1))).rejects.toThrow(/transaction executor/);
    expect((await backend.db.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });

  it.runIf(kind === 'postgres')('re-runs a transaction after a serialization failure, but not after other errors', async () => {
    let attempts = 0;
    const result = await backend.db.transaction(async (tx) => {
      attempts++;
      await tx.query(`INSERT INTO notes (body) VALUES ('retried')`);
      if (attempts === 1) throw Object.assign(new Error('could not serialize access'), { code: '40001' });
      return attempts;
    });
    expect(result).toBe(2);
    const { rows } = await backend.db.query<{ count: string }>(`SELECT count(*) AS count FROM notes WHERE body = 'retried'`);
    expect(rows[0]?.count).toBe('1');

    let failedAttempts = 0;
    await expect(
      backend.db.transaction(async () => {
        failedAttempts++;
        throw Object.assign(new Error('unique'), { code: '23505' });
      }),
    ).rejects.toMatchObject({ code: '23505' });
    expect(failedAttempts).toBe(1);
  });
});

describe('PGlite data directory', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'cap4city-pglite-lock-'));
  });
  afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses a second opener while the first is open, keeps data across reopen', async () => {
    const first = await openDatabase({ url: null, dataDir });
    try {
      await first.query('CREATE TABLE kept (v text)');
      await first.query(`INSERT INTO kept VALUES ('persistito')`);
      await expect(openDatabase({ url: null, dataDir })).rejects.toMatchObject({ code: 'db-locked' });
    } finally {
      await first.close();
    }
    const reopened = await openDatabase({ url: null, dataDir });
    try {
      expect((await reopened.query<{ v: string }>('SELECT v FROM kept')).rows).toEqual([{ v: 'persistito' }]);
    } finally {
      await reopened.close();
    }
  });

  it('takes over the lock of a process that is gone', async () => {
    const deadPid = 2 ** 22 + 12345; // above Linux's pid_max: no such process
    await writeFile(join(dataDir, 'pglite.lock'), JSON.stringify({ pid: deadPid, host: hostname() }));
    const db = await openDatabase({ url: null, dataDir });
    await db.close();
  });

  it('respects a lock held by another live process', async () => {
    await writeFile(join(dataDir, 'pglite.lock'), JSON.stringify({ pid: process.ppid, host: hostname() }));
    await expect(openDatabase({ url: null, dataDir })).rejects.toMatchObject({ code: 'db-locked' });
    await rm(join(dataDir, 'pglite.lock'));
  });
});

describe('PostgreSQL connection', () => {
  it('fails with a retryable db-unavailable error when the server cannot be reached', async () => {
    await expect(openDatabase({ url: 'postgres://postgres@127.0.0.1:1/nothing', dataDir: '/nonexistent' })).rejects.toMatchObject({
      code: 'db-unavailable',
      retryable: true,
    });
  });
});
