// Writes the layout zoo test/fixtures/zoo/NNN-category-name.eml + .expected.json from test/fixtures/zoo/SPEC.md.
// Run: node --import tsx scripts/build-zoo.ts  (deterministic). Written without reading the parser, to measure how it
// generalises to documents made by other hands; scored by `npm run bench:accuracy`, not by the test suite.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ZOO_COMUNI, verifyComuni } from './zoo/comuni.ts';
import { BODY_CASES } from './zoo/cases/body.ts';
import { INCOMPLETE_CASES } from './zoo/cases/incomplete.ts';
import { LETTERHEAD_PDF_CASES } from './zoo/cases/letterhead-pdf.ts';
import { LETTER_CASES } from './zoo/cases/letters.ts';
import { ODT_CASES } from './zoo/cases/odt.ts';
import { SCAN_CASES } from './zoo/cases/scan.ts';
import { TWO_LABS_CASES } from './zoo/cases/two-labs.ts';
import { WORD_TABLE_DOCX_CASES } from './zoo/cases/word-table-docx.ts';
import { WRAPPED_CASES } from './zoo/cases/wrapped.ts';
import { XLSX_CASES } from './zoo/cases/xlsx.ts';
import type { ZooCase } from './zoo/zoo-case.ts';

const OUTPUT_DIR = new URL('../test/fixtures/zoo/', import.meta.url).pathname;
const CASES: ZooCase[] = [
  ...LETTERHEAD_PDF_CASES,
  ...WORD_TABLE_DOCX_CASES,
  ...LETTER_CASES,
  ...ODT_CASES,
  ...XLSX_CASES,
  ...BODY_CASES,
  ...TWO_LABS_CASES,
  ...WRAPPED_CASES,
  ...SCAN_CASES,
  ...INCOMPLETE_CASES,
];

async function main(): Promise<void> {
  verifyComuni(Object.values(ZOO_COMUNI));
  const names = CASES.map((c) => `${c.category}-${c.name}`);
  const perCategory = new Map<string, number>();
  for (const c of CASES) perCategory.set(c.category, (perCategory.get(c.category) ?? 0) + 1);
  if (new Set(names).size !== names.length) throw new Error('duplicate zoo case names');
  mkdirSync(OUTPUT_DIR, { recursive: true });
  for (const file of readdirSync(OUTPUT_DIR)) if (/^\d{3}-.*\.(eml|expected\.json)$/.test(file)) rmSync(join(OUTPUT_DIR, file));
  for (const [index, zooCase] of CASES.entries()) {
    const base = `${String(index + 1).padStart(3, '0')}-${zooCase.category}-${zooCase.name}`;
    writeFileSync(join(OUTPUT_DIR, `${base}.eml`), await zooCase.build());
    writeFileSync(join(OUTPUT_DIR, `${base}.expected.json`), `${JSON.stringify(zooCase.expected, null, 2)}\n`);
  }
  console.log(`wrote ${CASES.length} zoo messages to ${OUTPUT_DIR}: ${[...perCategory].map(([k, n]) => `${k} ${n}`).join(', ')}`);
}

await main();
