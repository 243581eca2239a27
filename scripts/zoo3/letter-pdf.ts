import { PDFDocument, PageSizes, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFImage, PDFPage } from 'pdf-lib';
import { toWinAnsi } from '../../src/core/form/win-ansi.ts';
import { wrapText } from '../../src/core/form/wrap-text.ts';

/** The letterhead of a nota protocollata: the coat of arms at the left, the Comune and the office beside it. */
export interface LetterheadSpec {
  logo?: Buffer;
  /** First line is the Comune's name as printed (capitals); then province, Settore, Servizio. */
  lines: string[];
  /** Address, PEC, C.F. in small print at the foot of every page. */
  footer: string[];
  /** The protocol system's segnatura printed in the top margin (as some systems stamp outgoing notes). */
  segnatura?: string;
  producer: string;
  creator?: string;
  created: string;
  title?: string;
}

const LEFT = 70;
const RIGHT = 525;
const BOTTOM = 90;
const GREY = rgb(0.4, 0.4, 0.4);

/** A protocolled letter on letterhead, exported to PDF by a word processor (text layer, Times). */
export class LetterPdf {
  private page!: PDFPage;
  private readonly pages: PDFPage[] = [];
  private y = 0;
  private logo: PDFImage | undefined;

  private constructor(
    private readonly doc: PDFDocument,
    private readonly head: LetterheadSpec,
    readonly serif: PDFFont,
    readonly serifBold: PDFFont,
    readonly serifItalic: PDFFont,
    readonly sans: PDFFont,
  ) {}

  static async create(head: LetterheadSpec): Promise<LetterPdf> {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.setCreationDate(new Date(head.created));
    doc.setModificationDate(new Date(head.created));
    doc.setProducer(head.producer);
    if (head.creator) doc.setCreator(head.creator);
    if (head.title) doc.setTitle(head.title);
    const letter = new LetterPdf(
      doc,
      head,
      await doc.embedFont(StandardFonts.TimesRoman),
      await doc.embedFont(StandardFonts.TimesRomanBold),
      await doc.embedFont(StandardFonts.TimesRomanItalic),
      await doc.embedFont(StandardFonts.Helvetica),
    );
    if (head.logo) letter.logo = await doc.embedPng(head.logo);
    letter.newPage();
    return letter;
  }

  private newPage(): void {
    this.page = this.doc.addPage(PageSizes.A4);
    this.pages.push(this.page);
    if (this.head.segnatura) this.page.drawText(toWinAnsi(this.head.segnatura), { x: LEFT - 20, y: 822, size: 7, font: this.sans, color: rgb(0.1, 0.1, 0.5) });
    const top = 795;
    let textX = LEFT;
    if (this.logo) {
      this.page.drawImage(this.logo, { x: LEFT, y: top - 58, width: 48, height: 60 });
      textX = LEFT + 62;
    }
    this.head.lines.forEach((line, i) => {
      const size = i === 0 ? 17 : i === 1 ? 10.5 : 10;
      const font = i === 0 ? this.serifBold : i === 1 ? this.serifItalic : this.serif;
      this.page.drawText(toWinAnsi(line), { x: textX, y: top - 10 - (i === 0 ? 0 : 8 + 13 * i), size, font });
    });
    const below = Math.min(top - 62, top - 10 - (8 + 13 * this.head.lines.length));
    this.page.drawLine({ start: { x: LEFT, y: below }, end: { x: RIGHT, y: below }, thickness: 1.2, color: rgb(0.15, 0.25, 0.45) });
    this.head.footer.forEach((line, i) => {
      const text = toWinAnsi(line);
      this.page.drawText(text, { x: (595.28 - this.sans.widthOfTextAtSize(text, 7)) / 2, y: 50 - 9 * i, size: 7, font: this.sans, color: GREY });
    });
    this.page.drawLine({ start: { x: LEFT, y: 62 }, end: { x: RIGHT, y: 62 }, thickness: 0.5, color: GREY });
    this.y = below - 30;
  }

  private ensure(height: number): void {
    if (this.y - height < BOTTOM) this.newPage();
  }

  gap(points: number): void {
    this.y -= points;
  }

  /** Protocol data at the left, the recipient block at the right, started at the same height. */
  protocolAndRecipient(protocol: string[], recipient: string[]): void {
    const top = this.y;
    protocol.forEach((line, i) => this.page.drawText(toWinAnsi(line), { x: LEFT, y: top - 13 * i, size: 10.5, font: this.serif }));
    recipient.forEach((line, i) => this.page.drawText(toWinAnsi(line), { x: 320, y: top - 13 * i, size: 11, font: i === 0 ? this.serifBold : this.serif }));
    this.y = top - 13 * Math.max(protocol.length, recipient.length) - 18;
  }

