// `npm run bench:ocr`: OCR field accuracy on the scan fixtures (test/fixtures/scans, built by scripts/build-scans.ts),
// whether every wrongly read key field was flagged below the confidence threshold, and seconds per page (wall clock
// and CPU). Prints per variant (clean/noisy/photo/tiff/pdf) and per layout (official form, black boxes, ruled
// lines), then the targets; writes bench/results/ocr-accuracy.json (OcrAccuracyReport; `headline` holds the figures
// other benches quote). Options: --threshold N (default 80), --only clean|noisy|photo|tiff|pdf, --binarize off,
// --lines off (no removal of rules and box borders, to compare).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { OcrRunner } from '../src/adapters/ocr/ocr-runner.ts';
import { loadParseSettings } from '../src/config/config.ts';
import { parseCatalog } from '../src/core/normalize/catalog.ts';
import { normalizeRequest } from '../src/core/normalize/normalize-request.ts';
import { checkOcrKeyFields, DEFAULT_OCR_CONFIDENCE_THRESHOLD, type OcrFieldCheck, type OcrKeyField } from '../src/core/ocr/check-ocr-key-fields.ts';
import { ocrFields } from '../src/core/ocr/ocr-fields.ts';
import type { FormFields } from '../src/core/types.ts';

interface ExpectedScan {
  variant: string;
  layout?: string;
  pages: number;
  key: { comune: string; labs: string[]; email: string };
  fields: FormFields;
}

export interface OcrAccuracyOptions {
  threshold?: number;
  /** Only the fixtures of this variant. */
  only?: string;
  binarize?: boolean;
  removeLines?: boolean;
  /** Each fixture's line as it is read; nothing by default. */
  log?: (line: string) => void;
}

/** Figures over a group of fixtures (a variant, a layout, or the headline groups). */
export interface OcrGroupFigures {
  files: number;
  pages: number;
  keyFields: number;
  /** Share of key fields (Comune, first lab, contact e-mail) read right, 0–1. */
  keyAccuracy: number;
  wrongKeyFields: number;
  /** Wrong key fields the check flagged for the secretariat (should be all of them). */
  wrongKeyFieldsFlagged: number;
  /** Wrong key fields given a confidence at or above the threshold (should be none). */
  wrongKeyFieldsAtOrAboveThreshold: number;
  /** Key fields read right and still flagged: work for the secretariat, no harm. */
  rightKeyFieldsFlagged: number;
  textFields: number;
  /** Share of every text value of the form read exactly (spacing and case aside), 0–1. */
  textFieldAccuracy: number;
  /** Wall-clock seconds per page, rendering and recognition. */
  secondsPerPage: number;
  /** CPU seconds per page of this process (the OCR runs in its threads): steadier than wall clock on a busy machine. */
  cpuSecondsPerPage: number;
}

export interface OcrAccuracyReport {
  date: string;
  threshold: number;
  binarize: boolean;
  removeLines: boolean;
  cores: number;
  loadAverage: { before: number; after: number };
  /** The figures the targets are about: clean 300-dpi scans, noisy scans, everything. */
  headline: { clean: OcrGroupFigures; noisy: OcrGroupFigures; all: OcrGroupFigures };
  targets: Array<{ target: string; value: string; met: boolean }>;
  /** Per variant (clean, noisy, photo, tiff, pdf); `summary` in files written before layouts existed. */
  summary: Record<string, OcrGroupFigures>;
  /** Per printed layout: the official form, values in black boxes, values on ruled lines. */
  byLayout: Record<string, OcrGroupFigures>;
  rows: unknown[];
}

export const OCR_FIXTURES = path.join(import.meta.dirname, '..', 'test', 'fixtures', 'scans');
export const OCR_ACCURACY_RESULTS = path.join(import.meta.dirname, 'results', 'ocr-accuracy.json');

interface Totals {
  files: number;
  pages: number;
  keyFields: number;
  keyRight: number;
  keyWrong: number;
  wrongFlagged: number;
  wrongConfident: number;
  rightFlagged: number;
  textFields: number;
  textRight: number;
  seconds: number;
  cpuSeconds: number;
}

const emptyTotals = (): Totals => ({ files: 0, pages: 0, keyFields: 0, keyRight: 0, keyWrong: 0, wrongFlagged: 0, wrongConfident: 0, rightFlagged: 0, textFields: 0, textRight: 0, seconds: 0, cpuSeconds: 0 });

