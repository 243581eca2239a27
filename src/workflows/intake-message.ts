import type { SqlExecutor } from '../adapters/db/database.ts';
import { insertRequest } from '../adapters/db/requests-repo.ts';
import { bufferFromBytea } from '../adapters/db/sql-values.ts';
import { IntakeError } from '../core/errors.ts';
import { unreadableAttachmentsIn } from '../core/message/attachment-unreadable-warning.ts';
import { missingFieldLabels, planIntake, withholdReply } from '../core/plan-intake.ts';
import type { ReplyGuard } from '../adapters/rate-limit/reply-guard.ts';
import { peekHeaders } from '../core/peek-headers.ts';
import type { ParsedMessage } from '../core/types.ts';
import { isEligibleRegion } from '../core/workflow/eligibility-config.ts';
import { delayMs } from '../core/workflow/working-days.ts';
import { handleReply } from './handle-reply.ts';
import { queueMail } from './queue-mail.ts';
import { requestMailData } from './request-mail-data.ts';
import { transitionRequest } from './transition-request.ts';
import { inTransaction, type WorkflowContext } from './workflow-context.ts';

export interface IntakeOutcome {
  status: 'processed' | 'ignored' | 'needs-review' | 'already-done';
  kind: ParsedMessage['kind'] | null;
  requestCode: string | null;
  requestStatus: string | null;
}

interface MessageRow {
  id: string;
  status: string;
}

/**
 * The worker's half of the intake: parse a stored message and, in one transaction, record what it
 * is, open the request (or place the reply) with its events, and queue the answers (transactional
 * outbox). Running it twice for the same message changes nothing: the message's status says it is done.
 */
