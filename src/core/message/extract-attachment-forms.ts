import { extractFromDocument } from '../extract-form/extract-document.ts';
import type { ExtractLimits } from '../extract-form/extract-limits.ts';
import type { DocumentInput, ExtractedForm, SignatureInfo } from '../types.ts';
import { detectPades } from './detect-pades.ts';
import type { MailAttachment } from './read-message.ts';
import { attachmentUnreadableWarning } from './attachment-unreadable-warning.ts';
import { unreadableReason } from './unreadable-attachments.ts';
import { unwrapP7m } from './unwrap-p7m.ts';

export interface AttachmentForm {
  form: ExtractedForm;
  /** The attachment's own name (e.g. `modulo.pdf.p7m`), not the unwrapped one. */
  filename: string | null;
  signature: SignatureInfo | null;
}

const ENVELOPE_PARTS = /^(daticert\.xml|smime\.p7s|postacert\.eml)$/i;
const SIGNATURE_TYPES = /^application\/(x-)?pkcs7-signature$/i;
const PDF_MAGIC = Buffer.from('%PDF-');

/**
 * Unwraps each attachment (CAdES, PAdES) and extracts a form from it; collects every warning, and an
 * `attachment-unreadable` one for each attachment that could not be read at all.
 */
export async function extractAttachmentForms(
  attachments: MailAttachment[],
  limits: Partial<ExtractLimits> | undefined,
  warnings: string[],
): Promise<AttachmentForm[]> {
  const found: AttachmentForm[] = [];
  for (const attachment of attachments) {
    if (ENVELOPE_PARTS.test(attachment.filename ?? '') || SIGNATURE_TYPES.test(attachment.contentType ?? '')) continue;
    let doc: DocumentInput = { filename: attachment.filename, contentType: attachment.contentType, content: attachment.content };
    let signature: SignatureInfo | null = null;
    const unwrapped = await unwrapP7m(doc);
    if (unwrapped) {
      warnings.push(...unwrapped.warnings);
      doc = unwrapped.document;
      signature = unwrapped.signature;
    }
    if (isPdf(doc.content)) signature ??= detectPades(doc.content);
    const extracted = await extractFromDocument(doc, limits);
    warnings.push(...extracted.warnings);
    if (extracted.form) {
      found.push({ form: extracted.form, filename: attachment.filename, signature });
      continue;
    }
    const reason = await unreadableReason({ sent: attachment, document: doc, warnings: [...(unwrapped?.warnings ?? []), ...extracted.warnings] }, limits);
    if (reason) warnings.push(attachmentUnreadableWarning(attachment.filename, reason));
  }
  return found;
}

function isPdf(content: Buffer): boolean {
  const at = content.subarray(0, 1024).indexOf(PDF_MAGIC);
  return at >= 0;
}
