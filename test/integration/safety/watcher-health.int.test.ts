import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testEnv, type TestEnv } from '../../helpers/env.ts';
import { createImapTestClient, type ImapTestClient } from '../../helpers/imap.ts';
import { createTestDatabase, type TestDatabase } from '../../helpers/postgres.ts';
import { setupService, type ServiceSetup } from '../../helpers/service.ts';
import type { Service } from '../../../src/main.ts';
import { getMailboxState } from '../../../src/adapters/db/mailbox-state-repo.ts';
import { mailboxHealth } from '../../../src/core/mailbox-health.ts';
import { privateDovecot, type PrivateDovecot } from '../../chaos/private-servers.ts';
import { TcpProxy } from './tcp-proxy.ts';

const run = promisify(execFile);
const shared = testEnv();

function mail(id: string): string {
  return [`From: <ref@comune.test>`, 'To: <cap4city@anci.test>', `Subject: Domanda ${id}`, `Message-ID: <${id}@comune.test>`, '', 'Buongiorno, una domanda sul bando.', ''].join('\r\n');
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false> | T | null | undefined | false, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('watcher health: failures are handled and surfaced, none silent', () => {
  let root: string;
  let dovecot: PrivateDovecot;
  let proxy: TcpProxy;
  let env: TestEnv;
  let database: TestDatabase;
  let setup: ServiceSetup;
  let service: Service | null = null;
  /** A fresh connection per use: `doveadm kick` ends every session of the user, the test's too. */
  async function imapDo<T>(fn: (client: ImapTestClient) => Promise<T>): Promise<T> {
    const client = await createImapTestClient({ ...shared, imap: { ...shared.imap, port: dovecot.port, caFile: undefined } }, { user: 'cap4city' });
    try {
      return await fn(client);
    } finally {
      await client.close().catch(() => undefined);
    }
  }
  const imap = {
    resetMailbox: () => imapDo((c) => c.resetMailbox()),
    appendMessage: (folder: string, raw: string) => imapDo((c) => c.appendMessage(folder, raw)),
    listUids: (folder: string) => imapDo((c) => c.listUids(folder)),
  };

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'c4c-watch-'));
    chmodSync(root, 0o755);
    dovecot = await privateDovecot(path.join(root, 'dovecot'));
  });

  afterEach(async () => {
    // the proxy first: a watcher stuck on a frozen link would make stop() wait for imapflow's socket timeout
    await proxy?.stop();
    await service?.stop();
    service = null;
    await database?.drop();
    setup?.cleanup();
  });

  afterAll(async () => {
    await dovecot?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  /** The service watches cap4city through a TCP proxy to our Dovecot. */
  async function startWatching(): Promise<Service> {
    await imap.resetMailbox();
    proxy = new TcpProxy(dovecot.port);
    const port = await proxy.start();
    env = { ...shared, imap: { ...shared.imap, port, caFile: undefined } };
    database = await createTestDatabase();
    setup = setupService({ testEnv: env, databaseUrl: database.url, smtpUrl: null, imapUser: 'cap4city', imapPass: shared.imap.pass, pollSeconds: 2 });
    service = await setup.start();
    await until('the watcher to connect', () => service!.watcherStates()[0]?.status === 'connected');
    return service;
  }

  const recordCount = async (svc: Service) => Number((await svc.db.query<{ n: string }>('select count(*) n from messages')).rows[0]!.n);

  it('a login that starts failing shows as auth-failed in the state and recovers when fixed', async () => {
    const svc = await startWatching();
    const users = path.join(dovecot.dir, 'users');
    const original = readFileSync(users, 'utf8');
    try {
      writeFileSync(users, original.replace('cap4city:{PLAIN}secret', 'cap4city:{PLAIN}changed-by-it'));
      await run('doveadm', ['-c', path.join(dovecot.dir, 'dovecot.conf'), 'kick', 'cap4city']);
      const failed = await until('auth-failed', () => svc.watcherStates().find((s) => s.status === 'auth-failed'));
      expect(failed.lastError).toBeTruthy();
      const stored = await until('the stored state', async () => {
        const state = await getMailboxState(svc.db, 'segreteria');
        return state && !state.connected && state.lastError ? state : null;
      });
      expect(mailboxHealth(stored, new Date(Date.now() + 60_000), 30_000)).toMatchObject({ status: 'down' });
      expect(mailboxHealth(stored, new Date(Date.now() + 60_000), 30_000).alert).toMatch(/^La casella non viene letta da/);
    } finally {
      writeFileSync(users, original);
    }
    await until('reconnection after the fix', () => svc.watcherStates()[0]?.status === 'connected', 40_000);
    await imap.appendMessage('INBOX', mail('after-auth'));
    await until('the message after recovery', async () => (await recordCount(svc)) === 1);
  }, 90_000);

  it('a half-open link (no data, no close) stops the successful checks, and the alert threshold reports it', async () => {
    const svc = await startWatching();
    const before = await until('a first successful check', () => svc.watcherStates()[0]?.lastCheckAt);
    expect(proxy.freeze()).toBeGreaterThan(0);
    const frozenAt = Date.now();
    await new Promise((r) => setTimeout(r, 8_000));
    const state = svc.watcherStates()[0]!;
    const lastCheck = state.lastCheckAt!;
    // the frozen link produced no successful check for ~8 s although the poll runs every 2 s
    expect(frozenAt - lastCheck.getTime()).toBeLessThan(4_000);
    expect(lastCheck.getTime()).toBeGreaterThanOrEqual(before.getTime());
    const health = mailboxHealth({ connected: state.status === 'connected', lastCheckAt: lastCheck, lastError: state.lastError }, new Date(), 5_000);
    expect(health.status).toMatch(/^(stale|down)$/);
    expect(health.alert).toMatch(/^La casella non viene letta/);
    // the watchdog gives up on the dead link (a scan older than 2 × poll + 15 s) and reconnects
    const reconnectsBefore = state.reconnects;
    await until('the dead link to be dropped', () => svc.watcherStates()[0]?.status !== 'connected', 30_000);
    expect(svc.watcherStates()[0]!.reconnects).toBeGreaterThan(reconnectsBefore);
    expect(svc.watcherStates()[0]!.lastError).toBeTruthy();
  }, 60_000);

  it('a UIDVALIDITY reset: the mailbox is read again, nothing is recorded twice, the new value is stored', async () => {
    const svc = await startWatching();
    await imap.appendMessage('INBOX', mail('uv-1'));
    await until('the first message', async () => (await recordCount(svc)) === 1);
    const oldValidity = (await until('the stored uid validity', () => getMailboxState(svc.db, 'segreteria').then((s) => s?.uidValidity))) as string;
    // the server "restores from backup": the old message is back in INBOX and UIDs start over
    await imap.appendMessage('INBOX', mail('uv-1'));
    await imap.appendMessage('INBOX', mail('uv-2'));
    const next = String(Number(oldValidity) + 1000);
    await run('doveadm', ['-c', path.join(dovecot.dir, 'dovecot.conf'), 'mailbox', 'update', '-u', 'cap4city', '--uid-validity', next, 'INBOX']);
    await run('doveadm', ['-c', path.join(dovecot.dir, 'dovecot.conf'), 'kick', 'cap4city']);
    await until('the new uid validity', async () => (await getMailboxState(svc.db, 'segreteria'))?.uidValidity === next, 30_000);
    await until('the second message', async () => (await recordCount(svc)) === 2, 30_000);
    await until('an empty INBOX', async () => (await imap.listUids('INBOX')).length === 0);
    const ids = (await svc.db.query<{ message_id: string }>('select message_id from messages order by id')).rows.map((r) => r.message_id);
    expect(ids).toEqual(['<uv-1@comune.test>', '<uv-2@comune.test>']);
  }, 90_000);

  it('messages deleted between the notification and the fetch are skipped, and the watcher carries on', async () => {
    const svc = await startWatching();
    const remover = await createImapTestClient({ ...shared, imap: { ...shared.imap, port: dovecot.port, caFile: undefined } }, { user: 'cap4city' });
    try {
      for (let i = 0; i < 15; i++) {
        const { uid } = await remover.appendMessage('INBOX', mail(`gone-${i}`));
        // delete at once, or after a moment: the watcher sees EXISTS and then finds nothing
        if (i % 3) await new Promise((r) => setTimeout(r, 5 * i));
        const lock = await remover.client.getMailboxLock('INBOX');
        try {
          await remover.client.messageDelete(String(uid), { uid: true });
        } finally {
          lock.release();
        }
      }
      await imap.appendMessage('INBOX', mail('kept'));
      await until('the message that stayed', async () => (await svc.db.query(`select 1 from messages where message_id = '<kept@comune.test>'`)).rows.length === 1);
      expect(svc.watcherStates()[0]?.status).toBe('connected');
      const { rows } = await svc.db.query<{ message_id: string }>('select message_id from messages');
      // any "gone" message the watcher managed to read first is recorded once; none is lost silently
      expect(new Set(rows.map((r) => r.message_id)).size).toBe(rows.length);
    } finally {
      await remover.close();
    }
  }, 60_000);
});
