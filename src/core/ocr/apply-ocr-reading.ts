import { hasMeaningfulValues } from '../extract-form/has-meaningful-values.ts';
import type { Catalog } from '../normalize/catalog.ts';
import { normalizeRequest } from '../normalize/normalize-request.ts';
import type { LabRequest, ParsedMessage, SignatureInfo } from '../types.ts';
import { findMissing } from '../validate-request.ts';
import { mergeRequestFields } from '../workflow/merge-reply.ts';
import { checkOcrKeyFields, type OcrFieldCheck } from './check-ocr-key-fields.ts';
import type { OcrFieldsReading } from './ocr-fields.ts';

export interface ScannedFormReading {
  /** The attachment's name as sent (e.g. `modulo.pdf.p7m`). */
  filename: string | null;
  signature: SignatureInfo | null;
  reading: OcrFieldsReading;
  /** What went wrong while reading the scan (`ocr-timeout: …`, `ocr-failed: …`). */
  warnings: string[];
}

export interface OcrApplied {
  parsed: ParsedMessage;
  checks: OcrFieldCheck[];
}

export interface ApplyOcrContext {
  catalog: Catalog;
  threshold: number;
}

// What the parser said about the form it read in the mail's text; the scanned form replaces that reading, and
// its own normalisation says the same things about the values it holds.
const FORM_READING_WARNING = /^(area|body|checkbox|comune|contact|cup|document|lab|partnership|phone|privacy)-[a-z-]+: /;

/**
 * A parsed message whose form was a scan, completed with what OCR read in it: the scan's values first, what the
 * mail itself said fills the gaps; `form.source` becomes `ocr`. Key fields OCR is unsure of are listed as
 * `ocr-uncertain` warnings, so that the request waits for a person. A scan with nothing readable changes nothing.
 */
export function applyOcrReading(parsed: ParsedMessage, scan: ScannedFormReading, context: ApplyOcrContext): OcrApplied {
  if (!hasMeaningfulValues(scan.reading.fields) || !['request', 'not-a-request'].includes(parsed.kind)) {
    return { parsed: { ...parsed, warnings: unique([...parsed.warnings, ...scan.warnings, `ocr-unreadable: ${scan.filename ?? 'documento'}`]) }, checks: [] };
  }
  const senderEmail = parsed.message.from;
  const normalized = normalizeRequest(scan.reading.fields, { catalog: context.catalog, senderEmail }, { evidence: scan.reading.evidence });
  const checks = checkOcrKeyFields(scan.reading, normalized.request, { catalog: context.catalog, threshold: context.threshold, senderEmail });
  const fromMail = withoutGuesses(parsed.request, parsed.warnings);
  const request = mergeRequestFields(normalized.request, fromMail).merged;
  if (!request.contact.email && parsed.request.contact.email) request.contact.email = parsed.request.contact.email;
  const keptWarnings = parsed.warnings.filter((warning) => !FORM_READING_WARNING.test(warning));
  const uncertain = checks.filter((check) => check.flagged).map((check) => `ocr-uncertain: ${check.field} (${check.doubt}, ${check.confidence})`);
  return {
    parsed: {
      ...parsed,
      kind: 'request',
      form: { source: 'ocr', filename: scan.filename, signature: scan.signature },
      request,
      sources: normalized.sources,
      missing: findMissing(request),
      warnings: unique([...keptWarnings, ...scan.warnings, ...normalized.warnings, ...uncertain]),
    },
    checks,
  };
}

/** A stored request as the OCR job finds it: what the intake (and any person since) made of the message. */
export interface RequestBeforeOcr {
  request: LabRequest;
  warnings: readonly string[];
}

export interface RequestAfterOcr {
  request: LabRequest;
  missing: string[];
  warnings: string[];
  /** Whether the scan's values went in (false: nothing readable; only OCR's warnings are added). */
  applied: boolean;
}

const OCR_WARNING = /^ocr-/;
const GUESS_WARNING = /^(contact-email-from-sender|comune-from-domain):/;

/**
 * What a request ends up holding once its scanned form was read: the service's OCR job stores this, and
 * `cap4city parse` prints it. The values read come first and the request's own fill the gaps; the guesses made
 * without the form (the sender's address as the contact's, the Comune from the mail domain) give way; the warnings
 * are the request's own plus OCR's (`ocr-uncertain: …` for each key field a person must confirm, `ocr-timeout`,
 * `ocr-unreadable`), from this reading only.
 */
export function settleOcrReading(before: RequestBeforeOcr, read: Pick<ParsedMessage, 'form' | 'request' | 'warnings'>): RequestAfterOcr {
  const ocrWarnings = read.warnings.filter((warning) => OCR_WARNING.test(warning));
  const kept = before.warnings.filter((warning) => !OCR_WARNING.test(warning));
  if (read.form?.source !== 'ocr') {
    return { request: before.request, missing: findMissing(before.request), warnings: unique([...kept, ...ocrWarnings]), applied: false };
  }
  const request = mergeRequestFields(read.request, before.request).merged;
  return { request, missing: findMissing(request), warnings: unique([...kept.filter((warning) => !GUESS_WARNING.test(warning)), ...ocrWarnings]), applied: true };
}

/** Values the parser guessed because the mail's form said nothing: the scanned form, once read, says better. */
function withoutGuesses(request: LabRequest, warnings: readonly string[]): LabRequest {
  const copy = structuredClone(request);
  if (warnings.some((warning) => warning.startsWith('contact-email-from-sender:'))) copy.contact.email = null;
  if (warnings.some((warning) => warning.startsWith('comune-from-domain:'))) copy.comune = { name: null, istat: null, province: null, region: null, match: 'none' };
  return copy;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
