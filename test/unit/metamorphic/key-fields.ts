/**
 * The key fields of a parse: what must not move under a transformation that keeps the content.
 * FORM.md's contract reduced to kind, Comune, contact, labs (all, in order), needs, counts and `missing`.
 */
import type { RequestSpec } from '../../../scripts/fixtures/request-spec.ts';
import { lab } from '../../../scripts/fixtures/request-spec.ts';
import type { ParsedMessage } from '../../../src/core/types.ts';

export const KEY_FIELDS = [
  'kind',
  'comune.name',
  'comune.istat',
  'contact.name',
  'contact.email',
  'contact.phone',
  'labs',
  'needs',
  'participants',
  'days',
  'missing',
] as const;

export type KeyField = (typeof KEY_FIELDS)[number];
export type KeyValues = Record<KeyField, unknown>;

// how a phone number is spaced is presentation, not content (the corpus compares it the same way)
const phoneDigits = (phone: string | null | undefined) => (typeof phone === 'string' ? phone.replace(/[\s./-]/g, '') : (phone ?? null));

/** The key fields of a parse result. */
export function keyValuesOf(parsed: ParsedMessage): KeyValues {
  const { request } = parsed;
  return {
    kind: parsed.kind,
    'comune.name': request.comune.name,
    'comune.istat': request.comune.istat,
    'contact.name': request.contact.name,
    'contact.email': request.contact.email,
    'contact.phone': phoneDigits(request.contact.phone),
    labs: request.labs.map((entry) => `${entry.code} ${entry.title}`),
    needs: request.needs,
    participants: request.participants,
    days: request.days,
    missing: [...parsed.missing],
  };
}

/** What a person reading the spec's form says the key fields are; the ISTAT code only where it is certain. */
export function expectedKeyValues(spec: RequestSpec): Partial<KeyValues> {
  const expected: Partial<KeyValues> = {
    kind: 'request',
    'comune.name': spec.comune.name,
    'contact.name': spec.contact.name,
    'contact.email': spec.contact.email ?? null,
    'contact.phone': phoneDigits(spec.contact.phone),
    labs: spec.labs.map((code) => `${code} ${lab(code).title}`),
    needs: spec.needs,
    participants: spec.participants ?? null,
    days: spec.days ?? null,
    missing: [],
  };
  if (spec.comune.istat) expected['comune.istat'] = spec.comune.istat;
  return expected;
}

export interface Difference {
  field: KeyField;
  actual: unknown;
  expected: unknown;
}

/** The fields where `actual` differs from `expected`, in KEY_FIELDS order (fields absent from `expected` are not checked). */
export function differences(actual: KeyValues, expected: Partial<KeyValues>): Difference[] {
  return KEY_FIELDS.filter((field) => field in expected && JSON.stringify(actual[field]) !== JSON.stringify(expected[field])).map((field) => ({
    field,
    actual: actual[field],
    expected: expected[field],
  }));
}

export const describeDifference = ({ field, actual, expected }: Difference): string => `${field}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`;
