import type { Worker } from 'node:worker_threads';
import { IntakeError } from '../../core/errors.ts';
import type { ParseContext } from '../../core/parse-message.ts';
import type { ParsedMessage } from '../../core/types.ts';
import { startModuleThread } from '../threads/start-module-thread.ts';
import type { ParseThreadData, ParseThreadRequest, ParseThreadResponse, ThrownError } from './parse-thread-protocol.ts';

export interface ParsePoolOptions {
  /** Threads at most; they start when work arrives, not before. */
  threads: number;
  /** Text of config/catalog.yaml. */
  catalogYaml: string;
  ownAddresses: string[];
  ownMessageIdDomain: string | null;
  limits?: ParseContext['limits'];
  /** Each thread's V8 old-generation limit. */
  maxHeapMb?: number;
  /** A message not parsed within this time is given up and its thread ended. */
  timeoutMs?: number;
}

// 512 rather than less: with a smaller limit V8 collects so often that parsing the corpus is ~7 % slower (384 MB: 150 msg/s, 512 MB: 161, 768 MB: 165)
export const DEFAULT_PARSE_THREAD_MAX_HEAP_MB = 512;
export const DEFAULT_PARSE_TIMEOUT_MS = 60_000;

interface Job {
  id: number;
  raw: Buffer;
  resolve(parsed: ParsedMessage): void;
  reject(error: Error): void;
}

interface Slot {
  thread: Worker;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  /** What the thread died of, from its 'error' event. */
  failure: Error | null;
}

/**
 * Parses messages in worker threads, one message per thread at a time; waiting messages queue in arrival order.
 * A thread that runs out of memory, crashes or overruns the time limit takes only its own message down: that
 * message fails for good (IntakeError `parse-resource-limit`, `parse-crashed` or `parse-timeout`), and the next
 * message waiting gets a fresh thread.
 */
