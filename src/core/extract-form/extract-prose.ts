import type { FormFields } from '../types.ts';
import { findEmails, findPhones, isPecAddress, readPersonName } from './contact-patterns.ts';
import { runEnd } from './sticky-run.ts';

const ABBREVIATIONS = new Set(['dott', 'dott.ssa', 'ssa', 'dr', 'sig', 'sig.ra', 'ra', 'ing', 'arch', 'avv', 'prof', 'geom', 'rag', 'tel', 'n', 'nr', 'art', 'ecc', 'es', 'cell', 'prot', 'rif', 'pag', 'p', 'sg', 'vs', 'ns', 'c.a', 'gent', 'spett', 'egr']);
const LAB_PATTERN = /\b(laboratori[oi]|lab|capacity\s*labs?|percors[oi]( formativ[oi])?)\b/i;
const NEED_PATTERN = /esigenz|fabbisogn|obiettiv|necessit|necessari|bisogn|vorremmo|intendiamo|ci interessa|migliorar|rafforzar|potenziar|difficolt|critici|supporto|accompagnament|ci serv|servirebbe|occorre|fatica|al fine di|allo scopo di|in vista d|per poter|dotar[cs]i|rivedere|ridurre|perch[eé]|poich[eé]|in quanto|dato che|visto che/i;
// Sentences that give contact details or point to a person are not needs, whatever else they say.
const CONTACT_SENTENCE = /@|\b(tel|telefono|cell|cellulare|recapito|contattare|referente|rivolgersi)\b/i;
const SUPPORT_PATTERN = /\b(supporto|accompagnamento|affiancamento|aiuto|formazione)\s+(sul|sulla|sullo|sui|sugli|sulle|su|per|in materia|nel|nella|nell['’]|relativ[oa])\b/i;
const PARTICIPANT_COUNT = /\b(\d{1,4}|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|dodici|quindici|venti|trenta)\s+(?:persone|partecipanti|dipendenti|funzionari|dirigenti|colleghi|addetti|operatori|unità|tecnici|amministrativi|impiegati|responsabili|membri|rup)\b/i;
const GREETING_LEAD = /^(buongiorno|buonasera|salve|gentil[ei]|spett\.?(abile)?|egregi\w*)\b[^,;:]{0,40}[,;:]?\s*/i;
const GREETING_PATTERN = /^(buongiorno|buonasera|salve|gentil[ei]|spett\.?(abile)?|egregi|alla cortese|cordiali|distinti|saluti|grazie|in attesa)\b/i;
const COMUNE_CONNECTORS = new Set(['di', 'del', 'della', 'dei', 'de', 'in', 'sul', 'sulla', 'al', 'e', 'sopra', 'sotto', 'a']);
const COMUNE_WORD = /^(?:[A-ZÀ-Ý][a-zà-ÿ'’]*|[A-ZÀ-Ý'’]{2,}|[A-ZÀ-Ý][a-zà-ÿ]*['’][A-ZÀ-Ý][a-zà-ÿ]+)$/;
const NOT_COMUNE_WORDS = new Set(['chiede', 'intende', 'richiede', 'manifesta', 'con', 'per', 'che', 'il', 'la', 'lo', 'gli', 'le', 'nella', 'nel', 'ufficio', 'settore', 'servizio', 'provincia', 'prov', 'cap', 'via']);

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const boundary of sentenceBoundaries(text)) {
    const before = lastWord(text, start, boundary.index).toLowerCase();
    if (text[boundary.index] === '.' && (ABBREVIATIONS.has(before) || /^[a-zà-ÿ]$/i.test(before))) continue;
    sentences.push(text.slice(start, boundary.end));
    start = boundary.end;
  }
  sentences.push(text.slice(start));
  return sentences.map((sentence) => sentence.replace(/\s+/g, ' ').trim()).filter((sentence) => sentence !== '');
}

// Sticky and unable to fail: from `lastIndex`, each consumes its whole run and never backtracks.
const MARKS = /[.!?]*/y;
const SPACES = /\s*/y;
const SENTENCE_START = /["«(]?[A-ZÀ-Ý0-9]/y;
const SPACE = /\s/;

export interface SentenceBoundary {
  index: number;
  end: number;
}

/**
 * Where a sentence may end, as `/[.!?]+(?=\s+["«(]?[A-ZÀ-Ý0-9])|[.!?]+\s*$|\n\s*\n/g` found it, in linear time:
 * that pattern rescanned a run of marks from each of its characters, so a line of 100 KB of dots took seconds.
 */
export function sentenceBoundaries(text: string): SentenceBoundary[] {
  const boundaries: SentenceBoundary[] = [];
  let at = 0;
  while (at < text.length) {
    const char = text[at];
    if (char === '.' || char === '!' || char === '?') {
      // every mark of a run sees the same text after the run: it ends a sentence there or nowhere in the run
      const marksEnd = runEnd(MARKS, text, at);
      const spacesEnd = runEnd(SPACES, text, marksEnd);
      SENTENCE_START.lastIndex = spacesEnd;
      let end: number | null = null;
      if (spacesEnd > marksEnd && SENTENCE_START.test(text)) end = marksEnd;
      else if (spacesEnd === text.length) end = spacesEnd;
      if (end !== null) boundaries.push({ index: at, end });
      at = end ?? marksEnd;
    } else if (char === '\n') {
      // a blank line: up to the last line break of the white space that follows
      const spacesEnd = runEnd(SPACES, text, at + 1);
      const lastBreak = text.lastIndexOf('\n', spacesEnd - 1);
      if (lastBreak > at) boundaries.push({ index: at, end: lastBreak + 1 });
      at = lastBreak > at ? lastBreak + 1 : spacesEnd;
    } else at += 1;
  }
  return boundaries;
}

/** The last word of text[from, to): what `text.slice(from, to).split(/\s+/).at(-1)` gives, without the split. */
function lastWord(text: string, from: number, to: number): string {
  let wordStart = to;
  while (wordStart > from && !SPACE.test(text.charAt(wordStart - 1))) wordStart -= 1;
  return text.slice(wordStart, to);
}

/** "Il Comune di San Giovanni in Fiore chiede …" → "San Giovanni in Fiore". */
export function findComuneName(text: string): string | null {
  for (const match of text.matchAll(/\b(?:comune|città|citta|municipio)\s+di\s+/gi)) {
    const words: string[] = [];
    // a name never runs onto the next line: "COMUNE DI LUCERA" / "Oggetto: …"
    const rest = text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 120).split('\n')[0] ?? '';
    for (const raw of rest.split(/\s+/).slice(0, 7)) {
      const word = raw.replace(/[,;:.!?)»"]+$/, '');
      const lower = word.toLowerCase();
      if (word === '' || NOT_COMUNE_WORDS.has(lower)) break;
      if (COMUNE_CONNECTORS.has(lower) && words.length > 0) words.push(lower);
      else if (COMUNE_WORD.test(word)) words.push(word);
      else break;
      if (raw !== word) break;
    }
    while (words.length > 0 && COMUNE_CONNECTORS.has(words.at(-1) ?? '')) words.pop();
    if (words.length > 0 && words.length <= 5) return words.join(' ');
  }
  return null;
}

// A named contact person outranks the signer: "Il sottoscritto Sindaco …, il referente è la dott.ssa …".
const CONTACT_ANCHORS = [
  /\b(?:referente|referenti|persona di (?:riferimento|contatto)|nella persona d(?:i|el|ella)|contattare|rivolgersi a)\b[\s:,]*/gi,
  /\b(?:mi chiamo|il sottoscritto|la sottoscritta|sono)\b[\s:,]*/gi,
];
const CONTACT_LOOKAHEAD_TOKENS = 10;
const TITLE_TOKEN = /^(?:l['’])?(dott|dr|ing|arch|avv|sig|prof|geom|rag)/i;

export function findContactName(text: string): string | null {
  for (const anchors of CONTACT_ANCHORS) {
    for (const anchor of text.matchAll(anchors)) {
      const name = nameAfter(text.slice((anchor.index ?? 0) + anchor[0].length, (anchor.index ?? 0) + anchor[0].length + 120));
      if (name) return name;
    }
  }
  return null;
}

/** "per l'Ente è l'arch. Maria Rosaria Lauria, …" → "Maria Rosaria Lauria": the first name within a few words. */
function nameAfter(after: string): string | null {
  const tokens = after.split(/\s+/).slice(0, CONTACT_LOOKAHEAD_TOKENS);
  for (let skip = 0; skip < tokens.length; skip += 1) {
    const previous = tokens[skip - 1] ?? '';
    const head = tokens.slice(0, skip).join(' ').toLowerCase();
    if (/comune|ufficio|settore|servizio/.test(head) || (/[.;]$/.test(previous) && !TITLE_TOKEN.test(previous))) break;
    const name = readPersonName(tokens.slice(skip).join(' ').replace(/^l['’]/i, ''));
    if (name) return name;
  }
  return null;
}

/** Last resort for mails written as a letter: conservative guesses from free prose. */
export function extractFromProse(text: string): FormFields {
  const fields: FormFields = {};
  const comune = findComuneName(text);
  if (comune) fields.comune = comune;
  const emails = findEmails(text);
  const contact = findContactName(text);
  const personalEmail = nearestAfter(text, contact, emails.filter((email) => !isPecAddress(email))) ?? emails.find((email) => !isPecAddress(email));
  const pecEmail = emails.find((email) => isPecAddress(email));
  if (personalEmail) fields.referente_email = personalEmail;
  if (pecEmail) fields.pec_ente = pecEmail;
  if (contact) fields.referente_nome = contact;
  const phone = contactPhone(text, [contact, personalEmail]);
  if (phone) fields.referente_telefono = phone;
  const sentences = splitSentences(text);
  // "vorremmo un supporto sul monitoraggio dei progetti": the lab is described rather than named
  const labSentence = sentences.find((sentence) => LAB_PATTERN.test(sentence)) ?? sentences.find((sentence) => SUPPORT_PATTERN.test(sentence));
  if (labSentence) {
    fields.laboratorio = labSentence.slice(0, 400);
    const needs = findNeeds(sentences, labSentence);
    if (needs) fields.fabbisogni = needs;
  }
  const participants = findParticipants(sentences);
  if (participants) fields.partecipanti = participants;
  return fields;
}

/** The sentences of a letter that say what the Comune needs; failing those, what it says besides asking for the lab. */
export function findNeeds(sentences: readonly string[], labSentence: string | null): string | null {
  const needSentences = sentences
    .filter((sentence) => NEED_PATTERN.test(sentence) && !CONTACT_SENTENCE.test(sentence))
    .map(withoutGreeting)
    .filter((sentence) => sentence !== '');
  // the sentence that only asks for the lab says nothing about needs ("vorrebbe partecipare al laboratorio X")
  const otherSentences = labSentence === null ? [] : sentences.filter((sentence) => sentence !== labSentence && !CONTACT_SENTENCE.test(sentence)).map(withoutGreeting);
  const body = (needSentences.length > 0 ? needSentences : otherSentences.filter((sentence) => sentence !== '')).join(' ').slice(0, 2_000);
  return body.length >= 20 ? body : null;
}

// How far after a name its e-mail address, or its phone number, is still its own.
const SENTENCE_REACH = 300;
const PHONE_REACH = 200;

/** Of the values written in the text, the first one after the anchor within reach (a sentence's, by default). */
export function nearestAfter(text: string, anchor: string | null, values: readonly string[], reach = SENTENCE_REACH): string | null {
  const anchorAt = anchor ? text.indexOf(anchor) : -1;
  if (anchorAt < 0) return null;
  const after = values.map((value) => ({ value, at: text.indexOf(value, anchorAt) })).filter((entry) => entry.at >= 0 && entry.at - anchorAt < reach);
  return after.sort((a, b) => a.at - b.at)[0]?.value ?? null;
}

const DAY_COUNT = /\b(\d{1,2}|una|un|due|tre|quattro|cinque)\s+(?:giornat[ae]|giorni)\b/i;

/** "con 2 giornate in presenza", "in una giornata": the number of days a letter asks for. */
export function findDays(sentences: readonly string[]): string | null {
  for (const sentence of sentences) {
    const count = DAY_COUNT.exec(sentence);
    if (count?.[1]) return count[1];
  }
  return null;
}

/**
 * The contact's phone: the one written nearest after the contact's name or address ("… la dott.ssa Rossi, tel. …");
 * without them, the last one, as a letterhead's switchboard comes first and the writer's number at the end.
 */
function contactPhone(text: string, anchors: ReadonlyArray<string | null | undefined>): string | null {
  const phones = findPhones(text);
  if (phones.length <= 1) return phones[0] ?? null;
  for (const anchor of anchors) {
    const after = nearestAfter(text, anchor ?? null, phones, PHONE_REACH);
    if (after) return after;
  }
  return phones.map((phone) => ({ phone, at: text.indexOf(phone) })).sort((a, b) => b.at - a.at)[0]?.phone ?? null;
}

/** "Salve, il Comune di … chiede …" → "il Comune di … chiede …"; a sentence that is only a greeting → "". */
function withoutGreeting(sentence: string): string {
  if (!GREETING_PATTERN.test(sentence)) return sentence;
  const rest = sentence.replace(GREETING_LEAD, '').trim();
  return rest.length >= 20 && !GREETING_PATTERN.test(rest) ? rest : '';
}

/** "Parteciperebbero circa 6 persone", "saremmo in 12 partecipanti": a head count in a sentence about taking part. */
export function findParticipants(sentences: readonly string[]): string | null {
  for (const sentence of sentences) {
    if (!/partecip|prend\w* parte|coinvol/i.test(sentence)) continue;
    const count = PARTICIPANT_COUNT.exec(sentence);
    if (count?.[1]) return count[1];
  }
  return null;
}
