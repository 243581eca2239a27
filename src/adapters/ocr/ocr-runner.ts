import type { Worker } from 'node:worker_threads';
import { startModuleThread } from '../threads/start-module-thread.ts';
import type { OcrPage } from '../../core/ocr/ocr-page.ts';
import type { OcrThreadRequest, OcrThreadResponse, OpenedDocument, PageRequestOptions, PageResult } from './ocr-thread-protocol.ts';

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;
type OcrThreadRequestBody = DistributiveOmit<OcrThreadRequest, 'id'>;

export interface OcrSettings {
  /** Resolution pages are rendered and read at. */
  dpi: number;
  /** Pages read per document; a form has two. */
  maxPages: number;
  /** A page not read within this time is given up (the OCR thread is ended and started afresh). */
  pageTimeoutMs: number;
  binarize: boolean;
  /** Erase the form's rules and box borders before recognition (only on a binarised page). */
  removeLines: boolean;
  /** Width of the PNG of page 1 kept for the dashboard; null for none. */
  previewWidth: number | null;
  /** Folder of ita.traineddata.gz; the npm package's by default. */
  langPath?: string;
  /**
   * With no document being read for this long, the OCR thread ends and its memory (some 400 MB of tesseract)
   * goes back to the system; the next document starts a thread again (a second or two). 0: the thread stays.
   */
  idleExitMs: number;
}

export const DEFAULT_OCR_SETTINGS: OcrSettings = { dpi: 300, maxPages: 4, pageTimeoutMs: 60_000, binarize: true, removeLines: true, previewWidth: 900, idleExitMs: 30_000 };

export interface DocumentOcr {
  pages: OcrPage[];
  pageCount: number;
  /** PNG of page 1, small. */
  preview: Buffer | null;
  /** Wall-clock seconds per page read (render and recognition). */
  pageSeconds: number[];
  warnings: string[];
}

/**
 * Reads scans with OCR in a worker thread, one page at a time, each within a time limit. Never throws on bad
 * documents: what could not be read is said in `warnings` (`ocr-timeout`, `ocr-failed`, `ocr-too-many-pages`).
 */
export class OcrRunner {
  private thread: Worker | null = null;
  /** Threads started and not yet exited: an ended one may still be letting go of its memory. */
  private liveThreads = 0;
  private documentsBeingRead = 0;
  private idleTimer: NodeJS.Timeout | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { thread: Worker; resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly settings: OcrSettings;

  constructor(settings: Partial<OcrSettings> = {}) {
    this.settings = { ...DEFAULT_OCR_SETTINGS, ...settings };
  }

  /** Whether an OCR thread is alive (started and not yet exited). */
  get threadRunning(): boolean {
    return this.liveThreads > 0;
  }

  async readDocument(content: Buffer, name: string): Promise<DocumentOcr> {
    this.documentsBeingRead += 1;
    this.cancelIdleExit();
    try {
      return await this.read(content, name);
    } finally {
      this.documentsBeingRead -= 1;
      if (this.documentsBeingRead === 0) this.scheduleIdleExit();
    }
  }

  async close(): Promise<void> {
    this.cancelIdleExit();
    await this.stopThread();
  }

  private async read(content: Buffer, name: string): Promise<DocumentOcr> {
    const result: DocumentOcr = { pages: [], pageCount: 0, preview: null, pageSeconds: [], warnings: [] };
    let opened: OpenedDocument;
    try {
      opened = (await this.call({ type: 'open', content: new Uint8Array(content) }, this.settings.pageTimeoutMs)) as OpenedDocument;
    } catch (error) {
      result.warnings.push(`ocr-failed: ${name}: ${(error as Error).message}`);
      return result;
    }
    result.pageCount = opened.pageCount;
    const pagesToRead = Math.min(opened.pageCount, this.settings.maxPages);
    if (opened.pageCount > pagesToRead) result.warnings.push(`ocr-too-many-pages: ${name} has ${opened.pageCount} pages, read ${pagesToRead}`);
    for (let pageNumber = 1; pageNumber <= pagesToRead; pageNumber += 1) {
      const options: PageRequestOptions = { dpi: this.settings.dpi, binarize: this.settings.binarize, removeLines: this.settings.removeLines, previewWidth: pageNumber === 1 ? this.settings.previewWidth : null };
      const started = performance.now();
      try {
        if (!this.thread) await this.call({ type: 'open', content: new Uint8Array(content) }, this.settings.pageTimeoutMs);
        const read = (await this.call({ type: 'page', pageNumber, options }, this.settings.pageTimeoutMs)) as PageResult;
        result.pages.push(read.page);
        if (read.preview) result.preview = Buffer.from(read.preview);
      } catch (error) {
        const message = (error as Error).message;
        result.warnings.push(message === 'timeout' ? `ocr-timeout: ${name} page ${pageNumber} after ${this.settings.pageTimeoutMs} ms` : `ocr-failed: ${name} page ${pageNumber}: ${message}`);
      }
      result.pageSeconds.push((performance.now() - started) / 1000);
    }
    if (this.thread) await this.call({ type: 'close-document' }, this.settings.pageTimeoutMs).catch(() => undefined);
    return result;
  }

  private scheduleIdleExit(): void {
    if (this.settings.idleExitMs <= 0 || !this.thread) return;
    this.cancelIdleExit();
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (this.documentsBeingRead === 0) void this.stopThread();
    }, this.settings.idleExitMs);
    this.idleTimer.unref();
  }

  private cancelIdleExit(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  private async call(request: OcrThreadRequestBody, timeoutMs: number): Promise<unknown> {
    const thread = this.startThread();
    const id = this.nextId++;
    let timer: NodeJS.Timeout | undefined;
    const answer = new Promise<unknown>((resolve, reject) => {
      this.pending.set(id, { thread, resolve, reject });
      timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error('timeout'));
        // a page stuck in the OCR core cannot be interrupted: the thread is ended, the next call starts a new one
        void this.stopThread();
      }, timeoutMs);
    });
    thread.postMessage({ ...request, id } as OcrThreadRequest);
    try {
      return await answer;
    } finally {
      clearTimeout(timer);
    }
  }

  private startThread(): Worker {
    if (this.thread) return this.thread;
    const thread = startModuleThread(new URL('./ocr-thread.ts', import.meta.url), { name: 'ocr', workerData: { langPath: this.settings.langPath } });
    thread.on('message', (response: OcrThreadResponse) => {
      const waiting = this.pending.get(response.id);
      if (!waiting) return;
      this.pending.delete(response.id);
      if (response.ok) waiting.resolve(response.value);
      else waiting.reject(new Error(response.error));
    });
    // only the calls sent to this thread: a thread ended earlier may report its exit after the next one started
    const failAll = (error: Error) => {
      if (this.thread === thread) this.thread = null;
      for (const [id, waiting] of this.pending) {
        if (waiting.thread !== thread) continue;
        this.pending.delete(id);
        waiting.reject(error);
      }
    };
    thread.on('error', failAll);
    thread.on('exit', (code) => {
      this.liveThreads -= 1;
      failAll(new Error(`OCR thread exited (${code})`));
    });
    thread.unref();
    this.liveThreads += 1;
    this.thread = thread;
    return thread;
  }

  private async stopThread(): Promise<void> {
    const thread = this.thread;
    this.thread = null;
    if (thread) await thread.terminate().catch(() => undefined);
  }
}
