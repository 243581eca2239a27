import type { Queue } from 'bullmq';

export interface YieldOptions {
  /** Give up waiting after this long, so background work is never starved for good. */
  maxWaitMs: number;
  pollMs: number;
  /** Aborted on shutdown: the wait ends at once and the caller gives the job back. */
  signal?: AbortSignal;
}

/**
 * Waits while any of the queues has jobs waiting, up to `maxWaitMs`. Background work that is slow and
 * nobody waits for at once (OCR of a scan) goes after the work a Comune is waiting for (its
 * acknowledgement): on two cores, a scan read during a backlog halves the speed of the drain.
 * Returns how long it waited.
 */
export async function yieldToBacklog(queues: Queue[], options: YieldOptions): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < options.maxWaitMs && !options.signal?.aborted) {
    const waiting = await Promise.all(queues.map((queue) => queue.getWaitingCount()));
    if (waiting.every((count) => count === 0)) break;
    await new Promise((resolve) => setTimeout(resolve, options.pollMs));
  }
  return Date.now() - started;
}
