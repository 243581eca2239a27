/** Decodes a MIME body from its Content-Transfer-Encoding; unknown encodings pass through unchanged. */
export function decodeTransferEncoding(encoding: string | null, body: Buffer): Buffer {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'base64':
      // Node's decoder skips whitespace and stops at garbage instead of throwing
      return Buffer.from(body.toString('latin1'), 'base64');
    case 'quoted-printable':
      return decodeQuotedPrintable(body);
    default:
      return body;
  }
}

const EQUALS = 0x3d;
const CR = 0x0d;
const LF = 0x0a;

export function decodeQuotedPrintable(body: Buffer): Buffer {
  const out = Buffer.allocUnsafe(body.length);
  let length = 0;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i]!;
    if (byte !== EQUALS) {
      out[length++] = byte;
      continue;
    }
    const softBreak = skipSoftLineBreak(body, i + 1);
    if (softBreak > 0) {
      i = softBreak - 1;
      continue;
    }
    const high = hexValue(body[i + 1]);
    const low = hexValue(body[i + 2]);
    if (high >= 0 && low >= 0) {
      out[length++] = high * 16 + low;
      i += 2;
    } else {
      out[length++] = byte;
    }
  }
  return out.subarray(0, length);
}

/** Returns the index after a soft line break ("=" then optional blanks then a newline), or 0. */
function skipSoftLineBreak(body: Buffer, start: number): number {
  let i = start;
  while (body[i] === 0x20 || body[i] === 0x09) i++;
  if (body[i] === CR && body[i + 1] === LF) return i + 2;
  if (body[i] === LF) return i + 1;
  if (i >= body.length) return i;
  return 0;
}

function hexValue(byte: number | undefined): number {
  if (byte === undefined) return -1;
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57;
  return -1;
}
