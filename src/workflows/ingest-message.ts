import { createHash } from 'node:crypto';
import { peekHeaders } from '../core/peek-headers.ts';
import type { Database } from '../adapters/db/database.ts';
import { insertMessage, findMessageById } from '../adapters/db/messages-repo.ts';
import { messageDedupeKey } from '../adapters/db/message-dedupe-key.ts';
import type { RawMessageSource } from '../adapters/imap/watcher-types.ts';

export interface IngestDeps {
  db: Database;
  enqueueIntake(messageRecordId: string): Promise<void>;
}

/**
 * The watcher's half of the intake: store the raw message once (deduplicated by source and by
 * Message-ID or content hash) and queue it for parsing. When this resolves, the message may
 * leave INBOX: the record is committed and a sweeper re-queues it if the enqueue is lost.
 */
export async function ingestMessage(deps: IngestDeps, source: RawMessageSource): Promise<{ recordId: string; isNew: boolean }> {
  const headers = peekHeaders(source.raw);
  const contentHash = `sha256:${createHash('sha256').update(source.raw).digest('hex')}`;
  const { id, inserted } = await insertMessage(deps.db, {
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
  });
  if (inserted) {
    await deps.enqueueIntake(id);
  } else {
    const existing = await findMessageById(deps.db, id);
    if (existing?.status === 'received') await deps.enqueueIntake(id);
  }
  return { recordId: id, isNew: inserted };
}
