import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../src/adapters/db/database.ts';
import { findWebUserByUsername } from '../../../src/adapters/db/web-users-repo.ts';
import { verifyPassword } from '../../../src/adapters/http/auth/password-hash.ts';
import { runUsersAdd, runUsersList, type UsersCommandIo } from '../../../src/cli/users-command.ts';

describe('cap4city users', () => {
  let dir: string;
  let out: string;
  let err: string;

  const io = (stdinText: string, env: Record<string, string> = {}): UsersCommandIo => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    stdout.on('data', (c: Buffer) => (out += c.toString()));
    stderr.on('data', (c: Buffer) => (err += c.toString()));
    return { env, stdin: Readable.from([stdinText]), stdout, stderr, openDb: () => openDatabase({ url: null, dataDir: dir }) };
  };
  const withDb = async <T>(fn: (db: Database) => Promise<T>) => {
    const db = await openDatabase({ url: null, dataDir: dir });
    try {
      return await fn(db);
    } finally {
      await db.close();
    }
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cap4city-users-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('adds a user with the password from stdin, stores only a scrypt hash, and lists it', async () => {
    out = '';
    err = '';
    expect(await runUsersAdd('Anna.Verdi', { name: 'Anna Verdi', role: 'admin' }, io('una-password-lunga\n'))).toBe(0);
    expect(out).toContain('created user anna.verdi (admin)');
    const user = await withDb((db) => findWebUserByUsername(db, 'anna.verdi'));
    expect(user?.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(user?.passwordHash).not.toContain('una-password-lunga');
    expect(await verifyPassword('una-password-lunga', user!.passwordHash)).toBe(true);
    expect(await verifyPassword('altra-password', user!.passwordHash)).toBe(false);

    out = '';
    expect(await runUsersList(io(''))).toBe(0);
    expect(out).toBe('anna.verdi\tadmin\tAnna Verdi\n');
  });

  it('reads the password from --password-env and updates an existing user', async () => {
    out = '';
    expect(await runUsersAdd('anna.verdi', { name: 'Anna V.', role: 'readonly', passwordEnv: 'PW' }, io('', { PW: 'nuova-password-1' }))).toBe(0);
    expect(out).toContain('updated user anna.verdi (readonly)');
    const user = await withDb((db) => findWebUserByUsername(db, 'anna.verdi'));
    expect(await verifyPassword('nuova-password-1', user!.passwordHash)).toBe(true);
  });

  it('refuses short passwords, unknown roles and bad usernames', async () => {
    err = '';
    expect(await runUsersAdd('mario', { role: 'operator' }, io('corta\n'))).toBe(2);
    expect(await runUsersAdd('mario', { role: 'boss' }, io('abbastanza-lunga\n'))).toBe(2);
    expect(await runUsersAdd('mario rossi', { role: 'operator' }, io('abbastanza-lunga\n'))).toBe(2);
    expect(err).toContain('at least 10 characters');
    expect(err).toContain('--role must be one of admin, operator, readonly');
    expect(await withDb((db) => findWebUserByUsername(db, 'mario'))).toBeNull();
  });
});
