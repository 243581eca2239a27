import type { DocumentInput } from '../types.ts';
import { declaredKind, isSameKind } from './declared-kind.ts';
import { extractDocx } from './extract-docx.ts';
import { describeFile, resolveLimits, type DocumentExtractor, type ExtractLimits, type ExtractResult } from './extract-limits.ts';
import { extractOdt } from './extract-odt.ts';
import { extractPdf } from './extract-pdf.ts';
import { extractXlsx } from './extract-xlsx.ts';
import { sniffDocument, type DocumentKind } from './sniff-document.ts';

const EXTRACTORS: Partial<Record<DocumentKind, DocumentExtractor>> = {
  pdf: extractPdf,
  docx: extractDocx,
  odt: extractOdt,
  xlsx: extractXlsx,
};
// Logos and icons in signatures are small; a scanned form page is not.
const SCAN_MIN_BYTES = 50 * 1024;
const FORM_LIKE_NAME = /modul|richiest|domand|scan|scansion|form|istanza|adesion/i;

/** Finds a form in one attachment, whatever its real format; never throws on bad bytes. */
export async function extractFromDocument(doc: DocumentInput, limits: Partial<ExtractLimits> = {}): Promise<ExtractResult> {
  const resolved = resolveLimits(limits);
  const name = describeFile(doc.filename);
  try {
    const sniffed = await sniffDocument(doc.content, resolved, name);
    const warnings = [...sniffed.warnings];
    const declared = declaredKind(doc.contentType, doc.filename);
    if (declared && sniffed.warnings.length === 0 && !isSameKind(declared.kind, sniffed.kind) && (sniffed.kind !== 'unknown' || EXTRACTORS[declared.kind])) {
      warnings.push(`content-type-mismatch: ${name} declared ${declared.declared}, is ${sniffed.mime ?? sniffed.kind}`);
    }
    if (sniffed.kind === 'image') {
      if (doc.content.length > SCAN_MIN_BYTES || FORM_LIKE_NAME.test(doc.filename ?? '')) warnings.push(`scanned-document: ${name}`);
      return { form: null, warnings };
    }
    if (sniffed.kind === 'legacy-office' || sniffed.kind === 'other-office') {
      warnings.push(`unsupported-format: ${name} (${sniffed.mime ?? sniffed.kind})`);
      return { form: null, warnings };
    }
    const extractor = EXTRACTORS[sniffed.kind];
    if (!extractor) return { form: null, warnings };
    const result = await withTimeout(extractor(doc, resolved), resolved.timeoutMs, name);
    return { form: result.form, warnings: [...warnings, ...result.warnings] };
  } catch (error) {
    return { form: null, warnings: [`extract-failed: ${name}: ${(error as Error)?.message ?? String(error)}`] };
  }
}

async function withTimeout(work: Promise<ExtractResult>, timeoutMs: number, name: string): Promise<ExtractResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<ExtractResult>((resolve) => {
    // a little slack so an extractor that enforces the limit itself reports first
    timer = setTimeout(() => resolve({ form: null, warnings: [`extract-timeout: ${name} after ${timeoutMs} ms`] }), timeoutMs + 250);
  });
  work.catch(() => undefined);
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
