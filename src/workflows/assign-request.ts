import { assignmentContext, insertOffer } from '../adapters/db/assignments-repo.ts';
import { lockRequest, updateRequestDetails } from '../adapters/db/requests-repo.ts';
import type { OutboxAttachment } from '../adapters/db/outbox-repo.ts';
import { bufferFromBytea } from '../adapters/db/sql-values.ts';
import { chooseExpert } from '../core/workflow/assign-expert.ts';
import { signLink } from '../core/workflow/signed-link.ts';
import { addWorkingDays, delayMs } from '../core/workflow/working-days.ts';
import { queueMail } from './queue-mail.ts';
import { expertMailData, requestMailData } from './request-mail-data.ts';
import { transitionRequest } from './transition-request.ts';
import { inTransaction, type WorkflowContext } from './workflow-context.ts';

/** The largest original message attached to an offer; bigger ones stay on the dashboard. */
const MAX_ORIGINAL_BYTES = 10 * 1024 * 1024;
/** Links stay valid a while after the deadline: a late "yes" still lands if nobody else was asked. */
const LINK_GRACE_MS = 7 * 24 * 3600 * 1000;

export type AssignOutcome = 'offered' | 'no-expert' | 'skipped';

/**
 * Offers a ready request to the best eligible expert (lab, region, load, round robin) with a
 * deadline, or — nobody eligible — sends it to the secretariat for manual assignment.
 */
export async function assignRequest(ctx: WorkflowContext, requestId: string): Promise<AssignOutcome> {
  const outcome = await inTransaction(ctx.db, async (tx, after): Promise<AssignOutcome> => {
    const request = await lockRequest(tx, requestId);
    if (!request || request.status !== 'ready') return 'skipped';
    const known = await assignmentContext(tx, requestId);
    if (known.hasOpenOffer) return 'skipped';
    const now = ctx.now();
    const choice = chooseExpert(
      { labs: request.data.labs, area: request.data.area, region: request.region },
      ctx.experts,
      known.loads,
      { excluded: known.excluded, now, roundRobinCursor: known.lastOffered },
    );
    const data = requestMailData(request, ctx);
    if (!choice.expert) {
      await transitionRequest(tx, request, 'no-expert', 'system', { reason: choice.reason });
      await updateRequestDetails(tx, request.id, { needsReview: true });
      const considered = ctx.experts.filter((e) => choice.candidates.includes(e.id)).map((e) => ({ name: e.name, reasonIt: 'già interpellato o non disponibile' }));
      await queueMail(tx, ctx, after, {
        requestId: request.id,
        code: request.code,
        template: 'no-expert-available',
        to: ctx.secretariatEmail,
        data: { ...data, candidates: considered, reasonIt: choice.reasonIt, dashboardUrl: `${ctx.publicUrl}/richieste/${request.code}` },
        discriminator: `n${known.excluded.length}`,
      });
      after.add(() => ctx.queues.scheduleFollowUp({ kind: 'escalation', requestId }, delayMs(now, ctx.workflow.escalationDays, ctx.workflow)));
      return 'no-expert';
    }
    const expert = choice.expert;
    const answerBy = ctx.workflow.testSecondsPerDay
      ? new Date(now.getTime() + delayMs(now, ctx.workflow.offerTimeoutDays, ctx.workflow))
      : addWorkingDays(now, ctx.workflow.offerTimeoutDays);
    const offer = await insertOffer(tx, { requestId, expertId: expert.id, labCode: choice.labCode, answerBy });
    await transitionRequest(tx, request, 'offer-sent', 'system', { expertId: expert.id, labCode: choice.labCode, reason: choice.reason, answerBy });
    const exp = Math.floor((answerBy.getTime() + LINK_GRACE_MS) / 1000);
    const link = (action: 'accept' | 'decline') => `${ctx.publicUrl}/incarico/${signLink({ requestId, expertId: expert.id, action, exp }, ctx.secret)}`;
    const original = await originalMessage(tx, request.sourceMessageId);
    await queueMail(tx, ctx, after, {
      requestId,
      code: request.code,
      template: 'offer-to-expert',
      to: expert.email,
      data: { ...data, expert: expertMailData(expert), answerBy, acceptUrl: link('accept'), declineUrl: link('decline'), originalFormAttached: original !== null },
      discriminator: `a${offer.id}`,
      attachments: original ? [original] : [],
    });
    after.add(() => ctx.queues.scheduleFollowUp({ kind: 'offer-reminder', requestId, assignmentId: offer.id }, delayMs(now, ctx.workflow.offerReminderDays, ctx.workflow)));
    after.add(() => ctx.queues.scheduleFollowUp({ kind: 'offer-timeout', requestId, assignmentId: offer.id }, Math.max(0, answerBy.getTime() - now.getTime())));
    return 'offered';
  });
  return outcome;
}

async function originalMessage(tx: Parameters<typeof lockRequest>[0], messageRecordId: string | null): Promise<OutboxAttachment | null> {
  if (!messageRecordId) return null;
  // a message too big to attach is not even read
  const { rows } = await tx.query<{ raw: unknown }>('SELECT raw FROM messages WHERE id = $1 AND octet_length(raw) <= $2', [messageRecordId, MAX_ORIGINAL_BYTES], { binary: true });
  const raw = bufferFromBytea(rows[0]?.raw);
  if (!raw) return null;
  return { name: 'richiesta-originale.eml', contentType: 'message/rfc822', base64: raw.toString('base64') };
}
