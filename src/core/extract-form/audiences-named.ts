import type { CheckboxFieldName } from '../types.ts';

type AudienceField = Extract<CheckboxFieldName, `dest_${string}`>;

// Words a Comune uses for each audience of the form; "segretario/a" only as a role, never "segreteria".
const AUDIENCE_WORDS: ReadonlyArray<readonly [AudienceField, RegExp]> = [
  ['dest_amministratori', /\b(sindac[oia]|amministrator[ei]|assessor[ei]|consiglier[ei]|organi politici|giunta)\b/],
  ['dest_segretari', /\b(segretari[oae]?|direttor[ei] general[ei]|direttrice generale)\b/],
  ['dest_dirigenti', /\b(dirigent[ei]|funzionari[oae]?|responsabili (di|dei) (servizi[oi]?|settor[ei]|aree?|uffici)|posizioni organizzative|elevate qualificazioni)\b/],
  ['dest_team', /\b(team|gruppo (di )?(progetto|lavoro)|staff (di )?progetto)\b/],
];
const NEGATED = /\b(non|nessun[oa]?|esclus[ieoa])\b/;

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The audiences a written list names ("segretari e direttori generali, dirigenti e funzionari", "team di progetto");
 * empty when it names none or says "non" (a negation is left to a person rather than guessed).
 */
export function audiencesNamed(text: string): AudienceField[] {
  const folded = fold(text.slice(0, 500));
  if (folded === '' || NEGATED.test(folded)) return [];
  return AUDIENCE_WORDS.filter(([, pattern]) => pattern.test(folded)).map(([field]) => field);
}

/** "Destinatari", "Destinatari del laboratorio", "Partecipanti (destinatari)": the label of the audience group. */
export function isAudienceGroupLabel(label: string): boolean {
  const folded = fold(label).replace(/^(\d{1,2}|[a-z])\s+/, '');
  return /^(destinatari|target|a chi e rivolto|rivolto a|pubblico|figure coinvolte|profili (dei )?partecipanti|tipologia (di |dei )?(destinatari|partecipanti))( (del|dei|della) (laboratorio|percorso|corso|lab))?( previsti| coinvolti)?$/.test(folded);
}
