import { extractFromProse } from '../extract-form/extract-prose.ts';
import { fieldsFromBlocks } from '../extract-form/fields-from-blocks.ts';
import { hasMeaningfulValues } from '../extract-form/has-meaningful-values.ts';
import type { FormFieldName, FormFields } from '../types.ts';
import { WordConfidence } from './field-confidence.ts';
import type { OcrPage } from './ocr-page.ts';
import { ocrTextBlocks } from './ocr-text-blocks.ts';
import { repairOcrValue } from './repair-ocr-value.ts';

export interface OcrFieldsReading {
  fields: FormFields;
  /** Per text field, 0–100: the lowest word confidence of its value (lowered when a repair changed letters). */
  confidence: Partial<Record<FormFieldName, number>>;
  /** The recognised text, line by line (for the record and the dashboard). */
  text: string;
  /** Mean word confidence over the pages. */
  pageConfidence: number;
}

// A value whose letters a repair had to change is less sure than what the OCR read.
const REPAIR_PENALTY = 10;

/** OCR words of a scanned form → its fields, by the same label mapping as the PDF text reader. */
export function ocrFields(pages: readonly OcrPage[]): OcrFieldsReading {
  const { blocks, words } = ocrTextBlocks(pages);
  const text = blocks.map((block) => block.cells.filter((cell) => cell !== '').join('  ')).filter((line) => line !== '').join('\n');
  let raw = fieldsFromBlocks(blocks, { positional: true });
  if (!hasMeaningfulValues(raw)) raw = extractFromProse(text);
  const scorer = new WordConfidence(words);
  const fields: FormFields = {};
  const confidence: Partial<Record<FormFieldName, number>> = {};
  for (const [name, value] of Object.entries(raw) as Array<[FormFieldName, string | boolean]>) {
    if (typeof value === 'boolean') {
      fields[name] = value;
      continue;
    }
    const trimmed = trimSpecks(value);
    const repaired = repairOcrValue(name, trimmed);
    fields[name] = repaired;
    const read = scorer.of(value);
    confidence[name] = sameCharacters(trimmed, repaired) ? read : Math.max(0, read - REPAIR_PENALTY);
  }
  const pageConfidence = words.length ? Math.round(words.reduce((sum, word) => sum + word.confidence, 0) / words.length) : 0;
  return { fields, confidence, text, pageConfidence };
}

/** A speck of dust or the edge of a box read as a character: "'076063", "Potenza |". */
function trimSpecks(value: string): string {
  return value.replace(/^['`´"|¦_~,.;:]+(?=\S)/, '').replace(/\s+['`´"|¦_~,;:]+$/, '');
}

/** Whether a repair only changed spacing and case: any other change ("©" → "@", "O" → "0") was a guess. */
function sameCharacters(a: string, b: string): boolean {
  const key = (text: string) => text.toLowerCase().replace(/\s+/g, '');
  return key(a) === key(b);
}
