import type { SqlExecutor } from './database.ts';
import { bufferFromBytea, jsonParam, numberOrNull, stringOrNull } from './sql-values.ts';

/** `pending` / `received`: stored by the watcher, not yet read by an intake worker (migration 0002). */
export type StoredMessageKind = 'pending' | 'request' | 'reply' | 'automatic' | 'pec-receipt' | 'not-a-request' | 'unreadable';
export type MessageStatus = 'received' | 'processed' | 'ignored' | 'needs-review' | 'failed';

export interface NewMessage {
  /** Source mailbox (IMAP folder or drop folder); null with uid for sources without UIDs. */
  mailbox: string | null;
  uidValidity: string | null;
  uid: number | null;
  messageId: string | null;
  /** See messageDedupeKey(). */
  dedupeKey: string;
  contentHash: string | null;
  fromAddress: string | null;
  subject: string | null;
  sentAt: Date | null;
  receivedAt?: Date;
  kind: StoredMessageKind;
  reason: string | null;
  status: MessageStatus;
  /** The ParsedMessage (or whatever was understood of it). */
  parsed: unknown;
  raw: Buffer | null;
  rawSize: number | null;
  requestId?: string | null;
}

export interface StoredMessage extends Omit<NewMessage, 'receivedAt' | 'requestId'> {
  id: string;
  receivedAt: Date;
  requestId: string | null;
  createdAt: Date;
}

const COLUMNS = `id, mailbox, uid_validity, uid, message_id, dedupe_key, content_hash, from_address, subject,
  sent_at, received_at, kind, reason, status, parsed, raw, raw_size, request_id, created_at`;

/**
 * Stores a message once: when its source (mailbox, UIDVALIDITY, UID) or its dedupe key is already
 * known, nothing is written and the existing row's id comes back with inserted=false.
 */
export async function insertMessage(sql: SqlExecutor, m: NewMessage): Promise<{ id: string; inserted: boolean }> {
  // Two rounds cover the rare case of the conflicting row vanishing between the two statements.
  for (let round = 0; round < 2; round++) {
    const { rows } = await sql.query<{ id: string }>(
      `INSERT INTO messages (mailbox, uid_validity, uid, message_id, dedupe_key, content_hash, from_address, subject,
         sent_at, received_at, kind, reason, status, parsed, raw, raw_size, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, coalesce($10, now()), $11, $12, $13, $14::jsonb, $15, $16, $17)
       ON CONFLICT DO NOTHING
       RETURNING id`,
      insertValues(m),
    );
    if (rows[0]) return { id: rows[0].id, inserted: true };

    const existing = await sql.query<{ id: string }>(
      `SELECT id FROM messages
        WHERE dedupe_key = $1 OR (uid IS NOT NULL AND mailbox = $2 AND uid_validity = $3 AND uid = $4)
        ORDER BY id LIMIT 1`,
      [m.dedupeKey, m.mailbox, m.uidValidity, m.uid],
    );
    if (existing.rows[0]) return { id: existing.rows[0].id, inserted: false };
  }
  throw new Error(`insertMessage: conflict on ${m.dedupeKey} but no existing row found`);
}

/** The values of one message, in the order of the INSERT's column list. */
function insertValues(m: NewMessage): unknown[] {
  return [
    m.mailbox, m.uidValidity, m.uid, m.messageId, m.dedupeKey, m.contentHash, m.fromAddress, m.subject,
    m.sentAt, m.receivedAt ?? null, m.kind, m.reason, m.status, jsonParam(m.parsed), m.raw, m.rawSize,
    m.requestId ?? null,
  ];
}

const INSERT_COLUMNS = 17;

/**
 * Stores several messages in one statement (the watcher's fetch batch). Each comes back in input order with
 * inserted=true, or, when it was already known (same source or dedupe key, also within the batch), through
 * insertMessage's lookup with inserted=false.
 */
export async function insertMessages(sql: SqlExecutor, ms: NewMessage[]): Promise<Array<{ id: string; inserted: boolean }>> {
  if (ms.length === 0) return [];
  if (ms.length === 1) return [await insertMessage(sql, ms[0]!)];
  const params = ms.flatMap(insertValues);
  const tuples = ms.map((_, i) => {
    const p = (n: number) => `$${i * INSERT_COLUMNS + n}`;
    return `(${p(1)}, ${p(2)}::bigint, ${p(3)}::bigint, ${p(4)}, ${p(5)}, ${p(6)}, ${p(7)}, ${p(8)}, ${p(9)}::timestamptz, coalesce(${p(10)}::timestamptz, now()), ${p(11)}, ${p(12)}, ${p(13)}, ${p(14)}::jsonb, ${p(15)}::bytea, ${p(16)}::int, ${p(17)}::bigint)`;
  });
  const { rows } = await sql.query<{ id: string; dedupe_key: string }>(
    `INSERT INTO messages (mailbox, uid_validity, uid, message_id, dedupe_key, content_hash, from_address, subject,
       sent_at, received_at, kind, reason, status, parsed, raw, raw_size, request_id)
     VALUES ${tuples.join(', ')}
     ON CONFLICT DO NOTHING
     RETURNING id, dedupe_key`,
    params,
  );
  // the dedupe key is unique: it tells which input each new row is (a second input with the same key was not inserted)
  const insertedByKey = new Map(rows.map((row) => [row.dedupe_key, String(row.id)]));
  const results: Array<{ id: string; inserted: boolean }> = [];
  for (const m of ms) {
    const id = insertedByKey.get(m.dedupeKey);
    if (id !== undefined) {
      insertedByKey.delete(m.dedupeKey);
      results.push({ id, inserted: true });
    } else {
      results.push(await insertMessage(sql, m));
    }
  }
  return results;
}