/** Reads every scan fixture with the service's OCR and judges what it read against expected.json. */
export async function measureOcrAccuracy(options: OcrAccuracyOptions = {}): Promise<OcrAccuracyReport> {
  const threshold = options.threshold ?? DEFAULT_OCR_CONFIDENCE_THRESHOLD;
  const binarize = options.binarize ?? true;
  const removeLines = options.removeLines ?? true;
  const log = options.log ?? (() => undefined);
  const expected = JSON.parse(readFileSync(path.join(OCR_FIXTURES, 'expected.json'), 'utf8')) as Record<string, ExpectedScan>;
  const catalog = parseCatalog(loadParseSettings().catalogYaml);
  const runner = new OcrRunner({ binarize, removeLines, previewWidth: null });
  const groups = new Map<string, Totals>();
  const add = (group: string, update: (totals: Totals) => void) => {
    const totals = groups.get(group) ?? emptyTotals();
    update(totals);
    groups.set(group, totals);
  };
  const rows: unknown[] = [];
  const loadBefore = loadavg()[0] ?? 0;
  try {
    // one warm-up read: starting the OCR thread and loading the model is paid once per process, not per page
    await runner.readDocument(readFileSync(path.join(OCR_FIXTURES, 'clean-matera.png')), 'warm-up');
    for (const [file, want] of Object.entries(expected)) {
      if (options.only && want.variant !== options.only) continue;
      const cpuBefore = process.cpuUsage();
      const ocr = await runner.readDocument(readFileSync(path.join(OCR_FIXTURES, file)), file);
      const cpu = process.cpuUsage(cpuBefore);
      const reading = ocrFields(ocr.pages, { catalog });
      const request = normalizeRequest(reading.fields, { catalog, senderEmail: null }).request;
      const checks = checkOcrKeyFields(reading, request, { catalog, threshold, senderEmail: null });
      const right: Record<OcrKeyField, boolean> = {
        comune: request.comune.name === want.key.comune,
        laboratorio: want.key.labs.length > 0 && request.labs[0]?.code === want.key.labs[0],
        referente_email: request.contact.email === want.key.email,
      };
      const textNames = Object.entries(want.fields).filter(([, value]) => typeof value === 'string') as Array<[keyof FormFields, string]>;
      const wrongText = textNames.filter(([name, value]) => squash(String(reading.fields[name] ?? '')) !== squash(value));
      const layout = want.layout ?? 'official';
      const count = (totals: Totals) => {
        totals.files += 1;
        totals.pages += ocr.pageSeconds.length;
        totals.seconds += ocr.pageSeconds.reduce((sum, seconds) => sum + seconds, 0);
        totals.cpuSeconds += (cpu.user + cpu.system) / 1e6;
        totals.textFields += textNames.length;
        totals.textRight += textNames.length - wrongText.length;
        for (const check of checks) countCheck(totals, check, right[check.field], threshold);
      };
      for (const group of [`variant:${want.variant}`, `layout:${layout}`, 'all']) add(group, count);
      rows.push({
        file,
        variant: want.variant,
        layout,
        pageSeconds: ocr.pageSeconds.map((seconds) => round(seconds)),
        cpuSeconds: round((cpu.user + cpu.system) / 1e6),
        checks,
        right,
        wrongText: wrongText.map(([name, value]) => `${name}: ${JSON.stringify(reading.fields[name] ?? null)} ≠ ${JSON.stringify(value)}`),
        repaired: reading.repaired,
        warnings: ocr.warnings,
      });
      const keyLine = checks.map((check) => `${check.field}=${right[check.field] ? 'ok' : 'WRONG'}${check.flagged ? `(flag:${check.doubt},${check.confidence})` : `(${check.confidence})`}`).join(' ');
      log(`${file.padEnd(26)} ${ocr.pageSeconds.map((seconds) => seconds.toFixed(1)).join('+')} s  text ${textNames.length - wrongText.length}/${textNames.length}  ${keyLine}`);
      for (const [name, value] of wrongText) log(`    ${name}: ${JSON.stringify(reading.fields[name] ?? null)} ≠ ${JSON.stringify(value)}`);
    }
  } finally {
    await runner.close();
  }
  const figures = (group: string) => toFigures(groups.get(group) ?? emptyTotals());
  const pick = (prefix: string) => Object.fromEntries([...groups.keys()].filter((key) => key.startsWith(prefix)).map((key) => [key.slice(prefix.length), figures(key)]));
  const headline = { clean: figures('variant:clean'), noisy: figures('variant:noisy'), all: figures('all') };
  return {
    date: new Date().toISOString(),
    threshold,
    binarize,
    removeLines,
    cores: cpus().length,
    loadAverage: { before: loadBefore, after: loadavg()[0] ?? 0 },
    headline,
    targets: targetsFor(headline),
    summary: pick('variant:'),
    byLayout: pick('layout:'),
    rows,
  };
}

