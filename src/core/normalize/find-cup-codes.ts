// CUP (Codice Unico di Progetto): 15 characters, e.g. J31B21000000006 — a letter, two digits, a letter, eleven digits.

const CUP = /^[A-Z]\d{2}[A-Z]\d{11}$/;
const CUP_IN_TEXT = /\b[A-Z]\d{2}[A-Z]\d{11}\b/g;
const NOTHING = /^(?:-+|n\.?\s?[ad]\.?|n\/a|nessuno|nessuna|non (?:presente|presenti|disponibile|applicabile))$/i;

export interface CupCodes {
  codes: string[];
  invalid: string[];
}

/** Every CUP in the text, uppercased and deduplicated; tokens that look like an attempt at one are listed as invalid. */
export function findCupCodes(value: string | null): CupCodes {
  const codes: string[] = [];
  const invalid: string[] = [];
  if (!value || NOTHING.test(value.trim())) return { codes, invalid };
  for (const piece of value.slice(0, 10_000).toUpperCase().split(/[,;\n]+|\s+(?:E|ED|-|–|\/)\s+/)) {
    const withoutLabel = piece.replace(/\bC\.?\s?U\.?\s?P\.?(?:\s*(?:N\.?|NR\.?|NUMERO))?\s*[:.]?/g, ' ').trim();
    if (!withoutLabel || NOTHING.test(withoutLabel)) continue;
    const inText = withoutLabel.match(CUP_IN_TEXT) ?? [];
    if (inText.length > 0) {
      codes.push(...inText);
      continue;
    }
    // A CUP typed with spaces or dots inside: "J31B 2100 0000 006".
    const compact = withoutLabel.replace(/[\s.\-_]/g, '');
    if (CUP.test(compact)) codes.push(compact);
    else for (const token of withoutLabel.split(/\s+/)) if (/\d/.test(token) && /^[A-Z0-9.\-_]{6,}$/.test(token)) invalid.push(token);
  }
  return { codes: [...new Set(codes)], invalid: [...new Set(invalid)] };
}
