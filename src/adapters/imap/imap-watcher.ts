import { ImapFlow, type ImapFlowOptions } from 'imapflow';
import { Backoff } from '../../core/backoff.ts';
import type { MailboxConfig } from '../../config/config.ts';
import type { Logger } from '../../logger.ts';
import type { RedisLease } from '../redis/lease.ts';
import type { RawMessageSource, WatcherState } from './watcher-types.ts';

export interface ImapWatcherDeps {
  mailbox: MailboxConfig;
  lease: RedisLease;
  /** Stores the messages; resolves once their records are committed, so they may leave INBOX. */
  ingest(sources: RawMessageSource[]): Promise<void>;
  onState?(state: WatcherState): void;
  /** UIDVALIDITY seen last time (from the database), to notice a reset across restarts. */
  knownUidValidity?: string | null;
  logger: Logger;
}

const FETCH_BATCH = 50;
/** Fetched messages are stored together up to this size (one insert, one enqueue). */
const STORE_BATCH_BYTES = 4 * 1024 * 1024;

/**
 * Watches one mailbox: IDLE (or a short NOOP poll for servers that batch IDLE) for near-instant
 * pick-up, a periodic poll as a fallback, reconnect with capped backoff. Holds a Redis lease so
 * one process at a time watches a mailbox; the others stand by.
 */
export class ImapWatcher {
  private client: ImapFlow | null = null;
  private stopped = false;
  private scanning: Promise<void> | null = null;
  private rescan = false;
  private timers: NodeJS.Timeout[] = [];
  private reconnectTimer: NodeJS.Timeout | null = null;
  private readonly backoff = new Backoff();
  private holdsLease = false;
  private scanStartedAt = 0;
  readonly state: WatcherState;

  constructor(private readonly deps: ImapWatcherDeps) {
    this.state = { mailbox: deps.mailbox.name, status: 'starting', lastCheckAt: null, lastMessageAt: null, lastError: null, reconnects: 0, uidValidity: deps.knownUidValidity ?? null };
  }

  start(): void {
    void this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.clearTimers();
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    await this.scanning?.catch(() => undefined);
    const client = this.client;
    this.client = null;
    if (client) await client.logout().catch(() => client.close());
    if (this.holdsLease) await this.deps.lease.release().catch(() => undefined);
    this.holdsLease = false;
    this.setState({ status: 'stopped' });
  }

  private setState(patch: Partial<WatcherState>): void {
    Object.assign(this.state, patch);
    this.deps.onState?.({ ...this.state });
  }

  private async run(): Promise<void> {
    if (this.stopped) return;
    try {
      if (!(await this.ensureLease())) {
        this.setState({ status: 'standby' });
        this.schedule(() => this.run(), this.deps.lease.ttlMs / 2);
        return;
      }
      await this.connect();
    } catch (err) {
      this.fail(err);
    }
  }

  private async ensureLease(): Promise<boolean> {
    this.holdsLease = this.holdsLease ? await this.deps.lease.renew() : await this.deps.lease.acquire();
    return this.holdsLease;
  }

  private async connect(): Promise<void> {
    const m = this.deps.mailbox;
    const log = this.deps.logger;
    const options: ImapFlowOptions = {
      host: m.host,
      port: m.port,
      secure: m.tls,
      doSTARTTLS: m.tls ? undefined : m.starttls,
      auth: { user: m.user, pass: m.password },
      tls: { rejectUnauthorized: m.rejectUnauthorized, ...(m.ca ? { ca: m.ca } : {}) },
      logger: false,
      disableAutoIdle: true,
      // IDLE is broken and restarted at this pace, so a silently dead link is noticed
      maxIdleTime: Math.min(m.pollSeconds * 1000, 5 * 60_000),
      socketTimeout: 6 * 60_000,
      connectionTimeout: 30_000,
    };
    const client = new ImapFlow(options);
    this.client = client;
    client.on('error', (err: Error) => log.warn({ err }, 'imap connection error'));
    client.on('close', () => {
      if (this.client !== client) return;
      this.client = null;
      this.clearTimers();
      if (!this.stopped) this.fail(new Error('connection closed'));
    });
    client.on('exists', () => this.requestScan());
    await client.connect();
    await this.ensureFolder(client, m.folders.processed);
    await client.mailboxOpen(m.folders.inbox);
    const uidValidity = String(client.mailbox && typeof client.mailbox === 'object' ? client.mailbox.uidValidity : '');
    if (this.state.uidValidity && this.state.uidValidity !== uidValidity) {
      // the server renumbered INBOX: every message still there is read again; dedupe by Message-ID keeps records single
      log.warn({ previous: this.state.uidValidity, uidValidity }, 'UIDVALIDITY changed: rescanning the mailbox');
    }
    this.backoff.connected(Date.now());
    this.setState({ status: 'connected', uidValidity, lastError: null });
    log.info({ mailbox: m.name, host: m.host, folder: m.folders.inbox }, 'watching mailbox');
    this.timers.push(setInterval(() => this.requestScan(), m.pollSeconds * 1000));
    this.timers.push(setInterval(() => void this.keepLease(), Math.max(1000, this.deps.lease.ttlMs / 3)));
    if (m.idleNoopMs > 0) {
      this.timers.push(setInterval(() => { if (!this.scanning) client.noop().catch(() => undefined); }, m.idleNoopMs));
    }
    this.requestScan();
  }

