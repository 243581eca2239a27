import type { FormFieldName, FormFields } from '../types.ts';
import { audiencesNamed } from './audiences-named.ts';
import { findComuneName, splitSentences } from './extract-prose.ts';

const CUP_MENTION = /\bC\.?U\.?P\.?\b/;
const CUP_CODE = /\b[A-Z]\d{2}[A-Z]\d{11}\b/g;
// "Il laboratorio sarebbe rivolto al Segretario generale, ai dirigenti …", "destinato ai funzionari"
const AUDIENCE_SENTENCE = /\b(?:rivolt[oaie]|destinat[oaie]|indirizzat[oaie]|coinvolgere(?:bbe|mmo)?|parteciper(?:anno|ebbero))\b/i;
const AUDIENCE_FIELDS: readonly FormFieldName[] = ['dest_amministratori', 'dest_segretari', 'dest_dirigenti', 'dest_team'];

/**
 * What a filled-in form often leaves to a sentence around it: the Comune ("scrivo per conto del Comune di …"),
 * the CUP codes ("i progetti hanno CUP …") and the audience ("rivolto ai dirigenti e ai funzionari").
 * Fills only fields the form left empty; returns the fields it filled.
 */
export function supplementFromProse(fields: FormFields, prose: string, wholeText: string = prose): FormFieldName[] {
  const filled: FormFieldName[] = [];
  if (fields.comune === undefined) {
    const comune = findComuneName(prose);
    if (comune) {
      fields.comune = comune;
      filled.push('comune');
    }
  }
  if (fields.cup === undefined && CUP_MENTION.test(wholeText)) {
    const codes = [...new Set(wholeText.match(CUP_CODE) ?? [])];
    if (codes.length > 0) {
      fields.cup = codes.join(', ');
      filled.push('cup');
    }
  }
  if (AUDIENCE_FIELDS.every((field) => fields[field] === undefined)) {
    const audience = audienceFromSentences(prose);
    for (const field of audience) fields[field] = true;
    filled.push(...audience);
  }
  return filled;
}

function audienceFromSentences(prose: string): FormFieldName[] {
  for (const sentence of splitSentences(prose)) {
    const trigger = AUDIENCE_SENTENCE.exec(sentence);
    if (!trigger) continue;
    const named = audiencesNamed(sentence.slice(trigger.index));
    if (named.length > 0) return named;
  }
  return [];
}
