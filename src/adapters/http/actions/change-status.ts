import { isRequestState, transition, type RequestEvent } from '../../../core/workflow/request-state.ts';
import type { Database } from '../../db/database.ts';
import { insertRequestEvent } from '../../db/request-events-repo.ts';
import { findRequestById, updateRequestStatus } from '../../db/requests-repo.ts';
import { statusLabel } from '../labels.ts';
import { fail, ok, type ActionResult } from './action-result.ts';

/** The state-machine events the secretariat applies from the detail page, with the button's label. */
export const STATUS_ACTIONS = {
  approve: 'Approva (pronta per l’assegnazione)',
  completed: 'Segna come completata',
  'mark-duplicate': 'Segna come duplicata',
  reject: 'Respingi',
  withdraw: 'Segna come ritirata',
  reopen: 'Riapri',
} as const satisfies Partial<Record<RequestEvent, string>>;
export type StatusAction = keyof typeof STATUS_ACTIONS;

export function isStatusAction(value: unknown): value is StatusAction {
  return typeof value === 'string' && Object.hasOwn(STATUS_ACTIONS, value);
}

/** Applies a state-machine event; refused when the machine does not allow it or the request changed meanwhile. */
export async function changeRequestStatus(
  db: Database,
  input: { requestId: string; action: StatusAction; actor: string; note?: string },
): Promise<ActionResult> {
  return db.transaction(async (tx) => {
    const request = await findRequestById(tx, input.requestId);
    if (!request) return fail('Richiesta non trovata.');
    if (!isRequestState(request.status)) return fail(`Stato sconosciuto: ${request.status}.`);
    if (input.action === 'approve' && request.missing.length > 0) {
      return fail('Mancano dati obbligatori: correggerli prima di approvare la richiesta.');
    }
    const result = transition(request.status, input.action);
    if (!result.ok) return fail(`Operazione non consentita per una richiesta nello stato «${statusLabel(request.status)}».`);
    const changed = await updateRequestStatus(tx, request.id, result.next, { from: request.status });
    if (!changed) return fail('La richiesta è stata modificata nel frattempo: ricaricare la pagina.');
    await insertRequestEvent(tx, {
      requestId: request.id,
      type: 'status-changed',
      actor: input.actor,
      details: { event: input.action, from: request.status, to: result.next, note: input.note || null },
    });
    return ok(`Stato aggiornato: ${statusLabel(result.next)}.`);
  });
}
