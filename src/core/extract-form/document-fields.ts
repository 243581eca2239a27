import type { FormEvidence, FormFieldName, FormFields } from '../types.ts';
import { extractFromProse } from './extract-prose.ts';
import { readBlockFields, type BlockReadingOptions, type TextBlock } from './fields-from-blocks.ts';
import { mapLabel } from './map-label.ts';
import { supplementFromProse } from './prose-supplements.ts';
import { splitLabelValue } from './split-label-value.ts';

/** Warning code of a document read (partly) as a letter: parse-message then completes it from the mail body. */
export const DOCUMENT_PROSE_WARNING = 'document-prose';

// Below this many labelled fields, a document is read as a letter too.
const STRUCTURED_MINIMUM = 3;

export interface DocumentFields {
  fields: FormFields;
  /** Fields guessed from sentences rather than read from labels. */
  fromProse: FormFieldName[];
  evidence: FormEvidence;
}

/**
 * Reads a word-processing document: its labels and tables first; a document written as a letter ("Il sottoscritto
 * Sindaco … chiede di partecipare al Capacity Lab …") is then read as prose, but only when it asks for a lab.
 */
export function documentFields(blocks: readonly TextBlock[], options: BlockReadingOptions = {}): DocumentFields {
  const { fields, evidence } = readBlockFields(blocks, options);
  const labelled = Object.keys(fields).length;
  const lines = blocks.flatMap((block) => (block.cells.length === 1 ? (block.cells[0] ?? '').split('\n') : []));
  // each paragraph ends its sentence, even without a full stop (a heading, an address line); the lines of a printed
  // page are a paragraph's wrapped lines
  const proseText = lines
    .filter((line) => line.trim() !== '' && splitLabelValue(line.trim()) === null && mapLabel(line.trim()) === null)
    .join(options.positional ? '\n' : '\n\n');
  const fromProse: FormFieldName[] = [];
  if (labelled < STRUCTURED_MINIMUM && proseText !== '') {
    const prose = extractFromProse(proseText);
    if (prose.laboratorio !== undefined) {
      for (const key of Object.keys(prose) as FormFieldName[]) {
        if (fields[key] !== undefined) continue;
        fields[key] = prose[key];
        fromProse.push(key);
      }
    }
  }
  if (labelled > 0 || fromProse.length > 0) fromProse.push(...supplementFromProse(fields, proseText));
  return { fields, fromProse, evidence };
}

export function documentProseWarning(name: string, fromProse: readonly FormFieldName[]): string[] {
  return fromProse.length > 0 ? [`${DOCUMENT_PROSE_WARNING}: ${name}: campi ricavati dal testo libero (${fromProse.join(', ')})`] : [];
}
