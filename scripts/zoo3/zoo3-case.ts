import type { FixtureCase } from '../fixtures/fixture-case.ts';

export const ZOO3_CATEGORIES = ['protocol-letter', 'filled-official', 'spreadsheet', 'body-plain', 'pec-signed', 'two-choices', 'incomplete3'] as const;
export type Zoo3Category = (typeof ZOO3_CATEGORIES)[number];

/** One zoo-3 message; its files are NNN-<category>-<name>.eml / .expected.json. */
export interface Zoo3Case extends FixtureCase {
  category: Zoo3Category;
}
