import type { Database, ScriptExecutor } from '../adapters/db/database.ts';
import type { OutboxAttachment, OutboxMail } from '../adapters/db/outbox-repo.ts';
import type { EmailRenderer } from '../core/render-email.ts';
import type { Catalog } from '../core/normalize/catalog.ts';
import type { Expert } from '../core/workflow/experts-config.ts';
import type { EligibilityConfig } from '../core/workflow/eligibility-config.ts';
import type { EventsConfig } from '../core/workflow/events-config.ts';
import type { WorkflowConfig } from '../core/workflow/workflow-config.ts';
import type { ParsedMessage } from '../core/types.ts';

export type FollowUpKind = 'offer-reminder' | 'offer-timeout' | 'info-reminder' | 'info-expire' | 'escalation' | 'feedback';

export interface FollowUpJob {
  kind: FollowUpKind;
  requestId: string;
  /** The offer a reminder or timeout is about. */
  assignmentId?: string;
}

/** The queue operations workflows need; BullMQ behind them, job ids make repeats harmless. */
export interface WorkQueues {
  enqueueMail(outboxId: string): Promise<void>;
  /**
   * When present (in workers), queued mails are stored already claimed and handed to this right after the
   * commit, which sends them at once and gives the mail queue what it could not send.
   */
  sendClaimedMail?(mail: OutboxMail): Promise<void>;
  enqueueAssign(requestId: string): Promise<void>;
  scheduleFollowUp(job: FollowUpJob, delayMs: number): Promise<void>;
  cancelFollowUp(job: FollowUpJob): Promise<void>;
  /** Reads a request's scanned form with OCR, apart from the intake; absent when OCR is off. */
  enqueueOcr?(requestId: string): Promise<void>;
}

/** Everything a workflow step may use: records, settings, rendering and the queues. */
export interface WorkflowContext {
  db: Database;
  queues: WorkQueues;
  renderer: EmailRenderer;
  catalog: Catalog;
  experts: Expert[];
  eligibility: EligibilityConfig;
  events: EventsConfig;
  workflow: WorkflowConfig;
  mailFrom: string;
  ownAddresses: string[];
  messageIdDomain: string;
  secretariatEmail: string;
  publicUrl: string;
  secret: string;
  parse(raw: Buffer): Promise<ParsedMessage>;
  blankForm(): Promise<OutboxAttachment>;
  now(): Date;
}

/** The queue work a transaction decided on, done once it has committed (see inTransaction). */
export class AfterCommit {
  private readonly steps: Array<() => Promise<void>> = [];
  add(step: () => Promise<void>): void {
    this.steps.push(step);
  }
  /** The steps are independent (queue operations, a send): they run side by side; the first failure is thrown. */
  async run(): Promise<void> {
    const results = await Promise.allSettled(this.steps.map((step) => step()));
    const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failed) throw failed.reason;
  }
}

/**
 * Runs `fn` in a transaction, then the after-commit steps it decided on. Each attempt gets its own steps: when
 * the database re-runs `fn` (a serialization failure), the steps of the rolled-back attempt — a send of a mail
 * whose row no longer exists — never run.
 */
export async function inTransaction<T>(db: Database, fn: (tx: ScriptExecutor, after: AfterCommit) => Promise<T>): Promise<T> {
  let after = new AfterCommit();
  const result = await db.transaction((tx) => {
    after = new AfterCommit();
    return fn(tx, after);
  });
  await after.run();
  return result;
}
