// Accuracy of parseMessage on the golden corpus (test/fixtures/messages) and the held-out corpus
// (test/fixtures/heldout, written without reading the parser). A measurement, not a test: the held-out set may fail.
// Scanned forms are read with OCR as `cap4city parse` and the service read them (`--no-ocr` leaves them unread); the
// OCR fixtures' key-field accuracy and time per page come from bench/ocr-accuracy.ts (`--no-ocr` skips it too).
// Usage: npm run bench:accuracy [-- --quiet] [-- --no-ocr]   Prints a summary and writes bench/results/parse-accuracy.json.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseCatalog } from '../src/core/normalize/catalog.ts';
import { parseMessage, type ParseContext } from '../src/core/parse-message.ts';
import { LazyScanReader } from '../src/cli/parse-command.ts';
import { formatOcrAccuracy, measureOcrAccuracy } from './ocr-accuracy.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Leaf {
  path: string;
  expected: unknown;
  got: unknown;
  right: boolean;
}

interface MessageResult {
  file: string;
  kind: string | null;
  leaves: Leaf[];
}

const ROOT = path.resolve(import.meta.dirname, '..');
const CORPORA = [
  { name: 'golden', dir: path.join(ROOT, 'test/fixtures/messages') },
  { name: 'heldout', dir: path.join(ROOT, 'test/fixtures/heldout') },
  // written from test/fixtures/zoo/SPEC.md without reading the parser: scored by category
  { name: 'zoo', dir: path.join(ROOT, 'test/fixtures/zoo'), byCategory: true },
  // a second corpus written blind from test/fixtures/zoo2/SPEC.md, kept for measuring only: never debug against it
  { name: 'zoo2', dir: path.join(ROOT, 'test/fixtures/zoo2'), byCategory: true },
  { name: 'zoo3', dir: path.join(ROOT, 'test/fixtures/zoo3'), byCategory: true },
];
// The zoo's files are NNN-category-name.eml; the longest category that prefixes the name is the file's.
const ZOO_CATEGORIES = [
  ...['letterhead-pdf', 'word-table-docx', 'letter-docx', 'letter-odt', 'odt', 'xlsx-rows', 'xlsx-columns', 'body', 'two-labs', 'wrapped', 'scan', 'incomplete'],
  ...['template-variant', 'pdf-two-column', 'docx-nested', 'xlsx-odd', 'body-variety', 'letters', 'wrapped2', 'multi-lab', 'incomplete2'],
  ...['protocol-letter', 'filled-official', 'spreadsheet', 'body-plain', 'pec-signed', 'two-choices', 'incomplete3'],
];
function categoryOf(file: string): string {
  const name = file.replace(/^\d+-/, '');
  return ZOO_CATEGORIES.filter((category) => name.startsWith(`${category}-`)).sort((a, b) => b.length - a.length)[0] ?? 'other';
}
const KEY_FIELDS: Record<string, string> = {
  kind: '$.kind',
  'comune.name': '$.request.comune.name',
  'comune.istat': '$.request.comune.istat',
  labs: '$.request.labs',
  'contact.email': '$.request.contact.email',
  'contact.name': '$.request.contact.name',
  needs: '$.request.needs',
  missing: '$.missing',
};
const quiet = process.argv.includes('--quiet');
const ocr = !process.argv.includes('--no-ocr');
const scans = ocr ? new LazyScanReader(parseCatalog(readFileSync(path.join(ROOT, 'config/catalog.yaml'), 'utf8')), undefined) : null;
let scanSeconds = 0;
let scanMessages = 0;

const ctx: ParseContext = {
  catalog: parseCatalog(readFileSync(path.join(ROOT, 'config/catalog.yaml'), 'utf8')),
  ownAddresses: ['cap4city@anci.example.it'],
  ownMessageIdDomain: 'cap4city.local',
};

const isPlainObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Same rule as the golden corpus: phone numbers compare without spaces, dots, slashes and dashes. */
function sameScalar(leafPath: string, actual: unknown, expected: unknown): boolean {
  const comparable = (value: unknown) => (leafPath.endsWith('.phone') && typeof value === 'string' ? value.replace(/[\s./-]/g, '') : value);
  return Object.is(comparable(actual), comparable(expected));
}

