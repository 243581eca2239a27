import { simpleParser } from 'mailparser';

export interface AttachmentInfo {
  index: number;
  filename: string;
  contentType: string;
  size: number;
}

/** Declared types we may pass on as they are; anything else (HTML, SVG, scripts, unknown) goes out as octet-stream. */
const PASS_THROUGH_TYPES = new Set([
  'application/pdf',
  'application/pkcs7-mime',
  'application/pkcs7-signature',
  'application/x-pkcs7-mime',
  'application/x-pkcs7-signature',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/msword',
  'application/vnd.ms-excel',
  'application/zip',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/tiff',
  'text/plain',
  'message/rfc822',
]);

export function safeDownloadType(declared: string): string {
  const type = declared.toLowerCase().split(';')[0]!.trim();
  return PASS_THROUGH_TYPES.has(type) ? type : 'application/octet-stream';
}

/** A filename safe for Content-Disposition: ASCII fallback plus the UTF-8 form (RFC 6266). */
export function contentDisposition(filename: string): string {
  const cleaned = filename.replace(/[\r\n"\\/]/g, '_').slice(0, 200) || 'allegato';
  const ascii = cleaned.replace(/[^\x20-\x7e]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(cleaned)}`;
}

/** The attachments mailparser sees in a raw message; an unparseable message has none. */
export async function listAttachments(raw: Buffer): Promise<Array<AttachmentInfo & { content: Buffer }>> {
  try {
    const parsed = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true, skipTextLinks: true, skipImageLinks: true });
    return parsed.attachments.map((a, index) => ({
      index,
      filename: a.filename || `allegato-${index + 1}`,
      contentType: a.contentType || 'application/octet-stream',
      size: a.size ?? a.content.length,
      content: a.content,
    }));
  } catch {
    return [];
  }
}
