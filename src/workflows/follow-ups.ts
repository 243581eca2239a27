import { closeOffer, findAssignment, markOfferReminded } from '../adapters/db/assignments-repo.ts';
import { lockRequest } from '../adapters/db/requests-repo.ts';
import { missingFieldLabels } from '../core/plan-intake.ts';
import { STATE_LABELS_IT, type RequestState } from '../core/workflow/request-state.ts';
import { queueMail } from './queue-mail.ts';
import { expertMailData, requestMailData } from './request-mail-data.ts';
import { transitionRequest } from './transition-request.ts';
import { inTransaction, type FollowUpJob, type WorkflowContext } from './workflow-context.ts';

/**
 * A follow-up that comes due: it acts only if what it waited for has not happened meanwhile (the
 * offer is still open, the request still incomplete), so a late or duplicate job changes nothing.
 */
export async function runFollowUp(ctx: WorkflowContext, job: FollowUpJob): Promise<string> {
  const outcome = await inTransaction(ctx.db, async (tx, after) => {
    const request = await lockRequest(tx, job.requestId);
    if (!request) return 'gone';
    if (job.kind === 'offer-reminder' || job.kind === 'offer-timeout') {
      const offer = job.assignmentId ? await findAssignment(tx, job.assignmentId) : null;
      if (!offer || offer.status !== 'offered') return 'answered';
      if (request.status !== 'offered') {
        // the secretariat moved the request on by hand: the offer is void
        await closeOffer(tx, offer.id, 'cancelled', 'superseded');
        return 'superseded';
      }
      const expert = ctx.experts.find((e) => e.id === offer.expertId);
      if (job.kind === 'offer-reminder') {
        if (!expert || !(await markOfferReminded(tx, offer.id))) return 'skipped';
        await queueMail(tx, ctx, after, {
          requestId: request.id,
          code: request.code,
          template: 'offer-reminder',
          to: expert.email,
          data: { ...requestMailData(request, ctx), expert: expertMailData(expert), answerBy: offer.answerBy, offeredAt: offer.offeredAt, originalFormAttached: false },
          discriminator: `a${offer.id}`,
        });
        return 'reminded';
      }
      await closeOffer(tx, offer.id, 'expired', 'timeout');
      await transitionRequest(tx, request, 'offer-expired', 'system', { expertId: offer.expertId });
      after.add(() => ctx.queues.enqueueAssign(request.id));
      return 'expired';
    }
    if (job.kind === 'feedback') {
      if (request.status !== 'completed' || !request.replyTo) return 'skipped';
      const { rows } = await tx.query<{ expert_id: string | null }>('SELECT expert_id FROM requests WHERE id = $1', [request.id]);
      const expert = ctx.experts.find((e) => e.id === rows[0]?.expert_id);
      await queueMail(tx, ctx, after, {
        requestId: request.id,
        code: request.code,
        template: 'closing-feedback',
        to: request.replyTo,
        data: { ...requestMailData(request, ctx, 'comune'), expert: expert ? expertMailData(expert) : null },
      });
      return 'feedback-requested';
    }
    if (job.kind === 'escalation') {
      // still on the secretariat's desk, or ready with nobody to offer it to
      if (request.status !== 'needs-review' && request.status !== 'ready') return 'moved-on';
      await queueMail(tx, ctx, after, {
        requestId: request.id,
        code: request.code,
        template: 'escalation',
        to: ctx.secretariatEmail,
        data: {
          ...requestMailData(request, ctx),
          reasonIt: request.status === 'ready' ? 'La richiesta è pronta ma non è stata proposta ad alcun esperto.' : 'La richiesta attende una verifica della segreteria.',
          stuckSince: request.updatedAt,
          statusIt: STATE_LABELS_IT[request.status as RequestState] ?? request.status,
          dashboardUrl: `${ctx.publicUrl}/richieste/${request.code}`,
        },
        discriminator: `e${request.updatedAt.getTime()}`,
      });
      return 'escalated';
    }
    if (request.status !== 'incomplete') return 'completed';
    if (job.kind === 'info-expire') {
      await transitionRequest(tx, request, 'expire', 'system', { missing: request.missing });
      return 'expired';
    }
    if (!request.replyTo) return 'skipped';
    await queueMail(tx, ctx, after, {
      requestId: request.id,
      code: request.code,
      template: 'info-reminder',
      to: request.replyTo,
      data: { ...requestMailData(request, ctx, 'comune'), missingLabels: missingFieldLabels(request.missing), requestedAt: request.createdAt },
      attachments: [await ctx.blankForm()],
    });
    return 'reminded';
  });
  return outcome;
}
