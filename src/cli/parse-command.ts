import { readFile } from 'node:fs/promises';
import { loadParseSettings } from '../config/config.ts';
import { parseCatalog } from '../core/normalize/catalog.ts';
import { parseMessage } from '../core/parse-message.ts';
import type { ParsedMessage } from '../core/types.ts';
import { DEFAULT_OCR_CONFIDENCE_THRESHOLD } from '../core/ocr/check-ocr-key-fields.ts';
import type { OcrRunner } from '../adapters/ocr/ocr-runner.ts';

/**
 * `cap4city parse FILE... [--json]`: the dry run of FORM.md. One line per file, in the order
 * given; a file that cannot be read still gets its line and makes the exit status 1.
 */
export async function runParseCommand(files: string[], opts: { json: boolean; ocr?: boolean }, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const settings = loadParseSettings();
  const ctx = {
    catalog: parseCatalog(settings.catalogYaml),
    ownAddresses: [settings.mailFromAddress],
    ownMessageIdDomain: settings.messageIdDomain,
  };
  // --ocr: scans are read (form.source "ocr"); loaded only then, as it starts a thread and a model
  const ocr = opts.ocr ? await import('../adapters/ocr/ocr-message.ts') : null;
  const runner: OcrRunner | null = opts.ocr ? new (await import('../adapters/ocr/ocr-runner.ts')).OcrRunner({ previewWidth: null }) : null;
  let status = 0;
  for (const file of files) {
    let line: string;
    try {
      const raw = await readFile(file);
      let parsed = await parseMessage(raw, ctx);
      if (ocr && runner && parsed.warnings.some((warning) => warning.startsWith('scanned-document:'))) {
        parsed = (await ocr.ocrMessage(raw, parsed, runner, { catalog: ctx.catalog, threshold: DEFAULT_OCR_CONFIDENCE_THRESHOLD }))?.parsed ?? parsed;
      }
      line = opts.json ? JSON.stringify({ schema: parsed.schema, file, ...withoutSchema(parsed) }) : describe(file, parsed);
    } catch (err) {
      status = 1;
      const message = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : ((err as Error).message ?? String(err));
      line = opts.json ? JSON.stringify({ schema: 1, file, error: message }) : `${file}: error: ${message}`;
    }
    if (!out.write(`${line}\n`)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await runner?.close();
  return status;
}

function withoutSchema(parsed: ParsedMessage): Omit<ParsedMessage, 'schema'> {
  const { schema: _schema, ...rest } = parsed;
  return rest;
}

function describe(file: string, p: ParsedMessage): string {
  const r = p.request;
  const lines = [
    `${file}: ${p.kind}${p.reason ? ` (${p.reason})` : ''}`,
    `  from: ${p.message.from ?? '-'}  subject: ${p.message.subject ?? '-'}`,
  ];
  if (p.pec) lines.push(`  PEC: ${p.pec.type ?? '-'} from ${p.pec.sender ?? '-'} id ${p.pec.identifier ?? '-'}`);
  if (p.form) lines.push(`  form: ${p.form.source}${p.form.filename ? ` ${p.form.filename}` : ''}${p.form.signature ? ` signed by ${p.form.signature.signer ?? '?'} (${p.form.signature.type})` : ''}`);
  if (p.kind === 'request') {
    lines.push(`  comune: ${r.comune.name ?? '-'}${r.comune.province ? ` (${r.comune.province})` : ''} [${r.comune.match}]  labs: ${r.labs.map((l) => l.code).join(', ') || '-'}`);
    lines.push(`  contact: ${r.contact.name ?? '-'} <${r.contact.email ?? '-'}>`);
  }
  if (p.missing.length) lines.push(`  missing: ${p.missing.join(', ')}`);
  for (const w of p.warnings) lines.push(`  warning: ${w}`);
  return lines.join('\n');
}
