import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileMessage, loadSeedMessages, pathologicalMessage, randomMimeTree } from './hostile-messages.ts';
import { FUZZ_DOCUMENT_TIMEOUT_MS, fuzzParseContext, parseSafely } from './parse-safely.ts';

// A bounded run for the suite; `npm run fuzz` runs the same properties for as long as asked.
const ctx = fuzzParseContext();
const seeds = loadSeedMessages(200_000);
// the whole message may hold a few documents, each with its own limit; this leaves room for a busy machine
const CALL_BUDGET_MS = FUZZ_DOCUMENT_TIMEOUT_MS * 2;

async function expectSafe(raw: Buffer): Promise<void> {
  const trial = await parseSafely(raw, ctx);
  if (trial.escaped) throw new Error(`parseMessage threw ${trial.escaped.name}: ${trial.escaped.message}\n${trial.escaped.stack ?? ''}`);
  expect(trial.durationMs).toBeLessThan(CALL_BUDGET_MS);
}

describe('hostile input fuzzing of the whole parse path', () => {
  it('loads the real corpus as seeds', () => {
    expect(seeds.length).toBeGreaterThan(100);
  });

  it('mutated real messages (truncated, bit-flipped, spliced, wrong charsets, giant headers) never throw past IntakeError', async () => {
    await fc.assert(fc.asyncProperty(hostileMessage(seeds), expectSafe), { numRuns: 40, seed: Number(process.env.FUZZ_SEED ?? 20260112) });
  }, 60_000);

  it('random MIME trees never throw past IntakeError', async () => {
    await fc.assert(fc.asyncProperty(randomMimeTree(), expectSafe), { numRuns: 60, seed: 7 });
  }, 60_000);

  it('deep nesting and thousands of parts finish in time', async () => {
    await fc.assert(fc.asyncProperty(pathologicalMessage(), expectSafe), { numRuns: 8, seed: 11 });
  }, 60_000);

  it('an empty message and pure noise are handled', async () => {
    await expectSafe(Buffer.alloc(0));
    await expectSafe(Buffer.from('\r\n\r\n\r\n'));
    await expectSafe(Buffer.alloc(70_000, 0xff));
  });
});

describe('hostile Authentication-Results headers', () => {
  it('the sender check never throws and never says authenticated for a forged header below ours', async () => {
    const { checkSender } = await import('../../../src/core/sender-auth/check-sender.ts');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ maxLength: 300 }), { maxLength: 6 }), hostileMessage(seeds.slice(0, 10)), async (values, raw) => {
        const headers = values.map((v) => `Authentication-Results: ${v.replace(/[\r\n]/g, ' ')}\r\n`).join('');
        const forged = Buffer.concat([Buffer.from(`Authentication-Results: mx.ours; dmarc=fail\r\n${headers}`), raw]);
        const judgement = await checkSender(forged, { mode: 'headers', trustedAuthservIds: [] });
        expect(judgement.verdict).toBe('not-authenticated');
      }),
      { numRuns: 100, seed: 3 },
    );
  });
});
