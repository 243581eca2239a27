// Scale-out: the same backlog drained by `cap4city start` (all in one), by `watch` + one `work`, and by
// `watch` + two `work` processes. Usage: npm run bench:scale [-- --count 2000]   Writes bench/results/scale.json.
import { randomBytes } from 'node:crypto';
import { argValue, writeResult } from './support/bench-report.ts';
import { ensureTestServers } from './support/bench-run.ts';
import { drainBacklog, type DrainLayout, type DrainResult } from './support/drain-backlog.ts';
import { buildMix, loadFixtures, serviceParseContext } from './support/message-mix.ts';

const COUNT = argValue('count', 2000);
const layouts: DrainLayout[] = [
  { name: 'start (all in one)', workers: 'start' },
  { name: 'watch + 1 work', workers: 1 },
  { name: 'watch + 2 work', workers: 2 },
];

ensureTestServers();
const ctx = serviceParseContext('bench');
const results: DrainResult[] = [];
for (const layout of layouts) {
  const mix = await buildMix(loadFixtures(), COUNT, ctx, randomBytes(3).toString('hex'));
  const r = await drainBacklog(layout, mix);
  results.push(r);
  console.log(
    `${layout.name.padEnd(20)} ${String(r.perSecond).padStart(6)} msg/s  (${r.messages} in ${r.seconds} s, ${r.answersReceived}/${r.answersExpected} answers, ${r.coresUsed} cores used by the service, peak RSS ${Object.values(r.peakRssMb).join(' / ')} MB)  load ${r.loadBefore} → ${r.loadAfter}`,
  );
}
console.log(`written to ${writeResult('scale', { count: COUNT, layouts: results })}`);
process.exit(0);
