// E-mail addresses written in free text ("scrivere a m.rossi@comune.bari.it.", "Rossi,m.rossi@comune.it").
//
// A hand-written scanner rather than a regular expression: the pattern this replaces,
// /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g, restarts its local part at every letter of a
// long run and rescans it to the end, which is quadratic: a 1.6 KB PDF holding 400 KB of glued letters blocked the
// event loop for 20 s. This scanner reads each character at most twice (once back as a local part, once forward as a
// domain) and finds the same addresses as that pattern, except those longer than RFC 5321 allows.

const MAX_LOCAL_PART = 64;
const MAX_LABEL = 63;
const MAX_ADDRESS = 254;

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isDomainChar(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 57) || code === 45; // letters, digits, "-"
}

function isLocalChar(code: number): boolean {
  return isDomainChar(code) || code === 46 || code === 95 || code === 37 || code === 43; // ".", "_", "%", "+"
}

function runEnd(text: string, from: number, accepts: (code: number) => boolean): number {
  let end = from;
  while (end < text.length && accepts(text.charCodeAt(end))) end++;
  return end;
}

/**
 * Where the domain starting at `from` ends, as the old pattern read it: labels of letters, digits and "-" joined by
 * single dots, cut after the letters that open the last label starting with two of them ("comune.bari.it2" ends at
 * "it"); -1 when there is no such label. `fits` says whether every label it spans is short enough for a domain.
 */
function readDomain(text: string, from: number): { end: number; fits: boolean } {
  let labelEnd = runEnd(text, from, isDomainChar);
  if (labelEnd === from) return { end: -1, fits: false };
  let end = -1;
  let fits = false;
  let labelsFit = labelEnd - from <= MAX_LABEL;
  while (text.charCodeAt(labelEnd) === 46) {
    const labelStart = labelEnd + 1;
    labelEnd = runEnd(text, labelStart, isDomainChar);
    if (labelEnd === labelStart) break;
    const letters = runEnd(text, labelStart, isLetter) - labelStart;
    if (letters >= 2) {
      end = labelStart + letters;
      fits = labelsFit && letters <= MAX_LABEL;
    }
    labelsFit &&= labelEnd - labelStart <= MAX_LABEL;
  }
  return { end, fits };
}

/** Every address in the text, in order and with repeats, as the old pattern matched them with the "g" flag. */
export function scanEmails(text: string): string[] {
  const found: string[] = [];
  let searchedTo = 0; // the next local part starts at or after the end of the last address, like a "g" regex
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > searchedTo && isLocalChar(text.charCodeAt(start - 1))) start--;
    if (start === at) continue;
    const { end, fits } = readDomain(text, at + 1);
    if (end < 0) continue;
    // an address too long for RFC 5321 is skipped, not shortened: a shorter piece of it is not the address either
    if (fits && at - start <= MAX_LOCAL_PART && end - start <= MAX_ADDRESS) found.push(text.slice(start, end));
    searchedTo = end;
  }
  return found;
}

/** The first address in the text, or null. */
export function firstEmail(text: string): string | null {
  return scanEmails(text)[0] ?? null;
}