export async function findMessageById(sql: SqlExecutor, id: string): Promise<StoredMessage | null> {
  const { rows } = await sql.query(`SELECT ${COLUMNS} FROM messages WHERE id = $1`, [id]);
  return rows[0] ? toStoredMessage(rows[0]) : null;
}

export async function findMessageBySource(
  sql: SqlExecutor,
  mailbox: string,
  uidValidity: string,
  uid: number,
): Promise<StoredMessage | null> {
  const { rows } = await sql.query(
    `SELECT ${COLUMNS} FROM messages WHERE mailbox = $1 AND uid_validity = $2 AND uid = $3 AND uid IS NOT NULL`,
    [mailbox, uidValidity, uid],
  );
  return rows[0] ? toStoredMessage(rows[0]) : null;
}

export async function findMessageByDedupeKey(sql: SqlExecutor, dedupeKey: string): Promise<StoredMessage | null> {
  const { rows } = await sql.query(`SELECT ${COLUMNS} FROM messages WHERE dedupe_key = $1`, [dedupeKey]);
  return rows[0] ? toStoredMessage(rows[0]) : null;
}

export async function setMessageRequest(sql: SqlExecutor, messageId: string, requestId: string): Promise<boolean> {
  const { rowCount } = await sql.query('UPDATE messages SET request_id = $2 WHERE id = $1', [messageId, requestId]);
  return rowCount > 0;
}

/** Changes the status; `reason` is replaced only when given. */
export async function setMessageStatus(
  sql: SqlExecutor,
  messageId: string,
  status: MessageStatus,
  reason?: string | null,
): Promise<boolean> {
  const { rowCount } =
    reason === undefined
      ? await sql.query('UPDATE messages SET status = $2 WHERE id = $1', [messageId, status])
      : await sql.query('UPDATE messages SET status = $2, reason = $3 WHERE id = $1', [messageId, status, reason]);
  return rowCount > 0;
}

export interface MessageOutcome {
  kind: StoredMessageKind;
  reason: string | null;
  status: MessageStatus;
  parsed: unknown;
  /** Kept as it is when null. */
  requestId: string | null;
}

/** Records what the intake worker made of a stored message. */
export async function setMessageOutcome(sql: SqlExecutor, messageId: string, outcome: MessageOutcome): Promise<boolean> {
  const { rowCount } = await sql.query(
    `UPDATE messages SET kind = $2, reason = $3, status = $4, parsed = $5::jsonb, request_id = coalesce($6, request_id)
      WHERE id = $1`,
    [messageId, outcome.kind, outcome.reason, outcome.status, jsonParam(outcome.parsed), outcome.requestId],
  );
  return rowCount > 0;
}

/** Ids of messages in a status, oldest first, e.g. `received` ones whose intake job may have been lost. */
export async function listMessageIdsByStatus(
  sql: SqlExecutor,
  status: MessageStatus,
  opts: { receivedBefore?: Date; limit: number },
): Promise<string[]> {
  const { rows } = await sql.query<{ id: string }>(
    `SELECT id FROM messages WHERE status = $1 AND ($2::timestamptz IS NULL OR received_at < $2)
      ORDER BY received_at, id LIMIT $3`,
    [status, opts.receivedBefore ?? null, opts.limit],
  );
  return rows.map((row) => String(row.id));
}

/** Retention: drops the raw bytes of messages received before `before`; returns how many were purged. */
export async function purgeMessageRaw(sql: SqlExecutor, before: Date): Promise<number> {
  const { rowCount } = await sql.query('UPDATE messages SET raw = NULL WHERE raw IS NOT NULL AND received_at < $1', [before]);
  return rowCount;
}

function toStoredMessage(row: Record<string, unknown>): StoredMessage {
  return {
    id: String(row.id),
    mailbox: stringOrNull(row.mailbox),
    uidValidity: stringOrNull(row.uid_validity),
    uid: numberOrNull(row.uid),
    messageId: stringOrNull(row.message_id),
    dedupeKey: String(row.dedupe_key),
    contentHash: stringOrNull(row.content_hash),
    fromAddress: stringOrNull(row.from_address),
    subject: stringOrNull(row.subject),
    sentAt: (row.sent_at as Date | null) ?? null,
    receivedAt: row.received_at as Date,
    kind: row.kind as StoredMessageKind,
    reason: stringOrNull(row.reason),
    status: row.status as MessageStatus,
    parsed: row.parsed ?? null,
    raw: bufferFromBytea(row.raw),
    rawSize: numberOrNull(row.raw_size),
    requestId: stringOrNull(row.request_id),
    createdAt: row.created_at as Date,
  };
}
