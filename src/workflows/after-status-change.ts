import { findRequestById } from '../adapters/db/requests-repo.ts';
import { delayMs } from '../core/workflow/working-days.ts';
import { queueMail } from './queue-mail.ts';
import { requestMailData } from './request-mail-data.ts';
import { inTransaction, type WorkflowContext } from './workflow-context.ts';

const CLOSED_OUTCOMES = { reject: 'rejected', withdraw: 'withdrawn', 'mark-duplicate': 'duplicate' } as const;

/**
 * What follows a status the secretariat set by hand: an approved request goes to assignment at
 * once, a completed lab brings the feedback request after `feedbackAfterDays`, a closed request
 * tells the Comune why.
 */
export async function afterStatusChange(ctx: WorkflowContext, requestId: string, action: string, note: string | null): Promise<void> {
  if (action === 'approve') return ctx.queues.enqueueAssign(requestId);
  if (action === 'completed') {
    return ctx.queues.scheduleFollowUp({ kind: 'feedback', requestId }, delayMs(ctx.now(), ctx.workflow.feedbackAfterDays, ctx.workflow));
  }
  const outcome = CLOSED_OUTCOMES[action as keyof typeof CLOSED_OUTCOMES];
  if (!outcome) return;
  await inTransaction(ctx.db, async (tx, after) => {
    const request = await findRequestById(tx, requestId);
    if (!request?.replyTo || request.status !== outcome) return;
    await queueMail(tx, ctx, after, {
      requestId,
      code: request.code,
      template: 'request-closed',
      to: request.replyTo,
      data: { ...requestMailData(request, ctx, 'comune'), outcome, note },
      discriminator: outcome,
    });
  });
}
