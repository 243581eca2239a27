// `npm run bench:ocr`: OCR field accuracy on the scan fixtures (test/fixtures/scans, built by scripts/build-scans.ts),
// whether every wrongly read key field was flagged below the confidence threshold, and seconds per page.
// Writes bench/results/ocr-accuracy.json. Options: --threshold N (default 80), --only clean|noisy|photo|tiff|pdf.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import path from 'node:path';
import { OcrRunner } from '../src/adapters/ocr/ocr-runner.ts';
import { loadParseSettings } from '../src/config/config.ts';
import { parseCatalog } from '../src/core/normalize/catalog.ts';
import { normalizeRequest } from '../src/core/normalize/normalize-request.ts';
import { checkOcrKeyFields, DEFAULT_OCR_CONFIDENCE_THRESHOLD } from '../src/core/ocr/check-ocr-key-fields.ts';
import { ocrFields } from '../src/core/ocr/ocr-fields.ts';
import type { FormFields } from '../src/core/types.ts';

interface ExpectedScan {
  variant: string;
  pages: number;
  key: { comune: string; labs: string[]; email: string };
  fields: FormFields;
}

const FIXTURES = path.join(import.meta.dirname, '..', 'test', 'fixtures', 'scans');
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const threshold = Number(option('threshold') ?? DEFAULT_OCR_CONFIDENCE_THRESHOLD);
const only = option('only');
const binarize = option('binarize') !== 'off';

const expected = JSON.parse(readFileSync(path.join(FIXTURES, 'expected.json'), 'utf8')) as Record<string, ExpectedScan>;
const catalog = parseCatalog(loadParseSettings().catalogYaml);
const runner = new OcrRunner({ binarize, previewWidth: null });

interface VariantTotals {
  keyFields: number;
  keyRight: number;
  keyWrong: number;
  wrongFlagged: number;
  rightFlagged: number;
  textFields: number;
  textRight: number;
  pages: number;
  seconds: number;
}
const totals = new Map<string, VariantTotals>();
const rows: unknown[] = [];
const loadBefore = loadavg()[0];

// One warm-up read: starting the OCR thread and loading the model is paid once per process, not per page.
await runner.readDocument(readFileSync(path.join(FIXTURES, 'clean-matera.png')), 'warm-up');

for (const [file, want] of Object.entries(expected)) {
  if (only && want.variant !== only) continue;
  const ocr = await runner.readDocument(readFileSync(path.join(FIXTURES, file)), file);
  const reading = ocrFields(ocr.pages);
  const request = normalizeRequest(reading.fields, { catalog, senderEmail: null }).request;
  const checks = checkOcrKeyFields(reading, request, { catalog, threshold, senderEmail: null });
  const right = {
    comune: request.comune.name === want.key.comune,
    laboratorio: want.key.labs.length > 0 && request.labs.length > 0 && request.labs[0]?.code === want.key.labs[0],
    referente_email: request.contact.email === want.key.email,
  };
  const textNames = Object.entries(want.fields).filter(([, value]) => typeof value === 'string') as Array<[keyof FormFields, string]>;
  const textRight = textNames.filter(([name, value]) => squash(String(reading.fields[name] ?? '')) === squash(value)).length;
  const totalsFor = totals.get(want.variant) ?? { keyFields: 0, keyRight: 0, keyWrong: 0, wrongFlagged: 0, rightFlagged: 0, textFields: 0, textRight: 0, pages: 0, seconds: 0 };
  for (const check of checks) {
    const isRight = right[check.field];
    totalsFor.keyFields += 1;
    if (isRight) totalsFor.keyRight += 1;
    else totalsFor.keyWrong += 1;
    if (!isRight && check.flagged) totalsFor.wrongFlagged += 1;
    if (isRight && check.flagged) totalsFor.rightFlagged += 1;
  }
  totalsFor.textFields += textNames.length;
  totalsFor.textRight += textRight;
  totalsFor.pages += ocr.pageSeconds.length;
  totalsFor.seconds += ocr.pageSeconds.reduce((sum, seconds) => sum + seconds, 0);
  totals.set(want.variant, totalsFor);
  const wrongText = textNames.filter(([name, value]) => squash(String(reading.fields[name] ?? '')) !== squash(value)).map(([name, value]) => `${name}: ${JSON.stringify(reading.fields[name] ?? null)} ≠ ${JSON.stringify(value)}`);
  rows.push({ file, variant: want.variant, pageSeconds: ocr.pageSeconds.map((s) => Number(s.toFixed(2))), checks, right, wrongText, warnings: ocr.warnings });
  const keyLine = checks.map((check) => `${check.field}=${right[check.field] ? 'ok' : 'WRONG'}${check.flagged ? `(flag:${check.doubt},${check.confidence})` : `(${check.confidence})`}`).join(' ');
  console.log(`${file.padEnd(24)} ${ocr.pageSeconds.map((s) => s.toFixed(1)).join('+')} s  text ${textRight}/${textNames.length}  ${keyLine}`);
  for (const line of wrongText) console.log(`    ${line}`);
}
await runner.close();

const summary = Object.fromEntries(
  [...totals].map(([variant, t]) => [
    variant,
    {
      keyAccuracy: t.keyRight / t.keyFields,
      wrongKeyFields: t.keyWrong,
      wrongKeyFieldsFlagged: t.wrongFlagged,
      rightKeyFieldsFlagged: t.rightFlagged,
      textFieldAccuracy: t.textRight / t.textFields,
      secondsPerPage: t.seconds / t.pages,
      pages: t.pages,
    },
  ]),
);
const loadAfter = loadavg()[0];
console.log('\nvariant   key fields right   wrong→flagged   right but flagged   all text fields   s/page');
for (const [variant, s] of Object.entries(summary)) {
  console.log(
    `${variant.padEnd(9)} ${pct(s.keyAccuracy).padStart(16)}   ${`${s.wrongKeyFieldsFlagged}/${s.wrongKeyFields}`.padStart(13)}   ${String(s.rightKeyFieldsFlagged).padStart(17)}   ${pct(s.textFieldAccuracy).padStart(15)}   ${s.secondsPerPage.toFixed(2)}`,
  );
}
console.log(`threshold ${threshold}; ${cpus().length} cores, load average ${loadBefore?.toFixed(1)} before, ${loadAfter?.toFixed(1)} after (shared machine)`);
mkdirSync(path.join(import.meta.dirname, 'results'), { recursive: true });
writeFileSync(
  path.join(import.meta.dirname, 'results', 'ocr-accuracy.json'),
  `${JSON.stringify({ date: new Date().toISOString(), threshold, binarize, cores: cpus().length, loadAverage: { before: loadBefore, after: loadAfter }, summary, rows }, null, 2)}\n`,
);

function squash(value: string): string {
  return value.replace(/\s+/g, ' ').trim().toLowerCase();
}

function pct(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}
