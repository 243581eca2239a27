import libmime from 'libmime';

/** Lower-cased header name -> unfolded values with RFC 2047 encoded words decoded, in order. */
export function readHeaderLines(lines: ReadonlyArray<{ key: string; line: string }>): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  for (const { key, line } of lines) {
    const name = key.trim().toLowerCase();
    if (!name) continue;
    const colon = line.indexOf(':');
    const rawValue = (colon >= 0 ? line.slice(colon + 1) : '').replace(/\r?\n[ \t]+/g, ' ').trim();
    const value = decodeHeaderValue(rawValue);
    const values = headers.get(name);
    if (values) values.push(value);
    else headers.set(name, [value]);
  }
  return headers;
}

/** A raw header value: 8-bit bytes read as UTF-8, RFC 2047 encoded words decoded. */
export function decodeHeaderValue(rawValue: string): string {
  // mailparser hands header lines over as binary strings: 8-bit bytes are usually UTF-8
  const text = /[\x80-\xff]/.test(rawValue) ? Buffer.from(rawValue, 'latin1').toString('utf8') : rawValue;
  try {
    return libmime.decodeWords(text);
  } catch {
    return text;
  }
}

export function firstHeader(headers: Map<string, string[]>, name: string): string | null {
  return headers.get(name)?.[0] ?? null;
}
