import type { SqlExecutor } from '../adapters/db/database.ts';
import { findOpenOffer } from '../adapters/db/assignments-repo.ts';
import { findRequestByCode, lockRequest, updateRequestDetails, type StoredRequest } from '../adapters/db/requests-repo.ts';
import { insertRequestEvent } from '../adapters/db/request-events-repo.ts';
import { findRequestCode } from '../core/message/classify-message.ts';
import { readMessage } from '../core/message/read-message.ts';
import { extractFromBody } from '../core/extract-form/extract-body.ts';
import { normalizeRequest } from '../core/normalize/normalize-request.ts';
import { findMissing } from '../core/validate-request.ts';
import { missingFieldLabels } from '../core/plan-intake.ts';
import type { LabRequest, ParsedMessage } from '../core/types.ts';
import { readExpertAnswer, ownLines } from '../core/workflow/expert-answer.ts';
import { mergeRequestFields } from '../core/workflow/merge-reply.ts';
import { answerOffer } from './answer-offer.ts';
import { queueMail } from './queue-mail.ts';
import { requestMailData } from './request-mail-data.ts';
import { transitionRequest } from './transition-request.ts';
import type { AfterCommit, WorkflowContext } from './workflow-context.ts';

export interface ReplyInput {
  parsed: ParsedMessage;
  raw: Buffer;
  threadIds: string[];
  messageRecordId: string;
}

export interface PlacedReply {
  requestId: string;
  requestCode: string;
  requestStatus: string;
}

/**
 * A reply on a known request. An expert's answer to an offer accepts or declines it; a Comune's
 * answer to "information missing" completes the request; anything else joins the timeline and
 * is flagged for the secretariat. Null: the reply could not be placed (it goes to review). A reply
 * never opens a second request.
 */
export async function handleReply(tx: SqlExecutor, ctx: WorkflowContext, after: AfterCommit, input: ReplyInput): Promise<PlacedReply | null> {
  const requestId = await findReplyTarget(tx, input);
  const request = requestId ? await lockRequest(tx, requestId) : null;
  if (!request) return null;
  const sender = input.parsed.message.from?.toLowerCase() ?? null;
  const ownText = ownLines((await readMessage(input.raw)).text ?? '').join('\n');
  const event = { messageRecordId: input.messageRecordId, from: sender, subject: input.parsed.message.subject };

  const expert = ctx.experts.find((e) => e.email.toLowerCase() === sender);
  if (expert) {
    const offer = await findOpenOffer(tx, request.id);
    const answer = readExpertAnswer(ownText);
    if (offer && offer.expertId === expert.id && answer) {
      await insertRequestEvent(tx, { requestId: request.id, type: 'expert-reply', actor: `expert:${expert.id}`, details: { ...event, answer } });
      await answerOffer(tx, ctx, after, { request, offer, action: answer, via: 'reply', actor: `expert:${expert.id}` });
    } else {
      await flagReply(tx, request, `expert:${expert.id}`, 'expert-reply', event);
    }
    return placed(request);
  }

  if (request.status === 'incomplete') {
    await completeRequest(tx, ctx, after, request, replyContent(input, ownText, sender, ctx), event);
  } else {
    await flagReply(tx, request, 'comune', 'reply-received', event);
  }
  return placed(request);
}

function placed(request: StoredRequest): PlacedReply {
  return { requestId: request.id, requestCode: request.code, requestStatus: request.status };
}

async function findReplyTarget(tx: SqlExecutor, input: ReplyInput): Promise<string | null> {
  const code = findRequestCode(input.parsed.message.subject);
  if (code) {
    const request = await findRequestByCode(tx, code);
    if (request) return request.id;
  }
  if (!input.threadIds.length) return null;
  const { rows } = await tx.query<{ request_id: string }>(
    'SELECT request_id FROM outbox WHERE message_id = ANY($1::text[]) AND request_id IS NOT NULL ORDER BY id DESC LIMIT 1',
    [input.threadIds],
  );
  return rows[0]?.request_id ?? null;
}

/** What the Comune's reply says: a new form attached wins; otherwise only the lines it wrote, not the quoted mail. */
function replyContent(input: ReplyInput, ownText: string, sender: string | null, ctx: WorkflowContext): LabRequest | null {
  if (input.parsed.form && input.parsed.form.source !== 'body') return input.parsed.request;
  const form = extractFromBody(ownText, null);
  return form ? normalizeRequest(form.fields, { catalog: ctx.catalog, senderEmail: sender }).request : null;
}

async function completeRequest(
  tx: SqlExecutor,
  ctx: WorkflowContext,
  after: AfterCommit,
  request: StoredRequest,
  update: LabRequest | null,
  event: Record<string, unknown>,
): Promise<void> {
  const { merged, changed } = update ? mergeRequestFields(request.data, update) : { merged: request.data, changed: [] };
  const missing = findMissing(merged);
  await updateRequestDetails(tx, request.id, {
    data: merged,
    missing,
    comuneName: merged.comune.name,
    comuneIstat: merged.comune.istat,
    province: merged.comune.province,
    region: merged.comune.region,
    labCodes: merged.labs.map((l) => l.code),
    contactEmail: merged.contact.email,
  });
  await insertRequestEvent(tx, { requestId: request.id, type: 'info-received', actor: 'comune', details: { ...event, changed, stillMissing: missing } });
  const updated = { ...request, data: merged, missing, comuneName: merged.comune.name, province: merged.comune.province, region: merged.comune.region };
  if (missing.length === 0) {
    await transitionRequest(tx, request, 'info-completed', 'comune', { changed });
    for (const kind of ['info-reminder', 'info-expire'] as const) after.add(() => ctx.queues.cancelFollowUp({ kind, requestId: request.id }));
    after.add(() => ctx.queues.enqueueAssign(request.id));
    return;
  }
  if (!request.replyTo) return;
  await queueMail(tx, ctx, after, {
    requestId: request.id,
    code: request.code,
    template: 'information-missing',
    to: request.replyTo,
    data: { ...requestMailData(updated, ctx, 'comune'), missingLabels: missingFieldLabels(missing) },
    discriminator: `r${String(event.messageRecordId)}`,
    attachments: [await ctx.blankForm()],
  });
}

async function flagReply(tx: SqlExecutor, request: StoredRequest, actor: string, type: string, details: Record<string, unknown>): Promise<void> {
  await insertRequestEvent(tx, { requestId: request.id, type, actor, details });
  await updateRequestDetails(tx, request.id, { needsReview: true });
}
