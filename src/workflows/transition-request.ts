import type { SqlExecutor } from '../adapters/db/database.ts';
import { jsonParam } from '../adapters/db/sql-values.ts';
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
  // the move and its event in one statement: the event is written only if the move happened
  const { rowCount } = await tx.query(
    `WITH moved AS (UPDATE requests SET status = $2, updated_at = now() WHERE id = $1 AND status = $3 RETURNING id)
     INSERT INTO request_events (request_id, type, actor, details) SELECT id, $4, $5, $6::jsonb FROM moved`,
    [request.id, result.next, request.status, result.record.type, result.record.actor, jsonParam(result.record.details)],
  );
  if (rowCount === 0) throw new IntakeError('stale-request', `request ${request.id} is no longer ${request.status}`, { retryable: true });
  request.status = result.next;
  return result.next;
}
