import { readFileSync } from 'node:fs';
import path from 'node:path';
import { IntakeError } from '../../../src/core/errors.ts';
import { parseCatalog } from '../../../src/core/normalize/catalog.ts';
import { parseMessage, type ParseContext } from '../../../src/core/parse-message.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** The per-document extraction limit used while fuzzing (smaller than production's, to keep runs short). */
export const FUZZ_DOCUMENT_TIMEOUT_MS = 3_000;

export function fuzzParseContext(): ParseContext {
  return {
    catalog: parseCatalog(readFileSync(path.join(ROOT, 'config/catalog.yaml'), 'utf8')),
    ownAddresses: ['cap4city@anci.it'],
    ownMessageIdDomain: 'cap4city.anci.it',
    limits: { extract: { timeoutMs: FUZZ_DOCUMENT_TIMEOUT_MS } },
  };
}

export interface ParseTrial {
  /** An error other than IntakeError escaped parseMessage (a bug). */
  escaped: Error | null;
  durationMs: number;
  kind: string | null;
}

/** Runs the whole parse path once and reports what escaped and how long it took. */
export async function parseSafely(raw: Buffer, ctx: ParseContext): Promise<ParseTrial> {
  const started = performance.now();
  try {
    const parsed = await parseMessage(raw, ctx);
    // the result must also be serialisable, as `parse --json` and the database need it
    JSON.stringify(parsed);
    return { escaped: null, durationMs: performance.now() - started, kind: parsed.kind };
  } catch (err) {
    const durationMs = performance.now() - started;
    if (err instanceof IntakeError) return { escaped: null, durationMs, kind: null };
    return { escaped: err instanceof Error ? err : new Error(String(err)), durationMs, kind: null };
  }
}
