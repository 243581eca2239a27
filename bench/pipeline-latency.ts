// Pick-up latency of the real service (`cap4city start`) against Dovecot: APPEND one message at a time,
// ~300 ms apart, and time each until its answer reaches the SMTP sink. Compared with the floor, a minimal
// IDLE → fetch → reply loop in this process, with IDLE and with a NOOP poll (idleNoopMs).
// Usage: npm run bench:latency [-- --count 200 --spacing 300 --noop 50]   Writes bench/results/latency.json.
import { randomBytes } from 'node:crypto';
import { appendAndTime } from './support/append-and-time.ts';
import { argFlag, argValue, loadAverage, writeResult } from './support/bench-report.ts';
import { ensureTestServers, prepareBenchRun } from './support/bench-run.ts';
import { startFloorLoop } from './support/floor-loop.ts';
import { buildMix, loadFixtures, serviceParseContext } from './support/message-mix.ts';
import { summarizeLatencies, type LatencySummary } from './support/percentiles.ts';
import { spawnService } from './support/service-process.ts';
import { stageBreakdown, type StageBreakdown } from './support/stage-breakdown.ts';

const COUNT = argValue('count', 200);
const SPACING_MS = argValue('spacing', 300);
const NOOP_MS = argValue('noop', 50);
// one pass over every answered fixture first: a running service has loaded its lazy parsers (pdf.js, …)
const WARM_UP_SPACING_MS = 100;
// --trace: the service logs at info, and the time is split into pick-up and intake + send
const TRACE = argFlag('trace');

interface Scenario {
  name: string;
  runner: 'service' | 'floor';
  idleNoopMs: number;
}

ensureTestServers();
// answered fixtures only: each appended message must produce one answer to time
const ctx = serviceParseContext('bench');
const fixtures = loadFixtures();
const answered = (await buildMix(fixtures, fixtures.length, ctx, 'probe')).filter((m) => m.answerInReplyTo).map((m) => fixtures.find((f) => f.file === m.fixture)!);

const scenarios: Scenario[] = [
  { name: 'floor, IDLE', runner: 'floor', idleNoopMs: 0 },
  { name: 'service, IDLE', runner: 'service', idleNoopMs: 0 },
  { name: `floor, NOOP every ${NOOP_MS} ms`, runner: 'floor', idleNoopMs: NOOP_MS },
  { name: `service, idleNoopMs ${NOOP_MS}`, runner: 'service', idleNoopMs: NOOP_MS },
];

const results: Array<Scenario & { latency: LatencySummary; missing: number; load: string; serviceLog?: string[]; stages?: StageBreakdown }> = [];
for (const scenario of scenarios) {
  const run = await prepareBenchRun({ idleNoopMs: scenario.idleNoopMs });
  const tag = randomBytes(3).toString('hex');
  const warmUp = answered.length;
  const messages = await buildMix(answered, warmUp + COUNT, ctx, tag);
  let stop: () => Promise<void>;
  let serviceLog: string[] | undefined;
  if (scenario.runner === 'service') {
    const service = spawnService('start', TRACE ? { ...run.serviceEnv, LOG_LEVEL: 'info' } : run.serviceEnv);
    serviceLog = service.logLines;
    stop = () => service.stop();
    await run.waitForWorkers(1);
    await run.waitForWatcherConnected();
  } else {
    const floor = await startFloorLoop({ host: run.testEnv.imap.host, port: run.testEnv.imap.port, user: run.account.user, pass: run.account.pass, smtpUrl: run.sink.url, idleNoopMs: scenario.idleNoopMs });
    stop = () => floor.stop();
  }
  try {
    await appendAndTime(run.imap, run.sink, messages.slice(0, warmUp), WARM_UP_SPACING_MS);
    const timed = await appendAndTime(run.imap, run.sink, messages.slice(warmUp), SPACING_MS);
    const latency = summarizeLatencies(timed.latencies);
    const load = loadAverage();
    const stages = TRACE && serviceLog ? stageBreakdown(timed, serviceLog) : undefined;
    const warnings = serviceLog?.filter((line) => !line.includes('"level":30'));
    results.push({ ...scenario, latency, missing: timed.missing, load, ...(warnings?.length ? { serviceLog: warnings.slice(0, 20) } : {}), ...(stages ? { stages } : {}) });
    console.log(
      `${scenario.name.padEnd(28)} p50 ${latency.p50.toFixed(0).padStart(5)} ms  p95 ${latency.p95.toFixed(0).padStart(5)}  p99 ${latency.p99.toFixed(0).padStart(5)}  max ${latency.max.toFixed(0).padStart(5)}  n=${latency.count} missing=${timed.missing}  load ${load}`,
    );
    if (stages) {
      for (const [stage, s] of Object.entries(stages)) console.log(`    ${stage.padEnd(13)} p50 ${s.p50.toFixed(0).padStart(5)} ms  p95 ${s.p95.toFixed(0).padStart(5)}  p99 ${s.p99.toFixed(0).padStart(5)}  max ${s.max.toFixed(0).padStart(5)}`);
    }
  } finally {
    await stop();
    await run.close();
  }
}

const byName = (runner: string, noop: boolean) => results.find((r) => r.runner === runner && (r.idleNoopMs > 0) === noop)!;
const verdicts = [false, true].map((noop) => {
  const floor = byName('floor', noop).latency;
  const service = byName('service', noop).latency;
  return { mode: noop ? `idleNoopMs ${NOOP_MS}` : 'IDLE', p50OverFloor: Math.round(service.p50 - floor.p50), p99OverFloor: Math.round(service.p99 - floor.p99), targetMet: service.p50 - floor.p50 <= 100 && service.p99 - floor.p99 <= 100 };
});
for (const v of verdicts) console.log(`${v.mode}: service − floor = ${v.p50OverFloor} ms at p50, ${v.p99OverFloor} ms at p99 → target (≤ +100 ms) ${v.targetMet ? 'met' : 'NOT met'}`);
console.log(`written to ${writeResult('latency', { count: COUNT, spacingMs: SPACING_MS, scenarios: results, verdicts })}`);
process.exit(0);
