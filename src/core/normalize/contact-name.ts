// The "Referente" value as people write it: "Dott.ssa Anna Rizzo", "Anna Rizzo - Responsabile Servizi Sociali",
// "ing. Paolo Neri, tel. 0881 123456, p.neri@comune.example.it". The name alone goes to contact.name; what shares its
// line is handed back so that empty role, e-mail and phone fields can take it.

import { firstEmail } from './contact-emails.ts';

export interface ContactNameParts {
  name: string | null;
  role: string | null;
  email: string | null;
  phone: string | null;
}

const TITLE = /^(?:(?:[lL]['’]\s*)?(?:dott(?:\.?ssa|oressa|or)?|dr(?:\.?ssa)?|ing|arch|avv|geom|rag|prof(?:\.?ssa)?|sig(?:\.?ra|\.?a)?|p\.\s?i|per\.\s?ind)\.?\s+)+/i;
const PART_SEPARATOR = /\s*[,;]\s*|\s+[-–—|/]\s+/;
const BRACKETED = /\(([^()]*)\)/g;
const PHONE = /^(?:(?:tel|telefono|cell|cellulare|mob|mobile|recapito(?: telefonico)?)\b\.?\s*[:.]?\s*(?:n\.?\s*)?)?(\+?[\d(][\d\s./()-]{5,})$/i;
// Words that start a role written straight after the name, without a comma: "Mario Rossi Responsabile Area Tecnica".
const ROLE_WORDS = new Set([
  'responsabile', 'segretario', 'segretaria', 'dirigente', 'funzionario', 'funzionaria', 'istruttore', 'istruttrice',
  'direttore', 'direttrice', 'sindaco', 'sindaca', 'vicesindaco', 'assessore', 'assessora', 'vicesegretario',
  'vicesegretaria', 'coordinatore', 'coordinatrice', 'capo', 'comandante', 'ragioniere', 'referente', 'ufficio', 'servizio',
  'settore', 'area', 'rup', 'titolare', 'specialista', 'esperto', 'esperta',
]);
const NAME_PARTICLES = new Set(['del', 'della', 'dello', 'dei', 'degli', 'delle', 'dal', 'dalla', 'van', 'von']);

function isSingleNameWord(part: string): boolean {
  return /^[A-ZÀ-Ý][a-zà-ÿ'’]+$/.test(part);
}

/** Splits a contact name from the title before it and the role, e-mail and phone written after it on the same line. */
export function readContactName(value: string | null): ContactNameParts {
  const parts: ContactNameParts = { name: null, role: null, email: null, phone: null };
  const text = value?.replace(/\s+/g, ' ').trim() ?? '';
  if (text === '') return parts;
  const bracketed = [...text.matchAll(BRACKETED)].map((match) => (match[1] ?? '').trim()).filter(Boolean);
  // the sentence's full stop after "(e-mail)." is not part of the name
  const unbracketed = text.replace(BRACKETED, ' ').replace(/[\s.;:,]+$/, '').replace(/\s+/g, ' ');
  const pieces = unbracketed.split(PART_SEPARATOR).map((piece) => piece.trim()).filter(Boolean);
  const [head = '', ...rest] = pieces;
  // "Rossi, Mario": a lone capitalised word after a comma is the other half of the name, not a role
  if (rest.length === 1 && bracketed.length === 0 && isSingleNameWord(rest[0] ?? '') && isSingleNameWord(head)) {
    parts.name = text.replace(TITLE, '');
    return parts;
  }
  // "Istruttore direttivo / Mario Rossi": the role first, the name after it
  const roleFirst = ROLE_WORDS.has(head.split(' ')[0]?.toLowerCase() ?? '') ? rest.findIndex((piece) => isBareName(piece.replace(TITLE, '').trim())) : -1;
  if (roleFirst >= 0) {
    parts.name = (rest[roleFirst] ?? '').replace(TITLE, '').trim();
    parts.role = head;
    for (const piece of [...rest.filter((_, index) => index !== roleFirst), ...bracketed]) classifyPiece(piece, parts);
    return parts;
  }
  const { name, role } = splitInlineRole(head.replace(TITLE, '').trim());
  parts.name = name || null;
  parts.role = role;
  for (const piece of [...rest, ...bracketed]) classifyPiece(piece, parts);
  return parts;
}

/** Two to four capitalised words and nothing else: "Mario Rossi", "Anna De Santis". */
function isBareName(piece: string): boolean {
  const words = piece.split(' ');
  return words.length >= 2 && words.length <= 4 && words.every((word) => /^[A-ZÀ-Ý][a-zà-ÿ'’]+$/.test(word) || NAME_PARTICLES.has(word.toLowerCase()) || /^(De|Di|Da|Del|Della|La|Lo|D['’][A-ZÀ-Ý][a-zà-ÿ]+)$/.test(word)) && !ROLE_WORDS.has(words[0]?.toLowerCase() ?? '');
}

function splitInlineRole(head: string): { name: string; role: string | null } {
  const words = head.split(' ');
  const roleAt = words.findIndex((word, index) => index >= 2 && ROLE_WORDS.has(word.toLowerCase()));
  if (roleAt < 0) return { name: head, role: null };
  return { name: words.slice(0, roleAt).join(' '), role: words.slice(roleAt).join(' ') };
}

function classifyPiece(piece: string, parts: ContactNameParts): void {
  const email = firstEmail(piece);
  if (email) {
    parts.email ??= email;
    return;
  }
  const phone = PHONE.exec(piece)?.[1];
  if (phone && phone.replace(/\D/g, '').length >= 6) {
    parts.phone ??= phone.trim();
    return;
  }
  if (looksLikeRole(piece)) parts.role ??= piece;
}

/** "Segretario generale", "Responsabile Servizio Tributi"; not a second person's name ("Anna Bianchi"). */
function looksLikeRole(piece: string): boolean {
  if (/[@\d]/.test(piece) || piece.length > 80) return false;
  const words = piece.split(' ');
  return ROLE_WORDS.has(words[0]?.toLowerCase() ?? '') || words.some((word) => /^[a-zà-ÿ]{3,}$/.test(word) && !NAME_PARTICLES.has(word));
}
