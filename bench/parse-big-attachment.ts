// Child process of parse-throughput: peak RSS while parsing one message with a 20 MB PDF attachment.
// Without arguments it builds the message into a temp file, then measures the parse in a fresh child process
// (`--measure FILE`), so that building the message does not count in the peak. Prints one JSON line.
// `--write FILE` only builds the message, for profiling.
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

const ROOT = path.resolve(import.meta.dirname, '..');
const TARGET = 20 * 1024 * 1024;
const measureAt = process.argv.indexOf('--measure');
const writeAt = process.argv.indexOf('--write');

if (writeAt > 0) {
  // for profiling: only build the message
  await buildMessage(process.argv[writeAt + 1]!);
} else if (measureAt > 0) {
  await measure(process.argv[measureAt + 1]!);
} else {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cap4city-bench-'));
  try {
    const file = path.join(dir, 'big.eml');
    const attachmentBytes = await buildMessage(file);
    const output = execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--measure', file], { cwd: ROOT, encoding: 'utf8' });
    const measured = JSON.parse(output.trim().split('\n').pop()!) as Record<string, unknown>;
    console.log(JSON.stringify({ attachmentBytes, ...measured }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function buildMessage(file: string): Promise<number> {
  const { PDFDocument } = await import('pdf-lib');
  const { default: MailComposer } = await import('nodemailer/lib/mail-composer/index.js');
  const { fillFormPdf } = await import('../src/core/form/fill-form-pdf.ts');
  const form = await PDFDocument.load(
    await fillFormPdf({ comune: 'Bari', referente_nome: 'Mario Rossi', referente_email: 'm.rossi@comune.bari.example.it', laboratorio: 'PC-3', fabbisogni: 'Rafforzare le procedure di gara.' }),
  );
  // a scan-sized payload: incompressible bytes embedded in the PDF, as a scanner's images would be
  await form.attach(randomBytes(TARGET), 'allegato-scansione.bin', { mimeType: 'application/octet-stream' });
  const pdf = Buffer.from(await form.save({ useObjectStreams: false }));
  const raw = await new MailComposer({
    from: 'Mario Rossi <m.rossi@comune.bari.example.it>',
    to: 'cap4city@anci.example.it',
    subject: 'Richiesta Capacity Lab con allegato pesante',
    text: 'In allegato il modulo di richiesta.',
    attachments: [{ filename: 'modulo.pdf', content: pdf, contentType: 'application/pdf' }],
  }).compile().build();
  writeFileSync(file, raw);
  return pdf.length;
}

async function measure(file: string): Promise<void> {
  const { parseCatalog } = await import('../src/core/normalize/catalog.ts');
  const { parseMessage } = await import('../src/core/parse-message.ts');
  const catalog = parseCatalog(readFileSync(path.join(ROOT, 'config/catalog.yaml'), 'utf8'));
  // load the parser's lazy modules (pdf.js, the Comuni list) before the baseline, as a running service has them
  await parseMessage(readFileSync(path.join(ROOT, 'test/fixtures/messages/001-pdf-form-matera.eml')), { catalog, ownAddresses: [], ownMessageIdDomain: null });
  const baseline = process.memoryUsage().rss;
  const raw = readFileSync(file);
  const start = performance.now();
  const parsed = await parseMessage(raw, { catalog, ownAddresses: [], ownMessageIdDomain: null });
  const ms = Math.round(performance.now() - start);
  const peakRss = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({
    messageBytes: raw.length,
    baselineRssMb: Math.round(baseline / 1048576),
    peakRssMb: Math.round(peakRss / 1048576),
    ms,
    kind: parsed.kind,
    source: parsed.form?.source ?? null,
  }));
}
