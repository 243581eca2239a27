import type { DocumentInput, SignatureInfo } from '../types.ts';
import { parseSignedData, readSignedContent, readSigner, verifySignedData } from './read-cms.ts';

export interface P7mResult {
  /** The signed content, named after the envelope without `.p7m`. */
  document: DocumentInput;
  signature: SignatureInfo | null;
  warnings: string[];
}

const MAX_NESTED_SIGNATURES = 5;
const P7M_NAME = /\.p7m$/i;
// SEQUENCE header then the OID 1.2.840.113549.1.7.2 (signedData), within the first bytes
const SIGNED_DATA_OID = Buffer.from('06092a864886f70d010702', 'hex');
const PEM_LINE = /^-----(BEGIN|END)[^-]*-----$/gm;
const BASE64_TEXT = /^[A-Za-z0-9+/=\s]+$/;

/**
 * Unwraps a CAdES `.p7m` down to the signed document (`.p7m.p7m` included). The signature kept
 * is the outermost one whose certificate carries a tax code, else the outermost one: an outer
 * countersignature by a protocol office should not hide the Comune's signer, and vice versa.
 * Returns null when the document is neither named `.p7m` nor a PKCS#7 SignedData.
 */
export async function unwrapP7m(doc: DocumentInput): Promise<P7mResult | null> {
  const named = P7M_NAME.test(doc.filename ?? '');
  if (!named && !looksLikeSignedData(doc.content)) return null;

  const warnings: string[] = [];
  const signatures: SignatureInfo[] = [];
  let current: DocumentInput = doc;
  for (let level = 0; level < MAX_NESTED_SIGNATURES; level++) {
    const isP7m = level === 0 ? true : P7M_NAME.test(current.filename ?? '') || looksLikeSignedData(current.content);
    if (!isP7m) break;
    const der = toDer(current.content);
    const parsed = der ? parseSignedData(der) : null;
    if (!parsed?.signedData) {
      if (level === 0) warnings.push(`p7m-unreadable: ${doc.filename ?? 'unnamed'}`);
      else warnings.push(`p7m-unreadable: ${current.filename ?? 'unnamed'} (nested signature)`);
      break;
    }
    const content = readSignedContent(parsed.signedData);
    if (!content) {
      warnings.push(`p7m-detached: ${current.filename ?? 'unnamed'} holds no signed content`);
      break;
    }
    signatures.push({ type: 'cades', ...readSigner(parsed.signedData) });
    if ((await verifySignedData(parsed.signedData)) === false) {
      warnings.push(`signature-invalid: ${current.filename ?? 'unnamed'}`);
    }
    current = { filename: stripP7mName(current.filename), contentType: null, content };
  }
  if (signatures.length === 0) return { document: doc, signature: null, warnings };
  const signature = signatures.find((candidate) => candidate.taxCode !== null) ?? signatures[0] ?? null;
  return { document: current, signature, warnings };
}

function stripP7mName(filename: string | null): string | null {
  if (!filename) return null;
  return filename.replace(P7M_NAME, '') || null;
}

export function looksLikeSignedData(content: Buffer): boolean {
  if (content[0] === 0x30) {
    const oidAt = content.subarray(0, 32).indexOf(SIGNED_DATA_OID);
    return oidAt > 0;
  }
  const head = content.subarray(0, 256).toString('latin1');
  if (/^-----BEGIN (PKCS7|CMS)-----/.test(head)) return true;
  // base64 of a SEQUENCE with a long or indefinite length starts with "MI" or "MIA"
  return /^\s*MI[A-Za-z0-9+/]{10}/.test(head) && isBase64Text(content.subarray(0, 4096).toString('latin1'));
}

/** DER/BER bytes as they are, or decoded from base64 text (with or without PEM armour). */
function toDer(content: Buffer): Buffer | null {
  if (content[0] === 0x30) return content;
  const text = content.toString('latin1').replace(PEM_LINE, '');
  if (!isBase64Text(text)) return null;
  const decoded = Buffer.from(text.replace(/\s+/g, ''), 'base64');
  return decoded[0] === 0x30 ? decoded : null;
}

function isBase64Text(text: string): boolean {
  return text.trim().length > 0 && BASE64_TEXT.test(text);
}
