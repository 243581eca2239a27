import { PDFDocument, PageSizes, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import { toWinAnsi } from '../../src/core/form/win-ansi.ts';
import { wrapText } from '../../src/core/form/wrap-text.ts';

/** A form laid out for print by a graphic office: letterhead on every page, a footer line with the page count. */
export interface ColumnsLayout {
  /** Centred letterhead lines; the first is the largest. */
  header: { text: string; size: number; bold?: boolean }[];
  /** Footer text before " – Pag. i/n" (the page count is appended on each page). */
  footer: string;
  producer: string;
  created: string;
  /** Label style: small bold dark (default) or small grey capitals. */
  labelStyle?: 'bold' | 'grey-caps';
  /** Draw a rule under each value (a printed line the value was typed on). */
  rules?: boolean;
}

/** A field: the label, and the value drawn under it (wrapped within its column). */
export interface Field {
  label: string;
  value: string;
}

const LEFT = 56;
const RIGHT = 539;
const GUTTER = 22;
const TOP = 800;
const BOTTOM = 92;
const MID = (LEFT + RIGHT) / 2;
const GREY = rgb(0.42, 0.42, 0.42);

/** An A4 PDF whose text is drawn run by run at positions, two columns of fields side by side. */
export class ColumnsPdf {
  private page!: PDFPage;
  private readonly pages: PDFPage[] = [];
  private y = TOP;

  private constructor(
    private readonly doc: PDFDocument,
    private readonly layout: ColumnsLayout,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
    private readonly serifBold: PDFFont,
    private readonly serif: PDFFont,
  ) {}

  static async create(layout: ColumnsLayout): Promise<ColumnsPdf> {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.setCreationDate(new Date(layout.created));
    doc.setModificationDate(new Date(layout.created));
    doc.setProducer(layout.producer);
    doc.setCreator(layout.producer);
    const pdf = new ColumnsPdf(
      doc,
      layout,
      await doc.embedFont(StandardFonts.Helvetica),
      await doc.embedFont(StandardFonts.HelveticaBold),
      await doc.embedFont(StandardFonts.TimesRomanBold),
      await doc.embedFont(StandardFonts.TimesRoman),
    );
    pdf.newPage();
    return pdf;
  }

  /** A new page with the letterhead repeated on top. */
  newPage(): void {
    this.page = this.doc.addPage(PageSizes.A4);
    this.pages.push(this.page);
    let y = TOP;
    for (const line of this.layout.header) {
      const font = line.bold ? this.serifBold : this.serif;
      const text = toWinAnsi(line.text);
      this.page.drawText(text, { x: (595.28 - font.widthOfTextAtSize(text, line.size)) / 2, y, size: line.size, font });
      y -= line.size + 3;
    }
    this.page.drawLine({ start: { x: LEFT, y: y + 1 }, end: { x: RIGHT, y: y + 1 }, thickness: 1, color: rgb(0.1, 0.3, 0.55) });
    this.y = y - 24;
  }

  gap(points: number): void {
    this.y -= points;
  }

  private ensure(height: number): void {
    if (this.y - height < BOTTOM) this.newPage();
  }

  /** A centred title line (bold). */
  title(text: string, size = 12.5): void {
    this.ensure(size + 10);
    const t = toWinAnsi(text);
    this.page.drawText(t, { x: (595.28 - this.bold.widthOfTextAtSize(t, size)) / 2, y: this.y, size, font: this.bold });
    this.y -= size + 8;
  }

  /** A section band: a filled strip with white bold text over the whole width. */
  section(text: string): void {
    this.ensure(60);
    this.page.drawRectangle({ x: LEFT, y: this.y - 4, width: RIGHT - LEFT, height: 15, color: rgb(0.12, 0.32, 0.55) });
    this.page.drawText(toWinAnsi(text), { x: LEFT + 5, y: this.y, size: 9.5, font: this.bold, color: rgb(1, 1, 1) });
    this.y -= 26;
  }

  /** Two section bands side by side, over the left and the right column. */
  columnHeads(left: string, right: string): void {
    this.ensure(60);
    const width = (RIGHT - LEFT - GUTTER) / 2;
    const xRight = MID + GUTTER / 2;
    for (const [x, text] of [[LEFT, left], [xRight, right]] as const) {
      this.page.drawRectangle({ x, y: this.y - 4, width, height: 15, color: rgb(0.12, 0.32, 0.55) });
      this.page.drawText(toWinAnsi(text), { x: x + 5, y: this.y, size: 9.5, font: this.bold, color: rgb(1, 1, 1) });
    }
    this.y -= 26;
  }

  /** A paragraph over the whole width. */
  paragraph(text: string, size = 9.5): void {
    for (const line of wrapText(toWinAnsi(text), this.regular, size, RIGHT - LEFT)) {
      this.ensure(size + 4);
      this.page.drawText(line, { x: LEFT, y: this.y, size, font: this.regular });
      this.y -= size + 4;
    }
    this.y -= 4;
  }

  private fieldHeight(field: Field, width: number): number {
    return 11 + 13 * this.valueLines(field, width).length + 9;
  }

  private valueLines(field: Field, width: number): string[] {
    return field.value ? wrapText(toWinAnsi(field.value), this.regular, 10, width) : [''];
  }

  /** Draws one field at (x, top) in a column of `width`; returns its height. */
  private drawField(field: Field, x: number, top: number, width: number): number {
    const caps = this.layout.labelStyle === 'grey-caps';
    const label = toWinAnsi(caps ? field.label.toUpperCase() : field.label);
    this.page.drawText(label, { x, y: top, size: caps ? 7 : 8, font: this.bold, color: caps ? GREY : rgb(0.15, 0.15, 0.15) });
    const lines = this.valueLines(field, width);
    lines.forEach((line, i) => {
      if (line) this.page.drawText(line, { x, y: top - 13 - 13 * i, size: 10, font: this.regular });
    });
    if (this.layout.rules) {
      const ruleY = top - 13 - 13 * (lines.length - 1) - 3;
      this.page.drawLine({ start: { x, y: ruleY }, end: { x: x + width, y: ruleY }, thickness: 0.4, color: GREY, dashArray: [1, 1.5] });
    }
    return 11 + 13 * lines.length + 9;
  }

  /** A field over the whole width (its value wraps to further lines). */
  full(field: Field): void {
    const width = RIGHT - LEFT;
    this.ensure(this.fieldHeight(field, width));
    this.y -= this.drawField(field, LEFT, this.y, width);
  }

  /**
   * Two columns of fields side by side, started at the same height. `order: 'rows'` writes the text row by row
   * (left, right, next row…), `order: 'columns'` writes the whole left column before the right one.
   */
  columns(left: Field[], right: Field[], order: 'rows' | 'columns' = 'rows'): void {
    const width = (RIGHT - LEFT - GUTTER) / 2;
    const xRight = MID + GUTTER / 2;
    if (order === 'columns') {
      const heightOf = (fields: Field[]) => fields.reduce((sum, f) => sum + this.fieldHeight(f, width), 0);
      this.ensure(Math.max(heightOf(left), heightOf(right)));
      const top = this.y;
      let yl = top;
      for (const f of left) yl -= this.drawField(f, LEFT, yl, width);
      let yr = top;
      for (const f of right) yr -= this.drawField(f, xRight, yr, width);
      this.y = Math.min(yl, yr);
      return;
    }
    const rows = Math.max(left.length, right.length);
    for (let i = 0; i < rows; i += 1) {
      const l = left[i];
      const rr = right[i];
      const height = Math.max(l ? this.fieldHeight(l, width) : 0, rr ? this.fieldHeight(rr, width) : 0);
      this.ensure(height);
      if (l) this.drawField(l, LEFT, this.y, width);
      if (rr) this.drawField(rr, xRight, this.y, width);
      this.y -= height;
    }
  }

  /** A signature line at the right: "Luogo e data" left, the signer right. */
  signature(place: string, signer: string[]): void {
    this.ensure(60);
    this.page.drawText(toWinAnsi(place), { x: LEFT, y: this.y, size: 10, font: this.regular });
    signer.forEach((line, i) => {
      const text = toWinAnsi(line);
      this.page.drawText(text, { x: RIGHT - this.regular.widthOfTextAtSize(text, 10), y: this.y - 14 * i, size: 10, font: this.regular });
    });
    this.y -= 14 * signer.length + 10;
  }

  /** The footer with "Pag. i/n" on every page, then the bytes. */
  async save(): Promise<Buffer> {
    const count = this.pages.length;
    this.pages.forEach((page, index) => {
      const text = toWinAnsi(`${this.layout.footer} – Pag. ${index + 1}/${count}`);
      page.drawLine({ start: { x: LEFT, y: 62 }, end: { x: RIGHT, y: 62 }, thickness: 0.5, color: GREY });
      page.drawText(text, { x: (595.28 - this.regular.widthOfTextAtSize(text, 7.5)) / 2, y: 50, size: 7.5, font: this.regular, color: GREY });
    });
    return Buffer.from(await this.doc.save());
  }
}
