import { isRequestState, transition } from '../../../core/workflow/request-state.ts';
import type { Database } from '../../db/database.ts';
import { insertRequestEvent } from '../../db/request-events-repo.ts';
import { findRequestById } from '../../db/requests-repo.ts';
import type { ExpertChoice } from '../experts.ts';
import { statusLabel } from '../labels.ts';
import { fail, ok, type ActionResult } from './action-result.ts';

/** Assigns (or reassigns) an expert by hand: the request becomes `assigned` through the state machine. */
export async function assignExpert(
  db: Database,
  input: { requestId: string; expertId: string; experts: ExpertChoice[]; actor: string },
): Promise<ActionResult> {
  const expert = input.experts.find((e) => e.id === input.expertId);
  if (!expert) return fail('Esperto sconosciuto.');
  return db.transaction(async (tx) => {
    const request = await findRequestById(tx, input.requestId);
    if (!request) return fail('Richiesta non trovata.');
    if (!isRequestState(request.status)) return fail(`Stato sconosciuto: ${request.status}.`);
    const result = transition(request.status, 'assign-manually');
    if (!result.ok) return fail(`Non si può assegnare un esperto a una richiesta nello stato «${statusLabel(request.status)}».`);
    const { rows } = await tx.query<{ previous: string | null }>(
      `UPDATE requests r SET expert_id = $2, status = $3, updated_at = now()
         FROM (SELECT expert_id AS previous FROM requests WHERE id = $1 AND status = $4 FOR UPDATE) old
        WHERE r.id = $1 AND r.status = $4
        RETURNING old.previous`,
      [request.id, expert.id, result.next, request.status],
    );
    if (rows.length === 0) return fail('La richiesta è stata modificata nel frattempo: ricaricare la pagina.');
    const previous = rows[0]?.previous ?? null;
    await insertRequestEvent(tx, {
      requestId: request.id,
      type: 'expert-assigned',
      actor: input.actor,
      details: {
        expertId: expert.id,
        expertName: expert.name,
        previousExpertId: previous,
        previousExpertName: input.experts.find((e) => e.id === previous)?.name ?? null,
        from: request.status,
        to: result.next,
      },
    });
    return ok(previous && previous !== expert.id ? `Richiesta riassegnata a ${expert.name}.` : `Richiesta assegnata a ${expert.name}.`);
  });
}
