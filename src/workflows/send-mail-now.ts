import type { Logger } from '../logger.ts';
import { IntakeError } from '../core/errors.ts';
import { sendOutboxMail, type SendMailDeps } from './send-mail.ts';

export interface SendNowDeps extends SendMailDeps {
  /** The mail queue: retries with backoff what could not be sent at once. */
  enqueue(outboxId: string): Promise<void>;
  /** How long the worker waits for the SMTP server before handing the mail to the queue. */
  timeoutMs: number;
  logger?: Logger;
}

/**
 * Sends a just-queued mail from the worker that queued it, right after its transaction committed:
 * the Comune's acknowledgement leaves without a second queue hop. The outbox row is claimed as by the
 * mail worker, so nothing goes out twice; what fails, or takes longer than `timeoutMs`, goes to the
 * mail queue (a refusal for good is already recorded and is not queued again).
 */
export function sendNowOrQueue(deps: SendNowDeps): (outboxId: string) => Promise<void> {
  return async (outboxId) => {
    let timer: NodeJS.Timeout | undefined;
    const slow = new Promise<'slow'>((resolve) => {
      timer = setTimeout(() => resolve('slow'), deps.timeoutMs);
    });
    const sending = sendOutboxMail(deps, outboxId);
    try {
      // a slow send goes on in the background: when it ends, its claim on the row tells the queue's retry what to do
      if ((await Promise.race([sending, slow])) !== 'slow') return;
      sending.catch(() => undefined);
      deps.logger?.info({ outboxId, timeoutMs: deps.timeoutMs }, 'mail slow to send: handed to the mail queue');
    } catch (err) {
      if (err instanceof IntakeError && !err.retryable) return;
      deps.logger?.info({ outboxId, err: (err as Error).message }, 'mail not sent at once: handed to the mail queue');
    } finally {
      clearTimeout(timer);
    }
    await deps.enqueue(outboxId);
  };
}
