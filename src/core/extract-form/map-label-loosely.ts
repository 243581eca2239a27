// Labels nobody listed: "Nominativo del referente incaricato", "Indirizzo di posta elettronica del referente",
// "Referemte", "Comue richiedente". In an Italian label the first word that names a field is its head noun, and a
// typo of one letter in a long word does not change it. Only used where a text stands in a label's place (before a
// colon, in a table's label cell): a bare line of prose is never read as a label this way.
import { boundedEditDistance } from '../normalize/edit-distance.ts';
import type { FormFieldName } from '../types.ts';
import { normalizeLabel } from './map-label.ts';

// A label is a short noun phrase; the head noun comes early.
const MAX_LABEL_WORDS = 6;
const MAX_HEAD_POSITION = 4;
const MIN_TYPO_LENGTH = 5;

// Words that decide the field wherever they appear: "Indirizzo e-mail PEC dell'ente", "Laboratorio (seconda scelta)".
const OVERRIDING: ReadonlyArray<readonly [FormFieldName, RegExp]> = [
  ['pec_ente', /\b(pec|certificata)\b/],
  ['laboratorio_2', /\b(seconda|secondo|subordine|alternativ[oa]|riserva|eventuale)\b|\blab\w* 2\b|\b(2|ii) (a |o )?(opzione|scelta|preferenza)\b|\b(opzione|scelta|preferenza) (2|ii|b)\b/],
  ['laboratorio', /\b(1|i) (a |o )?(opzione|scelta|preferenza)\b|\b(opzione|scelta|preferenza) (1|i|a)\b|\bprim[ao] (opzione|scelta|preferenza)\b/],
  ['altri_comuni', /\b(altri|comuni (coinvolti|aderenti|associati|partner|partecipanti))\b/],
  ['luogo_data', /\bluogo e data\b|\bdata e luogo\b/],
];

// Head nouns, by field.
const HEADS: Readonly<Record<string, FormFieldName>> = {
  comune: 'comune', ente: 'comune', amministrazione: 'comune', municipio: 'comune',
  provincia: 'provincia', istat: 'codice_istat',
  referente: 'referente_nome', nominativo: 'referente_nome', cognome: 'referente_nome',
  ruolo: 'referente_ruolo', qualifica: 'referente_ruolo', incarico: 'referente_ruolo',
  email: 'referente_email', mail: 'referente_email', posta: 'referente_email',
  telefono: 'referente_telefono', telefonico: 'referente_telefono', tel: 'referente_telefono', cell: 'referente_telefono', cellulare: 'referente_telefono',
  laboratorio: 'laboratorio', lab: 'laboratorio', percorso: 'laboratorio', tematica: 'laboratorio',
  fabbisogni: 'fabbisogni', fabbisogno: 'fabbisogni', esigenze: 'fabbisogni', esigenza: 'fabbisogni', obiettivi: 'fabbisogni', motivazioni: 'fabbisogni', motivazione: 'fabbisogni', bisogni: 'fabbisogni',
  partecipanti: 'partecipanti', destinatari: 'partecipanti',
  giornate: 'giornate', giorni: 'giornate', gg: 'giornate', durata: 'giornate',
  periodo: 'periodo', sede: 'sede', cup: 'cup',
};
const HEAD_WORDS = Object.keys(HEADS).filter((word) => word.length >= MIN_TYPO_LENGTH);
// Words that name a field only when no other head follows: "Nome dell'ente" is the Comune, "Nome" alone the contact.
const WEAK_HEADS: Readonly<Record<string, FormFieldName>> = { nome: 'referente_nome', recapito: 'referente_telefono', denominazione: 'comune' };

const MODIFIERS = new Set(['numero', 'n', 'nr', 'num', 'indirizzo', 'codice', 'cod', 'dati', 'dato', 'del', 'della', 'dello', 'dei', 'degli', 'delle', 'di', 'e']);

// "Qualif.", "Partecip.", "Fabbis.": an abbreviation is the start of one head word.
const MIN_ABBREVIATION_LENGTH = 4;

/** The field a word names: exactly, or (for the label's first word only) abbreviated or with a one-letter typo. */
function headOf(word: string, first: boolean): FormFieldName | null {
  const exact = HEADS[word];
  if (exact || !first) return exact ?? null;
  if (word.length >= MIN_ABBREVIATION_LENGTH) {
    const abbreviated = new Set(HEAD_WORDS.filter((head) => head.startsWith(word)).map((head) => HEADS[head]));
    if (abbreviated.size === 1) return [...abbreviated][0] ?? null;
  }
  if (word.length < MIN_TYPO_LENGTH) return null;
  const near = HEAD_WORDS.filter((head) => boundedEditDistance(word, head, 1) <= 1);
  return near.length === 1 ? (HEADS[near[0] ?? ''] ?? null) : null;
}

/** The field a label-shaped text names by its head noun, or null; `destinatari` alone is a group, not a count. */
export function mapLabelLoosely(label: string): FormFieldName | null {
  const normalized = normalizeLabel(label.replace(/\([^()]*\)|\[[^[\]]*\]/g, (bracketed) => (/seconda|subordine|alternativ/i.test(bracketed) ? bracketed : ' ')));
  const words = normalized.split(' ').filter(Boolean);
  // an address, a number or a "label: Value" pair is a value, never a label ("Referente: nome e cognome" is a label)
  if (words.length === 0 || words.length > MAX_LABEL_WORDS || /\d{3,}/.test(normalized) || label.includes('@') || /:\s*[^:]*[\p{Lu}\d]/u.test(label)) return null;
  for (const [field, pattern] of OVERRIDING) if (pattern.test(normalized)) return field;
  // a head word written right wins; only when there is none, an abbreviated or misspelt one ("Numero di giornte")
  for (const tolerant of [false, true]) {
    for (const word of words.slice(0, MAX_HEAD_POSITION)) {
      if (tolerant && MODIFIERS.has(word)) continue;
      const field = headOf(word, tolerant);
      if (field === 'partecipanti' && word === 'destinatari' && !words.some((other) => /^(numero|n|nr)$/.test(other))) return null;
      if (field) return field;
    }
  }
  const weak = words.find((word) => WEAK_HEADS[word]);
  return weak ? (WEAK_HEADS[weak] ?? null) : null;
}
