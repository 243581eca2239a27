// Writes the third layout zoo test/fixtures/zoo3/NNN-category-name.eml + .expected.json from test/fixtures/zoo3/SPEC.md.
// Run: node --import tsx scripts/build-zoo3.ts  (deterministic). Written without reading the parser and never run
// through it while being made; it measures, once, how the parser generalises to documents nobody tuned it on.
// Scored by `npm run bench:accuracy`, not by the test suite.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyComuni } from './zoo/comuni.ts';
import { ZOO3_COMUNI } from './zoo3/comuni.ts';
import { BODY_PLAIN_CASES } from './zoo3/cases/body-plain.ts';
import { FILLED_OFFICIAL_CASES } from './zoo3/cases/filled-official.ts';
import { INCOMPLETE3_CASES } from './zoo3/cases/incomplete3.ts';
import { PEC_SIGNED_CASES } from './zoo3/cases/pec-signed.ts';
import { PROTOCOL_LETTER_CASES } from './zoo3/cases/protocol-letter.ts';
import { SPREADSHEET_CASES } from './zoo3/cases/spreadsheet.ts';
import { TWO_CHOICES_CASES } from './zoo3/cases/two-choices.ts';
import type { Zoo3Case } from './zoo3/zoo3-case.ts';

const OUTPUT_DIR = new URL('../test/fixtures/zoo3/', import.meta.url).pathname;
const EARLIER_ZOOS = ['../test/fixtures/zoo/', '../test/fixtures/zoo2/'].map((dir) => new URL(dir, import.meta.url).pathname);
const CASES: Zoo3Case[] = [
  ...PROTOCOL_LETTER_CASES,
  ...FILLED_OFFICIAL_CASES,
  ...SPREADSHEET_CASES,
  ...BODY_PLAIN_CASES,
  ...PEC_SIGNED_CASES,
  ...TWO_CHOICES_CASES,
  ...INCOMPLETE3_CASES,
];

const slug = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** No Comune of the first two zoos (by their file names) comes back here. */
function checkNewComuni(): void {
  const earlier = EARLIER_ZOOS.flatMap((dir) => readdirSync(dir)).filter((f) => f.endsWith('.eml')).map((f) => `${f.replace(/\.eml$/, '')}-`);
  for (const comune of Object.values(ZOO3_COMUNI)) {
    const first = slug(comune.name.split('/')[0] ?? comune.name);
    // "-d-arco-" is Pomigliano d'Arco, not Arco: an elided "d'" before the name belongs to another Comune
    const clash = earlier.find((f) => new RegExp(`(?<!-d)-${first}-`).test(f));
    if (clash) throw new Error(`${comune.name} is already in an earlier zoo (${clash})`);
  }
}

async function main(): Promise<void> {
  verifyComuni(Object.values(ZOO3_COMUNI));
  checkNewComuni();
  const names = CASES.map((c) => `${c.category}-${c.name}`);
  if (new Set(names).size !== names.length) throw new Error('duplicate zoo3 case names');
  const perCategory = new Map<string, number>();
  for (const c of CASES) perCategory.set(c.category, (perCategory.get(c.category) ?? 0) + 1);
  const regions = new Set(Object.values(ZOO3_COMUNI).map((c) => c.region));
  if (regions.size !== 20) throw new Error(`zoo3 covers ${regions.size} regions, not 20`);
  const labs = new Set(CASES.flatMap((c) => ((c.expected.request as { labs?: { code: string }[] } | undefined)?.labs ?? []).map((l) => l.code)));
  if (labs.size !== 12) throw new Error(`zoo3 asserts ${labs.size} lab codes, not 12`);
  mkdirSync(OUTPUT_DIR, { recursive: true });
  for (const file of readdirSync(OUTPUT_DIR)) if (/^\d{3}-.*\.(eml|expected\.json)$/.test(file)) rmSync(join(OUTPUT_DIR, file));
  for (const [index, zooCase] of CASES.entries()) {
    const base = `${String(index + 1).padStart(3, '0')}-${zooCase.category}-${zooCase.name}`;
    writeFileSync(join(OUTPUT_DIR, `${base}.eml`), await zooCase.build());
    writeFileSync(join(OUTPUT_DIR, `${base}.expected.json`), `${JSON.stringify(zooCase.expected, null, 2)}\n`);
  }
  console.log(`wrote ${CASES.length} zoo3 messages to ${OUTPUT_DIR}: ${[...perCategory].map(([k, n]) => `${k} ${n}`).join(', ')}`);
}

await main();
