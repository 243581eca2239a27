/**
 * Long fuzzing run of the whole parse path (`npm run fuzz`; FUZZ_SECONDS, default 300; FUZZ_SEED).
 * Prints every input that threw past IntakeError or took longer than the limit (saved under
 * FUZZ_OUT_DIR), and the heap after GC per batch, to show that memory does not grow without bound.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import fc from 'fast-check';
import { hostileMessage, loadSeedMessages } from '../unit/fuzz/hostile-messages.ts';
import { FUZZ_DOCUMENT_TIMEOUT_MS, fuzzParseContext, parseSafely } from '../unit/fuzz/parse-safely.ts';

const seconds = Number(process.env.FUZZ_SECONDS ?? 300);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const outDir = path.resolve(process.env.FUZZ_OUT_DIR ?? 'data/fuzz-findings');
const BATCH = 50;
const CALL_BUDGET_MS = FUZZ_DOCUMENT_TIMEOUT_MS * 2;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const ctx = fuzzParseContext();
const seeds = loadSeedMessages();
const inputs = hostileMessage(seeds);
const deadline = Date.now() + seconds * 1000;
const heapMb: number[] = [];
let runs = 0;
let findings = 0;
let slowest = 0;
let batchIndex = 0;

console.log(`fuzzing parseMessage for ${seconds} s, seed ${seed}, ${seeds.length} seed messages`);
while (Date.now() < deadline) {
  const batch = fc.sample(inputs, { numRuns: BATCH, seed: seed + batchIndex++ });
  for (const raw of batch) {
    const trial = await parseSafely(raw, ctx);
    runs++;
    slowest = Math.max(slowest, trial.durationMs);
    if (trial.escaped || trial.durationMs > CALL_BUDGET_MS) {
      findings++;
      mkdirSync(outDir, { recursive: true });
      const file = path.join(outDir, `finding-${seed}-${runs}.eml`);
      writeFileSync(file, raw);
      console.log(`FINDING ${trial.escaped ? `threw ${trial.escaped.name}: ${trial.escaped.message}` : `took ${trial.durationMs.toFixed(0)} ms`} → ${file}`);
      if (trial.escaped?.stack) console.log(trial.escaped.stack.split('\n').slice(0, 8).join('\n'));
    }
    if (Date.now() >= deadline) break;
  }
  gc();
  heapMb.push(process.memoryUsage().heapUsed / 2 ** 20);
  if (batchIndex % 10 === 0) console.log(`${runs} inputs, heap ${heapMb.at(-1)!.toFixed(1)} MB, slowest ${slowest.toFixed(0)} ms`);
}

const third = Math.max(1, Math.floor(heapMb.length / 3));
const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const early = avg(heapMb.slice(0, third));
const late = avg(heapMb.slice(-third));
const growthMb = late - early;
const memoryOk = heapMb.length < 6 || growthMb < 64;
console.log(
  JSON.stringify({ runs, findings, seed, slowestMs: Math.round(slowest), heapEarlyMb: +early.toFixed(1), heapLateMb: +late.toFixed(1), heapGrowthMb: +growthMb.toFixed(1), memoryOk }),
);
process.exit(findings === 0 && memoryOk ? 0 : 1);
