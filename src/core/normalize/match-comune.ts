// Resolves what a Comune wrote as its name against the official ISTAT list.
//
// Match levels: `exact` when only case, accents, apostrophes, spacing, a prefix ("Comune di", "Città di") or a
// province suffix ("(BA)", "- BA") differ from an official name or one half of a bilingual name; `fuzzy` when a
// typo, a common variant ("Reggio Calabria"), an abbreviation ("S. Giovanni"), a shortened name ("Lamezia") or the
// ISTAT code alone led to the Comune; `ambiguous` when several Comuni fit and nothing tells them apart.
import type { ComuneMatch, ComuneRef } from '../types.ts';
import { compactKey } from './fold-text.ts';
import { allowedTypos, boundedEditDistance } from './edit-distance.ts';
import { letterCountBound, letterCounts } from './letter-counts.ts';
import { getComuneIndex, type ComuneIndex, type ComuneRecord } from './comune-index.ts';
import { parseComuneQuery, provinceMention, type ComuneQuery } from './comune-query.ts';

export interface ComuneHints {
  province?: string | null;
  istat?: string | null;
}

export interface ComuneMatchResult {
  ref: ComuneRef;
  candidates: ComuneRef[];
  warnings: string[];
}

const MAX_SHORTENED_CANDIDATES = 5;
/** No Comune name is longer; the cap keeps the regular expressions linear on hostile input. */
const MAX_TEXT_LENGTH = 300;
const MIN_SHORTENED_LENGTH = 5;

export function matchComune(raw: string | null, hints: ComuneHints = {}): ComuneMatchResult {
  const index = getComuneIndex();
  const warnings: string[] = [];
  const hinted = comuneFromIstatHint(index, hints.istat ?? null, warnings);
  const hintedProvince = provinceFromHint(index, hints.province ?? null, warnings);
  const text = raw?.trim().slice(0, MAX_TEXT_LENGTH) ?? '';
  if (!text) {
    if (hinted) return { ref: toRef(hinted, 'exact'), candidates: [toRef(hinted, 'exact')], warnings };
    return { ref: noMatch(null), candidates: [], warnings };
  }

  const direct = index.byKey.get(compactKey(text));
  if (direct && direct.every((entry) => entry.kind === 'official')) {
    return decideAmong(uniqueComuni(direct.map((entry) => entry.comune)), 'exact', { province: hintedProvince, hinted, cleaned: text, warnings });
  }

  const query = parseComuneQuery(text);
  const textProvince = query.provinceMentions.map((mention) => provinceFromMention(index, mention)).find(Boolean) ?? null;
  const decide = (found: ComuneRecord[], level: ComuneMatch, keyProvince: string | null): ComuneMatchResult =>
    decideAmong(found, level, { province: hintedProvince ?? textProvince ?? keyProvince, hinted, cleaned: query.cleaned, warnings });

  for (const queryKey of query.keys) {
    const entries = index.byKey.get(queryKey.key);
    if (!entries) continue;
    const official = entries.filter((entry) => entry.kind === 'official');
    const chosen = official.length > 0 ? official : entries;
    const level: ComuneMatch = queryKey.variant || official.length === 0 ? 'fuzzy' : 'exact';
    return decide(uniqueComuni(chosen.map((entry) => entry.comune)), level, queryKey.province);
  }

  if (!query.otherBody) {
    const shortened = searchShortened(index, query);
    if (shortened) return decide(shortened.comuni, 'fuzzy', shortened.province);
    const typoMatch = searchTypos(index, query);
    if (typoMatch) return decide(typoMatch.comuni, 'fuzzy', typoMatch.province);
  }

  if (hinted) {
    warnings.push(`comune-matched-by-istat: ${query.cleaned} → ${hinted.name} (${hinted.istat})`);
    return { ref: toRef(hinted, 'fuzzy'), candidates: [toRef(hinted, 'fuzzy')], warnings };
  }
  warnings.push(query.otherBody ? `comune-not-a-comune: ${query.cleaned}` : `comune-not-found: ${query.cleaned}`);
  return { ref: noMatch(query.cleaned), candidates: [], warnings };
}

interface DecisionContext {
  province: string | null;
  hinted: ComuneRecord | null;
  cleaned: string;
  warnings: string[];
}

