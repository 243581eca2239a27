import type { FormFields } from '../types.ts';

/** True when a form holds at least one filled text field or ticked box. */
export function hasMeaningfulValues(fields: FormFields): boolean {
  return Object.values(fields).some((value) => value === true || (typeof value === 'string' && value.trim() !== ''));
}
