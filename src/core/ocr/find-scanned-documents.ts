import { extractFromDocument } from '../extract-form/extract-document.ts';
import { detectPades } from '../message/detect-pades.ts';
import { readMessage, type ReadMessage } from '../message/read-message.ts';
import { readPecEnvelope } from '../message/read-pec.ts';
import { unwrapP7m } from '../message/unwrap-p7m.ts';
import type { DocumentInput, SignatureInfo } from '../types.ts';

export interface ScannedDocument {
  /** The attachment's name as sent (e.g. `modulo.pdf.p7m`). */
  filename: string | null;
  /** The scan itself, unwrapped from its CAdES envelope if it had one. */
  document: DocumentInput;
  signature: SignatureInfo | null;
}

const MAX_PEC_NESTING = 3;
const ENVELOPE_PARTS = /^(daticert\.xml|smime\.p7s|postacert\.eml)$/i;

/**
 * The attachments of a message that the extractors found to be scans (an image-only PDF, a photo, a TIFF), inside
 * PEC envelopes and .p7m signatures as the parser sees them. Never throws: a message that cannot be read has none.
 */
export async function findScannedDocuments(raw: Buffer): Promise<ScannedDocument[]> {
  try {
    const content = await innermostMessage(await readMessage(raw));
    const found: ScannedDocument[] = [];
    for (const attachment of content.attachments) {
      if (ENVELOPE_PARTS.test(attachment.filename ?? '')) continue;
      let document: DocumentInput = { filename: attachment.filename, contentType: attachment.contentType, content: attachment.content };
      let signature: SignatureInfo | null = null;
      const unwrapped = await unwrapP7m(document);
      if (unwrapped) {
        document = unwrapped.document;
        signature = unwrapped.signature;
      }
      signature ??= document.content.subarray(0, 1024).includes('%PDF-') ? detectPades(document.content) : null;
      const extracted = await extractFromDocument(document);
      if (extracted.warnings.some((warning) => warning.startsWith('scanned-document:'))) found.push({ filename: attachment.filename, document, signature });
    }
    return found;
  } catch {
    return [];
  }
}

async function innermostMessage(outer: ReadMessage): Promise<ReadMessage> {
  let content = outer;
  for (let level = 0; level < MAX_PEC_NESTING; level += 1) {
    const envelope = readPecEnvelope(content);
    if (!envelope?.inner || envelope.isReceipt) break;
    content = await readMessage(envelope.inner);
  }
  return content;
}
