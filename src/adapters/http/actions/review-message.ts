import type { LabRequest } from '../../../core/types.ts';
import { findMissing } from '../../../core/validate-request.ts';
import { emptyLabRequest } from '../../../core/parse-message.ts';
import type { Database } from '../../db/database.ts';
import { findMessageById, setMessageRequest, setMessageStatus } from '../../db/messages-repo.ts';
import { insertRequestEvent } from '../../db/request-events-repo.ts';
import { insertRequest } from '../../db/requests-repo.ts';
import { insertAuditEntry } from '../../db/web-audit-repo.ts';
import { fail, ok, type ActionResult } from './action-result.ts';

// `failed`: the intake gave up on it (unreadable, too big, too slow to parse); a person decides instead
const AWAITING_REVIEW = new Set(['needs-review', 'failed']);

function requestOf(parsed: unknown): { request: LabRequest; warnings: string[] } {
  const p = parsed as { request?: LabRequest; warnings?: unknown } | null;
  const request = p?.request && typeof p.request === 'object' && p.request.comune && p.request.contact ? p.request : emptyLabRequest();
  const warnings = Array.isArray(p?.warnings) ? p.warnings.filter((w): w is string => typeof w === 'string') : [];
  return { request, warnings };
}

/** The secretariat looked at a message and decided it needs nothing. */
export async function dismissMessage(db: Database, input: { messageId: string; actor: string }): Promise<ActionResult> {
  return db.transaction(async (tx) => {
    const message = await findMessageById(tx, input.messageId);
    if (!message || !AWAITING_REVIEW.has(message.status)) return fail('Messaggio non trovato o già gestito.');
    await setMessageStatus(tx, message.id, 'ignored', `dismissed by ${input.actor}`);
    await insertAuditEntry(tx, { actor: input.actor, action: 'message-dismissed', target: `message:${message.id}` });
    return ok('Messaggio archiviato senza azioni.');
  });
}

/** Turns a message awaiting review into a request (no acknowledgement is sent); returns its code in the notice. */
export async function createRequestFromMessage(
  db: Database,
  input: { messageId: string; actor: string },
): Promise<ActionResult & { code?: string }> {
  return db.transaction(async (tx) => {
    const message = await findMessageById(tx, input.messageId);
    if (!message || !AWAITING_REVIEW.has(message.status)) return fail('Messaggio non trovato o già gestito.');
    const { request, warnings } = requestOf(message.parsed);
    const missing = findMissing(request);
    const created = await insertRequest(tx, {
      status: missing.length ? 'incomplete' : 'ready',
      sourceMessageId: message.id,
      createdAt: message.receivedAt,
      comuneName: request.comune.name,
      comuneIstat: request.comune.istat,
      province: request.comune.province,
      region: request.comune.region,
      labCodes: request.labs.map((l) => l.code),
      contactEmail: request.contact.email,
      replyTo: request.contact.email ?? message.fromAddress,
      needsReview: false,
      data: request,
      missing,
      warnings,
    });
    await setMessageRequest(tx, message.id, created.id);
    await setMessageStatus(tx, message.id, 'processed', `request created by ${input.actor}`);
    await insertRequestEvent(tx, {
      requestId: created.id,
      type: 'created-from-message',
      actor: input.actor,
      details: { messageRecordId: message.id, from: message.fromAddress, subject: message.subject },
    });
    return { ...ok(`Creata la richiesta ${created.code}.`), code: created.code };
  });
}
