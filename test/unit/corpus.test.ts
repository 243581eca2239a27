// Golden corpus: every test/fixtures/messages/NNN-name.eml must parse to (at least) its NNN-name.expected.json.
// Build the corpus with `npx tsx scripts/build-fixtures.ts`; matching rules are in test/fixtures/messages/README.md.
import { readFileSync, readdirSync } from 'node:fs';
import { simpleParser } from 'mailparser';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/core/normalize/catalog.ts';
import { parseMessage } from '../../src/core/parse-message.ts';
import type { ParseContext } from '../../src/core/parse-message.ts';
import type { ParsedMessage } from '../../src/core/types.ts';

const DIR = new URL('../fixtures/messages/', import.meta.url).pathname;
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.eml')).sort();
const CATALOG_PATH = new URL('../../config/catalog.yaml', import.meta.url).pathname;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every difference between actual and the deep partial `expected`, as "path: why" strings. */
export function partialMismatches(actual: unknown, expected: Json, path = '$'): string[] {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected) && '$contains' in expected) {
    const wanted = expected.$contains;
    if (!Array.isArray(actual)) return [`${path}: expected an array`];
    if (!Array.isArray(wanted)) return [`${path}: $contains needs an array`];
    return wanted.flatMap((item, i) => (actual.some((a) => partialMismatches(a, item).length === 0) ? [] : [`${path}: no element matches $contains[${i}] ${JSON.stringify(item)}`]));
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${JSON.stringify(actual)}`];
    if (actual.length !== expected.length) return [`${path}: expected ${expected.length} items ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
    return expected.flatMap((item, i) => partialMismatches(actual[i], item, `${path}[${i}]`));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return [`${path}: expected an object, got ${JSON.stringify(actual)}`];
    const record = actual as Record<string, unknown>;
    return Object.entries(expected).flatMap(([key, value]) => partialMismatches(record[key], value, `${path}.${key}`));
  }
  // how a phone number is spaced is presentation, not content: "0835 241111" and "0835241111" are the same number
  const comparable = (value: unknown) => (path.endsWith('.phone') && typeof value === 'string' ? value.replace(/[\s./-]/g, '') : value);
  return Object.is(comparable(actual), comparable(expected)) ? [] : [`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}

const CONTRACT_KEYS = ['schema', 'kind', 'reason', 'message', 'pec', 'form', 'request', 'sources', 'missing', 'warnings'];
const REQUEST_KEYS = ['comune', 'partnership', 'otherComuni', 'entityPec', 'contact', 'area', 'labs', 'needs', 'cup', 'audience', 'participants', 'days', 'preferredPeriod', 'venue', 'privacyConsent'];

/** FORM.md's contract: every key present, schema 1, warnings as `code: detail`. */
function contractProblems(parsed: ParsedMessage): string[] {
  const problems: string[] = [];
  const record = parsed as unknown as Record<string, unknown>;
  for (const key of CONTRACT_KEYS) if (!(key in record)) problems.push(`missing key ${key}`);
  if (parsed.schema !== 1) problems.push('schema is not 1');
  if (!['request', 'reply', 'automatic', 'pec-receipt', 'not-a-request'].includes(parsed.kind)) problems.push(`bad kind ${parsed.kind}`);
  for (const key of ['messageId', 'from', 'subject', 'date']) if (!(key in (parsed.message ?? {}))) problems.push(`missing message.${key}`);
  for (const key of REQUEST_KEYS) if (!(key in (parsed.request ?? {}))) problems.push(`missing request.${key}`);
  for (const key of ['name', 'istat', 'province', 'region', 'match']) if (!(key in (parsed.request?.comune ?? {}))) problems.push(`missing request.comune.${key}`);
  for (const key of ['name', 'role', 'email', 'phone']) if (!(key in (parsed.request?.contact ?? {}))) problems.push(`missing request.contact.${key}`);
  if (parsed.pec !== null) for (const key of ['type', 'sender', 'identifier', 'date']) if (!(key in parsed.pec)) problems.push(`missing pec.${key}`);
  if (parsed.form !== null) for (const key of ['source', 'filename', 'signature']) if (!(key in parsed.form)) problems.push(`missing form.${key}`);
  for (const warning of parsed.warnings ?? []) if (!/^[a-z][a-z0-9-]*(: |$)/.test(warning)) problems.push(`warning not "code: detail": ${warning}`);
  return problems;
}

const warningCode = (warning: string) => warning.split(':')[0]?.trim();

describe('golden corpus', () => {
  it('has at least 60 messages, each with its expected output', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(60);
    for (const file of FILES) expect(() => readFileSync(`${DIR}${file.replace(/\.eml$/, '.expected.json')}`), file).not.toThrow();
  });

  it.each(FILES)('%s is mail that mailparser can read', async (file) => {
    const mail = await simpleParser(readFileSync(`${DIR}${file}`));
    expect(mail.headers.size, file).toBeGreaterThan(3);
    expect(mail.from?.value[0]?.address, file).toMatch(/@/);
  });
});

describe('parseMessage on the golden corpus', () => {
  let ctx: ParseContext;
  beforeAll(() => {
    ctx = { catalog: parseCatalog(readFileSync(CATALOG_PATH, 'utf8')), ownAddresses: ['cap4city@anci.example.it'], ownMessageIdDomain: 'cap4city.local' };
  });

  it.each(FILES)('%s', async (file) => {
    const { warningsInclude, ...expected } = JSON.parse(readFileSync(`${DIR}${file.replace(/\.eml$/, '.expected.json')}`, 'utf8')) as { warningsInclude?: string[] } & Record<string, Json>;
    const parsed = await parseMessage(readFileSync(`${DIR}${file}`), ctx);
    expect(contractProblems(parsed)).toEqual([]);
    expect(partialMismatches(parsed, expected)).toEqual([]);
    const codes = parsed.warnings.map(warningCode);
    for (const code of warningsInclude ?? []) expect(codes, `warnings of ${file}: ${parsed.warnings.join(' | ')}`).toContain(code);
  });
});
