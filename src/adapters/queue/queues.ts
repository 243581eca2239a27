import { Queue, type ConnectionOptions, type JobsOptions } from 'bullmq';
import { redisOptions } from '../redis/redis-connection.ts';
import type { FollowUpJob } from '../../workflows/workflow-context.ts';

export const QUEUE_NAMES = { intake: 'intake', mail: 'mail', assign: 'assign', followup: 'followup', ocr: 'ocr' } as const;

export interface IntakeJob {
  /** Id of the stored message record. */
  messageRecordId: string;
}
export interface MailJob {
  outboxId: string;
}
export interface AssignJob {
  requestId: string;
}
/** Read the scanned form of a request with OCR. */
export interface OcrJob {
  requestId: string;
}
export type { FollowUpJob };

/** Retries with exponential backoff; failed jobs are kept for inspection, finished ones trimmed. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 24 * 3600, count: 5000 },
  removeOnFail: false,
};

export interface Queues {
  intake: Queue<IntakeJob>;
  mail: Queue<MailJob>;
  assign: Queue<AssignJob>;
  followup: Queue<FollowUpJob>;
  ocr: Queue<OcrJob>;
  /** Intake jobs in one round trip (a fetched batch). */
  addIntakes(jobs: IntakeJob[]): Promise<void>;
  addMail(job: MailJob): Promise<void>;
  /**
   * Queues stranded work again under a fresh job id: the original id may still be held by a job
   * that finished without doing it (a send that found its row claimed by a sender that then died).
   */
  requeueIntake(job: IntakeJob): Promise<void>;
  requeueMail(job: MailJob): Promise<void>;
  addAssign(job: AssignJob): Promise<void>;
  scheduleFollowUp(job: FollowUpJob, delayMs: number): Promise<void>;
  cancelFollowUp(job: FollowUpJob): Promise<void>;
  addOcr(job: OcrJob): Promise<void>;
  close(): Promise<void>;
}

/** Job ids derive from the record ids, so enqueueing the same work twice is harmless. */
export const intakeJobId = (messageRecordId: string) => `msg-${messageRecordId}`;
export const mailJobId = (outboxId: string) => `out-${outboxId}`;
export const followUpJobId = (job: FollowUpJob) => `fu-${job.kind}-${job.requestId}${job.assignmentId ? `-${job.assignmentId}` : ''}`;

export function createQueues(redisUrl: string, prefix: string, onError: (err: Error) => void = () => undefined): Queues {
  const connection = redisOptions(redisUrl) as ConnectionOptions;
  const make = <T>(name: string) => {
    const queue = new Queue<T>(name, { connection, prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
    // a Redis outage surfaces here; ioredis reconnects by itself, so it is logged, not fatal
    queue.on('error', onError);
    return queue;
  };
  const intake = make<IntakeJob>(QUEUE_NAMES.intake);
  const mail = make<MailJob>(QUEUE_NAMES.mail);
  const assign = make<AssignJob>(QUEUE_NAMES.assign);
  const followup = make<FollowUpJob>(QUEUE_NAMES.followup);
  const ocr = make<OcrJob>(QUEUE_NAMES.ocr);
  return {
    intake,
    mail,
    assign,
    followup,
    ocr,
    async addIntakes(jobs) {
      if (jobs.length) await intake.addBulk(jobs.map((job) => ({ name: 'intake', data: job, opts: { jobId: intakeJobId(job.messageRecordId) } })));
    },
    async addMail(job) {
      await mail.add('send', job, { jobId: mailJobId(job.outboxId) });
    },
    async requeueIntake(job) {
      await intake.add('intake', job, { jobId: `${intakeJobId(job.messageRecordId)}-s${Date.now()}` });
    },
    async requeueMail(job) {
      await mail.add('send', job, { jobId: `${mailJobId(job.outboxId)}-s${Date.now()}` });
    },
    async addAssign(job) {
      // an assignment runs again after every decline or timeout: the id only has to keep two runs from overlapping
      await assign.add('assign', job, { jobId: `as-${job.requestId}-${Date.now()}` });
    },
    async scheduleFollowUp(job, delayMs) {
      await followup.add(job.kind, job, { jobId: followUpJobId(job), delay: Math.max(0, Math.round(delayMs)) });
    },
    async cancelFollowUp(job) {
      // the job checks the request's state when it runs anyway: removing it just keeps the queue tidy
      await followup.remove(followUpJobId(job)).catch(() => 0);
    },
    async addOcr(job) {
      // OCR gives the same answer every time: retried only when the process died under it
      await ocr.add('ocr', job, { jobId: `ocr-${job.requestId}`, attempts: 3 });
    },
    async close() {
      await Promise.all([intake.close(), mail.close(), assign.close(), followup.close(), ocr.close()]);
    },
  };
}
