import { CHECKBOX_FIELDS, type CheckboxFieldName, type FieldCandidates, type FormFieldName, type FormFields } from '../types.ts';
import { parseCheckboxValue, parseMarkedOptions } from './checkbox-marks.ts';
import { mapLabel } from './map-label.ts';

const MAX_VALUE_LENGTH = 4_000;
// "Privacy: dichiaro di aver preso visione" is a consent; a printed note about the notice is not.
const PRIVACY_CONSENT = /^(?!.*\bnon\b).*(presa visione|preso visione|accett|acconsent|dichiar|autorizz|letto)/i;
const CHOICE_FIELDS: ReadonlySet<FormFieldName> = new Set(['forma', 'ambito', 'laboratorio', 'laboratorio_2']);

const PRIVACY_SUBJECT = /informativa|privacy|trattamento dei (suoi |propri |miei )?dati|gdpr|2016\/679|196\/2003/i;

/** "Dichiaro di aver preso visione dell'informativa sul trattamento dei dati": a ticked statement is the consent box. */
export function isPrivacyStatement(text: string): boolean {
  return text.length <= 400 && PRIVACY_SUBJECT.test(text) && PRIVACY_CONSENT.test(text);
}

export function isCheckboxField(field: FormFieldName): field is CheckboxFieldName {
  return (CHECKBOX_FIELDS as readonly string[]).includes(field);
}

function cleanText(value: string): string {
  return value
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
    .slice(0, MAX_VALUE_LENGTH);
}

function isPlaceholder(value: string): boolean {
  return /^[\s_.…\-–—/|*]*$/.test(value);
}

/**
 * Accumulates field values: the first non-empty text is the field's reading, a ticked box wins over an empty one.
 * Every later text for the same field is kept as a candidate: the first one may be a title that only looks like a
 * field, and only the registries can tell.
 */
export class FieldCollector {
  readonly fields: FormFields = {};
  readonly candidates: FieldCandidates = {};

  assign(field: FormFieldName, rawValue: string): boolean {
    const value = cleanText(rawValue);
    if (isPlaceholder(value)) return false;
    const options = parseMarkedOptions(value);
    if (isCheckboxField(field)) {
      const checked = options.length > 0 ? options.some((option) => option.checked) : parseCheckboxValue(value);
      if (checked === null) return field === 'privacy' && PRIVACY_CONSENT.test(value) ? this.assignCheckbox(field, true) : false;
      return this.assignCheckbox(field, checked);
    }
    if (options.length > 0) {
      this.assignOptions(options);
      if (!CHOICE_FIELDS.has(field)) return true;
      const chosen = options.filter((option) => option.checked).map((option) => option.label);
      if (chosen.length === 0) return true;
      return this.assignText(field, chosen.join('; '));
    }
    return this.assignText(field, value);
  }

  /** Options whose label is itself a checkbox field ("☒ Dirigenti e funzionari"). */
  assignOptions(options: ReadonlyArray<{ label: string; checked: boolean }>): boolean {
    let assigned = false;
    for (const option of options) {
      const field = mapLabel(option.label) ?? (isPrivacyStatement(option.label) ? 'privacy' : null);
      if (field && isCheckboxField(field)) assigned = this.assignCheckbox(field, option.checked) || assigned;
    }
    return assigned;
  }

  assignCheckbox(field: CheckboxFieldName, checked: boolean): boolean {
    const current = this.fields[field];
    if (current === true) return true;
    this.fields[field] = checked;
    return true;
  }

  /** Continues the field's latest value (a wrapped line): the reading if it is the first, else that candidate. */
  append(field: FormFieldName, text: string): void {
    const current = this.fields[field];
    const addition = cleanText(text);
    if (typeof current !== 'string' || addition === '') return;
    const join = (value: string) => (/[-‐]$/.test(value) ? value + addition : `${value} ${addition}`).slice(0, MAX_VALUE_LENGTH);
    const known = this.candidates[field] ?? [];
    const latest = known.length - 1;
    if (latest <= 0) {
      this.fields[field] = join(current);
      if (latest === 0) known[0] = this.fields[field];
    } else known[latest] = join(known[latest] ?? '');
  }

  has(field: FormFieldName): boolean {
    return this.fields[field] !== undefined;
  }

  private assignText(field: FormFieldName, value: string): boolean {
    const known = (this.candidates[field] ??= []);
    if (!known.includes(value)) known.push(value);
    if (typeof this.fields[field] === 'string') return false;
    this.fields[field] = value;
    return true;
  }
}
