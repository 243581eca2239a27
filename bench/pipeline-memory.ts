// Memory of the real service (`cap4city start`): peak RSS while it takes in a request with a 20 MB
// attachment, then RSS over a soak of realistic messages (sampled from /proc/<pid>/status after each chunk).
// Usage: npm run bench:memory [-- --soak 10000 --chunk 500 --warmup 1000]   Writes bench/results/memory.json.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Queue, type ConnectionOptions } from 'bullmq';
import { redisOptions } from '../src/adapters/redis/redis-connection.ts';
import { appendAndTime } from './support/append-and-time.ts';
import { argValue, loadAverage, writeResult } from './support/bench-report.ts';
import { ensureTestServers, prepareBenchRun } from './support/bench-run.ts';
import { buildBigAttachmentMessage } from './support/big-attachment-message.ts';
import { buildMix, loadFixtures, serviceParseContext, type MixMessage } from './support/message-mix.ts';
import { spawnService, type ServiceProcess } from './support/service-process.ts';
import type { BenchRun } from './support/bench-run.ts';

const SOAK = argValue('soak', 10_000);
const CHUNK = argValue('chunk', 500);
const WARM_UP = argValue('warmup', 1000);
const BIG_BYTES = 20 * 1024 * 1024;
// the service of the 20 MB run ends its OCR thread this soon after the last scan (OCR_IDLE_EXIT_MS)
const OCR_IDLE_EXIT_MS = 2000;

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

/**
 * Waits until the run's OCR queue has nothing waiting or in hand, and has stayed so for longer than the
 * service's OCR idle exit: the OCR thread has then ended, and the next figure is not a scan being read.
 */
async function ocrSettled(run: BenchRun, idleExitMs: number, timeoutMs = 300_000): Promise<void> {
  const queue = new Queue('ocr', { connection: redisOptions(run.testEnv.redisUrl) as ConnectionOptions, prefix: run.queuePrefix });
  const busy = async () => {
    const counts = await queue.getJobCounts('active', 'waiting', 'delayed', 'prioritized', 'waiting-children');
    return Object.values(counts).reduce((sum, count) => sum + count, 0) > 0;
  };
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (Date.now() > deadline) throw new Error(`OCR queue still busy after ${timeoutMs} ms`);
      if (await busy()) {
        await sleep(200);
        continue;
      }
      await sleep(idleExitMs + 2000);
      if (!(await busy())) return;
    }
  } finally {
    await queue.close();
  }
}

/**
 * Starts the process's VmHWM afresh from its current RSS (Linux: 5 to /proc/<pid>/clear_refs), so the peak
 * that follows is the next message's, not the warm-up's. False where the kernel does not allow it.
 */
function resetPeakRss(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

// 1. one request with a 20 MB attachment, in a warmed-up service whose OCR thread has read the corpus's scans and ended
const bigRun = await prepareBenchRun({ env: { OCR_IDLE_EXIT_MS: String(OCR_IDLE_EXIT_MS) } });
let big: Record<string, unknown>;
{
  const service = spawnService('start', bigRun.serviceEnv);
  try {
    await bigRun.waitForWorkers(1);
    await bigRun.waitForWatcherConnected();
    const fixtures = loadFixtures();
    await appendAndTime(bigRun.imap, bigRun.sink, await buildMix(fixtures, fixtures.length, ctx, `${tag}w`), 20, 60_000);
    await ocrSettled(bigRun, OCR_IDLE_EXIT_MS);
    const before = service.memory()!;
    const hwmReset = resetPeakRss(service.pid);
    const messageId = `<bench-${tag}-big@bench.example.it>`;
    const raw = await buildBigAttachmentMessage(BIG_BYTES, messageId);
    const message: MixMessage = { fixture: 'big-attachment', raw, messageId, answerInReplyTo: messageId };
    const { result, peakHwmMb, peakRssMb } = await sampled(service, () => appendAndTime(bigRun.imap, bigRun.sink, [message], 0, 120_000));
    big = { attachmentBytes: BIG_BYTES, ocrIdleExitMs: OCR_IDLE_EXIT_MS, hwmReset, messageBytes: raw.length, rssBeforeMb: before.rssMb, hwmBeforeMb: before.hwmMb, peakHwmMb, peakRssMb, answeredInMs: Math.round(result.latencies[0] ?? NaN), answered: result.missing === 0, load: loadAverage(), targetMet: peakHwmMb < 300 };
    console.log(`20 MB attachment: peak RSS ${peakHwmMb} MB (before ${before.rssMb} MB, HWM of the warm-up ${before.hwmMb} MB${hwmReset ? ', reset' : ', NOT reset: the peak may be the warm-up'}), answered in ${big.answeredInMs} ms → target (< 300 MB) ${peakHwmMb < 300 ? 'met' : 'NOT met'}  load ${big.load}`);
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
