import { fileTypeFromBuffer } from 'file-type';
import { declaredKind } from '../extract-form/declared-kind.ts';
import { resolveLimits, type ExtractLimits } from '../extract-form/extract-limits.ts';
import { readZipEntries } from '../extract-form/read-zip-entries.ts';
import type { DocumentInput } from '../types.ts';
import { attachmentUnreadableWarning } from './attachment-unreadable-warning.ts';

export interface AttachmentReading {
  /** The attachment as sent (e.g. `modulo.pdf.p7m`). */
  sent: DocumentInput;
  /** What the extractors were given: the signed content of a `.p7m`, else the attachment itself. */
  document: DocumentInput;
  /** What unwrapping and extracting this attachment reported. */
  warnings: readonly string[];
}

// What an extractor's warning means for the Comune; the first that matches wins.
const WARNING_REASONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^pdf-encrypted: /, 'protetto da password'],
  [/^zip-bomb: /, 'troppo grande'],
  [/^extract-timeout: /, 'troppo grande o complesso da leggere'],
  [/^p7m-unreadable: /, 'busta di firma digitale (.p7m) non leggibile'],
  [/^(pdf-unreadable|extract-failed|zip-unreadable|docx-unreadable|docx-malformed|odt-unreadable|odt-malformed|xlsx-unreadable): /, 'file danneggiato'],
];
const UNSUPPORTED_FORMAT = /^unsupported-format: /;
// Formats a Comune sends that no extractor reads: archives, Apple iWork documents, iPhone photos.
const ARCHIVES = new Set(['zip', 'rar', '7z', 'gz', 'bz2', 'xz', 'tar', 'cab', 'zst', 'lz', 'lzh', 'arj']);
const UNSUPPORTED_IMAGES = new Set(['heic']);
const UNSUPPORTED_BY_NAME = new Set(['pages', 'numbers', 'key', 'heic', 'heif', 'rar', '7z', 'zip', 'gz', 'tgz', 'bz2', 'xz', 'tar', 'cab', 'arj', 'lzh', 'wpd', 'wps', 'pub']);
// The same format under another name: a `.heif` is detected (and refused) as HEIC, a `.tgz` as gzip.
const NAME_ALIASES: Readonly<Record<string, readonly string[]>> = { heic: ['heic', 'heif'], gz: ['gz', 'tgz'] };
const IWORK_NAMES = new Set(['pages', 'numbers', 'key']);
// An iWork document is a zip with this inside (2013 on), or an XML index (iWork '09); mail clients zip a package folder.
const IWORK_ENTRY = /(^|\/)(Index\/[^/]+\.iwa|Index\.zip|index\.(xml|apxl)(\.gz)?)$/;
// What sniffing finds in a zip that is an office document (see sniff-document.ts).
const OFFICE_ENTRY = /^(mimetype|word\/document\.xml|xl\/workbook\.xml|ppt\/presentation\.xml)$/;
const READABLE_KINDS = new Set<string>(['pdf', 'docx', 'odt', 'xlsx']);
// Outlook's rich-text wrapper: the documents are inside, where no extractor looks.
const TNEF = /^(winmail\.dat|win\.dat)$/i;
const TNEF_TYPE = /^application\/(vnd\.)?ms-tnef$/i;
// A password-protected Word or Excel file is an OLE container holding an "EncryptedPackage" stream.
const ENCRYPTED_OFFICE_STREAM = Buffer.from('EncryptedPackage', 'utf16le');

/**
 * Why an attachment that gave no form could not be read, in Italian ("protetto da password", "file vuoto",
 * "formato non supportato (.pages)", "file danneggiato", "troppo grande"); null when it was read and simply holds
 * no form (a letter, a logo, a scan for OCR). Never throws.
 */