export async function intakeMessage(ctx: WorkflowContext, messageRecordId: string, replyGuard?: ReplyGuard): Promise<IntakeOutcome> {
  const pending = await readPendingMessage(ctx.db, messageRecordId);
  if (!pending) {
    if (!(await loadMessage(ctx.db, messageRecordId))) throw new IntakeError('message-not-found', `no message record ${messageRecordId}`);
    return { status: 'already-done', kind: null, requestCode: null, requestStatus: null };
  }
  const { raw, receivedAt } = pending;
  const parsed = await ctx.parse(raw);
  const planned = planIntake(parsed, { ownAddresses: ctx.ownAddresses, answersTo: ctx.workflow.answersTo });
  // a spoofed sender or a reply limit reached: the request is opened, but nobody is answered
  const guardWarnings = planned.reply && planned.replyTo && replyGuard ? await replyGuard.check({ raw, messageRecordId, recipient: planned.replyTo, now: ctx.now() }) : [];
  const plan = withholdReply(planned, guardWarnings);
  // the blank form goes with every answer that asks the Comune for what its form should have said
  const asksForForm = plan.reply === 'information-missing' || (plan.reply === 'attachment-unreadable' && parsed.missing.length > 0);
  const attachments = asksForForm ? [await ctx.blankForm()] : [];
  const threadIds = peekHeaders(raw).threadIds;

  const result = await inTransaction(ctx.db, async (tx, after) => {
    let status: IntakeOutcome['status'] = plan.status;
    let requestId: string | null = null;
    let requestCode: string | null = null;
    let requestStatus: string | null = null;

    if (parsed.kind === 'reply') {
      const placed = await handleReply(tx, ctx, after, { parsed, raw, threadIds, messageRecordId });
      if (placed) {
        ({ requestId, requestCode, requestStatus } = placed);
      } else {
        status = 'needs-review';
      }
    } else if (plan.createRequest) {
      const request = parsed.request;
      const outsideProgramme = request.comune.region !== null && !isEligibleRegion(request.comune.region, ctx.eligibility);
      const warnings = [...parsed.warnings, ...guardWarnings, ...(outsideProgramme ? [`outside-programme: ${request.comune.region}`] : [])];
      const needsReview = plan.needsReview || outsideProgramme;
      const stored = await insertRequest(tx, {
        status: 'received',
        sourceMessageId: messageRecordId,
        createdAt: receivedAt,
        comuneName: request.comune.name,
        comuneIstat: request.comune.istat,
        province: request.comune.province,
        region: request.comune.region,
        labCodes: request.labs.map((l) => l.code),
        contactEmail: request.contact.email,
        replyTo: plan.replyTo,
        needsReview,
        data: request,
        missing: parsed.missing,
        warnings,
      }, {
        type: 'received',
        actor: 'comune',
        details: { messageRecordId, from: parsed.message.from, subject: parsed.message.subject, source: parsed.form?.source ?? null, note: plan.note },
      });
      requestId = stored.id;
      requestCode = stored.code;
      const event = needsReview ? 'flagged-for-review' : parsed.missing.length ? 'parsed-incomplete' : 'parsed-complete';
      requestStatus = await transitionRequest(tx, stored, event, 'system', needsReview ? { reasons: warnings } : { missing: parsed.missing });
      if (needsReview) status = 'needs-review';

      if (plan.reply && plan.replyTo) {
        const mailData = requestMailData(stored, ctx, 'comune');
        await queueMail(tx, ctx, after, {
          requestId,
          code: stored.code,
          template: plan.reply,
          to: plan.replyTo,
          data: { ...mailData, missingLabels: missingFieldLabels(parsed.missing), unreadable: unreadableAttachmentsIn(parsed.warnings) },
          inReplyTo: parsed.message.messageId,
          references: parsed.message.messageId ? [parsed.message.messageId] : [],
          attachments,
        });
      }
      if (requestStatus === 'ready') after.add(() => ctx.queues.enqueueAssign(stored.id));
      const enqueueOcr = ctx.queues.enqueueOcr?.bind(ctx.queues);
      // a form that came as a scan is read with OCR in its own queue; the request waits in review meanwhile
      if (enqueueOcr && parsed.warnings.some((warning) => warning.startsWith('scanned-document:'))) after.add(() => enqueueOcr(stored.id));
      if (requestStatus === 'needs-review') {
        after.add(() => ctx.queues.scheduleFollowUp({ kind: 'escalation', requestId: stored.id }, delayMs(ctx.now(), ctx.workflow.escalationDays, ctx.workflow)));
      }
      if (requestStatus === 'incomplete') {
        const now = ctx.now();
        after.add(() => ctx.queues.scheduleFollowUp({ kind: 'info-reminder', requestId: stored.id }, delayMs(now, ctx.workflow.infoReminderDays, ctx.workflow)));
        after.add(() => ctx.queues.scheduleFollowUp({ kind: 'info-expire', requestId: stored.id }, delayMs(now, ctx.workflow.infoExpireDays, ctx.workflow)));
      }
    }

    // the message is locked only here, at the end: if another worker handled it meanwhile, all of the above rolls back
    const { rowCount } = await tx.query(
      `UPDATE messages SET kind = $2, reason = $3, status = $4, parsed = $5::jsonb, request_id = coalesce($6, request_id) WHERE id = $1 AND status = 'received'`,
      [messageRecordId, parsed.kind, parsed.reason ?? plan.note, status, JSON.stringify(parsed), requestId],
    );
    if (rowCount === 0) throw new HandledMeanwhile();
    return { status, requestCode, requestStatus };
  }).catch((error: unknown) => {
    if (error instanceof HandledMeanwhile) return null;
    throw error;
  });

  if (!result) return { status: 'already-done', kind: null, requestCode: null, requestStatus: null };
  return { ...result, kind: parsed.kind };
}

/** Thrown inside the transaction to roll it back: another worker handled the message first. */
class HandledMeanwhile extends Error {}

async function loadMessage(sql: SqlExecutor, id: string): Promise<MessageRow | null> {
  const { rows } = await sql.query<MessageRow>(`SELECT id, status FROM messages WHERE id = $1`, [id]);
  return rows[0] ?? null;
}

/** The raw message while it still waits for the intake; null when it is gone or already handled. */
async function readPendingMessage(sql: SqlExecutor, id: string): Promise<{ raw: Buffer; receivedAt: Date } | null> {
  // binary results: the bytea comes as bytes, and the time as text (binary results are for bytea and text only)
  const { rows } = await sql.query<{ raw: unknown; received_ms: string }>(
    `SELECT raw, (extract(epoch FROM received_at) * 1000)::bigint::text AS received_ms FROM messages WHERE id = $1 AND status = 'received'`,
    [id],
    { binary: true },
  );
  if (!rows[0]) return null;
  return { raw: bufferFromBytea(rows[0].raw) ?? Buffer.alloc(0), receivedAt: new Date(Number(rows[0].received_ms)) };
}
