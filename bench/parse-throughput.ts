// Parse throughput per format over the golden corpus, and peak memory for a 20 MB attachment.
// Usage: npm run bench:parse [-- --seconds 3]   Prints a table and writes bench/results/parse-throughput.json.
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { parseCatalog } from '../src/core/normalize/catalog.ts';
import { parseMessage, type ParseContext } from '../src/core/parse-message.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const CORPUS = path.join(ROOT, 'test/fixtures/messages');
const secondsArg = process.argv.indexOf('--seconds');
const SECONDS_PER_GROUP = secondsArg > 0 ? Number(process.argv[secondsArg + 1]) : 2;

const ctx: ParseContext = {
  catalog: parseCatalog(readFileSync(path.join(ROOT, 'config/catalog.yaml'), 'utf8')),
  ownAddresses: ['cap4city@anci.example.it'],
  ownMessageIdDomain: 'cap4city.local',
};

const messages = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.eml'))
  .sort()
  .map((f) => ({ file: f, raw: readFileSync(path.join(CORPUS, f)) }));

// group by what the parser makes of each message: the form's source, else the kind
const groups = new Map<string, Buffer[]>();
for (const m of messages) {
  const parsed = await parseMessage(m.raw, ctx);
  const key = parsed.pec && parsed.kind === 'request' ? `pec+${parsed.form?.source ?? 'none'}` : parsed.form?.source ?? parsed.kind;
  groups.set(key, [...(groups.get(key) ?? []), m.raw]);
}

async function rate(raws: Buffer[], seconds: number): Promise<{ perSecond: number; count: number }> {
  for (const raw of raws) await parseMessage(raw, ctx); // warm-up
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    await parseMessage(raws[count % raws.length]!, ctx);
    count++;
  }
  return { perSecond: count / ((performance.now() - start) / 1000), count };
}

const rows: { group: string; messages: number; perSecond: number }[] = [];
for (const [group, raws] of [...groups.entries()].sort()) {
  const r = await rate(raws, SECONDS_PER_GROUP);
  rows.push({ group, messages: raws.length, perSecond: r.perSecond });
}
const all = await rate(messages.map((m) => m.raw), SECONDS_PER_GROUP * 2);

const big = JSON.parse(
  execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/parse-big-attachment.ts')], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').pop()!,
) as { attachmentBytes: number; peakRssMb: number; baselineRssMb: number; ms: number; kind: string; source: string | null };

console.log(`parse throughput, one core (${os.cpus()[0]?.model ?? 'cpu'}), ${SECONDS_PER_GROUP} s per group`);
console.log('group'.padEnd(22), 'msgs'.padStart(5), 'msg/s'.padStart(9));
for (const r of rows) console.log(r.group.padEnd(22), String(r.messages).padStart(5), r.perSecond.toFixed(1).padStart(9));
console.log('whole corpus'.padEnd(22), String(messages.length).padStart(5), all.perSecond.toFixed(1).padStart(9));
console.log(`20 MB attachment: peak RSS ${big.peakRssMb} MB (baseline ${big.baselineRssMb} MB), parsed in ${big.ms} ms as ${big.kind}/${big.source}`);

mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
const summary = { date: new Date().toISOString(), node: process.version, cpu: os.cpus()[0]?.model, groups: rows, corpus: { messages: messages.length, perSecond: all.perSecond }, bigAttachment: big };
writeFileSync(path.join(ROOT, 'bench/results/parse-throughput.json'), JSON.stringify(summary, null, 2));
