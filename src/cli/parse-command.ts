import { readFile } from 'node:fs/promises';
import { loadParseSettings } from '../config/config.ts';
import { parseCatalog, type Catalog } from '../core/normalize/catalog.ts';
import { settleOcrReading } from '../core/ocr/apply-ocr-reading.ts';
import { parseMessage } from '../core/parse-message.ts';
import type { ParsedMessage } from '../core/types.ts';
import type { OcrRunner, OcrSettings } from '../adapters/ocr/ocr-runner.ts';

export interface ParseCommandOptions {
  json: boolean;
  /** Read scanned forms with OCR, as the service does (default); false: leave them unread (`--no-ocr`). */
  ocr?: boolean;
  /** The confidence below which a key field read with OCR is flagged; the service's OCR_CONFIDENCE_THRESHOLD. */
  threshold?: number;
  /** The OCR runner's settings (page time limit, pages per document), as the service has them. */
  runner?: Partial<OcrSettings>;
}

/**
 * `cap4city parse FILE... [--json] [--no-ocr]`: the dry run of FORM.md. One line per file, in the order given; a
 * file that cannot be read still gets its line and makes the exit status 1. A message whose form is a scan gets
 * what the service ends up with once its OCR job has run: the values read, settled into the request as the job
 * settles them, and the same `ocr-uncertain` warnings for the key fields a person must confirm. OCR starts (a
 * thread and a model, seconds per page) only when a scan is found, and stops at the end.
 */
export async function runParseCommand(files: string[], opts: ParseCommandOptions, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const settings = loadParseSettings();
  const ctx = {
    catalog: parseCatalog(settings.catalogYaml),
    ownAddresses: [settings.mailFromAddress],
    ownMessageIdDomain: settings.messageIdDomain,
  };
  const scans = opts.ocr === false ? null : new LazyScanReader(ctx.catalog, opts.threshold, opts.runner);
  let status = 0;
  try {
    for (const file of files) {
      let line: string;
      try {
        const raw = await readFile(file);
        let parsed = await parseMessage(raw, ctx);
        if (scans && parsed.warnings.some((warning) => warning.startsWith('scanned-document:'))) parsed = await scans.read(raw, parsed);
        line = opts.json ? JSON.stringify({ schema: parsed.schema, file, ...withoutSchema(parsed) }) : describe(file, parsed);
      } catch (err) {
        status = 1;
        const message = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : ((err as Error).message ?? String(err));
        line = opts.json ? JSON.stringify({ schema: 1, file, error: message }) : `${file}: error: ${message}`;
      }
      if (!out.write(`${line}\n`)) await new Promise((resolve) => out.once('drain', resolve));
    }
  } finally {
    await scans?.close();
  }
  return status;
}

/** The service's scan reading, loaded and started at the first scan: a run over messages without one never pays for it. */
export class LazyScanReader {
  private started: { runner: OcrRunner; ocrMessage: typeof import('../adapters/ocr/ocr-message.ts').ocrMessage; threshold: number } | null = null;

  constructor(
    private readonly catalog: Catalog,
    private readonly threshold: number | undefined,
    private readonly settings: Partial<OcrSettings> = {},
  ) {}

  /** The parse as the service leaves it once the OCR job has read the message's scanned form. */
  async read(raw: Buffer, parsed: ParsedMessage): Promise<ParsedMessage> {
    const { runner, ocrMessage, threshold } = this.started ?? (this.started = await this.start());
    const read = await ocrMessage(raw, parsed, runner, { catalog: this.catalog, threshold });
    if (!read) return parsed;
    const settled = settleOcrReading({ request: parsed.request, warnings: parsed.warnings }, read.parsed);
    return { ...(settled.applied ? read.parsed : parsed), request: settled.request, missing: settled.missing, warnings: settled.warnings };
  }

  async close(): Promise<void> {
    await this.started?.runner.close();
  }

  private async start() {
    const [{ OcrRunner }, { ocrMessage }, { DEFAULT_OCR_CONFIDENCE_THRESHOLD }] = await Promise.all([
      import('../adapters/ocr/ocr-runner.ts'),
      import('../adapters/ocr/ocr-message.ts'),
      import('../core/ocr/check-ocr-key-fields.ts'),
    ]);
    // the thread stays for the whole run (no idle exit between files) and is ended by close()
    const runner: OcrRunner = new OcrRunner({ ...this.settings, previewWidth: null, idleExitMs: 0 });
    return { runner, ocrMessage, threshold: this.threshold ?? DEFAULT_OCR_CONFIDENCE_THRESHOLD };
  }
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
