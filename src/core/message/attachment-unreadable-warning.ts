// The one warning that says an attachment could not be read, and why, in Italian:
// `attachment-unreadable: modulo.pdf: protetto da password`.

export const ATTACHMENT_UNREADABLE = 'attachment-unreadable';

const PREFIX = `${ATTACHMENT_UNREADABLE}: `;
const UNNAMED = '(senza nome)';

export interface UnreadableAttachment {
  /** The attachment's name as sent (e.g. `modulo.pdf.p7m`). */
  filename: string;
  /** Why it could not be read, in Italian (e.g. "protetto da password"); never holds ": ". */
  reason: string;
}

export function attachmentUnreadableWarning(filename: string | null, reason: string): string {
  // a name comes from a MIME header: no line break of it may reach a warning, a mail or a page
  const name = (filename ?? '').replace(/\p{Cc}+/gu, ' ').trim() || UNNAMED;
  return `${PREFIX}${name}: ${reason}`;
}

/** The unreadable attachments that a request's warnings name, in order, each once. */
export function unreadableAttachmentsIn(warnings: readonly string[]): UnreadableAttachment[] {
  const found: UnreadableAttachment[] = [];
  for (const warning of new Set(warnings)) {
    if (!warning.startsWith(PREFIX)) continue;
    const rest = warning.slice(PREFIX.length);
    // a filename may hold ": ", the reason never does
    const at = rest.lastIndexOf(': ');
    if (at <= 0) continue;
    found.push({ filename: rest.slice(0, at), reason: rest.slice(at + 2) });
  }
  return found;
}