  private async keepLease(): Promise<void> {
    try {
      if (await this.deps.lease.renew()) return;
      this.deps.logger.warn({ mailbox: this.deps.mailbox.name }, 'lost the watcher lease: standing by');
    } catch (err) {
      this.deps.logger.warn({ err }, 'cannot renew the watcher lease');
      return; // Redis may be restarting; the lease outlives a short outage
    }
    this.holdsLease = false;
    const client = this.client;
    this.client = null;
    this.clearTimers();
    client?.close();
    this.setState({ status: 'standby' });
    this.schedule(() => this.run(), this.deps.lease.ttlMs / 2);
  }

  private async ensureFolder(client: ImapFlow, path: string): Promise<void> {
    const folders = await client.list();
    if (folders.some((f) => f.path === path)) return;
    await client.mailboxCreate(path.split('/'));
  }

  /** A scan that has not finished by then hangs on a link that is dead without being closed. */
  private get watchdogMs(): number {
    return 2 * this.deps.mailbox.pollSeconds * 1000 + 15_000;
  }

  private requestScan(): void {
    if (this.stopped || !this.client) return;
    if (this.scanning) {
      if (Date.now() - this.scanStartedAt > this.watchdogMs) {
        // half-open TCP: the server neither answers nor closes; only a fresh connection helps
        this.scanning = null;
        this.fail(new Error(`mailbox not answering for ${Math.round((Date.now() - this.scanStartedAt) / 1000)} s (half-open connection?)`));
        return;
      }
      this.rescan = true;
      return;
    }
    this.scanning = this.scanLoop().finally(() => {
      this.scanning = null;
    });
  }

  private async scanLoop(): Promise<void> {
    do {
      this.rescan = false;
      const client = this.client;
      if (!client) return;
      this.scanStartedAt = Date.now();
      try {
        await this.scanOnce(client);
      } catch (err) {
        this.deps.logger.warn({ err, mailbox: this.deps.mailbox.name }, 'mailbox scan failed');
        this.setState({ lastError: String((err as Error).message ?? err) });
        if (!client.usable) return;
      }
    } while (this.rescan && !this.stopped);
    const client = this.client;
    if (client && this.deps.mailbox.idle && this.deps.mailbox.idleNoopMs === 0 && !this.stopped) {
      client.idle().catch(() => undefined);
    }
  }

  private async scanOnce(client: ImapFlow): Promise<void> {
    const m = this.deps.mailbox;
    const lock = await client.getMailboxLock(m.folders.inbox);
    try {
      const mailbox = client.mailbox;
      const uidValidity = mailbox ? String(mailbox.uidValidity) : '0';
      const uids = (await client.search({ deleted: false }, { uid: true })) || [];
      for (let i = 0; i < uids.length && !this.stopped; i += FETCH_BATCH) {
        const batch = uids.slice(i, i + FETCH_BATCH);
        const stored: number[] = [];
        let pending: RawMessageSource[] = [];
        let pendingBytes = 0;
        const storePending = async () => {
          if (pending.length === 0) return;
          await this.deps.ingest(pending);
          stored.push(...pending.map((source) => source.uid!));
          this.setState({ lastMessageAt: new Date() });
          pending = [];
          pendingBytes = 0;
        };
        for await (const msg of client.fetch(batch.join(','), { uid: true, source: true }, { uid: true })) {
          if (!msg.source) continue; // deleted between search and fetch
          pending.push({ mailbox: m.name, uidValidity, uid: msg.uid, raw: msg.source });
          pendingBytes += msg.source.length;
          // stored a few at a time (one insert, one enqueue), never holding many large messages at once
          if (pendingBytes >= STORE_BATCH_BYTES) await storePending();
        }
        await storePending();
        if (stored.length) await client.messageMove(stored.join(','), m.folders.processed, { uid: true });
      }
      this.setState({ lastCheckAt: new Date(), lastError: null, uidValidity });
    } finally {
      lock.release();
    }
  }

  private fail(err: unknown): void {
    if (this.stopped) return;
    const message = (err as Error)?.message ?? String(err);
    const authFailed = Boolean((err as { authenticationFailed?: boolean })?.authenticationFailed);
    const delay = this.backoff.next(Date.now());
    this.deps.logger.warn({ mailbox: this.deps.mailbox.name, err: message, retryInMs: delay, authFailed }, 'mailbox disconnected: reconnecting');
    this.setState({ status: authFailed ? 'auth-failed' : 'reconnecting', lastError: message, reconnects: this.state.reconnects + 1 });
    const client = this.client;
    this.client = null;
    this.clearTimers();
    client?.close();
    this.schedule(() => this.run(), delay);
  }

  private schedule(fn: () => void | Promise<void>, ms: number): void {
    if (this.stopped) return;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void fn();
    }, ms);
  }

  private clearTimers(): void {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
  }
}
