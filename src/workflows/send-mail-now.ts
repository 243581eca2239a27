import type { OutboxMail } from '../adapters/db/outbox-repo.ts';
import type { Logger } from '../logger.ts';
import { IntakeError } from '../core/errors.ts';
import { deliverClaimedMail, type SendMailDeps } from './send-mail.ts';

export interface SendNowDeps extends Pick<SendMailDeps, 'db' | 'transport'> {
  /** The mail queue: retries with backoff what could not be sent at once. */
  enqueue(outboxId: string): Promise<void>;
  /** How long the worker waits for the SMTP server before handing the mail to the queue. */
  timeoutMs: number;
  logger?: Logger;
}

/**
 * Sends a mail stored already claimed by the worker that queued it, right after its transaction committed:
 * the Comune's acknowledgement leaves without a queue hop and without reading the mail back. What fails, or
 * takes longer than `timeoutMs`, goes to the mail queue (a refusal for good is already recorded and is not
 * queued again); a mail whose worker died before sending is taken over once its claim is stale.
 */
export function sendNowOrQueue(deps: SendNowDeps): (mail: OutboxMail) => Promise<void> {
  return async (mail) => {
    let timer: NodeJS.Timeout | undefined;
    const slow = new Promise<'slow'>((resolve) => {
      timer = setTimeout(() => resolve('slow'), deps.timeoutMs);
    });
    const sending = deliverClaimedMail(deps, mail);
    try {
      // a slow send goes on in the background: if it fails, its row goes back to pending for the queue's retry
      if ((await Promise.race([sending, slow])) !== 'slow') return;
      sending.catch(() => undefined);
      deps.logger?.info({ outboxId: mail.id, timeoutMs: deps.timeoutMs }, 'mail slow to send: handed to the mail queue');
    } catch (err) {
      if (err instanceof IntakeError && !err.retryable) return;
      deps.logger?.info({ outboxId: mail.id, err: (err as Error).message }, 'mail not sent at once: handed to the mail queue');
    } finally {
      clearTimeout(timer);
    }
    await deps.enqueue(mail.id);
  };
}
