import type { SqlExecutor } from '../adapters/db/database.ts';
import { closeOffer, type Assignment } from '../adapters/db/assignments-repo.ts';
import { setRequestExpert, type StoredRequest } from '../adapters/db/requests-repo.ts';
import type { Actor } from '../core/workflow/request-state.ts';
import { queueMail } from './queue-mail.ts';
import { expertMailData, requestMailData } from './request-mail-data.ts';
import { transitionRequest } from './transition-request.ts';
import type { AfterCommit, WorkflowContext } from './workflow-context.ts';

export interface OfferAnswer {
  request: StoredRequest;
  offer: Assignment;
  action: 'accept' | 'decline';
  via: 'reply' | 'link' | 'secretariat';
  actor: Actor;
}

/**
 * An expert's answer to an offer, by reply or by signed link. Accepting assigns the request and
 * tells the Comune and the expert; declining sends the request on to the next eligible expert.
 * An offer already answered or expired changes nothing (false).
 */
export async function answerOffer(tx: SqlExecutor, ctx: WorkflowContext, after: AfterCommit, answer: OfferAnswer): Promise<boolean> {
  const { request, offer } = answer;
  if (!(await closeOffer(tx, offer.id, answer.action === 'accept' ? 'accepted' : 'declined', answer.via))) return false;
  for (const kind of ['offer-reminder', 'offer-timeout'] as const) {
    after.add(() => ctx.queues.cancelFollowUp({ kind, requestId: request.id, assignmentId: offer.id }));
  }
  const expert = ctx.experts.find((e) => e.id === offer.expertId);
  if (answer.action === 'decline') {
    await transitionRequest(tx, request, 'offer-declined', answer.actor, { expertId: offer.expertId, via: answer.via });
    after.add(() => ctx.queues.enqueueAssign(request.id));
    return true;
  }
  await setRequestExpert(tx, request.id, offer.expertId);
  await transitionRequest(tx, request, 'offer-accepted', answer.actor, { expertId: offer.expertId, via: answer.via });
  if (!expert) return true;
  const data = { ...requestMailData(request, ctx), expert: expertMailData(expert) };
  if (request.replyTo) {
    const forComune = { ...requestMailData(request, ctx, 'comune'), expert: expertMailData(expert) };
    await queueMail(tx, ctx, after, { requestId: request.id, code: request.code, template: 'assignment-confirmed', to: request.replyTo, data: forComune, discriminator: `a${offer.id}` });
  }
  await queueMail(tx, ctx, after, { requestId: request.id, code: request.code, template: 'assignment-accepted-expert', to: expert.email, data, discriminator: `a${offer.id}` });
  return true;
}
