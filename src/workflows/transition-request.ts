import type { SqlExecutor } from '../adapters/db/database.ts';
import { insertRequestEvent } from '../adapters/db/request-events-repo.ts';
import { IntakeError } from '../core/errors.ts';
import { applyEvent, type Actor, type RequestEvent, type RequestState } from '../core/workflow/request-state.ts';

/**
 * Moves a request through the state machine inside a transaction and records the event. Refuses an
 * illegal move, and a request whose status changed since it was read (another worker got there first).
 */
export async function transitionRequest(
  tx: SqlExecutor,
  request: { id: string; status: string },
  event: RequestEvent,
  actor: Actor,
  details: Record<string, unknown> = {},
): Promise<RequestState> {
  const result = applyEvent(request.status as RequestState, event, actor, details);
  if (!result.ok) throw new IntakeError('illegal-transition', result.error);
  const { rowCount } = await tx.query('UPDATE requests SET status = $2, updated_at = now() WHERE id = $1 AND status = $3', [request.id, result.next, request.status]);
  if (rowCount === 0) throw new IntakeError('stale-request', `request ${request.id} is no longer ${request.status}`, { retryable: true });
  await insertRequestEvent(tx, { requestId: request.id, type: result.record.type, actor: result.record.actor, details: result.record.details });
  request.status = result.next;
  return result.next;
}
