import { AlignmentType, BorderStyle, Paragraph, ShadingType, Tab, Table, TableCell, TableRow, TabStopType, TextRun, UnderlineType, VerticalMergeType, WidthType } from 'docx';

export { docxFile, para } from '../zoo/word.ts';

/** A run as Word writes it: Calibri 11 unless told; ☐/☒ come from "MS Gothic" like Word's checkbox controls. */
export function r(text: string, o: { bold?: boolean; italic?: boolean; underline?: boolean; size?: number; font?: string; color?: string } = {}): TextRun {
  const font = o.font ?? (/^[☐☒]$/.test(text.trim()) ? 'MS Gothic' : 'Calibri');
  return new TextRun({ text, bold: o.bold, italics: o.italic, underline: o.underline ? { type: UnderlineType.SINGLE } : undefined, size: o.size ?? 22, font, color: o.color });
}

/** One paragraph of a cell: plain text, styled text or runs. */
export type Line = string | { text: string; bold?: boolean; italic?: boolean; underline?: boolean; size?: number; color?: string } | TextRun[];

function lineParagraph(line: Line, align: 'left' | 'center', defaults: { bold?: boolean; size?: number }): Paragraph {
  const children = Array.isArray(line)
    ? line
    : typeof line === 'string'
      ? [r(line, { bold: defaults.bold, size: defaults.size ?? 21 })]
      : [r(line.text, { bold: line.bold ?? defaults.bold, italic: line.italic, underline: line.underline, size: line.size ?? defaults.size ?? 21, color: line.color })];
  return new Paragraph({ alignment: align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT, spacing: { after: 0 }, children });
}

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '7F7F7F' };
const BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN };

/** A cell: its paragraphs (or a nested table), merged right over `span` columns or down over `rowSpan` rows. */
export interface C {
  lines?: Line[];
  text?: string;
  bold?: boolean;
  size?: number;
  span?: number;
  rowSpan?: number;
  fill?: string;
  width?: number;
  align?: 'left' | 'center';
  nested?: Table;
  /** A cell continuing a vertical merge started above (written explicitly, as Word does). */
  continueMerge?: boolean;
}

export function c(spec: C | string): TableCell {
  const s: C = typeof spec === 'string' ? { text: spec } : spec;
  const lines = s.lines ?? (s.text !== undefined ? s.text.split('\n') : []);
  const paragraphs = lines.map((line) => lineParagraph(line, s.align ?? 'left', { bold: s.bold, size: s.size }));
  const children = s.nested ? [...paragraphs, s.nested, new Paragraph({ children: [] })] : paragraphs.length ? paragraphs : [new Paragraph({ children: [] })];
  return new TableCell({
    children,
    columnSpan: s.span,
    rowSpan: s.rowSpan,
    verticalMerge: s.continueMerge ? VerticalMergeType.CONTINUE : undefined,
    borders: BORDERS,
    width: s.width ? { size: s.width, type: WidthType.PERCENTAGE } : undefined,
    shading: s.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: s.fill } : undefined,
    margins: { top: 40, bottom: 40, left: 100, right: 100 },
  });
}

/** A bordered full-width table from rows of cells. */
export function t(rows: (C | string)[][], width = 100): Table {
  return new Table({ width: { size: width, type: WidthType.PERCENTAGE }, rows: rows.map((cells) => new TableRow({ children: cells.map(c) })) });
}

/** A merged, shaded section header row over `columns` columns. */
export const head = (text: string, columns: number, fill = 'BDD7EE'): C[] => [{ text, bold: true, span: columns, fill }];

/** A paragraph whose label and value are separated by a tab to a tab stop (as clerks align forms in Word). */
export function tabbed(label: string, value: string, stop = 4200): Paragraph {
  return new Paragraph({ tabStops: [{ type: TabStopType.LEFT, position: stop }], spacing: { after: 100 }, children: [r(label, { bold: true }), new TextRun({ children: [new Tab(), value], size: 22, font: 'Calibri' })] });
}

/** A plain paragraph of runs or text with common options. */
export function p(content: string | TextRun[], o: { bold?: boolean; italic?: boolean; size?: number; align?: 'left' | 'center' | 'right' | 'justify'; after?: number; font?: string } = {}): Paragraph {
  const alignment = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED }[o.align ?? 'left'];
  const children = typeof content === 'string' ? [r(content, { bold: o.bold, italic: o.italic, size: o.size, font: o.font })] : content;
  return new Paragraph({ alignment, spacing: { after: o.after ?? 120 }, children });
}
