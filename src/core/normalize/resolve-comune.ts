// The requesting Comune from every candidate: the values of the Comune labels in order (a heading such as
// "Comune di … – Richiesta Capacity Lab" may come first), the ISTAT code, a letterhead line ("COMUNE DI MATERA"),
// and last the sender's mail domain. Each candidate is checked against the ISTAT list; the first it knows wins.
import type { ComuneRef, FormEvidence, FormFields } from '../types.ts';
import { choiceOf, type FieldChoice } from './field-choice.ts';
import { matchComune, type ComuneHints } from './match-comune.ts';
import { tidyLine } from './tidy-text.ts';

export interface ResolvedComune {
  ref: ComuneRef;
  choice: FieldChoice | null;
  warnings: string[];
}

// "COMUNE DI SAN GIOVANNI IN FIORE", "Città di Lamezia Terme – Provincia di Catanzaro": a letterhead names its Comune.
const LETTERHEAD = /^\s*(?:comune|citta|città|municipio)\s+di\s+(.{2,80})$/i;
const LETTERHEAD_END = /\s+[-–—|•]\s+|\s*[,;]\s*|\s{3,}/;
const MAX_LETTERHEAD_WORDS = 12;

const isResolved = (ref: ComuneRef) => ref.istat !== null && (ref.match === 'exact' || ref.match === 'fuzzy');

export function resolveComune(fields: FormFields, evidence: FormEvidence | undefined, hints: ComuneHints, fromFormFields: boolean): ResolvedComune {
  const values: string[] = [];
  // The raw value, line breaks kept: the first line of a multi-line field is the likeliest name.
  for (const value of [fields.comune, ...(evidence?.candidates.comune ?? [])]) {
    if (typeof value === 'string' && tidyLine(value) !== null && !values.includes(value)) values.push(value);
  }
  let first: ResolvedComune | null = null;
  for (const [index, value] of values.entries()) {
    const result = matchComune(value, hints);
    const resolved: ResolvedComune = {
      ref: result.ref,
      choice: choiceOf(fromFormFields ? 'form-field' : index === 0 ? 'label' : 'label-later', result.ref.match === 'exact'),
      warnings: result.warnings,
    };
    first ??= resolved;
    if (isResolved(result.ref)) return resolved;
  }
  if (first && first.ref.match === 'ambiguous') return first;
  if (values.length === 0) {
    const byIstat = matchComune(null, hints);
    if (byIstat.ref.name) return { ref: byIstat.ref, choice: choiceOf('istat-code', true), warnings: byIstat.warnings };
  }
  const letterhead = comuneFromLetterhead(evidence?.rows ?? [], hints);
  if (letterhead) return { ...letterhead, warnings: [...(first?.warnings ?? []).filter((w) => !/^comune-not-(found|a-comune)/.test(w)), ...letterhead.warnings] };
  return first ?? { ref: matchComune(null, hints).ref, choice: null, warnings: [] };
}

function comuneFromLetterhead(rows: readonly (readonly string[])[], hints: ComuneHints): ResolvedComune | null {
  for (const cells of rows) {
    for (const cell of cells) {
      const named = LETTERHEAD.exec(cell)?.[1];
      if (!named || named.split(/\s+/).length > MAX_LETTERHEAD_WORDS) continue;
      const name = named.split(LETTERHEAD_END)[0] ?? '';
      const result = matchComune(name, { province: hints.province ?? null });
      if (isResolved(result.ref) && result.ref.match === 'exact') return { ref: result.ref, choice: choiceOf('letterhead', true), warnings: [] };
    }
  }
  return null;
}
