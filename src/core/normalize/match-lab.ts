// Recognises the lab a Comune asked for: a code ("PC-3", "pc3", "PC-03"), a title, an alias, a sentence
// mentioning one, or a slightly misspelt one. Two labs that fit equally well make the answer `ambiguous`.
//
// `exact`: only codes, the lab's own title or alias and filler words ("laboratorio", "sul") are present;
// `fuzzy`: the lab was found inside a sentence, through a typo, or its code and title disagree.
import type { LabRef } from '../types.ts';
import type { Catalog, CatalogLab } from './catalog.ts';
import { foldText } from './fold-text.ts';
import { allowedTypos, boundedEditDistance } from './edit-distance.ts';

export type LabMatch = 'exact' | 'fuzzy' | 'ambiguous' | 'none';

export interface LabMatchResult {
  labs: LabRef[];
  match: LabMatch;
  warnings: string[];
}

const LAB_CODE = /\bp\.?\s*([oc])\.?\s*[-–_.]?\s*0?(\d{1,2})\b/gi;
const FILLER_WORDS = new Set(
  'laboratorio laboratori lab capacity codice cod n nr numero scelta prima seconda il lo la l i gli le un una uno sul sulla sullo sugli sulle su di del della dello dei degli delle e ed per in tema ambito area subordine alternativa oppure o 1 2'.split(' '),
);
const MAX_TYPO_WORDS = 80;
const MAX_TEXT_LENGTH = 2000;

interface PhraseHit {
  lab: CatalogLab;
  start: number;
  end: number;
}

export interface LabMatchOptions {
  /** Look for misspelt titles too (a field's value); off when scanning whole documents, where a near word is no evidence. */
  typos?: boolean;
}

export function matchLab(raw: string | null, catalog: Catalog, options: LabMatchOptions = {}): LabMatchResult {
  const text = raw?.slice(0, MAX_TEXT_LENGTH).replace(/\s+/g, ' ').trim() ?? '';
  if (!text) return { labs: [], match: 'none', warnings: [] };
  const warnings: string[] = [];

  const codedLabs: CatalogLab[] = [];
  for (const [written, letter = '', number = ''] of text.matchAll(LAB_CODE)) {
    const code = `P${letter.toUpperCase()}-${Number(number)}`;
    const lab = catalog.labs.find((candidate) => candidate.code === code);
    if (!lab) warnings.push(`lab-code-unknown: ${written.trim()}`);
    else if (!codedLabs.includes(lab)) codedLabs.push(lab);
  }
  const words = foldText(text.replace(LAB_CODE, ' '));
  const phraseLabs = labsNamedIn(words, catalog);

  if (codedLabs.length > 0) {
    const disagreeing = phraseLabs.filter((lab) => !codedLabs.includes(lab));
    if (disagreeing.length > 0) {
      warnings.push(`lab-code-title-mismatch: ${text} (${codedLabs.map((lab) => lab.code).join(', ')} ≠ ${describe(disagreeing)})`);
    }
    const exact = disagreeing.length === 0 && isOnlyNamesOf(words, codedLabs);
    return { labs: codedLabs.map(toRef), match: exact ? 'exact' : 'fuzzy', warnings };
  }

  const found = phraseLabs.length > 0 || options.typos === false ? phraseLabs : labsNamedWithTypos(words, catalog);
  const listed = phraseLabs.length > 1 && isOnlyNamesOf(words, phraseLabs) ? labsListed(text, phraseLabs, catalog) : null;
  if (listed) return { labs: listed.map(toRef), match: 'exact', warnings };
  if (found.length === 1) {
    const [lab] = found as [CatalogLab];
    const exact = phraseLabs.length === 1 && isOnlyNamesOf(words, [lab]);
    return { labs: [toRef(lab)], match: exact ? 'exact' : 'fuzzy', warnings };
  }
  if (found.length > 1) {
    warnings.push(`lab-ambiguous: ${text} → ${describe(found)}`);
    return { labs: [], match: 'ambiguous', warnings };
  }
  if (options.typos === false) return { labs: [], match: 'none', warnings: [] };
  warnings.push(`lab-not-found: ${text}`);
  return { labs: [], match: 'none', warnings };
}