export class ParsePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly threadData: ParseThreadData;
  private readonly maxHeapMb: number;
  private readonly timeoutMs: number;
  private nextId = 1;
  private startedThreads = 0;
  private closed = false;

  constructor(private readonly options: ParsePoolOptions) {
    if (!Number.isInteger(options.threads) || options.threads < 1) throw new RangeError('a parse pool needs at least one thread');
    this.maxHeapMb = options.maxHeapMb ?? DEFAULT_PARSE_THREAD_MAX_HEAP_MB;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_PARSE_TIMEOUT_MS;
    this.threadData = {
      catalogYaml: options.catalogYaml,
      ownAddresses: options.ownAddresses,
      ownMessageIdDomain: options.ownMessageIdDomain,
      ...(options.limits ? { limits: options.limits } : {}),
    };
  }

  /** Threads alive now (starting, idle or busy). */
  get threadCount(): number {
    return this.slots.length;
  }

  parse(raw: Buffer): Promise<ParsedMessage> {
    if (this.closed) return Promise.reject(closedError('the parse pool is closed'));
    return new Promise<ParsedMessage>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, raw, resolve, reject });
      this.pump();
    });
  }

  /** Ends every thread; messages waiting or in hand are rejected (retryable: the service is stopping). */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(closedError('parse abandoned: the parse pool is closing'));
    const slots = this.slots.splice(0);
    for (const slot of slots) this.settle(slot, (job) => job.reject(closedError('parse abandoned: the parse pool is closing')));
    await Promise.all(slots.map((slot) => slot.thread.terminate().catch(() => undefined)));
  }

  private pump(): void {
    if (this.closed) return;
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.ready && !slot.job) this.dispatch(slot, this.queue.shift()!);
    }
    const starting = this.slots.filter((slot) => !slot.ready).length;
    let needed = this.queue.length - starting;
    while (needed > 0 && this.slots.length < this.options.threads) {
      this.slots.push(this.startThread());
      needed -= 1;
    }
  }

  private dispatch(slot: Slot, job: Job): void {
    slot.job = job;
    // a copy of its own, transferred: the caller keeps using its Buffer, and the bytes are not cloned twice
    const raw = new Uint8Array(job.raw);
    slot.thread.ref();
    slot.thread.postMessage({ id: job.id, raw } satisfies ParseThreadRequest, [raw.buffer]);
    slot.timer = setTimeout(() => {
      // parsing cannot be interrupted from outside: the thread is ended and replaced
      this.settle(slot, (stuck) => stuck.reject(timeoutError(this.timeoutMs)));
      this.retire(slot);
      this.pump();
    }, this.timeoutMs);
  }

  private startThread(): Slot {
    this.startedThreads += 1;
    const thread = startModuleThread(new URL('./parse-thread.ts', import.meta.url), {
      name: `parse-${this.startedThreads}`,
      workerData: { ...this.threadData },
      resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb },
    });
    const slot: Slot = { thread, ready: false, job: null, timer: null, failure: null };
    thread.on('message', (response: ParseThreadResponse) => this.onResponse(slot, response));
    thread.on('error', (error: Error) => {
      slot.failure ??= error;
    });
    thread.on('exit', () => this.onExit(slot));
    return slot;
  }

  private onResponse(slot: Slot, response: ParseThreadResponse): void {
    if (response.type === 'ready') {
      slot.ready = true;
    } else if (slot.job?.id === response.id) {
      if (response.type === 'parsed') this.settle(slot, (job) => job.resolve(response.parsed));
      else this.settle(slot, (job) => job.reject(rebuildError(response.error)));
      // an extractor given up on by its timer may still be running in the thread: the next message gets a clean one
      if (response.type === 'parsed' && response.parsed.warnings.some((warning) => warning.startsWith('extract-timeout:'))) this.retire(slot);
    }
    if (!slot.job) slot.thread.unref();
    this.pump();
  }

  private onExit(slot: Slot): void {
    const wasLive = this.remove(slot);
    this.settle(slot, (job) => job.reject(deathError(slot.failure, this.maxHeapMb)));
    if (wasLive && !slot.ready && !this.closed) {
      // a thread that cannot even start would be started again for ever: the waiting messages fail, to be retried
      const error = new IntakeError('parse-thread-start', `a parse thread could not start: ${slot.failure?.message ?? 'it exited'}`, { retryable: true, cause: slot.failure });
      for (const job of this.queue.splice(0)) job.reject(error);
    }
    this.pump();
  }

  /** Hands the slot's job, if any, to `finish`, and leaves the slot without one. */
  private settle(slot: Slot, finish: (job: Job) => void): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const job = slot.job;
    slot.job = null;
    if (job) finish(job);
  }

  private retire(slot: Slot): void {
    this.remove(slot);
    void slot.thread.terminate().catch(() => undefined);
  }

  private remove(slot: Slot): boolean {
    const index = this.slots.indexOf(slot);
    if (index < 0) return false;
    this.slots.splice(index, 1);
    return true;
  }
}

function closedError(message: string): IntakeError {
  return new IntakeError('shutting-down', message, { retryable: true });
}

function timeoutError(timeoutMs: number): IntakeError {
  const seconds = Math.round(timeoutMs / 100) / 10;
  return new IntakeError('parse-timeout', `La lettura del messaggio non si è conclusa entro ${seconds} secondi: va esaminato a mano.`);
}

function deathError(failure: Error | null, maxHeapMb: number): IntakeError {
  if ((failure as NodeJS.ErrnoException | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new IntakeError('parse-resource-limit', `La lettura del messaggio richiede più memoria di quella consentita (${maxHeapMb} MB): va esaminato a mano.`, { cause: failure });
  }
  const detail = failure ? `: ${failure.message}` : '';
  return new IntakeError('parse-crashed', `La lettura del messaggio si è interrotta in modo anomalo${detail}: va esaminato a mano.`, { cause: failure });
}

/** The error parseMessage threw in the thread, as it would have been thrown here. */
function rebuildError(thrown: ThrownError): Error {
  if (thrown.code !== undefined) return new IntakeError(thrown.code, thrown.message, { retryable: thrown.retryable ?? false });
  const error = new Error(thrown.message);
  error.name = thrown.name;
  return error;
}
