// Free text from forms: PDF layers wrap lines, DOCX cells keep stray spaces, placeholders stand for "nothing".

const PLACEHOLDERS = /^(?:-+|_+|\.+|\/|n\.?\s?d\.?|n\.?\s?a\.?|n\/a|nessuno|nessuna|non applicabile|\/\/)$/i;

/** One line, whitespace collapsed; null when empty or a placeholder. */
export function tidyLine(value: string | boolean | undefined | null): string | null {
  if (typeof value !== 'string') return null;
  const line = value.replace(/\s+/g, ' ').trim();
  return line && !PLACEHOLDERS.test(line) ? line : null;
}

/**
 * Paragraphs separated by "\n", spaces collapsed. A line break inside a paragraph is kept when the line ends a
 * sentence or the next one starts a list item; otherwise it is a wrap and becomes a space.
 */
export function tidyParagraphs(value: string | boolean | undefined | null): string | null {
  if (typeof value !== 'string') return null;
  const lines = value.replace(/\r\n?/g, '\n').split('\n').map((line) => line.replace(/[ \t\f\v\u00A0]+/g, ' ').trim());
  let result = '';
  let previous = '';
  for (const line of lines) {
    if (!line) {
      if (previous) previous = '\n';
      continue;
    }
    if (!result) result = line;
    else if (previous === '\n' || '.:;!?'.includes(result.at(-1) ?? '') || /^(?:[-–•*·▪]|\d+[.)]|[a-z][.)])\s/.test(line)) result += `\n${line}`;
    else result += ` ${line}`;
    previous = line;
  }
  return result && !PLACEHOLDERS.test(result) ? result : null;
}