// "Reclutamento; Contrattazione" (two ticked options), one lab per line or bullet
const LIST_SEPARATOR = /\s*(?:[;\n•▪·]|\s[/|]\s)\s*/;

/**
 * Several labs are asked for when the text lists them: one per item of a list, or each by its full title
 * ("Reclutamento e Contrattazione"). Two aliases in one phrase ("monitoraggio e rendicontazione") stay ambiguous.
 */
function labsListed(text: string, named: CatalogLab[], catalog: Catalog): CatalogLab[] | null {
  const items = text.split(LIST_SEPARATOR).filter((item) => item.trim() !== '');
  if (items.length > 1) {
    const perItem = items.map((item) => labsNamedIn(foldText(item), catalog));
    if (perItem.every((labs) => labs.length === 1)) return [...new Set(perItem.map((labs) => labs[0] as CatalogLab))];
  }
  const folded = ` ${foldText(text)} `;
  return named.every((lab) => folded.includes(` ${foldText(lab.title)} `)) ? named : null;
}

/** Labs whose title or alias occurs as whole words; a phrase inside a longer matched phrase does not count. */
function labsNamedIn(folded: string, catalog: Catalog): CatalogLab[] {
  const padded = ` ${folded} `;
  const hits: PhraseHit[] = [];
  for (const lab of catalog.labs) {
    for (const phrase of phrasesOf(lab)) {
      const needle = ` ${phrase} `;
      for (let at = padded.indexOf(needle); at !== -1; at = padded.indexOf(needle, at + 1)) {
        hits.push({ lab, start: at, end: at + needle.length });
      }
    }
  }
  const outermost = hits.filter(
    (hit) => !hits.some((other) => other !== hit && other.start <= hit.start && other.end >= hit.end && other.end - other.start > hit.end - hit.start),
  );
  return [...new Set(outermost.sort((a, b) => a.start - b.start).map((hit) => hit.lab))];
}

/** Labs whose phrase is within the typo budget of some run of words; only the closest distance counts. */
function labsNamedWithTypos(folded: string, catalog: Catalog): CatalogLab[] {
  const words = folded.split(' ').filter(Boolean).slice(0, MAX_TYPO_WORDS);
  let best = Number.POSITIVE_INFINITY;
  let bestLabs: CatalogLab[] = [];
  for (const lab of catalog.labs) {
    for (const phrase of phrasesOf(lab)) {
      const target = phrase.replace(/ /g, '');
      const budget = allowedTypos(target.length);
      if (budget === 0) continue;
      const size = phrase.split(' ').length;
      for (let start = 0; start + size <= words.length; start++) {
        const window = words.slice(start, start + size).join('');
        const distance = boundedEditDistance(window, target, budget);
        if (distance > budget || distance > best) continue;
        if (distance < best) {
          best = distance;
          bestLabs = [];
        }
        if (!bestLabs.includes(lab)) bestLabs.push(lab);
      }
    }
  }
  return bestLabs;
}

function isOnlyNamesOf(folded: string, labs: CatalogLab[]): boolean {
  let rest = ` ${folded} `;
  const phrases = labs.flatMap(phrasesOf).sort((a, b) => b.length - a.length);
  for (const phrase of phrases) rest = rest.split(` ${phrase} `).join('  ');
  return rest.split(' ').every((word) => !word || FILLER_WORDS.has(word));
}

const phraseCache = new WeakMap<CatalogLab, string[]>();
function phrasesOf(lab: CatalogLab): string[] {
  let phrases = phraseCache.get(lab);
  if (!phrases) {
    phrases = [...new Set([lab.title, ...lab.aliases].map(foldText).filter(Boolean))];
    phraseCache.set(lab, phrases);
  }
  return phrases;
}

function toRef(lab: CatalogLab): LabRef {
  return { code: lab.code, title: lab.title };
}

function describe(labs: CatalogLab[]): string {
  return labs.map((lab) => `${lab.code} ${lab.title}`).join(', ');
}
