import { PDFDocument, PageSizes, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFForm, PDFPage } from 'pdf-lib';
import type { CatalogLike } from './catalog-like.ts';
import {
  AUDIENCE_GROUP_LABEL,
  DEFAULT_FORM_RECIPIENT,
  FORM_SECTIONS,
  FORM_TITLE,
  areaTitle,
  choiceOptions,
  labOptions,
} from './form-layout.ts';
import type { FormFieldLayout, FormSectionLayout } from './form-layout.ts';
import { toWinAnsi } from './win-ansi.ts';
import { wrapText } from './wrap-text.ts';

export interface BuildFormPdfOptions {
  /** Address printed in the instructions. */
  recipient?: string;
}

const MARGIN = 42;
const [PAGE_WIDTH, PAGE_HEIGHT] = PageSizes.A4;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const LABEL_WIDTH = 190;
const FIELD_X = MARGIN + LABEL_WIDTH;
const FIELD_WIDTH = CONTENT_WIDTH - LABEL_WIDTH;
const ROW_HEIGHT = 24;
const FIELD_HEIGHT = 17;
const NEEDS_HEIGHT = 84;

const INK = rgb(0.13, 0.15, 0.2);
const MUTED = rgb(0.38, 0.4, 0.45);
const BRAND = rgb(0.05, 0.3, 0.55);
const BAND = rgb(0.9, 0.94, 0.98);
const FIELD_BORDER = rgb(0.6, 0.66, 0.74);
const FIELD_BACKGROUND = rgb(0.98, 0.99, 1);
const FIXED_DATE = new Date('2026-01-01T00:00:00Z');

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** A page plus the y of the next line to draw, top-down. */
interface Cursor {
  page: PDFPage;
  y: number;
}

/** Builds the blank fillable request form (two A4 pages, Italian, AcroForm fields named as in FORM.md). */
export async function buildFormPdf(catalog: CatalogLike, options: BuildFormPdfOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(FORM_TITLE);
  doc.setSubject('Richiesta di un Capacity Lab del programma Cap4City');
  doc.setAuthor('ANCI - Cap4City');
  doc.setLanguage('it-IT');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  const fonts: Fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  const form = doc.getForm();
  const [firstSections, secondSections] = [FORM_SECTIONS.slice(0, 3), FORM_SECTIONS.slice(3)];

  const first: Cursor = { page: doc.addPage(PageSizes.A4), y: PAGE_HEIGHT - MARGIN };
  drawHeader(first, fonts, options.recipient ?? DEFAULT_FORM_RECIPIENT);
  for (const section of firstSections) drawSection(first, section, form, fonts, catalog);
  drawFooter(first.page, fonts, 1);

  const second: Cursor = { page: doc.addPage(PageSizes.A4), y: PAGE_HEIGHT - MARGIN };
  for (const section of secondSections) drawSection(second, section, form, fonts, catalog);
  drawCatalogue(second, catalog, fonts);
  drawFooter(second.page, fonts, 2);

  form.updateFieldAppearances(fonts.regular);
  return doc.save();
}

function drawHeader(cursor: Cursor, fonts: Fonts, recipient: string): void {
  const { page } = cursor;
  page.drawRectangle({ x: 0, y: PAGE_HEIGHT - 8, width: PAGE_WIDTH, height: 8, color: BRAND });
  page.drawText('ANCI - Programma Cap4City', { x: MARGIN, y: cursor.y - 6, size: 9, font: fonts.bold, color: BRAND });
  page.drawText(FORM_TITLE, { x: MARGIN, y: cursor.y - 28, size: 17, font: fonts.bold, color: INK });
  cursor.y -= 46;
  const instructions =
    `Compilare e inviare a ${recipient} (anche da PEC, con firma digitale facoltativa). ` +
    'I campi contrassegnati con * sono obbligatori. Il laboratorio si sceglie dal catalogo riportato a pagina 2; ' +
    'la segreteria risponde con un codice di richiesta [C4C-...] da citare nelle comunicazioni successive.';
  for (const line of wrapText(instructions, fonts.regular, 9, CONTENT_WIDTH)) {
    page.drawText(line, { x: MARGIN, y: cursor.y, size: 9, font: fonts.regular, color: MUTED });
    cursor.y -= 12;
  }
  cursor.y -= 6;
}

