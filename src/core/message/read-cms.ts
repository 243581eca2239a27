import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

// pkijs SignedDataVerifyError code for content that does not match the signed messageDigest
const PKIJS_MESSAGE_DIGEST_MISMATCH = 15;
const OID_SIGNED_DATA = '1.2.840.113549.1.7.2';
const OID_COMMON_NAME = '2.5.4.3';
const OID_SURNAME = '2.5.4.4';
const OID_SERIAL_NUMBER = '2.5.4.5';
const OID_GIVEN_NAME = '2.5.4.42';
const TAX_CODE_PREFIX = /^(TINIT-|TIN:IT-|IT:|IT-|CF:)/i;
const ITALIAN_TAX_CODE = /^([A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]|\d{11})$/;

export interface CmsSigner {
  signer: string | null;
  taxCode: string | null;
}

export type SignedDataResult = { signedData: pkijs.SignedData; error: null } | { signedData: null; error: string };

/** Parses a DER/BER CMS ContentInfo holding SignedData (indefinite lengths and chunked content included). */
export function parseSignedData(der: Uint8Array): SignedDataResult {
  try {
    const asn1 = asn1js.fromBER(toArrayBuffer(der));
    if (asn1.offset === -1) return { signedData: null, error: asn1.result.error || 'not BER' };
    const contentInfo = new pkijs.ContentInfo({ schema: asn1.result });
    if (contentInfo.contentType !== OID_SIGNED_DATA) return { signedData: null, error: `content type ${contentInfo.contentType}` };
    return { signedData: new pkijs.SignedData({ schema: contentInfo.content }), error: null };
  } catch (error) {
    return { signedData: null, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The encapsulated content, with a chunked (constructed) OCTET STRING joined; null when detached. */
export function readSignedContent(signedData: pkijs.SignedData): Buffer | null {
  const content = signedData.encapContentInfo.eContent;
  if (!content) return null;
  return Buffer.from(content.getValue());
}

/** Name and tax code of the first signer, read from its certificate's subject. */
export function readSigner(signedData: pkijs.SignedData): CmsSigner {
  const certificate = findSignerCertificate(signedData);
  if (!certificate) return { signer: null, taxCode: null };
  const attributes = new Map<string, string>();
  for (const typeAndValue of certificate.subject.typesAndValues) {
    const value = readAttributeValue(typeAndValue.value);
    if (value && !attributes.has(typeAndValue.type)) attributes.set(typeAndValue.type, value);
  }
  const fullName = [attributes.get(OID_GIVEN_NAME), attributes.get(OID_SURNAME)].filter(Boolean).join(' ');
  const signer = attributes.get(OID_COMMON_NAME) ?? (fullName || null);
  return { signer: signer ?? null, taxCode: toTaxCode(attributes.get(OID_SERIAL_NUMBER)) };
}

/** false only when the signature was checked and does not match; null when it could not be checked. */
export async function verifySignedData(signedData: pkijs.SignedData, detachedContent?: Buffer): Promise<boolean | null> {
  try {
    const result = await signedData.verify({
      signer: 0,
      checkChain: false,
      extendedMode: true,
      ...(detachedContent ? { data: toArrayBuffer(detachedContent) } : {}),
    });
    return result.signatureVerified ?? null;
  } catch (error) {
    const failure = error as { signatureVerified?: boolean | null; code?: number } | null;
    if (failure?.signatureVerified === false || failure?.code === PKIJS_MESSAGE_DIGEST_MISMATCH) return false;
    return null;
  }
}

function findSignerCertificate(signedData: pkijs.SignedData): pkijs.Certificate | null {
  const certificates = (signedData.certificates ?? []).filter(
    (certificate): certificate is pkijs.Certificate => certificate instanceof pkijs.Certificate,
  );
  const sid = signedData.signerInfos[0]?.sid;
  if (sid instanceof pkijs.IssuerAndSerialNumber) {
    const match = certificates.find(
      (certificate) => certificate.serialNumber.isEqual(sid.serialNumber) && certificate.issuer.isEqual(sid.issuer),
    );
    if (match) return match;
  }
  return certificates[0] ?? null;
}

function readAttributeValue(value: unknown): string | null {
  const block = (value as { valueBlock?: { value?: unknown } } | null)?.valueBlock?.value;
  return typeof block === 'string' && block.trim() ? block.trim() : null;
}

function toTaxCode(serialNumber: string | undefined): string | null {
  if (!serialNumber) return null;
  const candidate = serialNumber.trim().replace(TAX_CODE_PREFIX, '').toUpperCase();
  return ITALIAN_TAX_CODE.test(candidate) ? candidate : null;
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
