// Backlog drain: 2,000 realistic messages (the golden corpus cycled, each with its own Message-ID) are in
// INBOX before `cap4city start` starts; timed until every answer has reached the SMTP sink. Compared with
// the parse-only limit: the same messages parsed one after another in this process.
// Usage: npm run bench:backlog [-- --count 2000]   Writes bench/results/backlog.json.
import { randomBytes } from 'node:crypto';
import { argValue, loadAverage, writeResult } from './support/bench-report.ts';
import { ensureTestServers } from './support/bench-run.ts';
import { drainBacklog } from './support/drain-backlog.ts';
import { buildMix, loadFixtures, parseOnlyRate, serviceParseContext } from './support/message-mix.ts';

const COUNT = argValue('count', 2000);
// --intake-concurrency N / --mail-concurrency N: run the service with other queue concurrencies (default: the service's)
const tuning: Record<string, string> = {};
if (argValue('intake-concurrency', 0) > 0) tuning.INTAKE_CONCURRENCY = String(argValue('intake-concurrency', 0));
if (argValue('mail-concurrency', 0) > 0) tuning.MAIL_CONCURRENCY = String(argValue('mail-concurrency', 0));

ensureTestServers();
const ctx = serviceParseContext('bench');
const mix = await buildMix(loadFixtures(), COUNT, ctx, randomBytes(3).toString('hex'));
// the parser's lazy modules loaded first, as in a running service
await parseOnlyRate(loadFixtures().map((f) => f.raw), ctx);
const loadBeforeParse = loadAverage();
const parseOnly = await parseOnlyRate(mix.map((m) => m.raw), ctx);
console.log(`parse only (one process, one thread): ${parseOnly.perSecond.toFixed(1)} msg/s (${parseOnly.messages} in ${parseOnly.seconds.toFixed(1)} s)  load ${loadBeforeParse}`);

const pipeline = await drainBacklog({ name: 'start', workers: 'start' }, mix, { env: tuning, timeoutMs: argValue('timeout', 0) * 1000 || undefined });
const ratio = pipeline.perSecond / parseOnly.perSecond;
console.log(
  `pipeline (cap4city start): ${pipeline.perSecond} msg/s (${pipeline.messages} in ${pipeline.seconds} s, ${pipeline.answersReceived}/${pipeline.answersExpected} answers, ${pipeline.coresUsed} cores used, peak RSS ${Object.values(pipeline.peakRssMb).join(', ')} MB)  load ${pipeline.loadBefore} → ${pipeline.loadAfter}`,
);
console.log(`ratio pipeline / parse-only: ${(ratio * 100).toFixed(0)} % → target (≥ 50 %) ${ratio >= 0.5 ? 'met' : 'NOT met'}  (APPEND of the backlog took ${pipeline.appendSeconds} s)`);
console.log(`written to ${writeResult(Object.keys(tuning).length ? 'backlog-tuned' : 'backlog', { count: COUNT, tuning, parseOnly: { ...parseOnly, load: loadBeforeParse }, pipeline, ratio: Math.round(ratio * 1000) / 1000, targetMet: ratio >= 0.5 })}`);
process.exit(0);