/** Whole-value deep-partial match (for `$contains` items). */
function matches(actual: unknown, expected: Json, leafPath = ''): boolean {
  return expectedLeaves(actual, expected, leafPath).every((leaf) => leaf.right);
}

/** Every scalar of the deep partial `expected`, judged against `actual` (README rules of the golden corpus). */
function expectedLeaves(actual: unknown, expected: Json, leafPath: string): Leaf[] {
  if (isPlainObject(expected) && '$contains' in expected) {
    const wanted = Array.isArray(expected.$contains) ? expected.$contains : [];
    return wanted.map((item, i) => ({
      path: `${leafPath}.$contains[${i}]`,
      expected: item,
      got: actual,
      right: Array.isArray(actual) && actual.some((element) => matches(element, item)),
    }));
  }
  if (Array.isArray(expected)) {
    if (expected.length === 0) return [{ path: leafPath, expected: [], got: actual, right: Array.isArray(actual) && actual.length === 0 }];
    const sameLength = Array.isArray(actual) && actual.length === expected.length;
    const items = Array.isArray(actual) ? actual : [];
    return expected.flatMap((item, i) =>
      expectedLeaves(items[i], item, `${leafPath}[${i}]`).map((leaf) => (sameLength ? leaf : { ...leaf, got: actual, right: false })),
    );
  }
  if (isPlainObject(expected)) {
    const record = isPlainObject(actual) ? actual : {};
    return Object.entries(expected).flatMap(([key, value]) => expectedLeaves(record[key], value, `${leafPath}.${key}`));
  }
  return [{ path: leafPath, expected, got: actual, right: sameScalar(leafPath, actual, expected) }];
}

async function scoreMessage(dir: string, file: string): Promise<MessageResult> {
  const { warningsInclude, ...expected } = JSON.parse(readFileSync(path.join(dir, file.replace(/\.eml$/, '.expected.json')), 'utf8')) as {
    warningsInclude?: string[];
  } & Record<string, Json>;
  let parsed: Record<string, unknown>;
  try {
    const raw = readFileSync(path.join(dir, file));
    let message = await parseMessage(raw, ctx);
    if (scans && message.warnings.some((warning) => warning.startsWith('scanned-document:'))) {
      const started = performance.now();
      message = await scans.read(raw, message);
      scanSeconds += (performance.now() - started) / 1000;
      scanMessages += 1;
    }
    parsed = message as unknown as Record<string, unknown>;
  } catch (error) {
    parsed = { error: `threw: ${error instanceof Error ? error.message : String(error)}` };
  }
  const leaves = expectedLeaves(parsed, expected, '$');
  const codes = Array.isArray(parsed.warnings) ? parsed.warnings.map((w) => String(w).split(':')[0]?.trim()) : [];
  for (const code of warningsInclude ?? []) leaves.push({ path: `$.warnings~${code}`, expected: code, got: parsed.warnings, right: codes.includes(code) });
  return { file, kind: typeof parsed.kind === 'string' ? parsed.kind : null, leaves };
}

const ratio = (right: number, total: number) => ({ right, total, accuracy: total === 0 ? null : Math.round((right / total) * 1000) / 1000 });

function summarise(results: MessageResult[]) {
  const leaves = results.flatMap((r) => r.leaves);
  const withKind = results.filter((r) => r.leaves.some((l) => l.path === '$.kind'));
  const perField = Object.fromEntries(
    Object.entries(KEY_FIELDS).map(([field, prefix]) => {
      const concerned = results
        .map((r) => r.leaves.filter((l) => l.path === prefix || l.path.startsWith(`${prefix}.`) || l.path.startsWith(`${prefix}[`)))
        .filter((fieldLeaves) => fieldLeaves.length > 0);
      return [field, ratio(concerned.filter((fieldLeaves) => fieldLeaves.every((l) => l.right)).length, concerned.length)];
    }),
  );
  return {
    messages: results.length,
    fullyRight: ratio(results.filter((r) => r.leaves.every((l) => l.right)).length, results.length),
    kind: ratio(withKind.filter((r) => r.leaves.find((l) => l.path === '$.kind')?.right).length, withKind.length),
    fields: ratio(leaves.filter((l) => l.right).length, leaves.length),
    perField,
    wrong: results.flatMap((r) => r.leaves.filter((l) => !l.right).map((l) => ({ file: r.file, path: l.path, expected: l.expected, got: l.got }))),
  };
}

