// A field printed with all its options ("☐ Singolo Comune ☒ Unione di Comuni ☐ Altro") carries the answer in its
// marks: keep the text of the checked options only.

const ANY_MARK = /\[\s*[xX✓✔*]?\s*\]|\(\s*[xX✓✔*]?\s*\)|[☒☑✓✔■●☐□○]|(?<=^|\s)[xX](?=\s|$)/gu;
const CHECKED_MARK = /[xX✓✔*☒☑■●]/u;

/**
 * The text of each checked option; the whole text, marks removed, when nothing is checked. Marks usually precede
 * their option; when the text ends with a mark and does not start with one, they follow it ("Singolo [X] Unione [ ]").
 */
export function markedOptionText(text: string): string {
  const marks = [...text.matchAll(ANY_MARK)].map((mark) => ({
    start: mark.index,
    end: mark.index + mark[0].length,
    checked: CHECKED_MARK.test(mark[0]),
  }));
  if (!marks.some((mark) => mark.checked)) return collapse(text.replace(ANY_MARK, ' '));
  const marksFollow = !/^\s*$/.test(text.slice(0, marks[0]!.start)) && /^\s*$/.test(text.slice(marks.at(-1)!.end));
  const segments = marks.flatMap((mark, position) => {
    if (!mark.checked) return [];
    if (marksFollow) return [text.slice(marks[position - 1]?.end ?? 0, mark.start)];
    return [text.slice(mark.end, marks[position + 1]?.start ?? text.length)];
  });
  return collapse(segments.join(' '));
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
