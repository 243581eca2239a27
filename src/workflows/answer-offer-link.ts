import { findOpenOffer } from '../adapters/db/assignments-repo.ts';
import { lockRequest } from '../adapters/db/requests-repo.ts';
import { verifyLink } from '../core/workflow/signed-link.ts';
import { answerOffer } from './answer-offer.ts';
import { inTransaction, type WorkflowContext } from './workflow-context.ts';

export type LinkOutcome =
  | { outcome: 'accepted' | 'declined'; code: string }
  | { outcome: 'invalid' | 'expired' | 'no-longer-open'; code: string | null };

/** What an accept/decline link shows before the expert confirms (GET must not change anything: mail scanners follow links). */
export async function describeOfferLink(ctx: WorkflowContext, token: string): Promise<{ valid: boolean; action: 'accept' | 'decline' | null; code: string | null; error: string | null }> {
  const check = verifyLink(token, ctx.secret, ctx.now());
  if (!check.ok) return { valid: false, action: null, code: null, error: check.error };
  const { rows } = await ctx.db.query<{ code: string }>('SELECT code FROM requests WHERE id = $1', [check.payload.requestId]);
  return { valid: Boolean(rows[0]), action: check.payload.action, code: rows[0]?.code ?? null, error: rows[0] ? null : 'link-unknown-request' };
}

/** The expert confirmed the link's action (a POST): accept or decline the open offer it names. */
export async function answerOfferByLink(ctx: WorkflowContext, token: string): Promise<LinkOutcome> {
  const check = verifyLink(token, ctx.secret, ctx.now());
  if (!check.ok) return { outcome: check.error === 'link-expired' ? 'expired' : 'invalid', code: null };
  const { requestId, expertId, action } = check.payload;
  const result = await inTransaction(ctx.db, async (tx, after): Promise<LinkOutcome> => {
    const request = await lockRequest(tx, requestId);
    if (!request) return { outcome: 'invalid', code: null };
    const offer = await findOpenOffer(tx, requestId);
    if (!offer || offer.expertId !== expertId) return { outcome: 'no-longer-open', code: request.code };
    await answerOffer(tx, ctx, after, { request, offer, action, via: 'link', actor: `expert:${expertId}` });
    return { outcome: action === 'accept' ? 'accepted' : 'declined', code: request.code };
  });
  return result;
}

/** The two link operations, bound to a workflow context, as the web app takes them. */
export function offerLinksFor(ctx: WorkflowContext) {
  return {
    describe: (token: string) => describeOfferLink(ctx, token),
    answer: (token: string) => answerOfferByLink(ctx, token),
  };
}
