import { Queue, type ConnectionOptions, type JobsOptions } from 'bullmq';
import { redisOptions } from '../redis/redis-connection.ts';

export const QUEUE_NAMES = { intake: 'intake', mail: 'mail' } as const;

export interface IntakeJob {
  /** Id of the stored message record. */
  messageRecordId: string;
}
export interface MailJob {
  outboxId: string;
}

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
  addIntake(job: IntakeJob): Promise<void>;
  addMail(job: MailJob): Promise<void>;
  close(): Promise<void>;
}

/** Job ids derive from the record ids, so enqueueing the same work twice is harmless. */
export const intakeJobId = (messageRecordId: string) => `msg-${messageRecordId}`;
export const mailJobId = (outboxId: string) => `out-${outboxId}`;

export function createQueues(redisUrl: string, prefix: string, onError: (err: Error) => void = () => undefined): Queues {
  const connection = redisOptions(redisUrl) as ConnectionOptions;
  const intake = new Queue<IntakeJob>(QUEUE_NAMES.intake, { connection, prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
  const mail = new Queue<MailJob>(QUEUE_NAMES.mail, { connection, prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
  // a Redis outage surfaces here; ioredis reconnects by itself, so it is logged, not fatal
  intake.on('error', onError);
  mail.on('error', onError);
  return {
    intake,
    mail,
    async addIntake(job) {
      await intake.add('intake', job, { jobId: intakeJobId(job.messageRecordId) });
    },
    async addMail(job) {
      await mail.add('send', job, { jobId: mailJobId(job.outboxId) });
    },
    async close() {
      await Promise.all([intake.close(), mail.close()]);
    },
  };
}