function drawSectionTitle(cursor: Cursor, title: string, fonts: Fonts): void {
  cursor.page.drawRectangle({ x: MARGIN, y: cursor.y - 16, width: CONTENT_WIDTH, height: 18, color: BAND });
  cursor.page.drawRectangle({ x: MARGIN, y: cursor.y - 16, width: 3, height: 18, color: BRAND });
  cursor.page.drawText(title, { x: MARGIN + 9, y: cursor.y - 11, size: 11, font: fonts.bold, color: BRAND });
  cursor.y -= 28;
}

function drawSection(cursor: Cursor, section: FormSectionLayout, form: PDFForm, fonts: Fonts, catalog: CatalogLike): void {
  drawSectionTitle(cursor, section.title, fonts);
  const audience = section.fields.filter((f) => f.name.startsWith('dest_'));
  if (audience.length > 0) drawAudience(cursor, audience, form, fonts);
  for (const field of section.fields) {
    if (field.name.startsWith('dest_')) continue;
    if (field.kind === 'checkbox') drawCheckBoxRow(cursor, field, form, fonts);
    else drawInputRow(cursor, field, form, fonts, catalog);
  }
  cursor.y -= 8;
}

function drawLabel(cursor: Cursor, field: FormFieldLayout, fonts: Fonts): void {
  const text = field.required ? `${field.label} *` : field.label;
  cursor.page.drawText(text, { x: MARGIN, y: cursor.y - 12, size: 9, font: fonts.regular, color: INK });
}

function drawInputRow(cursor: Cursor, field: FormFieldLayout, form: PDFForm, fonts: Fonts, catalog: CatalogLike): void {
  drawLabel(cursor, field, fonts);
  const height = field.kind === 'multiline' ? NEEDS_HEIGHT : FIELD_HEIGHT;
  const box = {
    x: FIELD_X,
    y: cursor.y - height,
    width: FIELD_WIDTH,
    height,
    font: fonts.regular,
    textColor: INK,
    backgroundColor: FIELD_BACKGROUND,
    borderColor: FIELD_BORDER,
    borderWidth: 0.8,
  };
  if (field.kind === 'choice' || field.kind === 'lab') {
    const dropdown = form.createDropdown(field.name);
    dropdown.addOptions(field.kind === 'lab' ? labOptions(catalog).map(toWinAnsi) : choiceOptions(field.name));
    if (field.kind === 'lab') dropdown.enableEditing();
    dropdown.addToPage(cursor.page, box);
    dropdown.setFontSize(9);
  } else {
    const text = form.createTextField(field.name);
    if (field.kind === 'multiline') text.enableMultiline();
    text.addToPage(cursor.page, box);
    text.setFontSize(field.kind === 'multiline' ? 9 : 10);
  }
  if (field.kind === 'multiline') {
    cursor.page.drawText('Descrivere il contesto, le criticità', { x: MARGIN, y: cursor.y - 26, size: 7.5, font: fonts.regular, color: MUTED });
    cursor.page.drawText('e i risultati attesi dal laboratorio.', { x: MARGIN, y: cursor.y - 35, size: 7.5, font: fonts.regular, color: MUTED });
  }
  if (field.name === 'cup') {
    cursor.page.drawText('(15 caratteri ciascuno, separati da virgola)', { x: MARGIN, y: cursor.y - 21, size: 7.5, font: fonts.regular, color: MUTED });
  }
  cursor.y -= height + (ROW_HEIGHT - FIELD_HEIGHT);
}

function drawCheckBox(cursor: Cursor, name: string, x: number, form: PDFForm): void {
  const box = form.createCheckBox(name);
  box.addToPage(cursor.page, { x, y: cursor.y - 13, width: 11, height: 11, borderColor: FIELD_BORDER, borderWidth: 0.8, backgroundColor: FIELD_BACKGROUND });
}

