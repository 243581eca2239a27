import type { Database } from '../adapters/db/database.ts';
import { claimOutboxMail, markOutboxFailed, markOutboxSent, type OutboxMail } from '../adapters/db/outbox-repo.ts';
import { insertRequestEvent } from '../adapters/db/request-events-repo.ts';
import type { MailTransport } from '../adapters/smtp/mail-transport.ts';
import { isPermanentDeliveryError, smtpResponseCode } from '../core/delivery-error.ts';
import { IntakeError } from '../core/errors.ts';

export interface SendMailDeps {
  db: Database;
  transport: MailTransport;
  /** After this long in `sending`, a claimed mail is taken over (its sender died). */
  staleSendingMs?: number;
}

export type SendOutcome = 'sent' | 'skipped';

/**
 * Sends one outbox mail. The row is claimed first, so a retried or duplicated job does not send
 * again; the mail was rendered when it was queued, so a retry never renders anew. A permanent
 * SMTP refusal marks the mail failed for the secretariat and ends the job without retries.
 */
export async function sendOutboxMail(deps: SendMailDeps, outboxId: string): Promise<SendOutcome> {
  const mail = await claimOutboxMail(deps.db, outboxId, { staleAfterMs: deps.staleSendingMs });
  if (!mail) return 'skipped';
  await deliverClaimedMail(deps, mail);
  return 'sent';
}

/** Sends a mail the caller has claimed (status `sending`) and records the outcome, as sendOutboxMail does. */
export async function deliverClaimedMail(deps: Pick<SendMailDeps, 'db' | 'transport'>, mail: OutboxMail): Promise<void> {
  try {
    const { response } = await deps.transport.send(mail);
    // marked sent on its own, at once: the shorter the gap after the server's 250, the smaller the
    // window in which a crash makes the mail go out twice
    await markOutboxSent(deps.db, mail.id, response);
  } catch (err) {
    const permanent = isPermanentDeliveryError(err);
    const message = `${smtpResponseCode(err) ?? ''} ${(err as Error).message ?? String(err)}`.trim();
    await deps.db.transaction(async (tx) => {
      await markOutboxFailed(tx, mail.id, message, { permanent });
      if (permanent && mail.requestId) {
        await insertRequestEvent(tx, { requestId: mail.requestId, type: 'mail-failed', actor: 'system', details: { template: mail.template, to: mail.toAddress, error: message } });
      }
    });
    throw new IntakeError(permanent ? 'mail-rejected' : 'mail-deferred', message, { retryable: !permanent, cause: err });
  }
}
