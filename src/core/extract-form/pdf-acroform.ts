import { FORM_FIELDS, type FormFieldName, type FormFields } from '../types.ts';
import { FieldCollector, isCheckboxField } from './field-collector.ts';
import { mapLabel } from './map-label.ts';

/** The parts of a pdf.js widget annotation (or field object) that carry a form value. */
export interface PdfWidget {
  fieldName?: unknown;
  name?: unknown;
  alternativeText?: unknown;
  fieldValue?: unknown;
  value?: unknown;
  checkBox?: unknown;
  radioButton?: unknown;
  exportValue?: unknown;
  exportValues?: unknown;
  buttonValue?: unknown;
  type?: unknown;
  rect?: unknown;
  /** Zero-based page index (field objects only). */
  page?: unknown;
  /** The text printed right of the widget: the option's label when the export value is only an index. */
  besideText?: string;
}

interface PlacedText {
  str: string;
  transform: number[];
}

/** The nearest text on the same line to the right of a widget's rectangle. */
export function textBesideWidget(rect: unknown, items: readonly PlacedText[]): string | undefined {
  if (!Array.isArray(rect) || rect.length < 4) return undefined;
  const [left, bottom, right, top] = rect.map(Number) as [number, number, number, number];
  let best: { distance: number; text: string } | undefined;
  for (const item of items) {
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    if (item.str.trim() === '' || y < bottom - 4 || y > top + 4 || x < Math.min(left, right)) continue;
    const distance = x - Math.max(left, right);
    if (distance >= -2 && distance < 200 && (!best || distance < best.distance)) best = { distance, text: item.str.trim() };
  }
  return best?.text;
}

function fieldForName(rawName: string, alternativeText: string): FormFieldName | null {
  const leaf = rawName.split('.').at(-1)?.trim() ?? '';
  const lower = leaf.toLowerCase();
  if ((FORM_FIELDS as readonly string[]).includes(lower)) return lower as FormFieldName;
  return mapLabel(leaf.replace(/[_-]+/g, ' ')) ?? (alternativeText ? mapLabel(alternativeText) : null);
}

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.filter((item) => typeof item === 'string').join('; ');
  return '';
}

function isOn(value: unknown, exportValue: unknown): boolean {
  if (value === true) return true;
  const text = asText(value);
  if (text === '' || text === 'Off') return false;
  const onValue = asText(exportValue);
  if (onValue !== '' && text === onValue) return true;
  return !['no', 'false', '0'].includes(text.toLowerCase());
}

/** Reads AcroForm widgets (text fields, checkboxes, radio groups, choices) onto form fields. */
export function fieldsFromWidgets(widgets: readonly PdfWidget[]): FormFields {
  const collector = new FieldCollector();
  for (const widget of widgets) {
    const name = asText(widget.fieldName) || asText(widget.name);
    if (name === '') continue;
    const field = fieldForName(name, asText(widget.alternativeText));
    if (!field) continue;
    const value = widget.fieldValue !== undefined ? widget.fieldValue : widget.value;
    if (widget.checkBox === true || widget.type === 'checkbox') {
      const onValue = widget.exportValue ?? widget.exportValues;
      if (isCheckboxField(field)) collector.assignCheckbox(field, isOn(value, onValue));
      else if (isOn(value, onValue)) collector.assign(field, asText(onValue));
    } else if (widget.radioButton === true || widget.type === 'radiobutton') {
      const buttonValue = asText(widget.buttonValue ?? widget.exportValues);
      const selected = asText(value);
      if (selected !== '' && selected !== 'Off' && (buttonValue === '' || selected === buttonValue)) {
        const label = /^\d+$/.test(selected) && widget.besideText ? widget.besideText : selected;
        if (isCheckboxField(field)) collector.assignCheckbox(field, true);
        else collector.assign(field, label);
      }
    } else {
      collector.assign(field, asText(value));
    }
  }
  return collector.fields;
}

