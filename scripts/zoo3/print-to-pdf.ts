import { PDFDocument, PageSizes, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage, RGB } from 'pdf-lib';
import { DEFAULT_CATALOG } from '../../src/core/form/default-catalog.ts';
import { AUDIENCE_GROUP_LABEL, FORM_SECTIONS, FORM_TITLE, areaTitle } from '../../src/core/form/form-layout.ts';
import type { FormFieldLayout } from '../../src/core/form/form-layout.ts';
import { toWinAnsi } from '../../src/core/form/win-ansi.ts';
import { wrapText } from '../../src/core/form/wrap-text.ts';
import type { FormFieldName } from '../../src/core/types.ts';

/** What the person typed or ticked in the form: text, or true for a ticked box. */
export type TypedValues = Partial<Record<FormFieldName, string | boolean>>;

const INK = rgb(0.1, 0.1, 0.1);
const BLUE = rgb(0.05, 0.3, 0.55);
const SHADE = rgb(0.9, 0.93, 0.97);
const LINE = rgb(0.6, 0.66, 0.74);
const MUTED = rgb(0.38, 0.4, 0.45);

/** Draws text word by word, each word its own run at its own x, as the "Microsoft Print to PDF" driver writes it. */
function words(page: PDFPage, text: string, x: number, y: number, font: PDFFont, size: number, color: RGB = INK): void {
  let cursor = x;
  const space = font.widthOfTextAtSize(' ', size);
  for (const word of toWinAnsi(text).split(' ')) {
    if (word) page.drawText(word, { x: cursor, y, size, font, color });
    cursor += font.widthOfTextAtSize(word, size) + space;
  }
}

function tickBox(page: PDFPage, x: number, y: number, ticked: boolean): void {
  page.drawRectangle({ x, y, width: 9, height: 9, borderColor: INK, borderWidth: 0.7 });
  if (ticked) {
    page.drawLine({ start: { x: x + 1.5, y: y + 1.5 }, end: { x: x + 7.5, y: y + 7.5 }, thickness: 0.9, color: INK });
    page.drawLine({ start: { x: x + 1.5, y: y + 7.5 }, end: { x: x + 7.5, y: y + 1.5 }, thickness: 0.9, color: INK });
  }
}

const isTicked = (value: string | boolean | undefined): boolean => value === true || (typeof value === 'string' && /^(x|sì|si|true)$/i.test(value.trim()));

export interface PrintOptions {
  /** The document title the driver records, e.g. "Microsoft Word - Modulo_Cap4City.docx". */
  title: string;
  created: string;
}

async function newDoc(o: PrintOptions): Promise<{ doc: PDFDocument; regular: PDFFont; bold: PDFFont }> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(o.title);
  doc.setProducer('Microsoft: Print To PDF');
  doc.setCreator('Microsoft: Print To PDF');
  doc.setCreationDate(new Date(o.created));
  doc.setModificationDate(new Date(o.created));
  return { doc, regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
}

/**
 * The official DOCX form, filled in Word and printed with "Microsoft Print to PDF": title, instructions, one
 * label | value table per section, the catalogue table; every word is a separate text run.
 */
