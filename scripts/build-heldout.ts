// Writes the held-out corpus test/fixtures/heldout/NNN-name.eml + NNN-name.expected.json.
// Run: npx tsx scripts/build-heldout.ts  (deterministic). Written without reading the parser, to measure how it
// generalises; it is scored by `npm run bench:accuracy`, not by the test suite.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FixtureCase } from './fixtures/fixture-case.ts';
import { LAYOUT_CASES } from './heldout/cases/layout-cases.ts';
import { OTHER_CASES } from './heldout/cases/other-cases.ts';
import { PEC_CASES } from './heldout/cases/pec-cases.ts';
import { PROSE_CASES } from './heldout/cases/prose-cases.ts';

const OUTPUT_DIR = new URL('../test/fixtures/heldout/', import.meta.url).pathname;
const CASES: FixtureCase[] = [...LAYOUT_CASES, ...PROSE_CASES, ...PEC_CASES, ...OTHER_CASES];

async function main(): Promise<void> {
  if (new Set(CASES.map((c) => c.name)).size !== CASES.length) throw new Error('duplicate held-out case names');
  mkdirSync(OUTPUT_DIR, { recursive: true });
  for (const file of readdirSync(OUTPUT_DIR)) if (/^\d{3}-.*\.(eml|expected\.json)$/.test(file)) rmSync(join(OUTPUT_DIR, file));
  for (const [index, heldout] of CASES.entries()) {
    const base = `${String(index + 1).padStart(3, '0')}-${heldout.name}`;
    writeFileSync(join(OUTPUT_DIR, `${base}.eml`), await heldout.build());
    writeFileSync(join(OUTPUT_DIR, `${base}.expected.json`), `${JSON.stringify(heldout.expected, null, 2)}\n`);
  }
  console.log(`wrote ${CASES.length} held-out messages to ${OUTPUT_DIR}`);
}

await main();
