import { isRequestState, transition } from '../../../core/workflow/request-state.ts';
import type { Database } from '../../db/database.ts';
import { insertRequestEvent } from '../../db/request-events-repo.ts';
import { findRequestById } from '../../db/requests-repo.ts';
import { fail, ok, type ActionResult } from './action-result.ts';

const MAX_DATES = 20;

/** `YYYY-MM-DD` dates separated by commas, spaces or new lines, sorted and deduplicated; a string is an error. */
export function parseLabDates(text: string): string[] | string {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (parts.length > MAX_DATES) return `Al massimo ${MAX_DATES} date.`;
  for (const part of parts) {
    const date = new Date(`${part}T12:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(part) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== part) {
      return `Data non valida: ${part} (formato AAAA-MM-GG).`;
    }
  }
  return [...new Set(parts)].sort();
}

/** Stores the lab's dates; an assigned request becomes scheduled when the state machine allows it. */
export async function setLabDates(db: Database, input: { requestId: string; datesText: string; actor: string }): Promise<ActionResult> {
  const dates = parseLabDates(input.datesText);
  if (typeof dates === 'string') return fail(dates);
  return db.transaction(async (tx) => {
    const request = await findRequestById(tx, input.requestId);
    if (!request) return fail('Richiesta non trovata.');
    const step = isRequestState(request.status) && dates.length > 0 ? transition(request.status, 'dates-set') : null;
    const nextStatus = step?.ok ? step.next : request.status;
    await tx.query('UPDATE requests SET lab_dates = $2::jsonb, status = $3, updated_at = now() WHERE id = $1', [
      request.id,
      JSON.stringify(dates),
      nextStatus,
    ]);
    await insertRequestEvent(tx, {
      requestId: request.id,
      type: 'lab-dates-set',
      actor: input.actor,
      details: { dates, from: request.status, to: nextStatus },
    });
    return ok(dates.length ? `Date del laboratorio salvate (${dates.length}).` : 'Date del laboratorio cancellate.');
  });
}
