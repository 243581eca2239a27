import { createHash } from 'node:crypto';
import { peekHeaders } from '../core/peek-headers.ts';
import type { Database } from '../adapters/db/database.ts';
import { findMessageById, insertMessages, type NewMessage } from '../adapters/db/messages-repo.ts';
import { messageDedupeKey } from '../adapters/db/message-dedupe-key.ts';
import type { RawMessageSource } from '../adapters/imap/watcher-types.ts';

export interface IngestDeps {
  db: Database;
  /** Queues the messages for the intake, in one round trip. */
  enqueueIntakes(messageRecordIds: string[]): Promise<void>;
}

/**
 * The watcher's half of the intake: store each raw message once (deduplicated by source and by Message-ID or
 * content hash) and queue it for parsing — one insert and one enqueue for a fetched batch. A message already
 * known is queued again only while it still waits for the intake. When this resolves, the messages may leave
 * INBOX: the records are committed and a sweeper re-queues any whose enqueue is lost.
 */
export async function ingestMessages(deps: IngestDeps, sources: RawMessageSource[]): Promise<Array<{ recordId: string; isNew: boolean }>> {
  const stored = await insertMessages(deps.db, sources.map(toNewMessage));
  const toQueue = stored.filter((s) => s.inserted).map((s) => s.id);
  for (const { id } of stored.filter((s) => !s.inserted)) {
    if ((await findMessageById(deps.db, id))?.status === 'received') toQueue.push(id);
  }
  if (toQueue.length) await deps.enqueueIntakes(toQueue);
  return stored.map((s) => ({ recordId: s.id, isNew: s.inserted }));
}

function toNewMessage(source: RawMessageSource): NewMessage {
  const headers = peekHeaders(source.raw);
  const contentHash = `sha256:${createHash('sha256').update(source.raw).digest('hex')}`;
  return {
    mailbox: source.mailbox,
    uidValidity: source.uidValidity,
    uid: source.uid,
    messageId: headers.messageId,
    dedupeKey: messageDedupeKey(headers.messageId, source.raw),
    contentHash,
    fromAddress: headers.from,
    subject: headers.subject,
    sentAt: headers.date,
    kind: 'pending',
    reason: null,
    status: 'received',
    parsed: null,
    raw: source.raw,
    rawSize: source.raw.length,
  };
}
