import { closeOffer, findOpenOffer, insertManualAssignment } from '../adapters/db/assignments-repo.ts';
import { lockRequest } from '../adapters/db/requests-repo.ts';
import { queueMail } from './queue-mail.ts';
import { expertMailData, requestMailData } from './request-mail-data.ts';
import { inTransaction, type WorkflowContext } from './workflow-context.ts';

/**
 * After the secretariat assigned an expert by hand (the dashboard already moved the request): an
 * open offer to another expert is withdrawn, and the Comune and the expert are told, as when an
 * expert accepts an offer.
 */
export async function notifyManualAssignment(ctx: WorkflowContext, requestId: string, expertId: string): Promise<void> {
  await inTransaction(ctx.db, async (tx, after) => {
    const request = await lockRequest(tx, requestId);
    if (!request || request.status !== 'assigned') return;
    const open = await findOpenOffer(tx, requestId);
    if (open) {
      await closeOffer(tx, open.id, 'cancelled', 'secretariat');
      for (const kind of ['offer-reminder', 'offer-timeout'] as const) after.add(() => ctx.queues.cancelFollowUp({ kind, requestId, assignmentId: open.id }));
    }
    const assignment = await insertManualAssignment(tx, { requestId, expertId });
    const expert = ctx.experts.find((e) => e.id === expertId);
    if (!expert) return;
    if (request.replyTo) {
      const forComune = { ...requestMailData(request, ctx, 'comune'), expert: expertMailData(expert) };
      await queueMail(tx, ctx, after, { requestId, code: request.code, template: 'assignment-confirmed', to: request.replyTo, data: forComune, discriminator: `a${assignment.id}` });
    }
    const forExpert = { ...requestMailData(request, ctx), expert: expertMailData(expert) };
    await queueMail(tx, ctx, after, { requestId, code: request.code, template: 'assignment-accepted-expert', to: expert.email, data: forExpert, discriminator: `a${assignment.id}` });
  });
}
