import type { AddressObject, EmailAddress } from 'mailparser';
import { htmlToText } from '../extract-form/html-to-text.ts';
import { parseMailText, type MailText } from './parse-mail-text.ts';
import { firstHeader, readHeaderLines } from './read-header-lines.ts';
import { walkMime } from './walk-mime.ts';

export interface ReadLimits {
  maxMessageBytes: number;
  maxAttachmentBytes: number;
  maxParts: number;
  maxDepth: number;
}

export interface MailAttachment {
  filename: string | null;
  contentType: string | null;
  content: Buffer;
  inline: boolean;
}

export interface EmbeddedMessage {
  filename: string | null;
  raw: Buffer;
}

export interface ReadMessage {
  /** Lower-cased header name -> decoded values, in order. */
  headers: Map<string, string[]>;
  /** With angle brackets. */
  messageId: string | null;
  /** Bare address, lower-cased. */
  from: string | null;
  fromName: string | null;
  replyTo: string | null;
  to: string[];
  subject: string | null;
  date: Date | null;
  inReplyTo: string | null;
  references: string[];
  /** The text part, or text derived from the HTML. */
  text: string | null;
  /** True when `text` was derived from `html` (there was no text part). */
  textFromHtml: boolean;
  html: string | null;
  /** Leaf attachments of this message only, not those of embedded messages. */
  attachments: MailAttachment[];
  embeddedMessages: EmbeddedMessage[];
  /** A DSN or MDN. */
  isMultipartReport: boolean;
  warnings: string[];
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxMessageBytes: 50 * 1024 * 1024,
  maxAttachmentBytes: 30 * 1024 * 1024,
  maxParts: 500,
  maxDepth: 30,
};

const MAX_HTML_TO_TEXT_CHARS = 2 * 1024 * 1024;

/** Reads a raw RFC 5322 message; never throws on bad input, says what went wrong in `warnings`. */
export async function readMessage(raw: Buffer, limits: Partial<ReadLimits> = {}): Promise<ReadMessage> {
  const effectiveLimits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...limits };
  const warnings: string[] = [];
  let source = raw;
  if (raw.length > effectiveLimits.maxMessageBytes) {
    warnings.push(`message-too-large: ${raw.length} bytes, only the headers were read`);
    source = raw.subarray(0, headerBlockEnd(raw, effectiveLimits.maxMessageBytes));
  }
  if (source.length === 0) warnings.push('empty-message: no bytes');

  const walk = source === raw ? await walkMime(source, effectiveLimits) : null;
  // a walk that could not finish leaves an incomplete skeleton: then the parser reads the whole message
  const walkFailed = walk?.warnings.some((warning) => warning.startsWith('broken-mime: ') && !warning.includes('not terminated')) ?? true;
  const parsed = await parseWithMailparser(walk && !walkFailed ? walk.skeleton : source, warnings);
  const headers = readHeaderLines(parsed?.headerLines ?? []);
  if (source.length > 0 && headers.size === 0) warnings.push('broken-mime: no headers found');
  if (walk) warnings.push(...walk.warnings);

  const from = firstAddress(parsed?.from);
  const html = typeof parsed?.html === 'string' && parsed.html.length > 0 ? parsed.html : null;
  const plain = parsed?.text && parsed.text.trim().length > 0 ? parsed.text : null;
  return {
    headers,
    messageId: parsed?.messageId ?? null,
    from: from?.address ?? null,
    fromName: from?.name ?? null,
    replyTo: firstAddress(parsed?.replyTo)?.address ?? null,
    to: allAddresses(parsed?.to),
    subject: firstHeader(headers, 'subject') ?? parsed?.subject ?? null,
    date: parseDate(firstHeader(headers, 'date')),
    inReplyTo: parsed?.inReplyTo ?? null,
    references: toList(parsed?.references),
    text: plain ?? (html ? htmlToText(html.slice(0, MAX_HTML_TO_TEXT_CHARS)) || null : null),
    textFromHtml: plain === null && html !== null,
    html,
    attachments: walk?.attachments ?? [],
    embeddedMessages: walk?.embeddedMessages ?? [],
    isMultipartReport: walk?.isMultipartReport ?? /^multipart\/report\b/i.test(firstHeader(headers, 'content-type') ?? ''),
    warnings,
  };
}

async function parseWithMailparser(source: Buffer, warnings: string[]): Promise<MailText | null> {
  try {
    return await parseMailText(source);
  } catch (error) {
    warnings.push(`broken-mime: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

/** Index just past the header block, within `max` bytes. */
function headerBlockEnd(raw: Buffer, max: number): number {
  const window = raw.subarray(0, max);
  const crlf = window.indexOf('\r\n\r\n');
  if (crlf >= 0) return crlf + 4;
  const lf = window.indexOf('\n\n');
  return lf >= 0 ? lf + 2 : Math.min(max, 64 * 1024);
}

function firstAddress(header: AddressObject | AddressObject[] | undefined): { address: string; name: string | null } | null {
  const mailbox = flattenAddresses(header)[0];
  if (!mailbox?.address) return null;
  return { address: mailbox.address.toLowerCase(), name: mailbox.name.trim() || null };
}

function allAddresses(header: AddressObject | AddressObject[] | undefined): string[] {
  return flattenAddresses(header)
    .map((mailbox) => mailbox.address?.toLowerCase() ?? '')
    .filter((address) => address.length > 0);
}

function flattenAddresses(header: AddressObject | AddressObject[] | undefined): EmailAddress[] {
  if (!header) return [];
  const objects = Array.isArray(header) ? header : [header];
  return objects.flatMap((object) => object.value.flatMap((entry) => (entry.group ? entry.group : [entry])));
}

function parseDate(value: string | null): Date | null {
  if (!value) return null;
  const date = new Date(value.replace(/\s*\([^)]*\)\s*$/, ''));
  return Number.isNaN(date.getTime()) ? null : date;
}

function toList(value: string | string[] | undefined): string[] {
  if (!value) return [];
  return Array.isArray(value) ? value : [value];
}
