import { describe, expect, it } from 'vitest';
import { getMailboxState, listMailboxStates, upsertMailboxState } from '../../../src/adapters/db/mailbox-state-repo.ts';
import { BACKEND_KINDS, useMigratedBackend } from './test-backends.ts';

describe.each(BACKEND_KINDS)('mailbox state repository on %s', (kind) => {
  const backend = useMigratedBackend(kind);

  it('creates the state on first use and then changes only the fields given', async () => {
    expect(await getMailboxState(backend.db, 'INBOX')).toBeNull();

    const created = await upsertMailboxState(backend.db, 'INBOX', { uidValidity: '1700000000', lastUid: 41, connected: true });
    expect(created).toMatchObject({ mailbox: 'INBOX', uidValidity: '1700000000', lastUid: 41, connected: true, lastError: null, lastCheckAt: null });

    const checkedAt = new Date('2026-03-01T08:00:00Z');
    await upsertMailboxState(backend.db, 'INBOX', { lastUid: 42, lastCheckAt: checkedAt });
    await upsertMailboxState(backend.db, 'INBOX', { connected: false, lastError: 'ECONNRESET: connessione chiusa dal server' });

    const state = await getMailboxState(backend.db, 'INBOX');
    expect(state).toMatchObject({
      uidValidity: '1700000000',
      lastUid: 42,
      lastCheckAt: checkedAt,
      connected: false,
      lastError: 'ECONNRESET: connessione chiusa dal server',
    });
    expect(state!.updatedAt.getTime()).toBeGreaterThanOrEqual(created.updatedAt.getTime());

    await upsertMailboxState(backend.db, 'INBOX', { lastError: null });
    expect((await getMailboxState(backend.db, 'INBOX'))?.lastError).toBeNull();
  });

  it('keeps UIDVALIDITY values beyond 2^31 exact and lists mailboxes by name', async () => {
    await upsertMailboxState(backend.db, 'Posta PEC', { uidValidity: '4294967295', lastUid: 4294967290 });
    await upsertMailboxState(backend.db, 'Archivio', {});
    const states = await listMailboxStates(backend.db);
    expect(states.map((state) => state.mailbox)).toEqual(['Archivio', 'INBOX', 'Posta PEC']);
    expect(states[2]).toMatchObject({ uidValidity: '4294967295', lastUid: 4294967290, connected: false });
  });
});
