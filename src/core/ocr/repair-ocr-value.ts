import type { FormFieldName } from '../types.ts';

// Characters OCR confuses with digits, inside a token that is otherwise a number.
const DIGIT_LOOKALIKES: Readonly<Record<string, string>> = { O: '0', o: '0', D: '0', Q: '0', l: '1', I: '1', '|': '1', i: '1', S: '5', s: '5', Z: '2', z: '2', B: '8', G: '6', g: '9' };
const NUMBER_FIELDS: ReadonlySet<FormFieldName> = new Set(['codice_istat', 'partecipanti', 'giornate', 'referente_telefono']);
const EMAIL_FIELDS: ReadonlySet<FormFieldName> = new Set(['referente_email', 'pec_ente']);
const LAB_FIELDS: ReadonlySet<FormFieldName> = new Set(['laboratorio', 'laboratorio_2']);
// Fields that hold a person's or a place's name, each word capitalised.
const NAME_FIELDS: ReadonlySet<FormFieldName> = new Set(['comune', 'referente_nome', 'firmatario']);

// The left border of a box read as a letter glued to the value: "INicolò", "lMatera", "1PO-3", "|PC-2".
const BORDER_BEFORE_NAME = /^(?:[Il|1!]\s?(?=\p{Lu}\p{Ll})|[Il|1![(]\s+(?=\p{Lu}))/u;
const BORDER_BEFORE_LAB_CODE = /^[Il|1![(]\s?(?=[Pp]\s?[CcOo0]\s?[-–—_.~]\s?[1-6lI|SsZzGb](?![\p{L}\d]))/u;

// "PC-3" as OCR writes it: "PC—3", "P0-4", "PC-S", "PC -l", "PC~6".
const OCR_LAB_CODE = /\b[Pp]\s?([CcOo0])\s?[-–—_.~]?\s?([1-6lI|SsZzGb])(?![\p{L}\d])/gu;
const LAB_DIGITS: Readonly<Record<string, string>> = { l: '1', I: '1', '|': '1', S: '5', s: '5', Z: '2', z: '2', G: '6', b: '6' };

/** Undoes the OCR confusions that are safe to undo for a field: digits in numbers, e-mail punctuation, lab codes. */
export function repairOcrValue(field: FormFieldName, value: string): string {
  if (field === 'codice_istat') return repairIstatCode(value.replace(/\S+/g, repairNumberToken));
  if (NUMBER_FIELDS.has(field)) return value.replace(/\S+/g, repairNumberToken);
  if (EMAIL_FIELDS.has(field)) return repairEmail(value);
  if (LAB_FIELDS.has(field)) {
    return value.replace(BORDER_BEFORE_LAB_CODE, '').replace(OCR_LAB_CODE, (_written, area: string, digit: string) => `P${/[Cc]/.test(area) ? 'C' : 'O'}-${LAB_DIGITS[digit] ?? digit}`);
  }
  if (NAME_FIELDS.has(field)) return value.replace(BORDER_BEFORE_NAME, '');
  if (field === 'provincia') return repairProvince(value);
  if (field === 'cup') return value.toUpperCase().replace(/(?<=[A-Z0-9]) (?=[A-Z0-9])/g, '');
  return value;
}

/** An ISTAT code has six digits: a seventh in front, a 1 or a 7, is the box's border ("1101010" → "101010"). */
function repairIstatCode(value: string): string {
  const code = value.trim();
  return /^[17]\d{6}$/.test(code) ? code.slice(1) : value;
}

/** "M T" → "MT", "M0" → "MO"; "ÎTP", "ITP", "|TP": a border read in front of the two letters → "TP". */
function repairProvince(value: string): string {
  const letters = value.replace(/\s+/g, '').replace(/0/g, 'O').toUpperCase();
  return /^[ÎÏÌÍI|!1L[(]([A-Z]{2})$/.test(letters) ? letters.slice(1) : letters;
}

function repairNumberToken(token: string): string {
  const digits = [...token].filter((char) => /\d/.test(char)).length;
  const lookalikes = [...token].filter((char) => char in DIGIT_LOOKALIKES).length;
  // "l5" → "15", "2O26" → "2026", but a word stays a word
  if (digits === 0 || digits < lookalikes) return token;
  return [...token].map((char) => DIGIT_LOOKALIKES[char] ?? char).join('');
}

/** "anna.lorusso © comune.matera,it" → "anna.lorusso@comune.matera.it". */
export function repairEmail(value: string): string {
  // each leading run is tried from its first character only ((?<!…)): from every character it would be quadratic
  const repaired = value
    .trim()
    .replace(/(?:(?<!\s)\s+)?(?:[©®]|\(at\)|\[at\]|\(a\)|\[a\])\s*/gi, '@')
    .replace(/,(?=[a-z]{2,6}\b)/gi, '.')
    .replace(/(?:(?<!\s)\s+)?([@.])\s*/g, '$1')
    .replace(/(?<![.,;:])[.,;:]+$/, '')
    .toLowerCase();
  if ((repaired.match(/@/g) ?? []).length !== 1) return repaired;
  // one address broken by stray spaces ("anna. lorusso@comune.matera .it") is one word; two separators in a row
  // ("m._loiudice@") are a rule's trace beside a dot: an address's name part never has them
  const [local = '', domain = ''] = repaired.replace(/\s+/g, '').split('@');
  return `${local.replace(/([._-])[._-]+/g, '$1')}@${domain}`;
}
