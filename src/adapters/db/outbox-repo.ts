import type { SqlExecutor } from './database.ts';
import { jsonParam, numberOrNull, stringOrNull } from './sql-values.ts';

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed';

export interface OutboxAttachment {
  name: string;
  contentType: string;
  base64: string;
}

export interface NewOutboxMail {
  /** Deterministic, with angle brackets: the same mail queued twice is stored once. */
  messageId: string;
  requestId: string | null;
  template: string;
  toAddress: string;
  fromAddress: string;
  subject: string;
  inReplyTo?: string | null;
  referencesHeader?: string | null;
  headers?: Record<string, string>;
  textBody: string;
  htmlBody?: string | null;
  attachments?: OutboxAttachment[];
}

export interface OutboxMail {
  id: string;
  messageId: string;
  requestId: string | null;
  template: string;
  toAddress: string;
  fromAddress: string;
  subject: string;
  inReplyTo: string | null;
  referencesHeader: string | null;
  headers: Record<string, string>;
  textBody: string;
  htmlBody: string | null;
  attachments: OutboxAttachment[];
  status: OutboxStatus;
  /** Send attempts started; more than one after a crash or a temporary failure. */
  attempts: number;
  lastError: string | null;
  claimedAt: Date | null;
  createdAt: Date;
  sentAt: Date | null;
  smtpResponse: string | null;
}

/** How long a mail may stay `sending` before another worker may take it over (a crashed sender). */
// longer than the SMTP transport's own timeouts (connect 30 s + greeting 30 s + socket 60 s), so a slow send is never taken twice
export const DEFAULT_STALE_SENDING_MS = 3 * 60_000;

const COLUMNS = `id, message_id, request_id, template, to_address, from_address, subject, in_reply_to, references_header,
  headers, text_body, html_body, attachments, status, attempts, last_error, claimed_at, created_at, sent_at, smtp_response`;

export interface InsertOutboxOptions {
  /** Recorded in the request's timeline by the same statement, only when the mail is new. */
  queuedEvent?: { type: string; details: unknown };
  /**
   * Stored already claimed (`sending`) by the caller, who sends it right after the commit: no claim
   * round trip. Should the caller die first, the mail is taken over once its claim is stale.
   */
  claimed?: boolean;
}

/**
 * Queues a mail once per Message-ID; a second insert returns the existing row's id with inserted=false.
 * A new mail comes back as stored (`mail`), so a caller who claimed it can send it without reading it again.
 */
export async function insertOutboxMail(
  sql: SqlExecutor,
  mail: NewOutboxMail,
  options: InsertOutboxOptions = {},
): Promise<{ id: string; inserted: true; mail: OutboxMail } | { id: string; inserted: false }> {
  const { queuedEvent, claimed = false } = options;
  const { rows } = await sql.query<{ id: string; status: string; attempts: number; claimed_at: Date | null; created_at: Date }>(
    `WITH inserted AS (
       INSERT INTO outbox (message_id, request_id, template, to_address, from_address, subject, in_reply_to,
         references_header, headers, text_body, html_body, attachments, status, attempts, claimed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11, $12::jsonb,
         CASE WHEN $15::boolean THEN 'sending' ELSE 'pending' END, CASE WHEN $15::boolean THEN 1 ELSE 0 END,
         CASE WHEN $15::boolean THEN now() END)
       ON CONFLICT (message_id) DO NOTHING
       RETURNING id, request_id, status, attempts, claimed_at, created_at
     ), queued_event AS (
       INSERT INTO request_events (request_id, type, actor, details)
       SELECT request_id, $13, 'system', $14::jsonb FROM inserted WHERE request_id IS NOT NULL AND $13::text IS NOT NULL
     )
     SELECT id, status, attempts, claimed_at, created_at FROM inserted`,
    [
      mail.messageId, mail.requestId, mail.template, mail.toAddress, mail.fromAddress, mail.subject,
      mail.inReplyTo ?? null, mail.referencesHeader ?? null, jsonParam(mail.headers ?? {}), mail.textBody,
      mail.htmlBody ?? null, jsonParam(mail.attachments ?? []), queuedEvent?.type ?? null, jsonParam(queuedEvent?.details), claimed,
    ],
  );
  const row = rows[0];
  if (row) {
    const stored: OutboxMail = {
      id: String(row.id),
      messageId: mail.messageId,
      requestId: mail.requestId,
      template: mail.template,
      toAddress: mail.toAddress,
      fromAddress: mail.fromAddress,
      subject: mail.subject,
      inReplyTo: mail.inReplyTo ?? null,
      referencesHeader: mail.referencesHeader ?? null,
      headers: mail.headers ?? {},
      textBody: mail.textBody,
      htmlBody: mail.htmlBody ?? null,
      attachments: mail.attachments ?? [],
      status: row.status as OutboxStatus,
      attempts: numberOrNull(row.attempts) ?? 0,
      lastError: null,
      claimedAt: row.claimed_at ?? null,
      createdAt: row.created_at,
      sentAt: null,
      smtpResponse: null,
    };
    return { id: stored.id, inserted: true, mail: stored };
  }
  const existing = await findOutboxByMessageId(sql, mail.messageId);
  if (!existing) throw new Error(`insertOutboxMail: conflict on ${mail.messageId} but no existing row found`);
  return { id: existing.id, inserted: false };
}