export async function printedWordForm(values: TypedValues, o: PrintOptions): Promise<Buffer> {
  const { doc, regular, bold } = await newDoc(o);
  const left = 56;
  const right = 539;
  const split = left + 185;
  let page = doc.addPage(PageSizes.A4);
  let y = 790;
  const ensure = (height: number) => {
    if (y - height < 60) {
      page = doc.addPage(PageSizes.A4);
      y = 790;
    }
  };
  words(page, 'ANCI - Programma Cap4City', left, y, bold, 9, BLUE);
  y -= 26;
  words(page, FORM_TITLE, left, y, bold, 16.5);
  y -= 22;
  const instructions =
    'Compilare e inviare a cap4city@anci.example.it (anche da PEC, con firma digitale facoltativa). I campi contrassegnati con * sono obbligatori; ' +
    'per le caselle, barrare quelle che interessano. Il laboratorio si sceglie dal catalogo riportato in fondo al modulo.';
  for (const line of wrapText(toWinAnsi(instructions), regular, 9, right - left)) {
    words(page, line, left, y, regular, 9, MUTED);
    y -= 11.5;
  }
  const row = (label: string, value: string | boolean | undefined, field?: FormFieldLayout) => {
    const labelLines = wrapText(toWinAnsi(label), regular, 10, split - left - 10);
    const text = typeof value === 'string' ? value : '';
    const valueLines = field?.kind === 'checkbox' ? [''] : wrapText(toWinAnsi(text), regular, 10, right - split - 10);
    const height = 8 + 12.5 * Math.max(labelLines.length, valueLines.length);
    ensure(height);
    const top = y;
    page.drawRectangle({ x: left, y: top - height, width: split - left, height, color: SHADE, borderColor: LINE, borderWidth: 0.5 });
    page.drawRectangle({ x: split, y: top - height, width: right - split, height, borderColor: LINE, borderWidth: 0.5 });
    labelLines.forEach((line, i) => words(page, line, left + 5, top - 12 - 12.5 * i, regular, 10));
    if (field?.kind === 'checkbox') tickBox(page, split + 5, top - 13, isTicked(value));
    else valueLines.forEach((line, i) => line && words(page, line, split + 5, top - 12 - 12.5 * i, regular, 10));
    y -= height;
  };
  for (const section of FORM_SECTIONS) {
    ensure(60);
    y -= 16;
    words(page, section.title, left, y, bold, 12, BLUE);
    y -= 10;
    for (const field of section.fields) {
      const label = `${field.name.startsWith('dest_') ? `${AUDIENCE_GROUP_LABEL}: ${field.label}` : field.label}${field.required ? ' *' : ''}`;
      row(label, values[field.name], field);
    }
  }
  ensure(240);
  y -= 16;
  words(page, 'Catalogo dei Capacity Lab', left, y, bold, 12, BLUE);
  y -= 10;
  const columns = [left, left + 58, left + 228];
  const catalogueRow = (cells: string[], font: PDFFont) => {
    ensure(16);
    page.drawRectangle({ x: left, y: y - 15, width: right - left, height: 15, borderColor: LINE, borderWidth: 0.5 });
    cells.forEach((text, i) => words(page, text, (columns[i] ?? left) + 4, y - 11, font, 9));
    y -= 15;
  };
  catalogueRow(['Codice', 'Area', 'Laboratorio'], bold);
  for (const lab of DEFAULT_CATALOG.labs) catalogueRow([lab.code, areaTitle(lab.area), lab.title], regular);
  return Buffer.from(await doc.save());
}

/**
 * The official fillable PDF, filled in the browser and printed with "Microsoft Print to PDF" from Edge: the page
 * is redrawn (no form fields left) with the browser's date/title line on top and the file URL and page count below.
 */
