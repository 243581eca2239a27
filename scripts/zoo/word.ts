import { AlignmentType, BorderStyle, Document, Footer, Header, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { FileChild } from 'docx';
import { normalizeZip } from '../fixtures/normalize-zip.ts';

/** A paragraph as Word writes it; `runs` lets a line mix bold labels and plain values. */
export function para(text: string | TextRun[], options: { bold?: boolean; size?: number; align?: 'left' | 'center' | 'right' | 'justify'; after?: number; bullet?: boolean; font?: string; italic?: boolean } = {}): Paragraph {
  const alignment = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED }[options.align ?? 'left'];
  const children = typeof text === 'string' ? [new TextRun({ text, bold: options.bold, italics: options.italic, size: options.size ?? 22, font: options.font ?? 'Calibri' })] : text;
  return new Paragraph({ alignment, spacing: { after: options.after ?? 120 }, bullet: options.bullet ? { level: 0 } : undefined, children });
}

export function run(text: string, options: { bold?: boolean; size?: number; font?: string; italic?: boolean } = {}): TextRun {
  return new TextRun({ text, bold: options.bold, italics: options.italic, size: options.size ?? 22, font: options.font ?? 'Calibri' });
}

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN };

/** One cell; `span` merges it over several columns, `fill` shades it as Word's table styles do. */
export interface CellSpec {
  text: string;
  bold?: boolean;
  span?: number;
  fill?: string;
  width?: number;
  font?: string;
  align?: 'left' | 'center';
}

export function cell(spec: CellSpec | string): TableCell {
  const s = typeof spec === 'string' ? { text: spec } : spec;
  const paragraphs = s.text.split('\n').map((line) =>
    new Paragraph({
      alignment: s.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
      children: [new TextRun({ text: line, bold: s.bold, size: 21, font: s.font ?? 'Calibri' })],
    }),
  );
  return new TableCell({
    children: paragraphs,
    columnSpan: s.span,
    borders: BORDERS,
    width: s.width ? { size: s.width, type: WidthType.PERCENTAGE } : undefined,
    shading: s.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: s.fill } : undefined,
    margins: { top: 40, bottom: 40, left: 100, right: 100 },
  });
}

/** A bordered table, full width, from rows of cell specs. */
export function table(rows: (CellSpec | string)[][]): Table {
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: rows.map((cells) => new TableRow({ children: cells.map(cell) })) });
}

/** Label | value rows, with `{ section }` rows merged over both columns and shaded. */
export function labelTable(rows: ({ section: string } | [string, string])[], labelWidth = 38): Table {
  return table(rows.map((row) => ('section' in row ? [{ text: row.section, bold: true, span: 2, fill: 'D9E2F3' }] : [{ text: row[0], bold: true, width: labelWidth }, { text: row[1], width: 100 - labelWidth }])));
}

export interface DocxOptions {
  creator: string;
  header?: string[];
  footer?: string[];
  children: FileChild[];
  /** docProps/core.xml dates. */
  date: string;
}

/** A .docx as Word saves it (page header/footer with the letterhead), rezipped so rebuilds are identical. */
export async function docxFile(o: DocxOptions): Promise<Buffer> {
  const headerParagraphs = (o.header ?? []).map((line, i) => para(line, { align: 'center', bold: i === 0, size: i === 0 ? 28 : 20, after: 0, font: 'Times New Roman' }));
  const footerParagraphs = (o.footer ?? []).map((line) => para(line, { align: 'center', size: 14, after: 0 }));
  const doc = new Document({
    creator: o.creator,
    lastModifiedBy: o.creator,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [
      {
        headers: headerParagraphs.length ? { default: new Header({ children: headerParagraphs }) } : undefined,
        footers: footerParagraphs.length ? { default: new Footer({ children: footerParagraphs }) } : undefined,
        children: o.children,
      },
    ],
  });
  return normalizeZip(await Packer.toBuffer(doc), o.date);
}
