import { AlignmentType, BorderStyle, Document, Footer, Header, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { FileChild } from 'docx';
import { normalizeZip } from '../fixtures/normalize-zip.ts';

export { c, p, r, t } from '../zoo2/word2.ts';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

export interface LetterDocxOptions {
  creator: string;
  date: string;
  logo?: Buffer;
  /** Letterhead lines beside the logo: the Comune's name first (capitals), then province, Settore… */
  letterhead: string[];
  footer: string[];
  children: FileChild[];
  font?: string;
}

/** A letter typed in Word on the Comune's template: a borderless header table (arms | name and office). */
export async function letterDocx(o: LetterDocxOptions): Promise<Buffer> {
  const font = o.font ?? 'Times New Roman';
  const textParagraphs = o.letterhead.map(
    (line, i) =>
      new Paragraph({
        spacing: { after: 0 },
        children: [new TextRun({ text: line, bold: i === 0, italics: i === 1, size: i === 0 ? 32 : 20, font })],
      }),
  );
  const headerChildren: (Paragraph | Table)[] = o.logo
    ? [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: NO_BORDERS,
          rows: [
            new TableRow({
              children: [
                new TableCell({
                  width: { size: 14, type: WidthType.PERCENTAGE },
                  borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
                  children: [new Paragraph({ children: [new ImageRun({ type: 'png', data: o.logo, transformation: { width: 64, height: 80 }, altText: { name: 'stemma', description: 'Stemma del Comune', title: 'Stemma' } })] })],
                }),
                new TableCell({ width: { size: 86, type: WidthType.PERCENTAGE }, borders: { top: NONE, bottom: NONE, left: NONE, right: NONE }, children: textParagraphs }),
              ],
            }),
          ],
        }),
        new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '1F3864', space: 1 } }, children: [] }),
      ]
    : [...textParagraphs, new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '1F3864', space: 1 } }, children: [] })];
  const doc = new Document({
    creator: o.creator,
    lastModifiedBy: o.creator,
    styles: { default: { document: { run: { font, size: 23 } } } },
    sections: [
      {
        headers: { default: new Header({ children: headerChildren }) },
        footers: { default: new Footer({ children: o.footer.map((line) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: [new TextRun({ text: line, size: 14, font: 'Arial', color: '595959' })] })) }) },
        children: o.children,
      },
    ],
  });
  return normalizeZip(await Packer.toBuffer(doc), o.date);
}

/** A paragraph of a letter (Times 11.5, justified), optionally of runs. */
export function lp(content: string | TextRun[], o: { bold?: boolean; align?: 'left' | 'right' | 'center' | 'justify'; after?: number; indentLeft?: number; font?: string } = {}): Paragraph {
  const alignment = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED }[o.align ?? 'justify'];
  const font = o.font ?? 'Times New Roman';
  const children = typeof content === 'string' ? [new TextRun({ text: content, bold: o.bold, size: 23, font })] : content;
  return new Paragraph({ alignment, spacing: { after: o.after ?? 140 }, indent: o.indentLeft ? { left: o.indentLeft } : undefined, children });
}

/** A run in the letter's font. */
export function lr(text: string, o: { bold?: boolean; italic?: boolean; font?: string } = {}): TextRun {
  return new TextRun({ text, bold: o.bold, italics: o.italic, size: 23, font: o.font ?? 'Times New Roman' });
}

/** A Word bullet (list level 0). */
export function bullet(text: string | TextRun[], font = 'Times New Roman'): Paragraph {
  const children = typeof text === 'string' ? [new TextRun({ text, size: 23, font })] : text;
  return new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children });
}

/** The recipient block, indented to the right half as Italian letters place it. */
export function recipientBlock(lines: string[], font = 'Times New Roman'): Paragraph[] {
  return lines.map((line, i) => new Paragraph({ indent: { left: 5000 }, spacing: { after: 0 }, children: [new TextRun({ text: line, bold: i === 0, size: 23, font })] }));
}

/** The signature block, centred in the right half. */
export function signatureBlock(lines: string[], font = 'Times New Roman'): Paragraph[] {
  return lines.map((line, i) => new Paragraph({ indent: { left: 5000 }, alignment: AlignmentType.CENTER, spacing: { after: 0, before: i === 0 ? 360 : 0 }, children: [new TextRun({ text: line, bold: i === 1, italics: i >= 2, size: i >= 2 ? 16 : 23, font })] }));
}
