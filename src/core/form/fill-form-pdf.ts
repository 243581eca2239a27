import { PDFCheckBox, PDFDocument, PDFDropdown, PDFTextField, StandardFonts } from 'pdf-lib';
import { CHECKBOX_FIELDS } from '../types.ts';
import type { CheckboxFieldName, FormFields } from '../types.ts';
import { buildFormPdf } from './build-form-pdf.ts';
import type { CatalogLike } from './catalog-like.ts';
import { DEFAULT_CATALOG } from './default-catalog.ts';
import { toWinAnsi } from './win-ansi.ts';

export interface FillFormPdfOptions {
  /** Flattened: the "printed PDF", page content with no form fields left. */
  flatten?: boolean;
  catalog?: CatalogLike;
  recipient?: string;
}

const TRUTHY = new Set(['true', 'x', 'sì', 'si', 'yes', 'on', '1']);

function isChecked(value: string | boolean): boolean {
  return typeof value === 'boolean' ? value : TRUTHY.has(value.trim().toLowerCase());
}

function isCheckboxField(name: string): name is CheckboxFieldName {
  return (CHECKBOX_FIELDS as readonly string[]).includes(name);
}

/** Fills the official blank form with values (as the fixtures and tests need it). */
export async function fillFormPdf(values: FormFields, options: FillFormPdfOptions = {}): Promise<Uint8Array> {
  const blank = await buildFormPdf(options.catalog ?? DEFAULT_CATALOG, { recipient: options.recipient });
  const doc = await PDFDocument.load(blank, { updateMetadata: false });
  const form = doc.getForm();
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const field = form.getFieldMaybe(name);
    if (!field) continue;
    if (field instanceof PDFCheckBox) {
      if (isCheckboxField(name) && isChecked(value)) field.check();
      else field.uncheck();
    } else if (field instanceof PDFDropdown) {
      if (String(value) !== '') field.select(toWinAnsi(String(value)));
    } else if (field instanceof PDFTextField) {
      field.setText(toWinAnsi(String(value)));
    }
  }
  form.updateFieldAppearances(await doc.embedFont(StandardFonts.Helvetica));
  if (options.flatten) form.flatten();
  return doc.save();
}
