import type { Database } from '../../db/database.ts';
import { findOutboxById, insertOutboxMail } from '../../db/outbox-repo.ts';
import { insertRequestEvent } from '../../db/request-events-repo.ts';
import { fail, ok, type ActionResult } from './action-result.ts';

/** `<local@domain>` → `<local.resend-N@domain>`: the Nth copy always gets the same id. */
export function resendMessageId(original: string, copyNumber: number): string {
  const bare = original.replace(/^<|>$/g, '');
  const at = bare.lastIndexOf('@');
  const local = (at > 0 ? bare.slice(0, at) : bare).replace(/\.resend-\d+$/, '');
  const domain = at > 0 ? bare.slice(at + 1) : 'cap4city.local';
  return `<${local}.resend-${copyNumber}@${domain}>`;
}

/**
 * Queues a copy of an outgoing mail (same content, new Message-ID, status pending) and records it;
 * `enqueue` runs after the commit (the stranded-work sweep sends it anyway if enqueueing fails).
 */
export async function resendMail(
  db: Database,
  input: { requestId: string; outboxId: string; actor: string; enqueue: ((outboxId: string) => Promise<void>) | null },
): Promise<ActionResult> {
  if (!/^\d{1,18}$/.test(input.outboxId)) return fail('E-mail non trovata per questa richiesta.');
  const created = await db.transaction(async (tx) => {
    const original = await findOutboxById(tx, input.outboxId);
    if (!original || original.requestId !== input.requestId) return null;
    const base = resendMessageId(original.messageId, 0).replace(/\.resend-0@.*$/, '');
    const { rows } = await tx.query<{ count: string }>(
      `SELECT count(*) AS count FROM outbox WHERE message_id LIKE $1 || '.resend-%'`,
      [base.replace(/[\\%_]/g, (c) => `\\${c}`)],
    );
    const messageId = resendMessageId(original.messageId, Number(rows[0]?.count ?? 0) + 1);
    const copy = await insertOutboxMail(tx, {
      messageId,
      requestId: original.requestId,
      template: original.template,
      toAddress: original.toAddress,
      fromAddress: original.fromAddress,
      subject: original.subject,
      inReplyTo: original.inReplyTo,
      referencesHeader: original.referencesHeader,
      headers: original.headers,
      textBody: original.textBody,
      htmlBody: original.htmlBody,
      attachments: original.attachments,
    });
    await insertRequestEvent(tx, {
      requestId: input.requestId,
      type: 'mail-resent',
      actor: input.actor,
      details: { originalOutboxId: original.id, outboxId: copy.id, messageId, to: original.toAddress, template: original.template },
    });
    return { id: copy.id, to: original.toAddress };
  });
  if (!created) return fail('E-mail non trovata per questa richiesta.');
  if (input.enqueue) {
    try {
      await input.enqueue(created.id);
    } catch {
      return ok(`E-mail messa in coda per ${created.to}; sarà inviata alla prossima verifica della coda.`);
    }
  }
  return ok(`E-mail messa in coda per il reinvio a ${created.to}.`);
}
