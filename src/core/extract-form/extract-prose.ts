import type { FormFields } from '../types.ts';
import { findEmails, findPhones, isPecAddress, readPersonName } from './contact-patterns.ts';

const ABBREVIATIONS = new Set(['dott', 'dott.ssa', 'ssa', 'dr', 'sig', 'sig.ra', 'ra', 'ing', 'arch', 'avv', 'prof', 'geom', 'rag', 'tel', 'n', 'nr', 'art', 'ecc', 'es', 'cell', 'prot', 'rif', 'pag', 'p', 'sg', 'vs', 'ns', 'c.a', 'gent', 'spett', 'egr']);
const LAB_PATTERN = /\b(laboratori[oi]|lab|capacity\s*labs?|percors[oi]( formativ[oi])?)\b/i;
const NEED_PATTERN = /esigenz|fabbisogn|obiettiv|necessit|bisogn|vorremmo|intendiamo|ci interessa|migliorar|rafforzar|potenziar|difficolt|critici|supporto|accompagnament/i;
const GREETING_PATTERN = /^(buongiorno|buonasera|salve|gentil[ei]|spett\.?(abile)?|egregi|alla cortese|cordiali|distinti|saluti|grazie|in attesa)\b/i;
const COMUNE_CONNECTORS = new Set(['di', 'del', 'della', 'dei', 'de', 'in', 'sul', 'sulla', 'al', 'e', 'sopra', 'sotto', 'a']);
const COMUNE_WORD = /^(?:[A-ZÀ-Ý][a-zà-ÿ'’]*|[A-ZÀ-Ý'’]{2,}|[A-ZÀ-Ý][a-zà-ÿ]*['’][A-ZÀ-Ý][a-zà-ÿ]+)$/;
const NOT_COMUNE_WORDS = new Set(['chiede', 'intende', 'richiede', 'manifesta', 'con', 'per', 'che', 'il', 'la', 'lo', 'gli', 'le', 'nella', 'nel', 'ufficio', 'settore', 'servizio', 'provincia', 'prov', 'cap', 'via']);

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const boundary = /[.!?]+(?=\s+["«(]?[A-ZÀ-Ý0-9])|[.!?]+\s*$|\n\s*\n/g;
  for (const match of text.matchAll(boundary)) {
    const end = (match.index ?? 0) + match[0].length;
    const before = text.slice(start, match.index).split(/\s+/).at(-1)?.toLowerCase() ?? '';
    if (match[0].startsWith('.') && (ABBREVIATIONS.has(before) || /^[a-zà-ÿ]$/i.test(before))) continue;
    sentences.push(text.slice(start, end));
    start = end;
  }
  sentences.push(text.slice(start));
  return sentences.map((sentence) => sentence.replace(/\s+/g, ' ').trim()).filter((sentence) => sentence !== '');
}

/** "Il Comune di San Giovanni in Fiore chiede …" → "San Giovanni in Fiore". */
export function findComuneName(text: string): string | null {
  for (const match of text.matchAll(/\b(?:comune|città|citta|municipio)\s+di\s+/gi)) {
    const words: string[] = [];
    for (const raw of text.slice((match.index ?? 0) + match[0].length).split(/\s+/).slice(0, 7)) {
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

function findContactName(text: string): string | null {
  const anchors = /\b(?:referente|nella persona d(?:i|el|ella)|mi chiamo|il sottoscritto|la sottoscritta|sono)\b[\s:,]*/gi;
  for (const anchor of text.matchAll(anchors)) {
    const after = text.slice((anchor.index ?? 0) + anchor[0].length, (anchor.index ?? 0) + anchor[0].length + 80);
    const tokens = after.split(/\s+/).slice(0, 6);
    for (let skip = 0; skip < tokens.length; skip += 1) {
      const head = tokens.slice(0, skip).join(' ').toLowerCase();
      if (/comune|ufficio|settore|servizio/.test(head) || /[.;]$/.test(tokens[skip - 1] ?? '') && !/^(dott|dr|ing|arch|avv|sig|prof|geom|rag)/i.test(tokens[skip - 1] ?? '')) break;
      const name = readPersonName(tokens.slice(skip).join(' '));
      if (name) return name;
    }
  }
  return null;
}

/** Last resort for mails written as a letter: conservative guesses from free prose. */
export function extractFromProse(text: string): FormFields {
  const fields: FormFields = {};
  const comune = findComuneName(text);
  if (comune) fields.comune = comune;
  const emails = findEmails(text);
  const personalEmail = emails.find((email) => !isPecAddress(email));
  const pecEmail = emails.find((email) => isPecAddress(email));
  if (personalEmail) fields.referente_email = personalEmail;
  if (pecEmail) fields.pec_ente = pecEmail;
  const phone = findPhones(text)[0];
  if (phone) fields.referente_telefono = phone;
  const contact = findContactName(text);
  if (contact) fields.referente_nome = contact;
  const sentences = splitSentences(text);
  const labSentence = sentences.find((sentence) => LAB_PATTERN.test(sentence));
  if (labSentence) {
    fields.laboratorio = labSentence.slice(0, 400);
    const needSentences = sentences.filter((sentence) => NEED_PATTERN.test(sentence));
    const body = (needSentences.length > 0 ? needSentences : sentences.filter((sentence) => !GREETING_PATTERN.test(sentence)))
      .join(' ')
      .slice(0, 2_000);
    if (body.length >= 20) fields.fabbisogni = body;
  }
  return fields;
}
