// The official list of Comuni (reference/comuni.json), loaded at first use and indexed once.
import { createRequire } from 'node:module';
import { compactKey, foldText } from './fold-text.ts';
import { letterCounts } from './letter-counts.ts';

export interface ComuneRecord {
  istat: string;
  name: string;
  province: string;
  region: string;
}

/** How a key reaches a Comune: its official name (or one official half of a bilingual name), or a common variant. */
export type NameKind = 'official' | 'variant';

export interface NameEntry {
  key: string;
  kind: NameKind;
  comune: ComuneRecord;
}

export interface ComuneIndex {
  comuni: ComuneRecord[];
  byIstat: Map<string, ComuneRecord>;
  byKey: Map<string, NameEntry[]>;
  /** Official names folded with their word breaks, for "Lamezia" → "Lamezia Terme". */
  foldedNames: Array<{ folded: string; comune: ComuneRecord }>;
  /** Distinct keys grouped by length, with their letter counts, for the typo search. */
  keysByLength: Map<number, Array<{ key: string; counts: Uint8Array }>>;
  provinceSiglas: Set<string>;
  provinceByKey: Map<string, string>;
}

type ComuneRow = [string, string, string, string, string[]?, string[]?];
interface ComuniFile {
  provinces: Array<[string, string]>;
  comuni: ComuneRow[];
}

let cachedIndex: ComuneIndex | undefined;

export function getComuneIndex(): ComuneIndex {
  cachedIndex ??= buildComuneIndex(loadComuniFile());
  return cachedIndex;
}

function loadComuniFile(): ComuniFile {
  const require = createRequire(import.meta.url);
  return require('../../../reference/comuni.json') as ComuniFile;
}

function buildComuneIndex(file: ComuniFile): ComuneIndex {
  const comuni: ComuneRecord[] = [];
  const byIstat = new Map<string, ComuneRecord>();
  const byKey = new Map<string, NameEntry[]>();
  const foldedNames: ComuneIndex['foldedNames'] = [];
  const addName = (name: string, kind: NameKind, comune: ComuneRecord): void => {
    const key = compactKey(name);
    if (!key) return;
    const entries = byKey.get(key) ?? [];
    if (entries.some((entry) => entry.comune === comune)) return;
    entries.push({ key, kind, comune });
    byKey.set(key, entries);
  };
  for (const [istat, name, province, region, otherNames = [], variants = []] of file.comuni) {
    const comune: ComuneRecord = { istat, name, province, region };
    comuni.push(comune);
    byIstat.set(istat, comune);
    addName(name, 'official', comune);
    for (const otherName of otherNames) addName(otherName, 'official', comune);
    for (const officialName of [name, ...otherNames]) foldedNames.push({ folded: foldText(officialName), comune });
    for (const variant of variants) addName(variant, 'variant', comune);
    const withoutArticle = /^(?:l'|la |lo |il |i |le |gli )(.+)$/i.exec(name)?.[1];
    if (withoutArticle) addName(withoutArticle, 'variant', comune);
  }
  const keysByLength: ComuneIndex['keysByLength'] = new Map();
  for (const key of byKey.keys()) {
    const bucket = keysByLength.get(key.length) ?? [];
    bucket.push({ key, counts: letterCounts(key) });
    keysByLength.set(key.length, bucket);
  }
  const provinceSiglas = new Set(comuni.map((comune) => comune.province));
  const provinceByKey = new Map<string, string>();
  for (const [sigla, key] of file.provinces) provinceByKey.set(key, sigla);
  for (const [sigla] of file.provinces) provinceSiglas.add(sigla);
  return { comuni, byIstat, byKey, foldedNames, keysByLength, provinceSiglas, provinceByKey };
}
