import type { Database } from '../adapters/db/database.ts';
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

/**
 * The queue work a transaction decided on, done once it has committed. Call reset() first thing in the
 * transaction's function: when the database re-runs it, the steps of the rolled-back attempt (a send of a
 * mail whose row no longer exists) must not run.
 */
export class AfterCommit {
  private steps: Array<() => Promise<void>> = [];
  add(step: () => Promise<void>): void {
    this.steps.push(step);
  }
  reset(): void {
    this.steps = [];
  }
  /** The steps are independent (queue operations, a send): they run side by side; the first failure is thrown. */
  async run(): Promise<void> {
    const results = await Promise.allSettled(this.steps.map((step) => step()));
    const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failed) throw failed.reason;
  }
}
