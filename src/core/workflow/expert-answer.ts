export type ExpertAnswer = 'accept' | 'decline';

/** Lines that open the quoted original in Italian and English mail clients. */
const QUOTE_SEPARATORS = [
  /^-{2,}\s*(messaggio originale|original message|messaggio inoltrato|forwarded message)\s*-{2,}$/i,
  /^_{10,}$/,
];
/** Headers of a quoted original that may wrap over a few lines ("Il giorno lun 12 gen 2026 alle ore 10:00 X <x@y>\nha scritto:"). */
const QUOTE_INTRO_START = /^(il giorno|in data|on)\b/i;
const QUOTE_INTRO_END = /(ha scritto|wrote)\s*:\s*$/i;
/** Outlook-style header blocks: "Da: …" followed by "Inviato: …" (or "From:" / "Sent:"). */
const HEADER_BLOCK_START = /^\*?(da|from)\s*:/i;
const HEADER_BLOCK_NEXT = /^\*?(inviato|data|sent|date|a|to)\s*:/i;

const DECLINE_PATTERNS = [
  // "non sono (al momento) disponibile", but not "non ho problemi, sono disponibile".
  /\bnon\s+(?:(?:sono|saro|siamo|saremo|risulto|ci|piu|al|momento|attualmente|purtroppo|ancora|per|ora)\s+){0,3}disponibil/,
  /\bindisponibil/,
  /\bnon\s+(posso\s+)?accett/,
  /\brifiut(o|iamo|are)\b/,
  /\bdeclin(o|iamo|are)\b/,
  /\bdecline\b/,
];
const ACCEPT_PATTERNS = [/\baccett(o|iamo)\b/, /\bsono\s+disponibile\b/, /\bi accept\b/];

/**
 * The expert's answer to an offer, read only in what the expert wrote (quoted lines and the quoted
 * original are skipped): the first line that says accept or decline wins; "non accetto" declines.
 * Null when the reply says neither.
 */
export function readExpertAnswer(text: string | null): ExpertAnswer | null {
  if (!text) return null;
  for (const line of ownLines(text)) {
    const normalized = normalizeLine(line);
    if (normalized === '') continue;
    if (DECLINE_PATTERNS.some((p) => p.test(normalized))) return 'decline';
    if (ACCEPT_PATTERNS.some((p) => p.test(normalized))) return 'accept';
  }
  return null;
}

/** The lines the author wrote, up to the first quote header; `>` lines are dropped. */
export function ownLines(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const own: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!.trim();
    if (QUOTE_SEPARATORS.some((p) => p.test(line))) break;
    if (QUOTE_INTRO_START.test(line) && isQuoteIntro(lines, i)) break;
    if (HEADER_BLOCK_START.test(line) && lines.slice(i + 1, i + 4).some((l) => HEADER_BLOCK_NEXT.test(l.trim()))) break;
    if (line.startsWith('>')) continue;
    own.push(line);
  }
  return own;
}

/** Whether the header that starts at line `start` ends with "ha scritto:" / "wrote:" within three lines. */
function isQuoteIntro(lines: string[], start: number): boolean {
  let joined = '';
  for (let i = start; i < Math.min(lines.length, start + 3); i += 1) {
    joined = `${joined} ${lines[i]!.trim()}`;
    if (QUOTE_INTRO_END.test(joined)) return true;
  }
  return false;
}

function normalizeLine(line: string): string {
  return line
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
