// Turns what people write in the "Comune" field into the name keys worth looking up.
import { compactKey, foldText } from './fold-text.ts';

export interface ComuneQueryKey {
  key: string;
  folded: string;
  /** True when the key came from expanding an abbreviation ("S. Giovanni"): a match through it is not exact. */
  variant: boolean;
  /** A province sigla that only this reading of the text implies ("Bari BA" read as "Bari" in BA). */
  province: string | null;
}

export interface ComuneQuery {
  /** The raw text, trimmed and whitespace-collapsed: kept as `name` when nothing matches. */
  cleaned: string;
  /** Keys to try in order, from the least to the most rewritten; `variant` keys came from expanding abbreviations. */
  keys: ComuneQueryKey[];
  /** Province siglas or folded province names found in the text, e.g. "(BA)", "- BA", "provincia di Lecce". */
  provinceMentions: string[];
  /** Set when the text names another kind of body (Città Metropolitana, Provincia, Unione...), not a Comune. */
  otherBody: string | null;
}

const NAME_PREFIXES =
  /^(?:spett(?:abile)? ?(?:le )?)?(?:(?:al|il|all|alla) )?(?:comune|citta|municipio|amministrazione comunale|amministrazione|ente|sindaco)(?: (?:di|de|del|della|dello|dell|d))? /;
const OTHER_BODIES =
  /^(?:spett(?:abile)? ?(?:le )?)?(?:(?:la|l|alla) )?(citta metropolitana|provincia|libero consorzio|regione|unione (?:dei |di |delle )?comuni|unione|comunita montana|consorzio|prefettura|azienda sanitaria|asl)\b/;
const ABBREVIATIONS: Array<[RegExp, string[]]> = [
  [/(^| )s (?=\w)/, ['san ', 'santo ', 'santa ', 'sant']],
  [/(^| )sta (?=\w)/, ['santa ']],
  [/(^| )sto (?=\w)/, ['santo ']],
];

export function parseComuneQuery(raw: string): ComuneQuery {
  const cleaned = raw.replace(/\s+/g, ' ').trim().replace(/^["'«“]+|["'»”.,;:]+$/g, '').trim();
  const provinceMentions: string[] = [];
  const otherBody = OTHER_BODIES.test(foldText(cleaned)) ? cleaned : null;
  let text = cleaned;

  text = text.replace(/\(([^)]*)\)/g, (_match, inner: string) => {
    const mention = provinceMention(inner);
    if (mention) provinceMentions.push(mention);
    return ' ';
  });
  text = text.replace(/\bprov(?:incia|\.)?\s+(?:di\s+)?([\p{L}' ]+)$/iu, (_match, name: string) => {
    provinceMentions.push(foldText(name));
    return ' ';
  });
  text = text.replace(/\b\d{5}\b/g, ' ');

  const forms = new Map<string, string | null>();
  const addForm = (form: string, province: string | null): void => {
    const folded = foldText(form);
    if (!folded) return;
    const readings = [folded];
    let stripped = folded;
    for (let i = 0; i < 3 && NAME_PREFIXES.test(stripped); i++) {
      stripped = stripped.replace(NAME_PREFIXES, '');
      readings.push(stripped);
    }
    const inner = /\b(?:comune|citta) (?:di|de|del|della|dell|d) (.+)$/.exec(folded);
    if (inner?.[1]) readings.push(inner[1]);
    for (const reading of readings) if (reading && !forms.has(reading)) forms.set(reading, province);
  };
  addForm(text, null);
  // "Comune di Bari\nRipartizione Contratti": the first line alone is the likeliest name.
  const firstLine = raw.split(/\r?\n/).find((line) => line.trim());
  if (firstLine && firstLine.trim() !== raw.trim()) addForm(firstLine.replace(/\([^)]*\)/g, ' '), null);
  const trailingSigla = /^(.*?\S)\s*(?:[-–,/]\s*|\s)([A-Z]{2})$/.exec(text.trim());
  if (trailingSigla?.[1] && trailingSigla[2]) addForm(trailingSigla[1], trailingSigla[2]);
  for (const separator of [',', ' - ', ' – ', '/']) {
    if (text.includes(separator)) addForm(text.split(separator)[0] ?? '', null);
  }

  const keys: ComuneQueryKey[] = [];
  const seenKeys = new Set<string>();
  const pushKey = (folded: string, variant: boolean, province: string | null): void => {
    const key = folded.replace(/ /g, '');
    if (!key || seenKeys.has(key)) return;
    seenKeys.add(key);
    keys.push({ key, folded, variant, province });
  };
  for (const [form, province] of forms) pushKey(form, false, province);
  for (const [form, province] of forms) {
    for (const [pattern, expansions] of ABBREVIATIONS) {
      if (!pattern.test(form)) continue;
      for (const expansion of expansions) pushKey(foldText(form.replace(pattern, `$1${expansion}`)), true, province);
    }
  }
  return { cleaned, keys, provinceMentions, otherBody };
}

/** A province as written: a sigla ("BA", "(ba)") uppercased, or a name ("Provincia di Lecce", "Città Metropolitana di Bari") as a compact key. */
export function provinceMention(inner: string): string | null {
  const trimmed = inner.trim().replace(/^\((.*)\)$/, '$1').trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) return trimmed.toUpperCase();
  const folded = foldText(trimmed).replace(/^(?:prov(?:incia)?|citta metropolitana|cm|libero consorzio comunale)(?: (?:di|del|della|dell|d))? /, '');
  return folded ? compactKey(folded) : null;
}