export async function unreadableReason(reading: AttachmentReading, limits: Partial<ExtractLimits> = {}): Promise<string | null> {
  try {
    const { sent, document, warnings } = reading;
    if (sent.content.length === 0 || document.content.length === 0) return isDocument(document) ? 'file vuoto' : null;
    for (const [pattern, reason] of WARNING_REASONS) if (warnings.some((warning) => pattern.test(warning))) return reason;
    if (warnings.some((warning) => UNSUPPORTED_FORMAT.test(warning))) {
      return isEncryptedOffice(document.content) ? 'protetto da password' : unsupported(extensionOf(document.filename));
    }
    return await unreadableFromBytes(sent, document, limits);
  } catch {
    return null;
  }
}

/** The attachments that reading the message left out for their size, as unreadable ones. */
export function oversizedAttachmentWarnings(readWarnings: readonly string[]): string[] {
  return readWarnings.filter((warning) => warning.startsWith('attachment-too-large: ')).map((warning) => attachmentUnreadableWarning(warning.slice('attachment-too-large: '.length), 'troppo grande'));
}

/** What the bytes say when no extractor complained: an archive, an iWork file, a HEIC photo, or a broken document. */
async function unreadableFromBytes(sent: DocumentInput, document: DocumentInput, limits: Partial<ExtractLimits>): Promise<string | null> {
  if (TNEF.test(sent.filename ?? '') || TNEF_TYPE.test(sent.contentType ?? '')) return unsupported('winmail.dat');
  const named = extensionOf(document.filename);
  const detected = await fileTypeFromBuffer(document.content).catch(() => undefined);
  if (!detected) {
    if (named && UNSUPPORTED_BY_NAME.has(named)) return unsupported(named);
    return READABLE_KINDS.has(declaredKind(document.contentType, document.filename)?.kind ?? '') ? 'file danneggiato' : null;
  }
  if (UNSUPPORTED_IMAGES.has(detected.ext)) return unsupported(sameFormat(named, detected.ext) ?? detected.ext);
  if (!ARCHIVES.has(detected.ext)) return null;
  if (detected.ext !== 'zip') return unsupported(sameFormat(named, detected.ext) ?? detected.ext);
  const inside = await zipContent(document.content, limits);
  if (inside === 'office') return null;
  if (inside === 'iwork' || IWORK_NAMES.has(named ?? '')) return unsupported(named && IWORK_NAMES.has(named) ? named : 'pages');
  return unsupported(sameFormat(named, 'zip') ?? 'zip');
}

/** What a zip holds: an office document the extractors read (or report themselves), an iWork document, or files. */
async function zipContent(content: Buffer, limits: Partial<ExtractLimits>): Promise<'office' | 'iwork' | 'files'> {
  const zip = await readZipEntries(content, () => 'skip', resolveLimits(limits), 'zip');
  if (zip.names.some((name) => OFFICE_ENTRY.test(name))) return 'office';
  return zip.names.some((name) => IWORK_ENTRY.test(name)) ? 'iwork' : 'files';
}

/** An empty part counts only when it meant to be a document: not the empty text parts some mail clients add. */
function isDocument(document: DocumentInput): boolean {
  const named = extensionOf(document.filename);
  return declaredKind(document.contentType, document.filename) !== null || (named !== null && UNSUPPORTED_BY_NAME.has(named));
}

function isEncryptedOffice(content: Buffer): boolean {
  return content.includes(ENCRYPTED_OFFICE_STREAM);
}

function unsupported(extension: string | null): string {
  if (!extension) return 'formato non supportato';
  return `formato non supportato (${extension.includes('.') ? extension : `.${extension}`})`;
}

/** The name's own extension when it is the detected format under one of its names, e.g. `.heif` for HEIC. */
function sameFormat(named: string | null, detected: string): string | null {
  return named && (NAME_ALIASES[detected] ?? [detected]).includes(named) ? named : null;
}

function extensionOf(filename: string | null): string | null {
  return /\.([a-z0-9]{1,8})$/i.exec(filename ?? '')?.[1]?.toLowerCase() ?? null;
}
