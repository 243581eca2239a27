// The parse pool with real worker threads: same results as parsing in-process, and a message that exhausts
// a thread's memory or time fails alone, for good, while the pool keeps serving.
import { readFileSync, readdirSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildBigAttachmentMessage } from '../../bench/support/big-attachment-message.ts';
import { ParsePool, type ParsePoolOptions } from '../../src/adapters/parse-pool/parse-pool.ts';
import { IntakeError } from '../../src/core/errors.ts';
import { parseCatalog } from '../../src/core/normalize/catalog.ts';
import { parseMessage } from '../../src/core/parse-message.ts';

const DIR = new URL('../fixtures/messages/', import.meta.url).pathname;
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.eml')).sort();
const CATALOG_YAML = readFileSync(new URL('../../config/catalog.yaml', import.meta.url), 'utf8');
const OWN = { ownAddresses: ['cap4city@anci.example.it'], ownMessageIdDomain: 'cap4city.anci.example.it' };
const catalog = parseCatalog(CATALOG_YAML);
const inProcess = (raw: Buffer) => parseMessage(raw, { catalog, ...OWN });
const fixture = (name: string) => readFileSync(DIR + name);
const SMALL = '022-body-label-lines-altamura.eml';

const pools: ParsePool[] = [];
function startPool(options: Partial<ParsePoolOptions> = {}): ParsePool {
  const pool = new ParsePool({ threads: 1, catalogYaml: CATALOG_YAML, ...OWN, ...options });
  pools.push(pool);
  return pool;
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

async function failure(work: Promise<unknown>): Promise<IntakeError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IntakeError);
  return error as IntakeError;
}

describe('parse pool', () => {
  // ~42 MB once encoded: under the 50 MB read limit, far over a 32 MB heap or a 200 ms budget
  let heavy: Buffer;
  beforeAll(async () => {
    heavy = await buildBigAttachmentMessage(29 * 1024 * 1024, '<heavy@comune.bari.example.it>');
  });

  it('parses every golden-corpus message exactly as in-process parsing does, leaving the caller its bytes', async () => {
    const pool = startPool({ threads: 2 });
    for (const file of FILES) {
      const raw = fixture(file);
      const [expected, actual] = await Promise.all([inProcess(raw), pool.parse(raw)]);
      expect(actual, file).toStrictEqual(expected);
      expect(JSON.stringify(actual), file).toBe(JSON.stringify(expected));
      expect(raw.equals(fixture(file)), `${file}: the caller's buffer is intact`).toBe(true);
    }
  });

  it('fails a message that exhausts the thread heap for good, and goes on serving others', async () => {
    const pool = startPool({ maxHeapMb: 32 });
    const small = fixture(SMALL);
    const before = await pool.parse(small);

    const error = await failure(pool.parse(heavy));
    expect(error.code).toBe('parse-resource-limit');
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/memoria.*32 MB.*esaminato a mano/);

    expect(await pool.parse(small)).toStrictEqual(before);
    expect(pool.threadCount).toBe(1);
  });

  it('gives up a message over the time limit for good, and serves the next one with a fresh thread', async () => {
    const pool = startPool({ timeoutMs: 200 });
    const small = fixture(SMALL);
    await pool.parse(small);

    const started = performance.now();
    const error = await failure(pool.parse(heavy));
    expect(error.code).toBe('parse-timeout');
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/entro 0\.2 secondi.*esaminato a mano/);
    expect(performance.now() - started).toBeLessThan(5_000);

    expect(await pool.parse(small)).toStrictEqual(await inProcess(small));
  });

  it('a message that kills its thread fails alone: messages in flight on another thread and queued behind it complete', async () => {
    const pool = startPool({ threads: 2, maxHeapMb: 32 });
    const small = fixture(SMALL);
    const expected = await inProcess(small);
    const results = await Promise.allSettled([pool.parse(heavy), pool.parse(small), pool.parse(small), pool.parse(small), pool.parse(small)]);
    expect(results[0]).toMatchObject({ status: 'rejected', reason: { code: 'parse-resource-limit' } });
    for (const result of results.slice(1)) expect(result).toStrictEqual({ status: 'fulfilled', value: expected });
  });

  it('runs concurrent parses on two threads, each result going to its own caller', async () => {
    const pool = startPool({ threads: 2 });
    const raws = FILES.map(fixture);
    const expected = await Promise.all(raws.map(inProcess));
    const actual = await Promise.all(raws.map((raw) => pool.parse(raw)));
    expect(pool.threadCount).toBe(2);
    actual.forEach((parsed, i) => expect(parsed, FILES[i]).toStrictEqual(expected[i]));
  });

  it('does not reuse a thread whose extractor was given up on by its timer (it may still be running there)', async () => {
    const pool = startPool({ limits: { extract: { timeoutMs: 1 } } });
    const parsed = await pool.parse(fixture('001-pdf-form-matera.eml'));
    expect(parsed.warnings.some((warning) => warning.startsWith('extract-timeout:'))).toBe(true);
    expect(pool.threadCount).toBe(0);
    expect((await pool.parse(fixture(SMALL))).kind).toBe('request');
    expect(pool.threadCount).toBe(1);
  });

  it('starts no thread until a message comes', () => {
    const pool = startPool({ threads: 2 });
    expect(pool.threadCount).toBe(0);
  });

  it('close() ends the threads, abandons messages in hand as retryable, and refuses later ones', async () => {
    const pool = startPool({ threads: 1 });
    await pool.parse(fixture(SMALL));
    expect(pool.threadCount).toBe(1);

    const abandoned = [failure(pool.parse(heavy)), failure(pool.parse(fixture(SMALL)))];
    await pool.close();
    expect(pool.threadCount).toBe(0);
    for (const error of await Promise.all(abandoned)) {
      expect(error.code).toBe('shutting-down');
      expect(error.retryable).toBe(true);
    }

    const later = await failure(pool.parse(fixture(SMALL)));
    expect(later.code).toBe('shutting-down');
    expect(later.message).toMatch(/parse pool is closed/);
  });
});