export async function printedPdfForm(values: TypedValues, o: PrintOptions & { browserStamp: string; fileUrl: string }): Promise<Buffer> {
  const { doc, regular, bold } = await newDoc(o);
  const margin = 42;
  const fieldX = margin + 190;
  const fieldWidth = 595.28 - 2 * margin - 190;
  const pages: PDFPage[] = [];
  const start = () => {
    const page = doc.addPage(PageSizes.A4);
    pages.push(page);
    page.drawText(toWinAnsi(o.browserStamp), { x: 20, y: 828, size: 7, font: regular, color: INK });
    const t = toWinAnsi(o.title);
    page.drawText(t, { x: (595.28 - regular.widthOfTextAtSize(t, 7)) / 2, y: 828, size: 7, font: regular, color: INK });
    return page;
  };
  let page = start();
  let y = 800;
  page.drawText('ANCI - Programma Cap4City', { x: margin, y: y - 6, size: 9, font: bold, color: BLUE });
  page.drawText(toWinAnsi(FORM_TITLE), { x: margin, y: y - 28, size: 17, font: bold, color: INK });
  y -= 46;
  const instructions =
    'Compilare e inviare a cap4city@anci.example.it (anche da PEC, con firma digitale facoltativa). I campi contrassegnati con * sono obbligatori. ' +
    'Il laboratorio si sceglie dal catalogo riportato a pagina 2; la segreteria risponde con un codice di richiesta [C4C-...] da citare nelle comunicazioni successive.';
  for (const line of wrapText(toWinAnsi(instructions), regular, 9, 595.28 - 2 * margin)) {
    page.drawText(line, { x: margin, y, size: 9, font: regular, color: MUTED });
    y -= 12;
  }
  y -= 6;
  FORM_SECTIONS.forEach((section, index) => {
    if (index === 3) {
      page = start();
      y = 800;
    }
    page.drawRectangle({ x: margin, y: y - 16, width: 595.28 - 2 * margin, height: 18, color: SHADE });
    page.drawText(toWinAnsi(section.title), { x: margin + 9, y: y - 11, size: 11, font: bold, color: BLUE });
    y -= 28;
    const audience = section.fields.filter((f) => f.name.startsWith('dest_'));
    if (audience.length) {
      page.drawText(AUDIENCE_GROUP_LABEL, { x: margin, y: y - 12, size: 9, font: regular, color: INK });
      audience.forEach((field, i) => {
        const x = fieldX + (i % 2) * (fieldWidth / 2);
        tickBox(page, x, y - 13, isTicked(values[field.name]));
        page.drawText(toWinAnsi(field.label), { x: x + 16, y: y - 11, size: 9, font: regular, color: INK });
        if (i % 2 === 1) y -= 18;
      });
      y -= 6;
    }
    for (const field of section.fields) {
      if (field.name.startsWith('dest_')) continue;
      if (field.kind === 'checkbox') {
        tickBox(page, margin, y - 13, isTicked(values[field.name]));
        page.drawText(toWinAnsi(field.label), { x: margin + 16, y: y - 11, size: 9, font: regular, color: INK });
        y -= 32;
        continue;
      }
      page.drawText(toWinAnsi(field.required ? `${field.label} *` : field.label), { x: margin, y: y - 12, size: 9, font: regular, color: INK });
      const height = field.kind === 'multiline' ? 84 : 17;
      page.drawRectangle({ x: fieldX, y: y - height, width: fieldWidth, height, borderColor: LINE, borderWidth: 0.8 });
      const value = values[field.name];
      const lines = typeof value === 'string' && value ? wrapText(toWinAnsi(value), regular, field.kind === 'multiline' ? 9 : 10, fieldWidth - 6) : [];
      lines.forEach((line, i) => page.drawText(line, { x: fieldX + 3, y: y - 12 - 11 * i, size: field.kind === 'multiline' ? 9 : 10, font: regular, color: INK }));
      y -= height + 7;
    }
    y -= 8;
  });
  page.drawRectangle({ x: margin, y: y - 16, width: 595.28 - 2 * margin, height: 18, color: SHADE });
  page.drawText('Catalogo dei Capacity Lab', { x: margin + 9, y: y - 11, size: 11, font: bold, color: BLUE });
  y -= 28;
  const draw = (cells: string[], font: PDFFont) => {
    let x = margin + 6;
    cells.forEach((cell, i) => {
      page.drawText(toWinAnsi(cell), { x, y: y - 8, size: 8.5, font, color: INK });
      x += [52, 160, 0][i] ?? 0;
    });
    y -= 16;
  };
  draw(['Codice', 'Area', 'Laboratorio'], bold);
  for (const lab of DEFAULT_CATALOG.labs) draw([lab.code, areaTitle(lab.area), lab.title], regular);
  pages.forEach((p, i) => {
    p.drawLine({ start: { x: margin, y: 34 }, end: { x: 595.28 - margin, y: 34 }, thickness: 0.5, color: LINE });
    p.drawText('Cap4City - Capacity Lab - modulo di richiesta', { x: margin, y: 22, size: 7.5, font: regular, color: MUTED });
    p.drawText(`Pagina ${i + 1} di 2`, { x: 595.28 - margin - regular.widthOfTextAtSize(`Pagina ${i + 1} di 2`, 7.5), y: 22, size: 7.5, font: regular, color: MUTED });
    p.drawText(toWinAnsi(o.fileUrl), { x: 20, y: 12, size: 7, font: regular, color: INK });
    const n = `${i + 1}/${pages.length}`;
    p.drawText(n, { x: 575 - regular.widthOfTextAtSize(n, 7), y: 12, size: 7, font: regular, color: INK });
  });
  return Buffer.from(await doc.save());
}
