import type { FixtureCase } from '../fixtures/fixture-case.ts';

export const ZOO_CATEGORIES = [
  'letterhead-pdf',
  'word-table-docx',
  'letter-docx',
  'letter-odt',
  'odt',
  'xlsx-rows',
  'xlsx-columns',
  'body',
  'two-labs',
  'wrapped',
  'scan',
  'incomplete',
] as const;
export type ZooCategory = (typeof ZOO_CATEGORIES)[number];

/** One zoo message; its files are NNN-<category>-<name>.eml / .expected.json. */
export interface ZooCase extends FixtureCase {
  category: ZooCategory;
}

export const MIME = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  p7m: 'application/pkcs7-mime',
  eml: 'message/rfc822',
  png: 'image/png',
  jpeg: 'image/jpeg',
} as const;
