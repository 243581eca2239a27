import { PDFDocument, PageSizes, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import { toWinAnsi } from '../../src/core/form/win-ansi.ts';
import { wrapText } from '../../src/core/form/wrap-text.ts';

/** The Comune's letterhead: centred lines on top of every page, and a small footer. */
export interface Letterhead {
  /** First line is the Comune's name, in capitals, as printed. */
  lines: { text: string; size: number; bold?: boolean; italic?: boolean }[];
  footer?: string[];
  /** Word processor or scanner that made the file (PDF producer). */
  producer: string;
  created: string;
}

const LEFT = 62;
const RIGHT = 533;
const TOP = 800;
const BOTTOM = 80;
const GREY = rgb(0.45, 0.45, 0.45);

/** A printed (text-layer) A4 document drawn run by run, as Word or LibreOffice export them to PDF. */
export class PdfSheet {
  private page!: PDFPage;
  private pages: PDFPage[] = [];
  y = TOP;

  private constructor(
    private readonly doc: PDFDocument,
    private readonly head: Letterhead,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
    readonly serif: PDFFont,
    readonly serifBold: PDFFont,
    readonly serifItalic: PDFFont,
  ) {}

  static async create(head: Letterhead): Promise<PdfSheet> {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.setCreationDate(new Date(head.created));
    doc.setModificationDate(new Date(head.created));
    doc.setProducer(head.producer);
    const sheet = new PdfSheet(
      doc,
      head,
      await doc.embedFont(StandardFonts.Helvetica),
      await doc.embedFont(StandardFonts.HelveticaBold),
      await doc.embedFont(StandardFonts.TimesRoman),
      await doc.embedFont(StandardFonts.TimesRomanBold),
      await doc.embedFont(StandardFonts.TimesRomanItalic),
    );
    sheet.newPage();
    return sheet;
  }

  /** Starts a page with the letterhead and the footer. */
  newPage(): void {
    this.page = this.doc.addPage(PageSizes.A4);
    this.pages.push(this.page);
    let y = TOP;
    for (const line of this.head.lines) {
      const font = line.bold ? this.serifBold : line.italic ? this.serifItalic : this.serif;
      const text = toWinAnsi(line.text);
      this.page.drawText(text, { x: (595.28 - font.widthOfTextAtSize(text, line.size)) / 2, y, size: line.size, font });
      y -= line.size + 4;
    }
    this.page.drawLine({ start: { x: LEFT, y: y + 2 }, end: { x: RIGHT, y: y + 2 }, thickness: 0.8, color: GREY });
    let footerY = 52;
    for (const line of this.head.footer ?? []) {
      const text = toWinAnsi(line);
      this.page.drawText(text, { x: (595.28 - this.regular.widthOfTextAtSize(text, 7)) / 2, y: footerY, size: 7, font: this.regular, color: GREY });
      footerY -= 9;
    }
    if (this.head.footer?.length) this.page.drawLine({ start: { x: LEFT, y: 64 }, end: { x: RIGHT, y: 64 }, thickness: 0.5, color: GREY });
    this.y = y - 22;
  }

  /** A new page when fewer than `height` points are left. */
  ensure(height: number): void {
    if (this.y - height < BOTTOM) this.newPage();
  }

  gap(points: number): void {
    this.y -= points;
  }

  /** A run of text at x on the current line (does not move down). */
  run(text: string, x: number, options: { font?: PDFFont; size?: number; y?: number } = {}): void {
    this.page.drawText(toWinAnsi(text), { x, y: options.y ?? this.y, size: options.size ?? 10.5, font: options.font ?? this.regular });
  }

  /** A paragraph wrapped to the text width, moving down. */
  paragraph(text: string, options: { font?: PDFFont; size?: number; x?: number; width?: number; leading?: number; align?: 'left' | 'center' | 'right' } = {}): void {
    const font = options.font ?? this.regular;
    const size = options.size ?? 10.5;
    const x = options.x ?? LEFT;
    const width = options.width ?? RIGHT - x;
    for (const line of wrapText(toWinAnsi(text), font, size, width)) {
      this.ensure(size + 4);
      const lineWidth = font.widthOfTextAtSize(line, size);
      const lineX = options.align === 'center' ? x + (width - lineWidth) / 2 : options.align === 'right' ? x + width - lineWidth : x;
      this.page.drawText(line, { x: lineX, y: this.y, size, font });
      this.y -= options.leading ?? size + 4.5;
    }
  }

  /** A section heading, bold, with a thin rule under it. */
  heading(text: string, size = 11): void {
    this.ensure(40);
    this.y -= 6;
    this.page.drawText(toWinAnsi(text), { x: LEFT, y: this.y, size, font: this.bold });
    this.page.drawLine({ start: { x: LEFT, y: this.y - 4 }, end: { x: RIGHT, y: this.y - 4 }, thickness: 0.4, color: GREY });
    this.y -= size + 12;
  }

  /** Label at the left margin, value as a separate run at valueX (wrapped under itself). */
  field(label: string, value: string, valueX = 230, options: { labelFont?: PDFFont; size?: number } = {}): void {
    const size = options.size ?? 10;
    const lines = value ? wrapText(toWinAnsi(value), this.regular, size, RIGHT - valueX) : [''];
    this.ensure(lines.length * (size + 4) + 6);
    this.page.drawText(toWinAnsi(label), { x: LEFT, y: this.y, size, font: options.labelFont ?? this.bold });
    for (const line of lines) {
      if (line) this.page.drawText(line, { x: valueX, y: this.y, size, font: this.regular });
      this.y -= size + 4;
    }
    this.y -= 5;
  }

  /** Several "label: value" pairs on one line, each at its own x. */
  sideBySide(pairs: { label: string; value: string; x: number; valueX: number }[], size = 10): void {
    this.ensure(size + 10);
    for (const pair of pairs) {
      this.page.drawText(toWinAnsi(pair.label), { x: pair.x, y: this.y, size, font: this.bold });
      this.page.drawText(toWinAnsi(pair.value), { x: pair.valueX, y: this.y, size, font: this.regular });
    }
    this.y -= size + 9;
  }

  /** A printed-form box: a small label above a ruled rectangle holding the value. */
  box(label: string, value: string, options: { lines?: number; x?: number; width?: number; keepY?: boolean } = {}): void {
    const x = options.x ?? LEFT;
    const width = options.width ?? RIGHT - LEFT;
    const valueLines = value ? wrapText(toWinAnsi(value), this.regular, 10, width - 12) : [];
    const height = 8 + 14 * Math.max(options.lines ?? 1, valueLines.length);
    this.ensure(height + 20);
    const top = this.y;
    this.page.drawText(toWinAnsi(label), { x, y: top, size: 7.5, font: this.bold, color: rgb(0.2, 0.2, 0.2) });
    this.page.drawRectangle({ x, y: top - 5 - height, width, height, borderColor: GREY, borderWidth: 0.7 });
    valueLines.forEach((line, i) => this.page.drawText(line, { x: x + 6, y: top - 19 - 14 * i, size: 10, font: this.regular }));
    if (!options.keepY) this.y = top - height - 20;
  }

  /** One row of a ruled two-column table (label | value). */
  tableRow(label: string, value: string, split = 215): void {
    const labelLines = wrapText(toWinAnsi(label), this.bold, 9.5, split - LEFT - 10);
    const valueLines = value ? wrapText(toWinAnsi(value), this.regular, 9.5, RIGHT - split - 10) : [''];
    const height = 9 + 12 * Math.max(labelLines.length, valueLines.length);
    this.ensure(height);
    const top = this.y + 12;
    this.page.drawRectangle({ x: LEFT, y: top - height, width: RIGHT - LEFT, height, borderColor: GREY, borderWidth: 0.6 });
    this.page.drawLine({ start: { x: split, y: top }, end: { x: split, y: top - height }, thickness: 0.6, color: GREY });
    labelLines.forEach((line, i) => this.page.drawText(line, { x: LEFT + 5, y: top - 13 - 12 * i, size: 9.5, font: this.bold }));
    valueLines.forEach((line, i) => line && this.page.drawText(line, { x: split + 5, y: top - 13 - 12 * i, size: 9.5, font: this.regular }));
    this.y -= height;
  }

  /** "Pag. i di n" on every page, then the bytes. */
  async save(pageLabel: (index: number, count: number) => string = (i, n) => `Pag. ${i} di ${n}`): Promise<Buffer> {
    this.pages.forEach((page, index) => {
      const text = pageLabel(index + 1, this.pages.length);
      page.drawText(text, { x: RIGHT - this.regular.widthOfTextAtSize(text, 8), y: 70, size: 8, font: this.regular });
    });
    return Buffer.from(await this.doc.save());
  }
}

export const PDF_LEFT = LEFT;
export const PDF_RIGHT = RIGHT;
