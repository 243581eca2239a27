import { extractFromProse } from '../extract-form/extract-prose.ts';
import { readBlockFields } from '../extract-form/fields-from-blocks.ts';
import { hasMeaningfulValues } from '../extract-form/has-meaningful-values.ts';
import type { Catalog } from '../normalize/catalog.ts';
import { matchLab } from '../normalize/match-lab.ts';
import type { FormEvidence, FormFieldName, FormFields } from '../types.ts';
import { judgeLocalPart } from './contact-consistency.ts';
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
  /**
   * The fields a repair changed beyond spacing and case ("O77O14" → "077014", "in.rossi@…" → "n.rossi@…",
   * "anna © comune,it" → "anna@comune.it"): guesses, however likely, that a person confirms. A speck trimmed off a
   * value's ends ("|", "[") is no repair.
   */
  repaired: FormFieldName[];
  /** Every value read per field and the page's rows: where the catalogue and the ISTAT list look when a value fails. */
  evidence?: FormEvidence;
}

export interface OcrFieldsContext {
  /** The catalogue: a lab code misread beside a title it knows ("PO-2 Gestione finanziaria") is put right. */
  catalog?: Catalog;
}

// A value whose letters a repair had to change is less sure than what the OCR read.
const REPAIR_PENALTY = 10;

/**
 * OCR words of a scanned form → its fields, by the same label mapping as the PDF text reader; values repaired where
 * OCR garbles them in known ways, and where the rest of the form shows what they were (the contact's address against
 * the contact's name, a lab's code against its title in the catalogue).
 */
export function ocrFields(pages: readonly OcrPage[], context: OcrFieldsContext = {}): OcrFieldsReading {
  const { blocks, words } = ocrTextBlocks(pages);
  const text = blocks.map((block) => block.cells.filter((cell) => cell !== '').join('  ')).filter((line) => line !== '').join('\n');
  const read = readBlockFields(blocks, { positional: true });
  let raw = read.fields;
  if (!hasMeaningfulValues(raw)) raw = extractFromProse(text);
  const scorer = new WordConfidence(words);
  const fields: FormFields = {};
  const confidence: Partial<Record<FormFieldName, number>> = {};
  const repaired: FormFieldName[] = [];
  const note = (name: FormFieldName, before: string, after: string) => {
    if (sameCharacters(before, after)) return;
    confidence[name] = Math.max(0, (confidence[name] ?? 0) - REPAIR_PENALTY);
    if (!repaired.includes(name)) repaired.push(name);
  };
  for (const [name, value] of Object.entries(raw) as Array<[FormFieldName, string | boolean]>) {
    if (typeof value === 'boolean') {
      fields[name] = value;
      continue;
    }
    const trimmed = trimSpecks(value);
    const mended = repairOcrValue(name, trimmed);
    fields[name] = mended;
    confidence[name] = scorer.of(value);
    note(name, trimmed, mended);
  }
  const email = fields.referente_email;
  if (typeof email === 'string') {
    const mended = withNameCheckedAddress(email, typeof fields.referente_nome === 'string' ? fields.referente_nome : null);
    if (mended !== email) {
      fields.referente_email = mended;
      note('referente_email', email, mended);
    }
  }
  if (context.catalog) {
    for (const name of ['laboratorio', 'laboratorio_2'] as const) {
      const value = fields[name];
      if (typeof value !== 'string') continue;
      const mended = withCatalogueCode(value, context.catalog);
      if (mended === value) continue;
      fields[name] = mended;
      note(name, value, mended);
    }
  }
  const pageConfidence = words.length ? Math.round(words.reduce((sum, word) => sum + word.confidence, 0) / words.length) : 0;
  return { fields, confidence, text, pageConfidence, repaired, evidence: read.evidence };
}

const LAB_CODE_AT_START = /^P([CO])-(\d)\b/;

/**
 * "PO-2 Gestione finanziaria": the title is the catalogue's PC-2 and the code one character away from it (C read
 * as O, 8 read for 3): the code is the misread part. A code that differs more, or a title the catalogue does not
 * know, stays as read.
 */
function withCatalogueCode(value: string, catalog: Catalog): string {
  const written = LAB_CODE_AT_START.exec(value);
  if (!written || matchLab(value, catalog).match === 'exact') return value;
  const title = matchLab(value.slice(written[0].length), catalog);
  const [lab] = title.labs;
  if (title.match !== 'exact' || title.labs.length !== 1 || !lab) return value;
  const [, area, digit] = written;
  const differences = Number(lab.code[1] !== area) + Number(lab.code[3] !== digit);
  return differences === 1 ? `${lab.code}${value.slice(written[0].length)}` : value;
}

/**
 * The contact's address as the name on the same form shows it: a box border read in front of it taken away
 * ("in.rossi@…" for Nicolò Rossi → "n.rossi@…"), an initial read as its look-alike put back ("l.maltese@…" for
 * Ilaria Maltese → "i.maltese@…"); "i.maltese@…" itself stays.
 */
function withNameCheckedAddress(email: string, name: string | null): string {
  const at = email.indexOf('@');
  if (at <= 1 || email.indexOf('@', at + 1) >= 0) return email;
  const verdict = judgeLocalPart(email.slice(0, at), name);
  return verdict.kind === 'border' || verdict.kind === 'initial' ? `${verdict.local}${email.slice(at)}` : email;
}

/**
 * A speck of dust or the edge of a box read as a character: "'076063", "Potenza |", "[0923 590111", "!Matera". An
 * opening bracket stays when its value closes it ("(0971) 415111").
 */
function trimSpecks(value: string): string {
  return value.replace(/^(?:['`´"|¦_~,.;:!]|\[(?!.*\])|\((?!.*\)))+(?=\S)/s, '').replace(/\s+['`´"|¦_~,;:!\]]+$/, '');
}

/** Whether a repair only changed spacing and case: any other change ("©" → "@", "O" → "0") was a guess. */
function sameCharacters(a: string, b: string): boolean {
  const key = (text: string) => text.toLowerCase().replace(/\s+/g, '');
  return key(a) === key(b);
}

