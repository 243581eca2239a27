import type { ExtractedForm, FormFieldName } from '../types.ts';

const REQUIRED_WEIGHT = 3;
const OPTIONAL_WEIGHT = 1;
const REQUIRED_FIELDS: ReadonlySet<FormFieldName> = new Set(['comune', 'referente_nome', 'referente_email', 'laboratorio', 'fabbisogni']);
// Ticked boxes and the signer's line say little about whether a document is the request form.
const WEAK_FIELDS: ReadonlySet<FormFieldName> = new Set(['dest_amministratori', 'dest_segretari', 'dest_dirigenti', 'dest_team', 'privacy', 'luogo_data', 'firmatario']);
const WEAK_WEIGHT = 0.5;

/** How much of the request a candidate holds: required fields weigh more than optional ones. */
export function formScore(form: ExtractedForm): number {
  let score = 0;
  for (const [field, value] of Object.entries(form.fields) as Array<[FormFieldName, string | boolean | undefined]>) {
    if (value === undefined || value === false || (typeof value === 'string' && value.trim() === '')) continue;
    if (REQUIRED_FIELDS.has(field)) score += REQUIRED_WEIGHT;
    else if (WEAK_FIELDS.has(field)) score += WEAK_WEIGHT;
    else score += OPTIONAL_WEIGHT;
  }
  return score;
}

function hasStrongField(form: ExtractedForm): boolean {
  return (Object.entries(form.fields) as Array<[FormFieldName, string | boolean | undefined]>).some(
    ([field, value]) => !WEAK_FIELDS.has(field) && typeof value === 'string' && value.trim() !== '',
  );
}

/** The candidate that holds most of the request; attachments win over the body at equal score. */
export function chooseBestForm(candidates: readonly ExtractedForm[]): ExtractedForm | null {
  let best: ExtractedForm | null = null;
  let bestScore = 0;
  for (const candidate of candidates) {
    const score = formScore(candidate);
    if (!hasStrongField(candidate)) continue;
    const beatsBody = score === bestScore && best?.source === 'body' && candidate.source !== 'body';
    if (score > bestScore || beatsBody) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
