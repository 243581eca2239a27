import { UnrecoverableError, Worker, type ConnectionOptions, type Job } from 'bullmq';
import { IntakeError } from '../../core/errors.ts';
import type { Logger } from '../../logger.ts';
import { redisOptions } from '../redis/redis-connection.ts';
import { QUEUE_NAMES, type AssignJob, type FollowUpJob, type IntakeJob, type MailJob, type OcrJob } from './queues.ts';

export interface WorkerHandlers {
  intake(job: IntakeJob): Promise<unknown>;
  mail(job: MailJob): Promise<unknown>;
  assign(job: AssignJob): Promise<unknown>;
  followup(job: FollowUpJob): Promise<unknown>;
  /** OCR of scanned forms; without it no OCR worker runs. */
  ocr?(job: OcrJob): Promise<unknown>;
  /** A job that will not be tried again. */
  onGaveUp?(queue: string, data: unknown, error: Error): Promise<void>;
}

export interface Workers {
  close(): Promise<void>;
}

/** Errors steer the queue: a non-retryable IntakeError ends the job at once. */
function boundary<T>(handler: (data: T) => Promise<unknown>) {
  return async (job: Job<T>) => {
    try {
      return await handler(job.data);
    } catch (err) {
      if (err instanceof IntakeError && !err.retryable) throw new UnrecoverableError(`${err.code}: ${err.message}`);
      throw err;
    }
  };
}

export function startWorkers(opts: {
  redisUrl: string;
  prefix: string;
  intakeConcurrency: number;
  mailConcurrency: number;
  handlers: WorkerHandlers;
  logger: Logger;
}): Workers {
  const connection = redisOptions(opts.redisUrl) as ConnectionOptions;
  const common = { connection, prefix: opts.prefix, lockDuration: 60_000, stalledInterval: 30_000, maxStalledCount: 2 };
  const workers = [
    new Worker<IntakeJob>(QUEUE_NAMES.intake, boundary(opts.handlers.intake), { ...common, concurrency: opts.intakeConcurrency }),
    new Worker<MailJob>(QUEUE_NAMES.mail, boundary(opts.handlers.mail), { ...common, concurrency: opts.mailConcurrency }),
    new Worker<AssignJob>(QUEUE_NAMES.assign, boundary(opts.handlers.assign), { ...common, concurrency: 1 }),
    new Worker<FollowUpJob>(QUEUE_NAMES.followup, boundary(opts.handlers.followup), { ...common, concurrency: 2 }),
    // one scan at a time, in its own thread (see OcrRunner); a long lock: a document may take minutes
    ...(opts.handlers.ocr ? [new Worker<OcrJob>(QUEUE_NAMES.ocr, boundary(opts.handlers.ocr), { ...common, concurrency: 1, lockDuration: 10 * 60_000 })] : []),
  ];
  for (const worker of workers) {
    worker.on('error', (err) => opts.logger.warn({ err, queue: worker.name }, 'worker error'));
    worker.on('failed', (job, err) => {
      if (!job) return;
      const final = err instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
      opts.logger[final ? 'error' : 'warn']({ queue: worker.name, jobId: job.id, attempt: job.attemptsMade, err: err.message }, final ? 'job failed for good' : 'job failed, will retry');
      if (final) void opts.handlers.onGaveUp?.(worker.name, job.data, err).catch((e: unknown) => opts.logger.error({ err: e }, 'cannot record a failed job'));
    });
  }
  return {
    async close() {
      await Promise.all(workers.map((w) => w.close()));
    },
  };
}
