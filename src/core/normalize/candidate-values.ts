import type { FieldCandidates, FormFieldName, FormFields } from '../types.ts';
import { tidyLine } from './tidy-text.ts';

/** A field's reading, then every later value written for it, tidied, each once: what its registry tries in turn. */
export function candidateValues(field: FormFieldName, fields: FormFields, candidates: FieldCandidates = {}): string[] {
  const values: string[] = [];
  for (const value of [fields[field], ...(candidates[field] ?? [])]) {
    const line = typeof value === 'string' ? tidyLine(value) : null;
    if (line !== null && !values.includes(line)) values.push(line);
  }
  return values;
}
