import { Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { SqlExecutor } from '../db/database.ts';
import type { WatcherState } from '../imap/watcher-types.ts';
import type { WebQueues } from './web-deps.ts';

const JOB_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized', 'waiting-children'] as const;

/** A registry of its own (not prom-client's global one): every gauge is read from the DB/Redis at scrape time. */
export function createMetricsRegistry(deps: {
  db: SqlExecutor;
  queues: WebQueues | null;
  watcherStates?: () => WatcherState[];
}): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'cap4city_web_' });

  new Gauge({
    name: 'cap4city_messages',
    help: 'Stored messages by kind and status',
    labelNames: ['kind', 'status'],
    registers: [registry],
    async collect() {
      this.reset();
      const { rows } = await deps.db.query<{ kind: string; status: string; count: string }>(
        'SELECT kind, status, count(*) AS count FROM messages GROUP BY kind, status',
      );
      for (const row of rows) this.set({ kind: row.kind, status: row.status }, Number(row.count));
    },
  });

  new Gauge({
    name: 'cap4city_requests',
    help: 'Requests by status',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      this.reset();
      const { rows } = await deps.db.query<{ status: string; count: string }>('SELECT status, count(*) AS count FROM requests GROUP BY status');
      for (const row of rows) this.set({ status: row.status }, Number(row.count));
    },
  });

  new Gauge({
    name: 'cap4city_outbox_mails',
    help: 'Outgoing mails by status (sent, failed, pending, sending)',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      this.reset();
      const { rows } = await deps.db.query<{ status: string; count: string }>('SELECT status, count(*) AS count FROM outbox GROUP BY status');
      for (const row of rows) this.set({ status: row.status }, Number(row.count));
    },
  });

  if (deps.queues) {
    const queues = deps.queues;
    new Gauge({
      name: 'cap4city_queue_jobs',
      help: 'BullMQ jobs by queue and state',
      labelNames: ['queue', 'state'],
      registers: [registry],
      async collect() {
        this.reset();
        for (const queue of [queues.intake, queues.mail]) {
          const counts = await queue.getJobCounts(...JOB_STATES);
          for (const state of JOB_STATES) this.set({ queue: queue.name, state }, counts[state] ?? 0);
        }
      },
    });
  }

  if (deps.watcherStates) {
    const states = deps.watcherStates;
    new Gauge({
      name: 'cap4city_watcher_reconnects',
      help: 'Reconnections of each mailbox watcher since start',
      labelNames: ['mailbox'],
      registers: [registry],
      collect() {
        this.reset();
        for (const s of states()) this.set({ mailbox: s.mailbox }, s.reconnects);
      },
    });
    new Gauge({
      name: 'cap4city_watcher_connected',
      help: '1 when the mailbox watcher is connected',
      labelNames: ['mailbox'],
      registers: [registry],
      collect() {
        this.reset();
        for (const s of states()) this.set({ mailbox: s.mailbox }, s.status === 'connected' ? 1 : 0);
      },
    });
  }
  return registry;
}
