// Characters WinAnsiEncoding has beyond Latin-1; the standard Helvetica font can draw nothing else.
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (code === 0x0a) return true;
  if (code >= 0x20 && code <= 0x7e) return true;
  if (code >= 0xa0 && code <= 0xff) return true;
  return WIN_ANSI_EXTRAS.has(char);
}

/** Replaces what Helvetica cannot encode (emoji, Cyrillic, "☐") with "?", so pdf-lib never throws. */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ')) out += isWinAnsi(char) ? char : '?';
  return out;
}
