import type { FixtureCase } from '../fixtures/fixture-case.ts';

export const ZOO2_CATEGORIES = [
  'template-variant',
  'pdf-two-column',
  'docx-nested',
  'xlsx-odd',
  'body-variety',
  'letters',
  'wrapped2',
  'multi-lab',
  'incomplete2',
] as const;
export type Zoo2Category = (typeof ZOO2_CATEGORIES)[number];

/** One zoo-2 message; its files are NNN-<category>-<name>.eml / .expected.json. */
export interface Zoo2Case extends FixtureCase {
  category: Zoo2Category;
}
