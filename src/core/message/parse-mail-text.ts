import { MailParser } from 'mailparser';
import type { AddressObject, AttachmentStream, HeaderLines, Headers, MailParserOptions, MessageText } from 'mailparser';

/** What the message reader needs from mailparser: decoded headers and the body text; never the attachments. */
export interface MailText {
  headerLines: HeaderLines;
  from?: AddressObject;
  replyTo?: AddressObject;
  to?: AddressObject | AddressObject[];
  subject?: string;
  messageId?: string;
  inReplyTo?: string;
  references?: string | string[];
  text?: string;
  html?: string | false;
}

// checksumAlgo false skips hashing attachments (mailparser accepts it; the typings only declare strings)
const OPTIONS = {
  skipImageLinks: true,
  skipTextToHtml: true,
  skipTextLinks: true,
  // the body's HTML is converted by our own reader, which keeps table cells apart
  skipHtmlToText: true,
  checksumAlgo: false,
} as unknown as MailParserOptions;

/**
 * Like mailparser's simpleParser, but attachments are drained and dropped as they stream by: the MIME walk keeps
 * the only copy of each attachment, so a 20 MB scan is not held twice more (decoded and concatenated) here.
 */
export function parseMailText(source: Buffer): Promise<MailText> {
  return new Promise((resolve, reject) => {
    const parser = new MailParser(OPTIONS);
    const mail: MailText = { headerLines: [] };
    let settled = false;
    parser.on('error', (error: Error) => {
      if (settled) return;
      settled = true;
      reject(error);
    });
    parser.on('headers', (headers: Headers) => {
      const map = headers as Map<string, unknown>;
      mail.headerLines = (parser as unknown as { headerLines: HeaderLines }).headerLines;
      mail.from = map.get('from') as AddressObject | undefined;
      mail.replyTo = map.get('reply-to') as AddressObject | undefined;
      mail.to = map.get('to') as AddressObject | AddressObject[] | undefined;
      mail.subject = map.get('subject') as string | undefined;
      mail.messageId = map.get('message-id') as string | undefined;
      mail.inReplyTo = map.get('in-reply-to') as string | undefined;
      mail.references = map.get('references') as string | string[] | undefined;
    });
    parser.on('data', (data: AttachmentStream | MessageText) => {
      if (data.type === 'text') {
        mail.text = data.text;
        mail.html = data.html;
        return;
      }
      data.content.resume();
      data.release?.();
    });
    parser.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(mail);
    });
    parser.end(source);
  });
}
