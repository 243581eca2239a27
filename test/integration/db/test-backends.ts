import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openDatabase, type Database } from '../../../src/adapters/db/database.ts';
import { migrate } from '../../../src/adapters/db/migrate.ts';
import { createTestDatabase } from '../../helpers/postgres.ts';

/** Every suite in this folder runs once per backend: same SQL, same expectations. */
export const BACKEND_KINDS = ['pglite', 'postgres'] as const;
export type BackendKind = (typeof BACKEND_KINDS)[number];

export interface TestBackend {
  db: Database;
  /** A second, independent Database on the same data (PostgreSQL only: PGlite allows one opener). */
  openAnother(): Promise<Database>;
  dispose(): Promise<void>;
}

export async function setUpBackend(kind: BackendKind): Promise<TestBackend> {
  if (kind === 'pglite') {
    const dataDir = await mkdtemp(join(tmpdir(), 'cap4city-pglite-'));
    const db = await openDatabase({ url: null, dataDir });
    return {
      db,
      openAnother: () => Promise.reject(new Error('PGlite has a single opener')),
      async dispose() {
        await db.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  }
  const testDatabase = await createTestDatabase();
  const opened: Database[] = [];
  const open = async () => {
    const db = await openDatabase({ url: testDatabase.url, dataDir: '/nonexistent', poolSize: 25 });
    opened.push(db);
    return db;
  };
  const db = await open();
  return {
    db,
    openAnother: open,
    async dispose() {
      await Promise.all(opened.map((each) => each.close()));
      await testDatabase.drop();
    },
  };
}

/**
 * A migrated backend for the enclosing describe block, set up before its tests and disposed after them.
 * The returned handle is usable inside tests (not at collection time).
 */
export function useMigratedBackend(kind: BackendKind): TestBackend {
  let current: TestBackend | undefined;
  beforeAll(async () => {
    current = await setUpBackend(kind);
    await migrate(current.db);
  });
  afterAll(async () => {
    await current?.dispose();
  });
  const ready = () => {
    if (!current) throw new Error('the backend is set up in beforeAll: use it inside tests');
    return current;
  };
  return {
    get db() {
      return ready().db;
    },
    openAnother: () => ready().openAnother(),
    dispose: () => ready().dispose(),
  };
}
