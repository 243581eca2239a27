import { fileTypeFromBuffer } from 'file-type';
import type { ExtractLimits } from './extract-limits.ts';
import { readZipEntries } from './read-zip-entries.ts';

export type DocumentKind = 'pdf' | 'docx' | 'odt' | 'xlsx' | 'image' | 'legacy-office' | 'other-office' | 'zip' | 'unknown';

export interface SniffedDocument {
  kind: DocumentKind;
  /** The detected MIME type, or null when the bytes say nothing. */
  mime: string | null;
  warnings: string[];
}

const IMAGE_EXTENSIONS = new Set(['png', 'jpg', 'tif', 'gif', 'bmp', 'webp', 'heic', 'avif', 'jxl']);
const ZIP_LIKE = new Set(['zip', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'epub', 'jar']);

/** Decides what a document really is from its bytes, never from its declared type or name. */
export async function sniffDocument(content: Buffer, limits: ExtractLimits, label: string): Promise<SniffedDocument> {
  const detected = await fileTypeFromBuffer(content).catch(() => undefined);
  if (!detected) return { kind: looksLikePdf(content) ? 'pdf' : 'unknown', mime: looksLikePdf(content) ? 'application/pdf' : null, warnings: [] };
  if (detected.ext === 'pdf') return { kind: 'pdf', mime: detected.mime, warnings: [] };
  if (IMAGE_EXTENSIONS.has(detected.ext)) return { kind: 'image', mime: detected.mime, warnings: [] };
  if (detected.ext === 'cfb' || detected.ext === 'rtf') return { kind: 'legacy-office', mime: detected.mime, warnings: [] };
  if (ZIP_LIKE.has(detected.ext)) return sniffZip(content, limits, label);
  return { kind: 'unknown', mime: detected.mime, warnings: [] };
}

// A PDF header may sit after some junk bytes (mail gateways, BOMs); readers accept it within the first KB.
function looksLikePdf(content: Buffer): boolean {
  return content.subarray(0, 1024).includes('%PDF-');
}

async function sniffZip(content: Buffer, limits: ExtractLimits, label: string): Promise<SniffedDocument> {
  const zip = await readZipEntries(content, (name) => (name === 'mimetype' ? 'read' : 'skip'), limits, label);
  if (!zip.ok) return { kind: 'zip', mime: 'application/zip', warnings: zip.warnings };
  const odfType = zip.entries.get('mimetype')?.toString('ascii').trim() ?? '';
  if (odfType === 'application/vnd.oasis.opendocument.text') return { kind: 'odt', mime: odfType, warnings: [] };
  if (odfType.startsWith('application/vnd.oasis.opendocument.')) return { kind: 'other-office', mime: odfType, warnings: [] };
  const names = new Set(zip.names);
  if (names.has('word/document.xml')) {
    return { kind: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', warnings: [] };
  }
  if (names.has('xl/workbook.xml')) {
    return { kind: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', warnings: [] };
  }
  if (names.has('ppt/presentation.xml')) return { kind: 'other-office', mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', warnings: [] };
  return { kind: 'zip', mime: 'application/zip', warnings: [] };
}
