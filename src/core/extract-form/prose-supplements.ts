import type { FormFieldName, FormFields } from '../types.ts';
import { audiencesNamed } from './audiences-named.ts';
import { findEmails, findPhones, isPecAddress, readPersonName } from './contact-patterns.ts';
import { findComuneName, findContactName, findDays, findNeeds, findParticipants, nearestAfter, splitSentences } from './extract-prose.ts';

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
  const sentences = splitSentences(prose);
  const participants = fields.partecipanti === undefined ? findParticipants(sentences) : null;
  if (participants) {
    fields.partecipanti = participants;
    filled.push('partecipanti');
  }
  const days = fields.giornate === undefined ? findDays(sentences) : null;
  if (days) {
    fields.giornate = days;
    filled.push('giornate');
  }
  filled.push(...contactFromProse(fields, prose));
  const needs = fields.fabbisogni === undefined ? findNeeds(sentences, null) : null;
  if (needs) {
    fields.fabbisogni = needs;
    filled.push('fabbisogni');
  }
  if (AUDIENCE_FIELDS.every((field) => fields[field] === undefined)) {
    const audience = audienceFromSentences(prose);
    for (const field of audience) fields[field] = true;
    filled.push(...audience);
  }
  return filled;
}

// An office's mailbox: a letterhead's or the protocol's address, not a person's.
const OFFICE_MAILBOX = /^(?:protocollo|segreteria|segretario|info|urp|ufficio|uffici|comune|posta|pec|sindaco|gabinetto|staff|servizi|settore|area|amministrazione|personale|ragioneria|tributi|anagrafe|affari\.?generali|sportello)\b/i;

/**
 * The contact a letter names ("referente per l'iniziativa è la dott.ssa Anna Bianchi, tel. …, e-mail …"), with the
 * number and address written after the name, which outrank an office's mailbox read from the letterhead; failing a
 * named referente, whoever signs the letter.
 */
function contactFromProse(fields: FormFields, prose: string): FormFieldName[] {
  const filled: FormFieldName[] = [];
  const named = findContactName(prose);
  const name = fields.referente_nome === undefined ? (named ?? signatureName(prose)) : null;
  if (name) {
    fields.referente_nome = name;
    filled.push('referente_nome');
  }
  const person = typeof fields.referente_nome === 'string' ? fields.referente_nome : null;
  if (!named || named !== person) return filled;
  const email = nearestAfter(prose, named, findEmails(prose).filter((address) => !isPecAddress(address)));
  const current = typeof fields.referente_email === 'string' ? fields.referente_email : null;
  if (email && (current === null || OFFICE_MAILBOX.test(current.split('@')[0] ?? ''))) {
    fields.referente_email = email;
    filled.push('referente_email');
  }
  const phone = nearestAfter(prose, named, findPhones(prose));
  if (phone && fields.referente_telefono === undefined) {
    fields.referente_telefono = phone;
    filled.push('referente_telefono');
  }
  return filled;
}

// "Il Responsabile del Servizio Finanziario" / "dott. Mario Rossi" / "tel. …": a letter's closing names who writes.
const SIGNATURE_LINES = 8;
const TITLED = /^(?:dott|dr|ing|arch|avv|geom|rag|sig|prof)(?:\.?ssa|\.?ra)?\.?\s/i;
const SIGNER_ROLE_LINE = /^(?:il|la|l['’])\s+(?:vice\s?)?(?:sindac[oa]|segretari[oa]|responsabile|dirigente|funzionari[oa]|direttore|direttrice|assessore|assessora|referente|coordinat\w+|capo)\b/i;

/** The person who signs a letter: a titled name, or a bare name under the signer's role, among its last lines. */
export function signatureName(prose: string): string | null {
  const lines = prose
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(-SIGNATURE_LINES);
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const line = lines[index] ?? '';
    if (line.length > 60) continue;
    const name = readPersonName(line);
    if (name && (TITLED.test(line) || SIGNER_ROLE_LINE.test(lines[index - 1] ?? ''))) return name;
  }
  return null;
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
