import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MIGRATIONS_DIR, migrate } from '../../../src/adapters/db/migrate.ts';
import { BACKEND_KINDS, setUpBackend, type TestBackend } from './test-backends.ts';

describe.each(BACKEND_KINDS)('migrate on %s', (kind) => {
  let backend: TestBackend;
  let scratchDir: string;
  let bundled: string[];

  beforeAll(async () => {
    bundled = (await readdir(DEFAULT_MIGRATIONS_DIR)).filter((name) => name.endsWith('.sql')).sort();
    backend = await setUpBackend(kind);
    scratchDir = await mkdtemp(join(tmpdir(), 'cap4city-migrations-'));
  });
  afterAll(async () => {
    await backend?.dispose();
    if (scratchDir) await rm(scratchDir, { recursive: true, force: true });
  });

  it('applies the bundled migrations once, then nothing', async () => {
    expect(bundled[0]).toBe('0001-initial.sql');
    expect(await migrate(backend.db)).toEqual(bundled);
    expect(await migrate(backend.db)).toEqual([]);

    const { rows } = await backend.db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
    expect(rows.map((row) => row.table_name)).toEqual(
      expect.arrayContaining(['assignments', 'mailbox_state', 'messages', 'outbox', 'request_code_counters', 'request_events', 'requests', 'schema_migrations']),
    );
  });

  it('applies files in numeric order and refuses an applied file that was edited', async () => {
    const directory = join(scratchDir, 'edited');
    await mkdir(directory);
    await writeFile(join(directory, '0002-second.sql'), 'ALTER TABLE scratch_one ADD COLUMN note text;');
    await writeFile(join(directory, '0001-first.sql'), 'CREATE TABLE scratch_one (id int); CREATE TABLE scratch_two (id int);');
    await writeFile(join(directory, 'README.md'), 'not a migration');

    expect(await migrate(backend.db, { directory })).toEqual(['0001-first.sql', '0002-second.sql']);

    await writeFile(join(directory, '0001-first.sql'), 'CREATE TABLE scratch_one (id bigint);');
    await expect(migrate(backend.db, { directory })).rejects.toMatchObject({ code: 'db-migration-changed' });
  });

  it('rolls back a failing migration entirely and records nothing', async () => {
    const directory = join(scratchDir, 'failing');
    await mkdir(directory);
    await writeFile(join(directory, '0001-broken.sql'), 'CREATE TABLE half_done (id int); SELECT * FROM no_such_table;');

    await expect(migrate(backend.db, { directory })).rejects.toMatchObject({ code: '42P01' });
    const { rows } = await backend.db.query(
      `SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'
       UNION ALL SELECT 1 FROM schema_migrations WHERE name = '0001-broken.sql'`,
    );
    expect(rows).toHaveLength(0);
  });

  it.runIf(kind === 'postgres')('lets two processes migrate at once: each file is applied exactly once', async () => {
    const fresh = await setUpBackend('postgres');
    try {
      const other = await fresh.openAnother();
      const [first, second] = await Promise.all([migrate(fresh.db), migrate(other)]);
      expect([...first, ...second].sort()).toEqual(bundled);
      const { rows } = await fresh.db.query<{ count: string }>('SELECT count(*) AS count FROM schema_migrations');
      expect(Number(rows[0]?.count)).toBe(bundled.length);
    } finally {
      await fresh.dispose();
    }
  });
});
