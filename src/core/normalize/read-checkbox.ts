// Checkbox values as extractors deliver them: booleans from AcroForms, marks and words from text layouts.
import { foldText } from './fold-text.ts';

const CHECKED_MARKS = /^(?:\[\s*[xX✓✔*]\s*\]|\(\s*[xX✓✔*]\s*\)|[xX☒☑✓✔✗✘■●])$/u;
const UNCHECKED_MARKS = /^(?:\[\s*\]|\(\s*\)|[☐□○_-]|-+)$/u;
const CHECKED_WORDS = new Set(['si', 'sì', 'yes', 'true', '1', 'on', 'vero', 'checked', 'selezionato', 'spuntato', 'x']);
const CONSENT_PHRASES = /^(?:(?:ho|abbiamo) )?(?:pres[ao] visione|letto|accett|acconsent|autorizz|dichiar)/;
const UNCHECKED_WORDS = new Set(['no', 'false', '0', 'off', 'falso', 'unchecked', 'non selezionato']);

/** true / false when the value says so; null when it is absent or unreadable. */
export function readCheckbox(value: string | boolean | undefined | null): boolean | null {
  if (typeof value === 'boolean') return value;
  if (value === undefined || value === null) return null;
  const text = value.trim().slice(0, 200);
  if (!text) return false;
  if (CHECKED_MARKS.test(text)) return true;
  if (UNCHECKED_MARKS.test(text)) return false;
  const folded = foldText(text);
  if (CHECKED_WORDS.has(folded) || CHECKED_WORDS.has(folded.split(' ')[0] ?? '')) return true;
  if (UNCHECKED_WORDS.has(folded) || folded.startsWith('no ') || folded.startsWith('non ')) return false;
  if (CONSENT_PHRASES.test(folded)) return true;
  if (/^[☒☑✓✔]|^\[\s*[xX]\s*\]/u.test(text)) return true;
  if (/^[☐□]|^\[\s*\]/u.test(text)) return false;
  return null;
}