function decideAmong(found: ComuneRecord[], level: ComuneMatch, context: DecisionContext): ComuneMatchResult {
  const { province, hinted, warnings } = context;
  let pool = found;
  if (hinted && pool.includes(hinted)) {
    pool = [hinted];
  } else if (province) {
    const inProvince = pool.filter((comune) => comune.province === province);
    if (inProvince.length > 0) pool = inProvince;
    else warnings.push(`comune-province-mismatch: ${describe(pool)} (provincia indicata: ${province})`);
  }
  if (pool.length === 1) {
    const [comune] = pool as [ComuneRecord];
    if (hinted && hinted !== comune) {
      warnings.push(`comune-istat-mismatch: ${hinted.istat} è ${hinted.name} (${hinted.province}), non ${comune.name} (${comune.province})`);
    }
    return { ref: toRef(comune, level), candidates: [toRef(comune, level)], warnings };
  }
  if (hinted) warnings.push(`comune-istat-mismatch: ${hinted.istat} è ${hinted.name} (${hinted.province}), non ${describe(pool)}`);
  warnings.push(`comune-ambiguous: ${describe(pool)}`);
  const shared = <K extends keyof ComuneRecord>(key: K): string | null => {
    const values = new Set(pool.map((comune) => comune[key]));
    return values.size === 1 ? (pool[0]?.[key] ?? null) : null;
  };
  return {
    ref: { name: shared('name') ?? context.cleaned, istat: null, province: shared('province'), region: shared('region'), match: 'ambiguous' },
    candidates: pool.map((comune) => toRef(comune, 'ambiguous')),
    warnings,
  };
}

/** The nearest official names within the typo budget of the text's length; ties are all kept. */
function searchTypos(index: ComuneIndex, query: ComuneQuery): { comuni: ComuneRecord[]; province: string | null } | null {
  let best = Number.POSITIVE_INFINITY;
  let bestKeys: string[] = [];
  let bestProvince: string | null = null;
  for (const { key, province } of query.keys) {
    const budget = allowedTypos(key.length);
    if (budget === 0) continue;
    const counts = letterCounts(key);
    for (let length = key.length - budget; length <= key.length + budget; length++) {
      for (const { key: candidate, counts: candidateCounts } of index.keysByLength.get(length) ?? []) {
        if (allowedTypos(candidate.length) === 0) continue;
        const limit = Math.min(budget, best);
        if (letterCountBound(counts, candidateCounts) > limit) continue;
        const distance = boundedEditDistance(key, candidate, limit);
        if (distance > budget || distance > best) continue;
        if (distance < best) {
          best = distance;
          bestKeys = [];
          bestProvince = province;
        }
        if (!bestKeys.includes(candidate)) bestKeys.push(candidate);
      }
    }
  }
  if (bestKeys.length === 0) return null;
  const comuni = uniqueComuni(bestKeys.flatMap((key) => (index.byKey.get(key) ?? []).map((entry) => entry.comune)));
  return { comuni, province: bestProvince };
}

/** A name written without its last words ("Lamezia" for "Lamezia Terme"), when few Comuni start that way. */
function searchShortened(index: ComuneIndex, query: ComuneQuery): { comuni: ComuneRecord[]; province: string | null } | null {
  for (const { folded, province, variant } of query.keys) {
    if (variant || folded.length < MIN_SHORTENED_LENGTH) continue;
    const prefix = `${folded} `;
    const comuni = uniqueComuni(index.foldedNames.filter((name) => name.folded.startsWith(prefix)).map((name) => name.comune));
    if (comuni.length > 0 && comuni.length <= MAX_SHORTENED_CANDIDATES) return { comuni, province };
  }
  return null;
}

function comuneFromIstatHint(index: ComuneIndex, istat: string | null, warnings: string[]): ComuneRecord | null {
  const digits = istat?.replace(/\D/g, '') ?? '';
  if (!digits) return null;
  // Spreadsheets drop the leading zeros of ISTAT codes.
  const padded = digits.length >= 4 && digits.length <= 6 ? digits.padStart(6, '0') : digits;
  const comune = index.byIstat.get(padded);
  if (!comune) warnings.push(`comune-istat-unknown: ${istat?.trim()}`);
  return comune ?? null;
}

function provinceFromHint(index: ComuneIndex, province: string | null, warnings: string[]): string | null {
  const text = province?.trim() ?? '';
  if (!text) return null;
  const mention = provinceMention(text);
  const sigla = mention ? provinceFromMention(index, mention) : null;
  if (!sigla) warnings.push(`comune-province-unknown: ${text}`);
  return sigla;
}

function provinceFromMention(index: ComuneIndex, mention: string): string | null {
  if (/^[A-Z]{2}$/.test(mention)) return index.provinceSiglas.has(mention) ? mention : null;
  return index.provinceByKey.get(mention) ?? null;
}

function uniqueComuni(comuni: ComuneRecord[]): ComuneRecord[] {
  return [...new Set(comuni)].sort((a, b) => a.istat.localeCompare(b.istat));
}

function describe(comuni: ComuneRecord[]): string {
  return comuni.map((comune) => `${comune.name} (${comune.province})`).join(', ');
}

function toRef(comune: ComuneRecord, match: ComuneMatch): ComuneRef {
  return { name: comune.name, istat: comune.istat, province: comune.province, region: comune.region, match };
}

function noMatch(name: string | null): ComuneRef {
  return { name, istat: null, province: null, region: null, match: 'none' };
}