function drawAudience(cursor: Cursor, fields: FormFieldLayout[], form: PDFForm, fonts: Fonts): void {
  cursor.page.drawText(AUDIENCE_GROUP_LABEL, { x: MARGIN, y: cursor.y - 12, size: 9, font: fonts.regular, color: INK });
  const columnWidth = FIELD_WIDTH / 2;
  fields.forEach((field, index) => {
    const x = FIELD_X + (index % 2) * columnWidth;
    drawCheckBox(cursor, field.name, x, form);
    cursor.page.drawText(field.label, { x: x + 16, y: cursor.y - 11, size: 9, font: fonts.regular, color: INK });
    if (index % 2 === 1) cursor.y -= 18;
  });
  if (fields.length % 2 === 1) cursor.y -= 18;
  cursor.y -= 6;
}

function drawCheckBoxRow(cursor: Cursor, field: FormFieldLayout, form: PDFForm, fonts: Fonts): void {
  drawCheckBox(cursor, field.name, MARGIN, form);
  cursor.page.drawText(field.label, { x: MARGIN + 16, y: cursor.y - 11, size: 9, font: fonts.regular, color: INK });
  const note = "(informativa ai sensi degli artt. 13-14 del Regolamento UE 2016/679, pubblicata sul sito del programma)";
  cursor.page.drawText(note, { x: MARGIN + 16, y: cursor.y - 22, size: 7.5, font: fonts.regular, color: MUTED });
  cursor.y -= 32;
}

function drawCatalogue(cursor: Cursor, catalog: CatalogLike, fonts: Fonts): void {
  drawSectionTitle(cursor, 'Catalogo dei Capacity Lab', fonts);
  const columns = [
    { title: 'Codice', width: 52 },
    { title: 'Area', width: 160 },
    { title: 'Laboratorio', width: CONTENT_WIDTH - 212 },
  ];
  const rows = catalog.labs.map((lab) => [lab.code, areaTitle(lab.area), lab.title]);
  const rowHeight = 16;
  const drawRow = (cells: string[], font: PDFFont, shaded: boolean) => {
    if (shaded) cursor.page.drawRectangle({ x: MARGIN, y: cursor.y - rowHeight + 4, width: CONTENT_WIDTH, height: rowHeight, color: BAND });
    let x = MARGIN + 6;
    cells.forEach((cell, index) => {
      cursor.page.drawText(toWinAnsi(cell), { x, y: cursor.y - 8, size: 8.5, font, color: INK });
      x += columns[index]?.width ?? 0;
    });
    cursor.y -= rowHeight;
  };
  drawRow(columns.map((c) => c.title), fonts.bold, false);
  cursor.page.drawLine({ start: { x: MARGIN, y: cursor.y + 4 }, end: { x: MARGIN + CONTENT_WIDTH, y: cursor.y + 4 }, thickness: 0.8, color: BRAND });
  rows.forEach((row, index) => drawRow(row, fonts.regular, index % 2 === 1));
  cursor.y -= 6;
  cursor.page.drawText('Aree: PO = Personale e organizzazione; PC = Progetti e politiche di coesione.', {
    x: MARGIN,
    y: cursor.y - 8,
    size: 8,
    font: fonts.regular,
    color: MUTED,
  });
  cursor.y -= 20;
}

function drawFooter(page: PDFPage, fonts: Fonts, pageNumber: number): void {
  page.drawLine({ start: { x: MARGIN, y: 34 }, end: { x: PAGE_WIDTH - MARGIN, y: 34 }, thickness: 0.5, color: FIELD_BORDER });
  page.drawText('Cap4City - Capacity Lab - modulo di richiesta', { x: MARGIN, y: 22, size: 7.5, font: fonts.regular, color: MUTED });
  const label = `Pagina ${pageNumber} di 2`;
  page.drawText(label, { x: PAGE_WIDTH - MARGIN - fonts.regular.widthOfTextAtSize(label, 7.5), y: 22, size: 7.5, font: fonts.regular, color: MUTED });
}
