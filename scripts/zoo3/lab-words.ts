import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

interface CatalogFile {
  labs: { code: string; title: string; aliases?: string[] }[];
}

const CATALOG_PATH = new URL('../../config/catalog.yaml', import.meta.url).pathname;

/** Lower case, no accents, punctuation as spaces, single spaces, padded for whole-word search. */
function fold(text: string): string {
  const plain = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return ` ${plain.replace(/[^a-z0-9]+/g, ' ').trim()} `;
}

let phrases: { code: string; phrase: string }[] | undefined;

function catalogPhrases(): { code: string; phrase: string }[] {
  if (phrases) return phrases;
  const catalog = parse(readFileSync(CATALOG_PATH, 'utf8')) as CatalogFile;
  phrases = catalog.labs.flatMap((lab) => [lab.code, lab.title, ...(lab.aliases ?? [])].map((phrase) => ({ code: lab.code, phrase: fold(phrase) })));
  return phrases;
}

/** The lab codes, titles and aliases of config/catalog.yaml that a text contains (as whole words). */
export function labWordsIn(text: string): string[] {
  const folded = fold(text);
  return catalogPhrases()
    .filter(({ phrase }) => folded.includes(phrase))
    .map(({ code, phrase }) => `${code}:${phrase.trim()}`);
}

/** Throws when a text meant to name no lab names one anyway (so that `missing: request.labs` stays true). */
export function assertNoLabWords(where: string, ...texts: string[]): void {
  for (const text of texts) {
    const found = labWordsIn(text);
    if (found.length > 0) throw new Error(`${where}: names a lab (${found.join(', ')}) in "${text.slice(0, 80)}…"`);
  }
}
