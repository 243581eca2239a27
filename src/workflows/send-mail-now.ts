import { releaseOutboxClaim, type OutboxMail } from '../adapters/db/outbox-repo.ts';
import type { Logger } from '../logger.ts';
import { IntakeError } from '../core/errors.ts';
import { deliverClaimedMail, type SendMailDeps } from './send-mail.ts';

export interface SendNowDeps extends Pick<SendMailDeps, 'db' | 'transport'> {
  /** The mail queue: retries with backoff what could not be sent at once. */
  enqueue(outboxId: string): Promise<void>;
  /** How long the worker waits for the SMTP server before handing the mail to the queue. */
  timeoutMs: number;
  /** After a send that failed or was slow, mails go straight to the queue for this long (default 30 s). */
  pauseAfterTroubleMs?: number;
  now?: () => number;
  logger?: Logger;
}

/**
 * Sends a mail stored already claimed by the worker that queued it, right after its transaction committed:
 * the Comune's acknowledgement leaves without a queue hop and without reading the mail back. What fails, or
 * takes longer than `timeoutMs`, goes to the mail queue (a refusal for good is already recorded and is not
 * queued again), and so do the mails of the next `pauseAfterTroubleMs`; a mail whose worker died before
 * sending is taken over once its claim is stale.
 */
export function sendNowOrQueue(deps: SendNowDeps): (mail: OutboxMail) => Promise<void> {
  const now = deps.now ?? Date.now;
  const pauseMs = deps.pauseAfterTroubleMs ?? 30_000;
  // while the SMTP server is in trouble, intakes must not each wait for it: the mail queue's backoff takes over
  let queueOnlyUntil = 0;
  return async (mail) => {
    if (now() < queueOnlyUntil) {
      await releaseOutboxClaim(deps.db, mail.id);
      await deps.enqueue(mail.id);
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    const slow = new Promise<'slow'>((resolve) => {
      timer = setTimeout(() => resolve('slow'), deps.timeoutMs);
    });
    const sending = deliverClaimedMail(deps, mail);
    try {
      // a slow send goes on in the background: if it fails, its row goes back to pending for the queue's retry
      if ((await Promise.race([sending, slow])) !== 'slow') return;
      sending.catch(() => undefined);
      queueOnlyUntil = now() + pauseMs;
      deps.logger?.warn({ outboxId: mail.id, timeoutMs: deps.timeoutMs, pauseMs }, 'mail slow to send: handed to the mail queue, as the next ones for a while');
    } catch (err) {
      if (err instanceof IntakeError && !err.retryable) return;
      queueOnlyUntil = now() + pauseMs;
      deps.logger?.warn({ outboxId: mail.id, err: (err as Error).message, pauseMs }, 'mail not sent at once: handed to the mail queue, as the next ones for a while');
    } finally {
      clearTimeout(timer);
    }
    await deps.enqueue(mail.id);
  };
}
