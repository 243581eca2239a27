const CHECKED_MARKS = ['☒', '☑', '✓', '✔', '■', '⊠', '✗', '✘', '[x]', '(x)', '[X]', '(X)'];
const UNCHECKED_MARKS = ['☐', '□', '[ ]', '( )', '[]', '()', '◻', '❏'];
const CHECKED_WORDS = new Set(['x', 'si', 'yes', 'true', 'on', '1', 'checked', 'selezionato', 'spuntato', 'presa visione', 'accetto', 'acconsento', 'ok', 'vero']);
const UNCHECKED_WORDS = new Set(['no', 'false', 'off', '0', 'non selezionato', 'falso', 'non acconsento']);

export const CHECKED_MARK = '☒';
export const UNCHECKED_MARK = '☐';

/** Reads a checkbox value as written in a cell or after a label; null when it says neither yes nor no. */
export function parseCheckboxValue(value: string): boolean | null {
  const trimmed = value.trim();
  if (trimmed === '') return false;
  if (CHECKED_MARKS.some((mark) => trimmed.startsWith(mark))) return true;
  if (UNCHECKED_MARKS.some((mark) => trimmed.startsWith(mark))) return false;
  const word = trimmed
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .trim();
  if (CHECKED_WORDS.has(word)) return true;
  if (UNCHECKED_WORDS.has(word)) return false;
  return null;
}

export interface MarkedOption {
  label: string;
  checked: boolean;
}

const MARK_PATTERN = /(☒|☑|✓|✔|■|⊠|✗|✘|\[\s*[xX]\s*\]|\(\s*[xX]\s*\)|☐|□|◻|❏|\[\s*\]|\(\s*\))/g;

/** Splits "☒ Singolo Comune ☐ Unione di Comuni" into options; empty when the text carries no marks. */
export function parseMarkedOptions(text: string): MarkedOption[] {
  const parts = text.split(MARK_PATTERN);
  const options: MarkedOption[] = [];
  for (let index = 1; index < parts.length; index += 2) {
    const mark = parts[index] ?? '';
    const label = (parts[index + 1] ?? '').replace(/^[\s:;,/|-]+|[\s;,/|-]+$/g, '').trim();
    if (label === '') continue;
    options.push({ label, checked: !/^(☐|□|◻|❏|\[\s*\]|\(\s*\))$/.test(mark) });
  }
  return options;
}

/** "X Dirigenti e funzionari": a bare X before a label is a ticked box on printed forms. */
export function splitLeadingX(text: string): string | null {
  const match = /^\s*[xX]\s+(\S.*)$/.exec(text);
  return match?.[1] ?? null;
}