  /** "Oggetto:" in bold, the subject wrapped with a hanging indent. */
  subject(text: string): void {
    const indent = LEFT + 52;
    const lines = wrapText(toWinAnsi(text), this.serifBold, 11, RIGHT - indent);
    this.ensure(lines.length * 14 + 10);
    this.page.drawText('Oggetto:', { x: LEFT, y: this.y, size: 11, font: this.serif });
    for (const line of lines) {
      this.page.drawText(line, { x: indent, y: this.y, size: 11, font: this.serifBold });
      this.y -= 14;
    }
    this.y -= 12;
  }

  paragraph(text: string, o: { font?: PDFFont; indent?: number; size?: number } = {}): void {
    const size = o.size ?? 11;
    const font = o.font ?? this.serif;
    const x = LEFT + (o.indent ?? 0);
    for (const line of wrapText(toWinAnsi(text), font, size, RIGHT - x)) {
      this.ensure(size + 4);
      this.page.drawText(line, { x, y: this.y, size, font });
      this.y -= size + 3.5;
    }
    this.y -= 7;
  }

  /** A bulleted list: "•" (or "-") then the text, wrapped under itself. */
  bullets(items: string[], mark = '•'): void {
    for (const item of items) {
      const lines = wrapText(toWinAnsi(item), this.serif, 11, RIGHT - LEFT - 30);
      this.ensure(lines.length * 14.5);
      this.page.drawText(toWinAnsi(mark), { x: LEFT + 14, y: this.y, size: 11, font: this.serif });
      for (const line of lines) {
        this.page.drawText(line, { x: LEFT + 30, y: this.y, size: 11, font: this.serif });
        this.y -= 14.5;
      }
    }
    this.y -= 7;
  }

  /** A small ruled table (label | value), as a letter's summary of the data. */
  table(rows: [string, string][], split = 250): void {
    for (const [label, value] of rows) {
      const labelLines = wrapText(toWinAnsi(label), this.serifBold, 10.5, split - LEFT - 10);
      const valueLines = wrapText(toWinAnsi(value), this.serif, 10.5, RIGHT - split - 10);
      const height = 8 + 13 * Math.max(labelLines.length, valueLines.length);
      this.ensure(height + 4);
      const top = this.y + 11;
      this.page.drawRectangle({ x: LEFT, y: top - height, width: RIGHT - LEFT, height, borderColor: GREY, borderWidth: 0.6 });
      this.page.drawLine({ start: { x: split, y: top }, end: { x: split, y: top - height }, thickness: 0.6, color: GREY });
      labelLines.forEach((line, i) => this.page.drawText(line, { x: LEFT + 5, y: top - 12 - 13 * i, size: 10.5, font: this.serifBold }));
      valueLines.forEach((line, i) => this.page.drawText(line, { x: split + 5, y: top - 12 - 13 * i, size: 10.5, font: this.serif }));
      this.y -= height;
    }
    this.y -= 14;
  }

  /** The signature block, centred on the right half of the page. */
  signature(lines: string[]): void {
    this.ensure(lines.length * 14 + 20);
    this.y -= 10;
    lines.forEach((line, i) => {
      const font = i === 0 ? this.serif : i === 1 ? this.serifBold : this.serifItalic;
      const size = i >= 2 ? 8.5 : 11;
      const text = toWinAnsi(line);
      this.page.drawText(text, { x: 400 - font.widthOfTextAtSize(text, size) / 2, y: this.y, size, font });
      this.y -= i >= 2 ? 11 : 14;
    });
    this.y -= 10;
  }

  /** A line at the left margin ("Luogo, data" or "Allegati: …"). */
  line(text: string, o: { size?: number; italic?: boolean } = {}): void {
    this.ensure(16);
    this.page.drawText(toWinAnsi(text), { x: LEFT, y: this.y, size: o.size ?? 11, font: o.italic ? this.serifItalic : this.serif });
    this.y -= (o.size ?? 11) + 5;
  }

  async save(pageNumbers = true): Promise<Buffer> {
    if (pageNumbers && this.pages.length > 1) {
      this.pages.forEach((page, i) => {
        const text = `${i + 1}/${this.pages.length}`;
        page.drawText(text, { x: RIGHT - this.sans.widthOfTextAtSize(text, 8), y: 70, size: 8, font: this.sans });
      });
    }
    return Buffer.from(await this.doc.save());
  }
}
