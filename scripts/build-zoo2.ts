// Writes the second layout zoo test/fixtures/zoo2/NNN-category-name.eml + .expected.json from test/fixtures/zoo2/SPEC.md.
// Run: node --import tsx scripts/build-zoo2.ts  (deterministic). Written without reading the parser and never run
// through it while being made, to measure how it generalises to documents nobody tuned it on; scored by
// `npm run bench:accuracy`, not by the test suite.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyComuni } from './zoo/comuni.ts';
import { ZOO2_COMUNI } from './zoo2/comuni.ts';
import { BODY_VARIETY_CASES } from './zoo2/cases/body-variety.ts';
import { DOCX_NESTED_CASES } from './zoo2/cases/docx-nested.ts';
import { INCOMPLETE2_CASES } from './zoo2/cases/incomplete2.ts';
import { LETTERS_CASES } from './zoo2/cases/letters.ts';
import { MULTI_LAB_CASES } from './zoo2/cases/multi-lab.ts';
import { PDF_TWO_COLUMN_CASES } from './zoo2/cases/pdf-two-column.ts';
import { TEMPLATE_VARIANT_CASES } from './zoo2/cases/template-variant.ts';
import { WRAPPED2_CASES } from './zoo2/cases/wrapped2.ts';
import { XLSX_ODD_CASES } from './zoo2/cases/xlsx-odd.ts';
import type { Zoo2Case } from './zoo2/zoo2-case.ts';

const OUTPUT_DIR = new URL('../test/fixtures/zoo2/', import.meta.url).pathname;
const CASES: Zoo2Case[] = [
  ...TEMPLATE_VARIANT_CASES,
  ...PDF_TWO_COLUMN_CASES,
  ...DOCX_NESTED_CASES,
  ...XLSX_ODD_CASES,
  ...BODY_VARIETY_CASES,
  ...LETTERS_CASES,
  ...WRAPPED2_CASES,
  ...MULTI_LAB_CASES,
  ...INCOMPLETE2_CASES,
];

async function main(): Promise<void> {
  verifyComuni(Object.values(ZOO2_COMUNI));
  const names = CASES.map((c) => `${c.category}-${c.name}`);
  if (new Set(names).size !== names.length) throw new Error('duplicate zoo2 case names');
  const perCategory = new Map<string, number>();
  for (const c of CASES) perCategory.set(c.category, (perCategory.get(c.category) ?? 0) + 1);
  mkdirSync(OUTPUT_DIR, { recursive: true });
  for (const file of readdirSync(OUTPUT_DIR)) if (/^\d{3}-.*\.(eml|expected\.json)$/.test(file)) rmSync(join(OUTPUT_DIR, file));
  for (const [index, zooCase] of CASES.entries()) {
    const base = `${String(index + 1).padStart(3, '0')}-${zooCase.category}-${zooCase.name}`;
    writeFileSync(join(OUTPUT_DIR, `${base}.eml`), await zooCase.build());
    writeFileSync(join(OUTPUT_DIR, `${base}.expected.json`), `${JSON.stringify(zooCase.expected, null, 2)}\n`);
  }
  console.log(`wrote ${CASES.length} zoo2 messages to ${OUTPUT_DIR}: ${[...perCategory].map(([k, n]) => `${k} ${n}`).join(', ')}`);
}

await main();