/** The issue's targets, for the groups this run measured (`--only` leaves some out). */
function targetsFor(headline: OcrAccuracyReport['headline']): OcrAccuracyReport['targets'] {
  const { clean, noisy, all } = headline;
  return [
    ...(clean.files > 0 ? [{ target: 'key fields right, clean 300 dpi ≥ 95%', value: pct(clean.keyAccuracy), met: clean.keyAccuracy >= 0.95 }] : []),
    ...(noisy.files > 0 ? [{ target: 'key fields right, noisy ≥ 85%', value: pct(noisy.keyAccuracy), met: noisy.keyAccuracy >= 0.85 }] : []),
    { target: 'seconds per page ≤ 5 (wall clock)', value: all.secondsPerPage.toFixed(2), met: all.secondsPerPage <= 5 },
    { target: 'every wrong key field below the threshold', value: `${all.wrongKeyFields - all.wrongKeyFieldsAtOrAboveThreshold}/${all.wrongKeyFields}`, met: all.wrongKeyFieldsAtOrAboveThreshold === 0 },
  ];
}

function countCheck(totals: Totals, check: OcrFieldCheck, isRight: boolean, threshold: number): void {
  totals.keyFields += 1;
  if (isRight) {
    totals.keyRight += 1;
    if (check.flagged) totals.rightFlagged += 1;
    return;
  }
  totals.keyWrong += 1;
  if (check.flagged) totals.wrongFlagged += 1;
  if (check.confidence >= threshold) totals.wrongConfident += 1;
}

function toFigures(totals: Totals): OcrGroupFigures {
  return {
    files: totals.files,
    pages: totals.pages,
    keyFields: totals.keyFields,
    keyAccuracy: totals.keyFields ? totals.keyRight / totals.keyFields : 0,
    wrongKeyFields: totals.keyWrong,
    wrongKeyFieldsFlagged: totals.wrongFlagged,
    wrongKeyFieldsAtOrAboveThreshold: totals.wrongConfident,
    rightKeyFieldsFlagged: totals.rightFlagged,
    textFields: totals.textFields,
    textFieldAccuracy: totals.textFields ? totals.textRight / totals.textFields : 0,
    secondsPerPage: totals.pages ? totals.seconds / totals.pages : 0,
    cpuSecondsPerPage: totals.pages ? totals.cpuSeconds / totals.pages : 0,
  };
}

/** The report as the table `npm run bench:ocr` prints. */
export function formatOcrAccuracy(report: OcrAccuracyReport): string[] {
  const header = `${'group'.padEnd(16)} ${'key fields right'.padStart(16)}   ${'wrong→flagged'.padStart(13)}   ${'right but flagged'.padStart(17)}   ${'all text fields'.padStart(15)}   ${'s/page'.padStart(6)}   ${'cpu s/page'.padStart(10)}`;
  const line = (name: string, figures: OcrGroupFigures) =>
    `${name.padEnd(16)} ${`${pct(figures.keyAccuracy)} (${figures.keyFields - figures.wrongKeyFields}/${figures.keyFields})`.padStart(16)}   ${`${figures.wrongKeyFieldsFlagged}/${figures.wrongKeyFields}`.padStart(13)}   ${String(figures.rightKeyFieldsFlagged).padStart(17)}   ${pct(figures.textFieldAccuracy).padStart(15)}   ${figures.secondsPerPage.toFixed(2).padStart(6)}   ${figures.cpuSecondsPerPage.toFixed(2).padStart(10)}`;
  return [
    header,
    ...Object.entries(report.summary).map(([variant, figures]) => line(variant, figures)),
    ...Object.entries(report.byLayout).map(([layout, figures]) => line(`layout ${layout}`, figures)),
    line('all', report.headline.all),
    '',
    ...report.targets.map((target) => `${target.met ? 'met    ' : 'NOT MET'}  ${target.target}: ${target.value}`),
    `threshold ${report.threshold}; line removal ${report.removeLines ? 'on' : 'off'}; ${report.cores} cores, load average ${report.loadAverage.before.toFixed(1)} before, ${report.loadAverage.after.toFixed(1)} after (shared machine: wall clock varies, CPU seconds less)`,
  ];
}

function squash(value: string): string {
  return value.replace(/\s+/g, ' ').trim().toLowerCase();
}

function pct(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const report = await measureOcrAccuracy({
    threshold: Number(option('threshold') ?? DEFAULT_OCR_CONFIDENCE_THRESHOLD),
    only: option('only'),
    binarize: option('binarize') !== 'off',
    removeLines: option('lines') !== 'off',
    log: (line) => console.log(line),
  });
  console.log('');
  for (const line of formatOcrAccuracy(report)) console.log(line);
  mkdirSync(path.dirname(OCR_ACCURACY_RESULTS), { recursive: true });
  writeFileSync(OCR_ACCURACY_RESULTS, `${JSON.stringify(report, null, 2)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
