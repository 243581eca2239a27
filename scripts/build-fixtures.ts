// Writes the golden corpus test/fixtures/messages/NNN-name.eml + NNN-name.expected.json.
// Run: npx tsx scripts/build-fixtures.ts  (deterministic: rebuilding gives the same bytes)
// The expected outputs assume the ParseContext documented in scripts/fixtures/parse-context.ts.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EDGE_CASES } from './fixtures/cases/edge-cases.ts';
import { FORM_CASES } from './fixtures/cases/form-cases.ts';
import { HOSTILE_CASES } from './fixtures/cases/hostile-cases.ts';
import { LAYOUT_CASES } from './fixtures/cases/layout-cases.ts';
import { MESSAGE_CASES } from './fixtures/cases/message-cases.ts';
import { PEC_CASES } from './fixtures/cases/pec-cases.ts';
import { SIGNED_CASES } from './fixtures/cases/signed-cases.ts';
import type { FixtureCase } from './fixtures/fixture-case.ts';

const OUTPUT_DIR = new URL('../test/fixtures/messages/', import.meta.url).pathname;
const CASES: FixtureCase[] = [...FORM_CASES, ...LAYOUT_CASES, ...PEC_CASES, ...SIGNED_CASES, ...MESSAGE_CASES, ...EDGE_CASES, ...HOSTILE_CASES];

async function main(): Promise<void> {
  const names = new Set(CASES.map((c) => c.name));
  if (names.size !== CASES.length) throw new Error('duplicate fixture names');
  mkdirSync(OUTPUT_DIR, { recursive: true });
  for (const file of readdirSync(OUTPUT_DIR)) if (/^\d{3}-.*\.(eml|expected\.json)$/.test(file)) rmSync(join(OUTPUT_DIR, file));
  for (const [index, fixture] of CASES.entries()) {
    const base = `${String(index + 1).padStart(3, '0')}-${fixture.name}`;
    writeFileSync(join(OUTPUT_DIR, `${base}.eml`), await fixture.build());
    writeFileSync(join(OUTPUT_DIR, `${base}.expected.json`), `${JSON.stringify(fixture.expected, null, 2)}\n`);
  }
  console.log(`wrote ${CASES.length} fixtures to ${OUTPUT_DIR}`);
}

await main();
