import type { SignatureInfo } from '../types.ts';
import { parseSignedData, readSigner } from './read-cms.ts';

const BYTE_RANGE = Buffer.from('/ByteRange');
const BYTE_RANGE_ARRAY = /^\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/;
const TIMESTAMP_MARKERS = /\/ETSI\.RFC3161|\/DocTimeStamp/;
const MAX_SIGNATURES_LOOKED_AT = 10;
const DICTIONARY_WINDOW = 1024;

/**
 * Finds a PAdES / PKCS#7 detached signature in a PDF. The byte range says exactly where the
 * `/Contents <hex>` string sits (between the two signed ranges), so no PDF parsing is needed and
 * a large file costs a few native byte searches. Document timestamps are not signatures.
 */
export function detectPades(pdf: Buffer): SignatureInfo | null {
  let searchFrom = pdf.length;
  for (let seen = 0; seen < MAX_SIGNATURES_LOOKED_AT && searchFrom > 0; seen++) {
    const at = pdf.lastIndexOf(BYTE_RANGE, searchFrom - 1);
    if (at < 0) return null;
    searchFrom = at;
    const contents = locateContents(pdf, at);
    if (!contents) continue;
    if (isTimestamp(pdf, contents)) continue;
    const der = hexToBytes(pdf.subarray(contents.start + 1, contents.end - 1));
    const parsed = parseSignedData(der);
    if (!parsed.signedData) return { type: 'pades', signer: null, taxCode: null };
    return { type: 'pades', ...readSigner(parsed.signedData) };
  }
  return null;
}

interface ContentsSpan {
  /** Offset of `<`. */
  start: number;
  /** Offset just past `>`. */
  end: number;
}

function locateContents(pdf: Buffer, byteRangeAt: number): ContentsSpan | null {
  const text = pdf.subarray(byteRangeAt + BYTE_RANGE.length, byteRangeAt + BYTE_RANGE.length + 120).toString('latin1');
  const match = BYTE_RANGE_ARRAY.exec(text);
  if (!match) return null;
  const [firstStart, firstLength, secondStart] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const start = firstStart + firstLength;
  const end = secondStart;
  if (end - start < 4 || end > pdf.length) return null;
  if (pdf[start] !== 0x3c || pdf[end - 1] !== 0x3e) return null;
  return { start, end };
}

function isTimestamp(pdf: Buffer, contents: ContentsSpan): boolean {
  const before = pdf.subarray(Math.max(0, contents.start - DICTIONARY_WINDOW), contents.start).toString('latin1');
  const after = pdf.subarray(contents.end, contents.end + DICTIONARY_WINDOW).toString('latin1');
  return TIMESTAMP_MARKERS.test(lastDictionaryPart(before)) || TIMESTAMP_MARKERS.test(firstDictionaryPart(after));
}

function lastDictionaryPart(text: string): string {
  const objectStart = text.lastIndexOf(' obj');
  return objectStart >= 0 ? text.slice(objectStart) : text;
}

function firstDictionaryPart(text: string): string {
  const objectEnd = text.indexOf('endobj');
  return objectEnd >= 0 ? text.slice(0, objectEnd) : text;
}

function hexToBytes(hex: Buffer): Buffer {
  const digits = hex.toString('latin1').replace(/[^0-9a-fA-F]/g, '');
  // the signature is zero-padded to the reserved size; BER parsing stops at the end of the object
  return Buffer.from(digits.length % 2 ? `${digits}0` : digits, 'hex');
}
