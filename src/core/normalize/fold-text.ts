// Text keys for tolerant comparison: case, accents, apostrophes and punctuation do not count.

const APOSTROPHES = /['’‘`´ʼ]/g;

/** Lowercase, accents removed, apostrophes dropped, anything else that is not a letter or digit turned into one space. */
export function foldText(text: string): string {
  const withoutMarks = /[\u0080-\uFFFF]/.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '') : text;
  return withoutMarks
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(APOSTROPHES, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** foldText without spaces: "Sant'Agata de' Goti", "SANTAGATA DE GOTI" and "Sant Agata de Goti" share one key. */
export function compactKey(text: string): string {
  return foldText(text).replace(/ /g, '');
}
