import type { Database, SqlExecutor } from '../adapters/db/database.ts';
import { insertOutboxMail, type OutboxAttachment } from '../adapters/db/outbox-repo.ts';
import { insertRequest, findRequestByCode } from '../adapters/db/requests-repo.ts';
import { insertRequestEvent } from '../adapters/db/request-events-repo.ts';
import { findRequestByThread } from './find-request-for-reply.ts';
import { peekHeaders } from '../core/peek-headers.ts';
import { missingFieldLabels, outgoingMessageId, planIntake } from '../core/plan-intake.ts';
import type { EmailRenderer } from '../core/render-email.ts';
import type { ParsedMessage } from '../core/types.ts';
import { IntakeError } from '../core/errors.ts';
import { findRequestCode } from '../core/message/classify-message.ts';

export interface IntakeDeps {
  db: Database;
  parse(raw: Buffer): Promise<ParsedMessage>;
  renderer: EmailRenderer;
  mailFrom: string;
  ownAddresses: string[];
  messageIdDomain: string;
  enqueueMail(outboxId: string): Promise<void>;
  /** The blank request form, attached when information is missing. */
  blankForm(): Promise<OutboxAttachment>;
  now(): Date;
}

export interface IntakeOutcome {
  status: 'processed' | 'ignored' | 'needs-review' | 'already-done';
  kind: ParsedMessage['kind'] | null;
  requestCode: string | null;
  outboxIds: string[];
}

interface MessageRow {
  id: string;
  status: string;
  raw: Buffer | Uint8Array | null;
  message_id: string | null;
  received_at: Date;
}

/**
 * The worker's half of the intake: parse a stored message and, in one transaction, record what
 * it is, open the request with its events and queue the answer (transactional outbox). Running
 * it twice for the same message changes nothing: the message's status says it is done.
 */
export async function intakeMessage(deps: IntakeDeps, messageRecordId: string): Promise<IntakeOutcome> {
  const row = await loadMessage(deps.db, messageRecordId, false);
  if (!row) throw new IntakeError('message-not-found', `no message record ${messageRecordId}`);
  if (row.status !== 'received') return { status: 'already-done', kind: null, requestCode: null, outboxIds: [] };
  const raw = row.raw ? Buffer.from(row.raw) : Buffer.alloc(0);
  const parsed = await deps.parse(raw);
  const plan = planIntake(parsed, { ownAddresses: deps.ownAddresses });
  const attachments = plan.reply === 'information-missing' ? [await deps.blankForm()] : [];

  const result = await deps.db.transaction(async (tx) => {
    const locked = await loadMessage(tx, messageRecordId, true);
    if (!locked || locked.status !== 'received') return null;
    let requestId: string | null = null;
    let requestCode: string | null = null;
    let status = plan.status;
    const outboxIds: string[] = [];

    if (parsed.kind === 'reply') {
      const target = await findReplyTarget(tx, parsed, peekHeaders(raw).threadIds);
      if (target) {
        requestId = target.id;
        requestCode = target.code;
        await insertRequestEvent(tx, {
          requestId,
          type: 'reply-received',
          actor: 'comune',
          details: { messageRecordId, from: parsed.message.from, subject: parsed.message.subject },
        });
      } else {
        status = 'needs-review';
      }
    } else if (plan.createRequest) {
      const request = parsed.request;
      const created = await insertRequest(tx, {
        status: plan.needsReview ? 'needs-review' : parsed.missing.length ? 'incomplete' : 'received',
        sourceMessageId: messageRecordId,
        createdAt: locked.received_at,
        comuneName: request.comune.name,
        comuneIstat: request.comune.istat,
        province: request.comune.province,
        region: request.comune.region,
        labCodes: request.labs.map((l) => l.code),
        contactEmail: request.contact.email,
        replyTo: plan.replyTo,
        needsReview: plan.needsReview,
        data: request,
        missing: parsed.missing,
        warnings: parsed.warnings,
      });
      requestId = created.id;
      requestCode = created.code;
      await insertRequestEvent(tx, {
        requestId,
        type: 'received',
        actor: 'comune',
        details: { messageRecordId, from: parsed.message.from, subject: parsed.message.subject, source: parsed.form?.source ?? null, note: plan.note },
      });
      if (plan.reply && plan.replyTo) {
        const mail = deps.renderer.render(plan.reply, {
          code: created.code,
          comune: request.comune,
          contact: request.contact,
          labs: request.labs,
          needs: request.needs,
          missingLabels: missingFieldLabels(parsed.missing),
          receivedAt: locked.received_at,
        });
        const messageId = outgoingMessageId(created.code, plan.reply, deps.messageIdDomain);
        const inbound = parsed.message.messageId;
        const outbox = await insertOutboxMail(tx, {
          messageId,
          requestId,
          template: plan.reply,
          toAddress: plan.replyTo,
          fromAddress: deps.mailFrom,
          subject: mail.subject,
          inReplyTo: inbound,
          referencesHeader: inbound,
          headers: AUTOMATIC_REPLY_HEADERS,
          textBody: mail.text,
          htmlBody: mail.html,
          attachments,
        });
        outboxIds.push(outbox.id);
        await insertRequestEvent(tx, {
          requestId,
          type: 'mail-queued',
          actor: 'system',
          details: { template: plan.reply, to: plan.replyTo, messageId },
        });
      }
    }

    await tx.query(
      `UPDATE messages SET kind = $2, reason = $3, status = $4, parsed = $5::jsonb, request_id = coalesce($6, request_id) WHERE id = $1`,
      [messageRecordId, parsed.kind, parsed.reason ?? plan.note, status, JSON.stringify(parsed), requestId],
    );
    return { status, requestCode, outboxIds };
  });

  if (!result) return { status: 'already-done', kind: null, requestCode: null, outboxIds: [] };
  for (const id of result.outboxIds) await deps.enqueueMail(id);
  return { status: result.status, kind: parsed.kind, requestCode: result.requestCode, outboxIds: result.outboxIds };
}

/** RFC 3834 and the de-facto headers that keep auto-responders from answering our answers. */
export const AUTOMATIC_REPLY_HEADERS: Record<string, string> = {
  'Auto-Submitted': 'auto-replied',
  'X-Auto-Response-Suppress': 'All',
};

async function loadMessage(sql: SqlExecutor, id: string, forUpdate: boolean): Promise<MessageRow | null> {
  const { rows } = await sql.query<MessageRow>(
    `SELECT id, status, ${forUpdate ? 'NULL AS raw' : 'raw'}, message_id, received_at FROM messages WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

async function findReplyTarget(sql: SqlExecutor, parsed: ParsedMessage, threadIds: string[]): Promise<{ id: string; code: string } | null> {
  const code = findRequestCode(parsed.message.subject);
  if (code) {
    const request = await findRequestByCode(sql, code);
    if (request) return { id: request.id, code: request.code };
  }
  return findRequestByThread(sql, threadIds);
}
