import type { DocumentKind } from './sniff-document.ts';

const MIME_KINDS: ReadonlyArray<readonly [RegExp, DocumentKind]> = [
  [/^application\/(x-)?pdf$/, 'pdf'],
  [/wordprocessingml\.document$/, 'docx'],
  [/spreadsheetml\.sheet$/, 'xlsx'],
  [/^application\/vnd\.oasis\.opendocument\.text$/, 'odt'],
  [/^application\/vnd\.oasis\.opendocument\./, 'other-office'],
  [/^application\/(msword|vnd\.ms-excel|rtf)$|^text\/rtf$/, 'legacy-office'],
  [/^image\//, 'image'],
  [/^application\/(x-)?zip(-compressed)?$/, 'zip'],
];
const EXTENSION_KINDS: Readonly<Record<string, DocumentKind>> = {
  pdf: 'pdf', docx: 'docx', xlsx: 'xlsx', odt: 'odt', ods: 'other-office', doc: 'legacy-office', xls: 'legacy-office', rtf: 'legacy-office',
  png: 'image', jpg: 'image', jpeg: 'image', tif: 'image', tiff: 'image', zip: 'zip',
};
const GENERIC_MIME = /^(application\/(octet-stream|x-download|force-download|download|unknown|binary)|binary\/octet-stream)$/;
// Mail clients often label a DOCX as application/msword and an XLSX as vnd.ms-excel: not a lie worth reporting.
const COMPATIBLE: ReadonlyArray<readonly [DocumentKind, DocumentKind]> = [
  ['legacy-office', 'docx'],
  ['legacy-office', 'xlsx'],
  ['zip', 'docx'],
  ['zip', 'xlsx'],
  ['zip', 'odt'],
  ['zip', 'other-office'],
];

export interface DeclaredKind {
  kind: DocumentKind;
  /** What the sender declared, as shown in warnings: a MIME type or a filename extension. */
  declared: string;
}

/** What the sender claims a document is, from its Content-Type, or from its filename when the type is generic. */
export function declaredKind(contentType: string | null, filename: string | null): DeclaredKind | null {
  const mime = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (mime !== '' && !GENERIC_MIME.test(mime)) {
    const kind = MIME_KINDS.find(([pattern]) => pattern.test(mime))?.[1];
    return kind ? { kind, declared: mime } : null;
  }
  const extension = /\.([a-z0-9]{2,5})$/i.exec(filename ?? '')?.[1]?.toLowerCase();
  const kind = extension ? EXTENSION_KINDS[extension] : undefined;
  return kind ? { kind, declared: `.${extension}` } : null;
}

export function isSameKind(declared: DocumentKind, actual: DocumentKind): boolean {
  return declared === actual || COMPATIBLE.some(([claimed, real]) => claimed === declared && real === actual);
}
