import { describe, expect, it } from 'vitest';
import { messageDedupeKey } from '../../../src/adapters/db/message-dedupe-key.ts';
import {
  findMessageByDedupeKey,
  findMessageById,
  findMessageBySource,
  insertMessage,
  insertMessages,
  listMessageIdsByStatus,
  purgeMessageRaw,
  setMessageOutcome,
  setMessageRequest,
  setMessageStatus,
} from '../../../src/adapters/db/messages-repo.ts';
import { insertRequest } from '../../../src/adapters/db/requests-repo.ts';
import { sampleMessage, sampleRequest } from './sample-records.ts';
import { BACKEND_KINDS, useMigratedBackend } from './test-backends.ts';

describe.each(BACKEND_KINDS)('messages repository on %s', (kind) => {
  const backend = useMigratedBackend(kind);

  it('stores a message and reads it back by source and by dedupe key', async () => {
    const message = sampleMessage({ uid: 501, subject: 'Richiesta laboratorio — Comune di Sant’Agata' });
    const { id, inserted } = await insertMessage(backend.db, message);
    expect(inserted).toBe(true);

    const bySource = await findMessageBySource(backend.db, 'INBOX', message.uidValidity!, 501);
    expect(bySource).toMatchObject({
      id,
      mailbox: 'INBOX',
      uidValidity: message.uidValidity,
      uid: 501,
      dedupeKey: message.dedupeKey,
      subject: 'Richiesta laboratorio — Comune di Sant’Agata',
      kind: 'request',
      status: 'processed',
      parsed: { schema: 1, kind: 'request', warnings: [] },
      requestId: null,
    });
    expect(bySource?.sentAt?.toISOString()).toBe('2026-02-03T09:15:00.000Z');
    expect(bySource?.receivedAt).toBeInstanceOf(Date);
    expect((await findMessageByDedupeKey(backend.db, message.dedupeKey))?.id).toBe(id);
    expect(await findMessageBySource(backend.db, 'INBOX', message.uidValidity!, 502)).toBeNull();
  });

  it('stores a fetched batch in one go, each message once, and says which were already known', async () => {
    const known = await insertMessage(backend.db, sampleMessage({ uid: 1701 }));
    const first = sampleMessage({ uid: 1702, raw: Buffer.from('first') });
    const sameMessageIdAgain = sampleMessage({ uid: 1703, messageId: first.messageId, dedupeKey: first.dedupeKey });
    const second = sampleMessage({ uid: 1704, raw: Buffer.from([0, 255, 1, 254]) });
    const sameSourceAsKnown = sampleMessage({ uid: 1701 });

    const results = await insertMessages(backend.db, [first, sameMessageIdAgain, second, sameSourceAsKnown]);

    expect(results.map((r) => r.inserted)).toEqual([true, false, true, false]);
    expect(results[1]!.id).toBe(results[0]!.id);
    expect(results[3]!.id).toBe(known.id);
    expect(new Set(results.map((r) => r.id)).size).toBe(3);
    const stored = await findMessageById(backend.db, results[2]!.id);
    expect(stored).toMatchObject({ uid: 1704, dedupeKey: second.dedupeKey, rawSize: 40 });
    expect(Buffer.compare(stored!.raw!, Buffer.from([0, 255, 1, 254]))).toBe(0);
    expect((await findMessageBySource(backend.db, 'INBOX', first.uidValidity!, 1703))).toBeNull();
  });

  it('does not store the same source twice, even with another Message-ID', async () => {
    const first = await insertMessage(backend.db, sampleMessage({ uid: 601 }));
    const again = await insertMessage(backend.db, sampleMessage({ uid: 601, dedupeKey: '<other@x>', messageId: '<other@x>' }));
    expect(again).toEqual({ id: first.id, inserted: false });
    expect(await findMessageByDedupeKey(backend.db, '<other@x>')).toBeNull();
  });

  it('does not store the same Message-ID twice, even from another mailbox or UIDVALIDITY', async () => {
    const first = await insertMessage(backend.db, sampleMessage({ uid: 701, dedupeKey: '<same@comune.it>' }));
    const replayed = await insertMessage(
      backend.db,
      sampleMessage({ mailbox: 'Archivio', uidValidity: '42', uid: 9, dedupeKey: '<same@comune.it>' }),
    );
    expect(replayed).toEqual({ id: first.id, inserted: false });
    expect(await findMessageBySource(backend.db, 'Archivio', '42', 9)).toBeNull();
  });

  it('treats the same UID under a new UIDVALIDITY as a new message', async () => {
    const before = await insertMessage(backend.db, sampleMessage({ uid: 801, uidValidity: '100' }));
    const after = await insertMessage(backend.db, sampleMessage({ uid: 801, uidValidity: '101' }));
    expect(after.inserted).toBe(true);
    expect(after.id).not.toBe(before.id);
  });

  it('stores several messages without source (drop folder) and dedupes them by content hash', async () => {
    const raw = Buffer.from('Subject: senza Message-ID\r\n\r\ntesto\r\n');
    const key = messageDedupeKey(null, raw);
    expect(key).toMatch(/^sha256:[0-9a-f]{64}$/);
    const a = await insertMessage(backend.db, sampleMessage({ mailbox: null, uidValidity: null, uid: null, messageId: null, dedupeKey: key, raw }));
    const b = await insertMessage(backend.db, sampleMessage({ mailbox: null, uidValidity: null, uid: null }));
    const again = await insertMessage(backend.db, sampleMessage({ mailbox: null, uidValidity: null, uid: null, messageId: null, dedupeKey: key, raw }));
    expect(a.inserted && b.inserted).toBe(true);
    expect(again).toEqual({ id: a.id, inserted: false });
  });

  it('round-trips raw bytes exactly as a Buffer', async () => {
    const raw = Buffer.from(Array.from({ length: 512 }, (_, index) => (index * 7) % 256));
    const { id } = await insertMessage(backend.db, sampleMessage({ raw, rawSize: raw.length }));
    const stored = await findMessageById(backend.db, id);
    expect(Buffer.isBuffer(stored?.raw)).toBe(true);
    expect(stored?.raw?.equals(raw)).toBe(true);
    expect(stored?.rawSize).toBe(512);
  });

  it('links a message to its request, changes status and records the outcome', async () => {
    const { id } = await insertMessage(backend.db, sampleMessage({ kind: 'pending', status: 'received', parsed: null }));
    expect(await listMessageIdsByStatus(backend.db, 'received', { limit: 100 })).toContain(id);

    const request = await insertRequest(backend.db, sampleRequest({ sourceMessageId: id }));
    await setMessageOutcome(backend.db, id, { kind: 'request', reason: null, status: 'processed', parsed: { schema: 1 }, requestId: request.id });
    expect(await findMessageById(backend.db, id)).toMatchObject({ kind: 'request', status: 'processed', parsed: { schema: 1 }, requestId: request.id });
    expect(await listMessageIdsByStatus(backend.db, 'received', { limit: 100 })).not.toContain(id);

    expect(await setMessageStatus(backend.db, id, 'needs-review', 'comune-ambiguous: Castro')).toBe(true);
    expect(await findMessageById(backend.db, id)).toMatchObject({ status: 'needs-review', reason: 'comune-ambiguous: Castro' });
    expect(await setMessageStatus(backend.db, id, 'processed')).toBe(true);
    expect(await findMessageById(backend.db, id)).toMatchObject({ status: 'processed', reason: 'comune-ambiguous: Castro' });

    const other = await insertRequest(backend.db, sampleRequest());
    expect(await setMessageRequest(backend.db, id, other.id)).toBe(true);
    expect((await findMessageById(backend.db, id))?.requestId).toBe(other.id);
    expect(await setMessageRequest(backend.db, '999999999', other.id)).toBe(false);
  });

  it('rejects a kind outside the known list with its SQL state', async () => {
    await expect(insertMessage(backend.db, sampleMessage({ kind: 'spam' as never }))).rejects.toMatchObject({ code: '23514' });
  });

  it('purges raw bytes of old messages only', async () => {
    const old = await insertMessage(backend.db, sampleMessage({ receivedAt: new Date('2020-01-01T00:00:00Z') }));
    const recent = await insertMessage(backend.db, sampleMessage());
    expect(await purgeMessageRaw(backend.db, new Date('2021-01-01T00:00:00Z'))).toBeGreaterThanOrEqual(1);
    expect((await findMessageById(backend.db, old.id))?.raw).toBeNull();
    expect((await findMessageById(backend.db, recent.id))?.raw).not.toBeNull();
  });
});