const pct = (r: { accuracy: number | null; right: number; total: number }) => `${r.accuracy === null ? '  n/a' : `${(r.accuracy * 100).toFixed(1).padStart(5)}%`} (${r.right}/${r.total})`;
const short = (value: unknown) => {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 110 ? `${text.slice(0, 107)}...` : text;
};

const report: Record<string, ReturnType<typeof summarise> & { categories?: Record<string, { fullyRight: ReturnType<typeof ratio>; fields: ReturnType<typeof ratio> }> }> = {};
for (const corpus of CORPORA) {
  if (!existsSync(corpus.dir)) continue;
  const files = readdirSync(corpus.dir).filter((f) => f.endsWith('.eml')).sort();
  const results: MessageResult[] = [];
  for (const file of files) results.push(await scoreMessage(corpus.dir, file));
  const summary = summarise(results);
  report[corpus.name] = summary;
  console.log(`\n== ${corpus.name} (${summary.messages} messages)`);
  console.log(`  messages fully right  ${pct(summary.fullyRight)}`);
  console.log(`  kind accuracy         ${pct(summary.kind)}`);
  console.log(`  field accuracy        ${pct(summary.fields)}  (leaves right / leaves expected)`);
  for (const [field, r] of Object.entries(summary.perField)) console.log(`    ${field.padEnd(20)}${pct(r)}`);
  const complete = results.filter((r) => r.leaves.some((l) => l.path === '$.missing' && Array.isArray(l.expected) && l.expected.length === 0));
  const labFound = complete.filter((r) => r.leaves.filter((l) => l.path.startsWith('$.request.labs')).every((l) => l.right));
  console.log(`  lab found in complete requests ${pct(ratio(labFound.length, complete.length))}`);
  if (corpus.byCategory) {
    const categories: Record<string, MessageResult[]> = {};
    for (const result of results) (categories[categoryOf(result.file)] ??= []).push(result);
    report[corpus.name]!.categories = {};
    console.log('  by category            messages fully right   fields');
    for (const [category, members] of Object.entries(categories).sort()) {
      const part = summarise(members);
      report[corpus.name]!.categories![category] = { fullyRight: part.fullyRight, fields: part.fields };
      console.log(`    ${category.padEnd(20)}${pct(part.fullyRight).padEnd(23)}${pct(part.fields)}`);
    }
  }
  if (!quiet && summary.wrong.length > 0) {
    console.log(`  wrong leaves (${summary.wrong.length}):`);
    for (const w of summary.wrong) console.log(`    ${w.file}  ${w.path}\n      expected ${short(w.expected)}\n      got      ${short(w.got)}`);
  }
}

await scans?.close();
if (scanMessages > 0) console.log(`\nscanned forms in the corpora read with OCR: ${scanMessages}, ${(scanSeconds / scanMessages).toFixed(1)} s each`);
let ocrReport: Awaited<ReturnType<typeof measureOcrAccuracy>> | null = null;
if (ocr) {
  console.log('');
  ocrReport = await measureOcrAccuracy();
  for (const line of formatOcrAccuracy(ocrReport)) console.log(`  ${line}`);
}

const outDir = path.join(ROOT, 'bench/results');
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'parse-accuracy.json'), `${JSON.stringify({ generatedAt: new Date().toISOString(), corpora: report, ocr: ocrReport?.headline ?? null }, null, 2)}\n`);
console.log(`\nwrote ${path.relative(ROOT, path.join(outDir, 'parse-accuracy.json'))}`);
