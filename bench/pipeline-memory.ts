// Memory of the real service (`cap4city start`): peak RSS while it takes in a request with a 20 MB
// attachment, then RSS over a soak of realistic messages (sampled from /proc/<pid>/status after each chunk).
// Usage: npm run bench:memory [-- --soak 10000 --chunk 500 --warmup 1000]   Writes bench/results/memory.json.
import { randomBytes } from 'node:crypto';
import { appendAndTime } from './support/append-and-time.ts';
import { argValue, loadAverage, writeResult } from './support/bench-report.ts';
import { ensureTestServers, prepareBenchRun } from './support/bench-run.ts';
import { buildBigAttachmentMessage } from './support/big-attachment-message.ts';
import { buildMix, loadFixtures, serviceParseContext, type MixMessage } from './support/message-mix.ts';
import { spawnService, type ServiceProcess } from './support/service-process.ts';

const SOAK = argValue('soak', 10_000);
const CHUNK = argValue('chunk', 500);
const WARM_UP = argValue('warmup', 1000);
const BIG_BYTES = 20 * 1024 * 1024;

ensureTestServers();
const ctx = serviceParseContext('bench');
const tag = randomBytes(3).toString('hex');

/** Samples VmRSS every 50 ms while `work` runs; returns the highest VmHWM and VmRSS seen. */
async function sampled<T>(service: ServiceProcess, work: () => Promise<T>): Promise<{ result: T; peakHwmMb: number; peakRssMb: number }> {
  let peakHwmMb = 0;
  let peakRssMb = 0;
  const sample = () => {
    const m = service.memory();
    if (m) {
      peakHwmMb = Math.max(peakHwmMb, m.hwmMb);
      peakRssMb = Math.max(peakRssMb, m.rssMb);
    }
  };
  const timer = setInterval(sample, 50);
  try {
    const result = await work();
    sample();
    return { result, peakHwmMb, peakRssMb };
  } finally {
    clearInterval(timer);
  }
}

// 1. one request with a 20 MB attachment, in a warmed-up service
const bigRun = await prepareBenchRun();
let big: Record<string, unknown>;
{
  const service = spawnService('start', bigRun.serviceEnv);
  try {
    await bigRun.waitForWorkers(1);
    await bigRun.waitForWatcherConnected();
    const fixtures = loadFixtures();
    await appendAndTime(bigRun.imap, bigRun.sink, await buildMix(fixtures, fixtures.length, ctx, `${tag}w`), 20, 60_000);
    const before = service.memory()!;
    const messageId = `<bench-${tag}-big@bench.example.it>`;
    const raw = await buildBigAttachmentMessage(BIG_BYTES, messageId);
    const message: MixMessage = { fixture: 'big-attachment', raw, messageId, answerInReplyTo: messageId };
    const { result, peakHwmMb, peakRssMb } = await sampled(service, () => appendAndTime(bigRun.imap, bigRun.sink, [message], 0, 120_000));
    big = { attachmentBytes: BIG_BYTES, messageBytes: raw.length, rssBeforeMb: before.rssMb, hwmBeforeMb: before.hwmMb, peakHwmMb, peakRssMb, answeredInMs: Math.round(result.latencies[0] ?? NaN), answered: result.missing === 0, load: loadAverage(), targetMet: peakHwmMb < 300 };
    console.log(`20 MB attachment: peak RSS ${peakHwmMb} MB (before ${before.rssMb} MB, HWM so far ${before.hwmMb} MB), answered in ${big.answeredInMs} ms → target (< 300 MB) ${peakHwmMb < 300 ? 'met' : 'NOT met'}  load ${big.load}`);
  } finally {
    await service.stop();
    await bigRun.close();
  }
}

// 2. soak: chunks appended back to back, RSS after each chunk once its answers are in
const soakRun = await prepareBenchRun();
const samples: Array<{ messages: number; rssMb: number; hwmMb: number; load: string }> = [];
{
  const service = spawnService('start', soakRun.serviceEnv);
  try {
    await soakRun.waitForWorkers(1);
    await soakRun.waitForWatcherConnected();
    const fixtures = loadFixtures();
    let done = 0;
    while (done < SOAK) {
      const chunk = await buildMix(fixtures, Math.min(CHUNK, SOAK - done), ctx, `${tag}s${done}`);
      const timed = await appendAndTime(soakRun.imap, soakRun.sink, chunk, 0, 600_000);
      done += chunk.length;
      const m = service.memory()!;
      samples.push({ messages: done, rssMb: m.rssMb, hwmMb: m.hwmMb, load: loadAverage() });
      console.log(`soak ${String(done).padStart(6)} messages: RSS ${m.rssMb} MB (peak ${m.hwmMb} MB)${timed.missing ? `, ${timed.missing} answers missing` : ''}  load ${loadAverage()}`);
    }
  } finally {
    await service.stop();
    await soakRun.close();
  }
}
const afterWarmUp = samples.find((s) => s.messages >= WARM_UP) ?? samples[0]!;
const laterSamples = samples.filter((s) => s.messages > afterWarmUp.messages);
const last = samples[samples.length - 1]!;
const maxLater = Math.max(afterWarmUp.rssMb, ...laterSamples.map((s) => s.rssMb));
const growth = (maxLater - afterWarmUp.rssMb) / afterWarmUp.rssMb;
console.log(`soak: RSS ${afterWarmUp.rssMb} MB after ${afterWarmUp.messages} messages (warm-up), at most ${maxLater} MB later, ${last.rssMb} MB at the end: growth ${(growth * 100).toFixed(1)} % → target (≤ 10 %) ${growth <= 0.1 ? 'met' : 'NOT met'}`);
console.log(`written to ${writeResult('memory', { bigAttachment: big, soak: { messages: SOAK, chunk: CHUNK, warmUpMessages: afterWarmUp.messages, rssAfterWarmUpMb: afterWarmUp.rssMb, maxRssAfterWarmUpMb: maxLater, growth: Math.round(growth * 1000) / 1000, targetMet: growth <= 0.1, samples } })}`);
process.exit(0);
