import { decodeHeaderValue } from './message/read-header-lines.ts';

export interface PeekedHeaders {
  messageId: string | null;
  from: string | null;
  subject: string | null;
  date: Date | null;
  /** Message-IDs from In-Reply-To and References, nearest first. */
  threadIds: string[];
}

const MAX_HEADER_BYTES = 256 * 1024;

/**
 * The few top-level headers a watcher records before the message is parsed. Cheap: reads only
 * the header block, never the body.
 */
export function peekHeaders(raw: Buffer): PeekedHeaders {
  const head = raw.subarray(0, MAX_HEADER_BYTES);
  let end = head.indexOf('\r\n\r\n');
  if (end < 0) end = head.indexOf('\n\n');
  const block = head.subarray(0, end < 0 ? head.length : end).toString('latin1').replace(/\r?\n[ \t]+/g, ' ');
  const values = new Map<string, string>();
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!values.has(name)) values.set(name, line.slice(colon + 1).trim());
  }
  const messageId = /<[^<>\s]+>/.exec(values.get('message-id') ?? '')?.[0] ?? null;
  const fromValue = values.get('from') ?? '';
  const from = readFromAddress(fromValue);
  const subjectRaw = values.get('subject');
  const dateValue = values.get('date');
  const date = dateValue ? new Date(dateValue) : null;
  return {
    messageId,
    from: from ? from.toLowerCase() : null,
    subject: subjectRaw === undefined ? null : decodeHeaderValue(subjectRaw).slice(0, 1000),
    date: date && !Number.isNaN(date.getTime()) ? date : null,
    threadIds: [...new Set([
      ...(values.get('in-reply-to') ?? '').match(/<[^<>\s]+>/g) ?? [],
      ...((values.get('references') ?? '').match(/<[^<>\s]+>/g) ?? []).reverse(),
    ])].slice(0, 50),
  };
}

/**
 * "Name <a@b.it>", else the first bare a@b.it. Each pattern starts only where a word starts ((?<!…), (?=…)): tried
 * from every character of a long From value, they took seconds.
 */
function readFromAddress(fromValue: string): string | null {
  return /<(?=[^<>\s]*[^<>\s]@[^<>\s])([^<>\s]+)>/.exec(fromValue)?.[1] ?? /(?<![^\s<>"])[^\s<>"]+@[^\s<>",;]+/.exec(fromValue)?.[0] ?? null;
}
