import pg from 'pg';
import { loadAverage } from './bench-report.ts';
import { prepareBenchRun, type BenchRunOptions } from './bench-run.ts';
import type { MixMessage } from './message-mix.ts';
import { spawnService, type ServiceProcess } from './service-process.ts';

export interface DrainLayout {
  name: string;
  /** 'start' (all in one), or a watcher plus this many `work` processes */
  workers: number | 'start';
}

export interface DrainResult {
  layout: string;
  messages: number;
  answersExpected: number;
  answersReceived: number;
  appendSeconds: number;
  /** watcher connected → every answer at the sink and every message out of 'received' */
  seconds: number;
  perSecond: number;
  /** CPU seconds of the service processes during the drain / wall seconds: how many cores were used */
  coresUsed: number;
  peakRssMb: Record<string, number>;
  loadBefore: string;
  loadAfter: string;
  serviceWarnings: string[];
  /** fixtures whose expected answer did not come (none when all is well) */
  missingAnswersByFixture: Record<string, number>;
  /** the messages table at the end, by status and kind */
  messageStatuses: Record<string, number>;
}

/**
 * APPENDs the whole backlog to the bench mailbox, then starts the real service processes and times
 * until every expected answer has reached the sink and no message is left unprocessed.
 */
export async function drainBacklog(layout: DrainLayout, mix: MixMessage[], options: BenchRunOptions & { timeoutMs?: number; onSample?: (processes: ServiceProcess[]) => void } = {}): Promise<DrainResult> {
  const run = await prepareBenchRun({ pollSeconds: 300, ...options });
  const processes: ServiceProcess[] = [];
  const db = new pg.Client({ connectionString: run.database.url });
  try {
    const appendStart = performance.now();
    for (const message of mix) await run.imap.appendMessage('INBOX', message.raw);
    const appendSeconds = (performance.now() - appendStart) / 1000;
    const expected = new Set(mix.flatMap((m) => (m.answerInReplyTo ? [m.answerInReplyTo] : [])));
    const loadBefore = loadAverage();

    if (layout.workers === 'start') {
      processes.push(spawnService('start', run.serviceEnv));
    } else {
      for (let i = 0; i < layout.workers; i++) processes.push(spawnService('work', run.serviceEnv));
      await run.waitForWorkers(layout.workers);
      processes.push(spawnService('watch', run.serviceEnv));
    }
    await run.waitForWatcherConnected();
    const t0 = performance.now();
    const cpu0 = processes.map((p) => p.cpuSeconds() ?? 0);
    await db.connect();

    const answered = new Set<string>();
    let seen = 0;
    const countAnswers = () => {
      for (; seen < run.sink.acks.length; seen++) {
        const inReplyTo = run.sink.acks[seen]!.inReplyTo;
        if (inReplyTo && expected.has(inReplyTo)) answered.add(inReplyTo);
      }
      return answered.size;
    };
    const deadline = Date.now() + (options.timeoutMs ?? Math.max(120_000, mix.length * 200));
    const peak: Record<string, number> = {};
    let lastAnswerAt = t0;
    for (;;) {
      const before = answered.size;
      if (countAnswers() > before) lastAnswerAt = run.sink.acks[run.sink.acks.length - 1]!.at;
      for (const p of processes) {
        const memory = p.memory();
        const key = `${p.role}-${p.pid}`;
        if (memory) peak[key] = Math.max(peak[key] ?? 0, memory.hwmMb);
      }
      options.onSample?.(processes);
      if (answered.size >= expected.size) {
        const { rows } = await db.query<{ done: string; total: string }>(`SELECT count(*) FILTER (WHERE status <> 'received') AS done, count(*) AS total FROM messages`);
        if (Number(rows[0]!.done) >= mix.length) break;
      }
      if (Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const end = Math.max(lastAnswerAt, performance.now() - 100);
    const seconds = (end - t0) / 1000;
    const { rows: statusRows } = await db.query<{ key: string; n: string }>(
      `SELECT 'message ' || status || '/' || kind AS key, count(*) AS n FROM messages GROUP BY 1
       UNION ALL SELECT 'outbox ' || status || '/' || template, count(*) FROM outbox GROUP BY 1
       UNION ALL SELECT 'unanswered request ' || r.status || ' replyTo=' || coalesce(r.reply_to, 'null'), count(*) FROM requests r
         WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.request_id = r.id AND o.template IN ('acknowledgement', 'information-missing')) GROUP BY 1
       ORDER BY 1`,
    );
    const missingAnswersByFixture: Record<string, number> = {};
    countAnswers();
    for (const m of mix) if (m.answerInReplyTo && !answered.has(m.answerInReplyTo)) missingAnswersByFixture[m.fixture] = (missingAnswersByFixture[m.fixture] ?? 0) + 1;
    const cpu = processes.reduce((sum, p, i) => sum + ((p.cpuSeconds() ?? 0) - cpu0[i]!), 0);
    return {
      layout: layout.name,
      messages: mix.length,
      answersExpected: expected.size,
      answersReceived: countAnswers(),
      appendSeconds: Math.round(appendSeconds * 10) / 10,
      seconds: Math.round(seconds * 100) / 100,
      perSecond: Math.round((mix.length / seconds) * 10) / 10,
      coresUsed: Math.round((cpu / seconds) * 100) / 100,
      peakRssMb: peak,
      loadBefore,
      loadAfter: loadAverage(),
      serviceWarnings: processes.flatMap((p) => p.logLines).slice(0, 20),
      missingAnswersByFixture,
      messageStatuses: Object.fromEntries(statusRows.map((r) => [r.key, Number(r.n)])),
    };
  } finally {
    await db.end().catch(() => undefined);
    await Promise.all(processes.map((p) => p.stop()));
    await run.close();
  }
}
