// E-mail addresses and Italian phone numbers as people type them into forms.

const EMAIL_IN_TEXT = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+/;
const VALID_EMAIL = /^(?!\.)(?!.*\.\.)[a-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}(?<!\.)@(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}$/;

/** The address in "Mario Rossi <m.rossi@comune.bari.it>", "mailto:…", "E-mail: …", lowercased; null when there is none valid. */
export function readEmail(value: string | null): string | null {
  if (!value) return null;
  const text = value.slice(0, 500).replace(/mailto:/gi, ' ').replace(/[<>]/g, ' ');
  const found = EMAIL_IN_TEXT.exec(text)?.[0].toLowerCase().replace(/\.+$/, '');
  return found && VALID_EMAIL.test(found) ? found : null;
}

/**
 * Digits of the first number written, with a leading "+" kept ("+39 080 123 4567" → "+390801234567",
 * "080/123.45.67" → "0801234567"); null unless 6 to 13 digits remain.
 */
export function readPhone(value: string | null): string | null {
  if (!value) return null;
  const firstNumber = /(?:\+|00)?\s*\d[\d\s./()-]*\d/.exec(value.slice(0, 200))?.[0];
  if (!firstNumber) return null;
  let candidate = firstNumber;
  let digits = candidate.replace(/\D/g, '');
  if (digits.length > 13) {
    // Two numbers in one field ("080 1234567 / 333 1234567"): keep the first.
    candidate = candidate.split(/\s[/-]\s|\s{2,}|\//)[0] ?? candidate;
    digits = candidate.replace(/\D/g, '');
  }
  const international = /^\s*(?:\+|00)/.test(candidate);
  if (international && candidate.trim().startsWith('00')) digits = digits.slice(2);
  if (digits.length < 6 || digits.length > 13) return null;
  return international ? `+${digits}` : digits;
}
