import { watch, type FSWatcher } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../../logger.ts';
import type { RawMessageSource, WatcherState } from '../imap/watcher-types.ts';

export interface DropFolderDeps {
  inboxDir: string;
  pollMs: number;
  ingest(source: RawMessageSource): Promise<void>;
  logger: Logger;
  onState?(state: WatcherState): void;
}

/** Files younger than this may still be being written. */
const SETTLE_MS = 100;

/**
 * The local mail source: `.eml` files dropped into <data>/inbox. A file moves to
 * <data>/inbox/processed/ once its record is stored.
 */
export class DropFolderWatcher {
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private scanning: Promise<void> | null = null;
  private rescan = false;
  private stopped = false;
  readonly state: WatcherState = { mailbox: 'drop', status: 'starting', lastCheckAt: null, lastMessageAt: null, lastError: null, reconnects: 0, uidValidity: null };

  constructor(private readonly deps: DropFolderDeps) {}

  get processedDir(): string {
    return path.join(this.deps.inboxDir, 'processed');
  }

  async start(): Promise<void> {
    await mkdir(this.processedDir, { recursive: true });
    try {
      this.watcher = watch(this.deps.inboxDir, () => this.requestScan());
      this.watcher.on('error', () => undefined);
    } catch {
      // no inotify: the poll alone serves
    }
    this.timer = setInterval(() => this.requestScan(), this.deps.pollMs);
    this.state.status = 'connected';
    this.deps.logger.info({ dir: this.deps.inboxDir }, 'watching the drop folder for .eml files');
    this.requestScan();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.watcher?.close();
    if (this.timer) clearInterval(this.timer);
    await this.scanning?.catch(() => undefined);
    this.state.status = 'stopped';
  }

  private requestScan(): void {
    if (this.stopped) return;
    if (this.scanning) {
      this.rescan = true;
      return;
    }
    this.scanning = (async () => {
      do {
        this.rescan = false;
        await this.scanOnce().catch((err: unknown) => {
          this.state.lastError = String((err as Error).message ?? err);
          this.deps.logger.warn({ err }, 'drop folder scan failed');
        });
      } while (this.rescan && !this.stopped);
    })().finally(() => {
      this.scanning = null;
    });
  }

  private async scanOnce(): Promise<void> {
    await mkdir(this.processedDir, { recursive: true }); // someone may have removed the folder
    const names = (await readdir(this.deps.inboxDir)).filter((n) => n.toLowerCase().endsWith('.eml')).sort();
    let pending = false;
    for (const name of names) {
      if (this.stopped) return;
      const file = path.join(this.deps.inboxDir, name);
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) continue;
      if (Date.now() - info.mtimeMs < SETTLE_MS) {
        pending = true;
        continue;
      }
      const raw = await readFile(file);
      await this.deps.ingest({ mailbox: 'drop', uidValidity: null, uid: null, raw });
      await rename(file, await this.freeName(name));
      this.state.lastMessageAt = new Date();
    }
    this.state.lastCheckAt = new Date();
    this.deps.onState?.({ ...this.state });
    if (pending) setTimeout(() => this.requestScan(), SETTLE_MS).unref();
  }

  private async freeName(name: string): Promise<string> {
    const ext = path.extname(name);
    const base = name.slice(0, name.length - ext.length);
    for (let i = 0; ; i++) {
      const candidate = path.join(this.processedDir, i === 0 ? name : `${base}.${i}${ext}`);
      if (!(await stat(candidate).catch(() => null))) return candidate;
    }
  }
}