/**
 * Takes a mail for sending: pending (or sending for longer than `staleAfterMs`) becomes sending,
 * attempts+1. Only one of several concurrent callers gets the row; the others, and any caller
 * after the mail was sent or failed for good, get null.
 */
export async function claimOutboxMail(
  sql: SqlExecutor,
  id: string,
  opts: { staleAfterMs?: number } = {},
): Promise<OutboxMail | null> {
  const { rows } = await sql.query(
    `UPDATE outbox SET status = 'sending', attempts = attempts + 1, claimed_at = now()
      WHERE id = $1
        AND (status = 'pending' OR (status = 'sending' AND claimed_at < now() - make_interval(secs => $2::float8 / 1000)))
      RETURNING ${COLUMNS}`,
    [id, opts.staleAfterMs ?? DEFAULT_STALE_SENDING_MS],
  );
  return rows[0] ? toOutboxMail(rows[0]) : null;
}

/**
 * Records the SMTP server's acceptance and, for a request's mail, a `mail-sent` event in its timeline,
 * in one statement; a mail already marked sent is left alone (and gets no second event). Returns whether a row changed.
 */
export async function markOutboxSent(sql: SqlExecutor, id: string, smtpResponse: string): Promise<boolean> {
  const { rows } = await sql.query<{ id: string }>(
    `WITH sent AS (
       UPDATE outbox SET status = 'sent', sent_at = now(), smtp_response = $2, last_error = NULL
        WHERE id = $1 AND status <> 'sent'
        RETURNING id, request_id, template, to_address, message_id
     ), sent_event AS (
       INSERT INTO request_events (request_id, type, actor, details)
       SELECT request_id, 'mail-sent', 'system', jsonb_build_object('template', template, 'to', to_address, 'messageId', message_id)
         FROM sent WHERE request_id IS NOT NULL
     )
     SELECT id FROM sent`,
    [id, smtpResponse],
  );
  return rows.length > 0;
}

/** Gives back a claim taken without trying to send (the sender hands the mail to the queue instead). */
export async function releaseOutboxClaim(sql: SqlExecutor, id: string): Promise<boolean> {
  const { rowCount } = await sql.query(
    `UPDATE outbox SET status = 'pending', claimed_at = NULL, attempts = greatest(attempts - 1, 0) WHERE id = $1 AND status = 'sending'`,
    [id],
  );
  return rowCount > 0;
}

/** A permanent failure ends the mail (failed); a temporary one puts it back to pending for the next attempt. */
export async function markOutboxFailed(
  sql: SqlExecutor,
  id: string,
  error: string,
  opts: { permanent: boolean },
): Promise<boolean> {
  const { rowCount } = await sql.query(
    `UPDATE outbox SET status = $3, last_error = $2, claimed_at = NULL
      WHERE id = $1 AND status IN ('pending', 'sending')`,
    [id, error, opts.permanent ? 'failed' : 'pending'],
  );
  return rowCount > 0;
}

/** Oldest first. */
export async function listOutbox(sql: SqlExecutor, opts: { status?: OutboxStatus; limit: number }): Promise<OutboxMail[]> {
  const { rows } = await sql.query(
    `SELECT ${COLUMNS} FROM outbox WHERE ($1::text IS NULL OR status = $1) ORDER BY id LIMIT $2`,
    [opts.status ?? null, opts.limit],
  );
  return rows.map(toOutboxMail);
}

export async function findOutboxById(sql: SqlExecutor, id: string): Promise<OutboxMail | null> {
  const { rows } = await sql.query(`SELECT ${COLUMNS} FROM outbox WHERE id = $1`, [id]);
  return rows[0] ? toOutboxMail(rows[0]) : null;
}

export async function findOutboxByMessageId(sql: SqlExecutor, messageId: string): Promise<OutboxMail | null> {
  const { rows } = await sql.query(`SELECT ${COLUMNS} FROM outbox WHERE message_id = $1`, [messageId]);
  return rows[0] ? toOutboxMail(rows[0]) : null;
}

function toOutboxMail(row: Record<string, unknown>): OutboxMail {
  return {
    id: String(row.id),
    messageId: String(row.message_id),
    requestId: stringOrNull(row.request_id),
    template: String(row.template),
    toAddress: String(row.to_address),
    fromAddress: String(row.from_address),
    subject: String(row.subject),
    inReplyTo: stringOrNull(row.in_reply_to),
    referencesHeader: stringOrNull(row.references_header),
    headers: (row.headers as Record<string, string> | null) ?? {},
    textBody: String(row.text_body),
    htmlBody: stringOrNull(row.html_body),
    attachments: (row.attachments as OutboxAttachment[] | null) ?? [],
    status: row.status as OutboxStatus,
    attempts: numberOrNull(row.attempts) ?? 0,
    lastError: stringOrNull(row.last_error),
    claimedAt: (row.claimed_at as Date | null) ?? null,
    createdAt: row.created_at as Date,
    sentAt: (row.sent_at as Date | null) ?? null,
    smtpResponse: stringOrNull(row.smtp_response),
  };
}
