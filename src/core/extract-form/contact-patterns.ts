import { scanEmails } from '../normalize/contact-emails.ts';

const PEC_DOMAIN_PATTERN = /(^|[.@])(pec|legalmail|postacert|cert|certmail|mypec|arubapec|pecsicura|casellapec)[.-]|@pec\.|\.pec\./i;
const PHONE_KEYWORD_PATTERN = /(?:\btel\b\.?|\btelefono\b|\bcell\b\.?|\bcellulare\b|\brecapito(?: telefonico)?\b|\bphone\b|\bmobile\b|\btelefonic[oi]\b|\bal numero\b|\bnumero di telefono\b|☎|📞)[\s.:]*(?:(?:fisso|ufficio|diretto|n\.?|num\.?|nr\.?)[\s.:]*)?/gi;
const PHONE_PATTERN = /^(?:\+|00)?(?:39[\s.]?)?(?:\(?0\d{1,4}\)?|3\d{2})(?:[\s./-]?\d){5,9}\b/;
const MOBILE_PATTERN = /(?<![\d\w])(?:\+39[\s.]?)?3\d{2}[\s.]?\d{3}[\s.]?\d{3,4}(?![\d\w])/g;

export function findEmails(text: string): string[] {
  return [...new Set(scanEmails(text))];
}

export function isPecAddress(email: string): boolean {
  return PEC_DOMAIN_PATTERN.test(email.slice(email.indexOf('@')));
}

function digitCount(phone: string): number {
  return phone.replace(/\D/g, '').replace(/^(00)?39(?=\d{8,})/, '').length;
}

/** Phone numbers introduced by a keyword ("tel.", "cell.") or shaped like an Italian mobile number. */
export function findPhones(text: string): string[] {
  const phones: string[] = [];
  for (const keyword of text.matchAll(PHONE_KEYWORD_PATTERN)) {
    const after = text.slice((keyword.index ?? 0) + keyword[0].length, (keyword.index ?? 0) + keyword[0].length + 40);
    const phone = PHONE_PATTERN.exec(after)?.[0]?.trim();
    if (phone && digitCount(phone) >= 6 && digitCount(phone) <= 11) phones.push(phone);
  }
  for (const mobile of text.matchAll(MOBILE_PATTERN)) phones.push(mobile[0].trim());
  return [...new Set(phones)];
}

const TITLE_PATTERN = /^(?:(?:dott|dr|ing|arch|avv|geom|rag|sig|prof|on|p\.?\s?i|per\.?\s?ind)(?:\.ssa|\.sa|ssa|ra|\.ra)?\.?\s+)+/i;
const NOT_NAME_WORDS = new Set([
  'comune', 'città', 'citta', 'ufficio', 'servizio', 'settore', 'area', 'responsabile', 'segretario', 'segretaria',
  'sindaco', 'dirigente', 'funzionario', 'funzionaria', 'istruttore', 'direttore', 'direttrice', 'provincia', 'regione',
  'unione', 'laboratorio', 'capacity', 'lab', 'cordiali', 'distinti', 'saluti', 'grazie', 'gentili', 'buongiorno',
  'buonasera', 'spett', 'spettabile', 'anci', 'cap4city', 'piao', 'pnrr', 'tel', 'cell', 'email', 'pec', 'via', 'piazza',
  'generale', 'personale', 'ragioneria', 'protocollo', 'segreteria', 'assessore', 'vice', 'vicesindaco', 'dott', 'ing',
]);
const NAME_WORD_PATTERN = /^(?:[A-ZÀ-Ý][a-zà-ÿ'’]+|[A-ZÀ-Ý]{2,}|[A-ZÀ-Ý][a-zà-ÿ]*[A-ZÀ-Ý][a-zà-ÿ]+|D['’][A-ZÀ-Ý][a-zà-ÿ]+)$/;

/** "dott.ssa Maria De Luca", "ROSSI MARIO": two to four capitalised words, no digits, no office words. */
export function readPersonName(text: string): string | null {
  const withoutTitle = text.trim().replace(TITLE_PATTERN, '');
  const name: string[] = [];
  for (const raw of withoutTitle.split(/\s+/)) {
    const token = withoutTrailing(raw, ',;.:)');
    if (name.length >= 4 || !NAME_WORD_PATTERN.test(token)) break;
    if (NOT_NAME_WORDS.has(token.toLowerCase().replace(/[.'’]/g, ''))) break;
    name.push(token);
    if (raw !== token) break;
  }
  return name.length >= 2 ? name.join(' ') : null;
}

/**
 * `word` without the run of `marks` it ends with: what `word.replace(/[,;.:)]+$/, '')` gave, in linear time, as that
 * pattern rescanned the run from each of its characters (a signature line of 100 KB of commas then a letter took seconds).
 */
function withoutTrailing(word: string, marks: string): string {
  let end = word.length;
  while (end > 0 && marks.includes(word.charAt(end - 1))) end -= 1;
  return word.slice(0, end);
}
