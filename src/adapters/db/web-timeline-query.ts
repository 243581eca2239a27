import type { SqlExecutor } from './database.ts';
import { stringOrNull } from './sql-values.ts';

export interface LinkedMessage {
  id: string;
  fromAddress: string | null;
  subject: string | null;
  kind: string;
  status: string;
  reason: string | null;
  receivedAt: Date;
  hasRaw: boolean;
}

export interface LinkedMail {
  id: string;
  messageId: string;
  template: string;
  toAddress: string;
  subject: string;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

/** Messages received for a request (its source and the Comune's replies), oldest first. */
export async function listRequestMessages(sql: SqlExecutor, requestId: string, sourceMessageId: string | null): Promise<LinkedMessage[]> {
  const { rows } = await sql.query(
    `SELECT id, from_address, subject, kind, status, reason, received_at, raw IS NOT NULL AS has_raw
       FROM messages WHERE request_id = $1 OR id = $2 ORDER BY received_at, id`,
    [requestId, sourceMessageId],
  );
  return rows.map(toLinkedMessage);
}

/** Messages waiting for a person: not understood, or replies that matched no request. */
export async function listMessagesNeedingReview(sql: SqlExecutor, limit: number): Promise<LinkedMessage[]> {
  const { rows } = await sql.query(
    `SELECT id, from_address, subject, kind, status, reason, received_at, raw IS NOT NULL AS has_raw
       FROM messages WHERE status IN ('needs-review', 'failed') ORDER BY received_at DESC, id DESC LIMIT $1`,
    [limit],
  );
  return rows.map(toLinkedMessage);
}

export async function listRequestMails(sql: SqlExecutor, requestId: string): Promise<LinkedMail[]> {
  const { rows } = await sql.query(
    `SELECT id, message_id, template, to_address, subject, status, attempts, last_error, created_at, sent_at
       FROM outbox WHERE request_id = $1 ORDER BY created_at, id`,
    [requestId],
  );
  return rows.map(toLinkedMail);
}

export async function listFailedMails(sql: SqlExecutor, limit: number): Promise<LinkedMail[]> {
  const { rows } = await sql.query(
    `SELECT id, message_id, template, to_address, subject, status, attempts, last_error, created_at, sent_at
       FROM outbox WHERE status = 'failed' ORDER BY created_at DESC, id DESC LIMIT $1`,
    [limit],
  );
  return rows.map(toLinkedMail);
}

function toLinkedMessage(row: Record<string, unknown>): LinkedMessage {
  return {
    id: String(row.id),
    fromAddress: stringOrNull(row.from_address),
    subject: stringOrNull(row.subject),
    kind: String(row.kind),
    status: String(row.status),
    reason: stringOrNull(row.reason),
    receivedAt: row.received_at as Date,
    hasRaw: Boolean(row.has_raw),
  };
}

function toLinkedMail(row: Record<string, unknown>): LinkedMail {
  return {
    id: String(row.id),
    messageId: String(row.message_id),
    template: String(row.template),
    toAddress: String(row.to_address),
    subject: String(row.subject),
    status: String(row.status),
    attempts: Number(row.attempts ?? 0),
    lastError: stringOrNull(row.last_error),
    createdAt: row.created_at as Date,
    sentAt: (row.sent_at as Date | null) ?? null,
  };
}
