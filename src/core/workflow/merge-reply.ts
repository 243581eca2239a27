import type { ComuneRef, LabRequest } from '../types.ts';

export interface MergeResult {
  merged: LabRequest;
  /** Dotted paths that the update filled or extended, as `missing` names them (e.g. `request.contact.email`). */
  changed: string[];
}

type ScalarKey = 'partnership' | 'entityPec' | 'area' | 'needs' | 'participants' | 'days' | 'preferredPeriod' | 'venue';
const SCALAR_KEYS: ScalarKey[] = ['partnership', 'entityPec', 'area', 'needs', 'participants', 'days', 'preferredPeriod', 'venue'];
const CONTACT_KEYS = ['name', 'role', 'email', 'phone'] as const;

/**
 * A Comune's answer to "information missing" completes its request. Simple on purpose:
 * - an empty field (null or blank) of `previous` takes the update's value; a filled one is kept,
 *   so a reply cannot silently overwrite what the form said;
 * - the Comune is taken from the update only when the previous one was not found or ambiguous and
 *   the update's is a real match;
 * - lists (labs by code, other Comuni, CUP, audience) are unioned, previous items first;
 * - privacy consent given in the reply (true) replaces a missing or refused one.
 */
export function mergeRequestFields(previous: LabRequest, update: LabRequest): MergeResult {
  const changed: string[] = [];
  const merged: LabRequest = structuredClone(previous);

  if (isWeakComune(previous.comune) && !isWeakComune(update.comune)) {
    merged.comune = { ...update.comune };
    changed.push('request.comune');
  }
  for (const key of SCALAR_KEYS) {
    if (isEmpty(previous[key]) && !isEmpty(update[key])) {
      (merged as unknown as Record<string, unknown>)[key] = update[key];
      changed.push(`request.${key}`);
    }
  }
  for (const key of CONTACT_KEYS) {
    if (isEmpty(previous.contact[key]) && !isEmpty(update.contact[key])) {
      merged.contact[key] = update.contact[key];
      changed.push(`request.contact.${key}`);
    }
  }
  if (previous.privacyConsent !== true && update.privacyConsent === true) {
    merged.privacyConsent = true;
    changed.push('request.privacyConsent');
  }

  const labs = unionBy(previous.labs, update.labs, (lab) => lab.code);
  if (labs.length !== previous.labs.length) {
    merged.labs = labs;
    changed.push('request.labs');
  }
  for (const key of ['otherComuni', 'cup', 'audience'] as const) {
    const union = unionBy<string>(previous[key], update[key], (item) => item.trim().toLowerCase());
    if (union.length !== previous[key].length) {
      (merged as unknown as Record<string, unknown>)[key] = union;
      changed.push(`request.${key}`);
    }
  }
  return { merged, changed };
}

function isWeakComune(comune: ComuneRef): boolean {
  return !comune.name || comune.match === 'none' || comune.match === 'ambiguous';
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function unionBy<T>(first: readonly T[], second: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set(first.map(key));
  const result = [...first];
  for (const item of second) {
    const k = key(item);
    if (!seen.has(k)) {
      seen.add(k);
      result.push(item);
    }
  }
  return result;
}
