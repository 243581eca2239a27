import type { TextBlock } from './fields-from-blocks.ts';

/** The parts of a pdf.js text item the layout needs. */
export interface PositionedText {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

interface Segment {
  x: number;
  end: number;
  text: string;
}

interface Line {
  y: number;
  size: number;
  segments: Segment[];
}

// A gap wider than this many font sizes separates two columns (label | value).
const COLUMN_GAP_IN_FONT_SIZES = 2;
const ALIGN_TOLERANCE = 4;

function fontSizeOf(item: PositionedText): number {
  const [, , c = 0, d = 0] = item.transform;
  return Math.max(Math.hypot(c, d), item.height, 1);
}

/** Rebuilds the lines of one page from positioned text items: grouped by baseline, sorted by x, split into columns at wide gaps. */
export function buildPageLines(items: readonly PositionedText[]): Line[] {
  const visible = items.filter((item) => item.str.trim() !== '' && item.transform.length >= 6);
  visible.sort((a, b) => (b.transform[5] ?? 0) - (a.transform[5] ?? 0) || (a.transform[4] ?? 0) - (b.transform[4] ?? 0));
  const lines: Array<{ y: number; size: number; items: PositionedText[] }> = [];
  for (const item of visible) {
    const y = item.transform[5] ?? 0;
    const size = fontSizeOf(item);
    const line = lines.at(-1);
    if (line && Math.abs(line.y - y) <= Math.max(2, Math.min(line.size, size) * 0.5)) line.items.push(item);
    else lines.push({ y, size, items: [item] });
  }
  return lines.map((line) => ({ y: line.y, size: line.size, segments: toSegments(line.items, line.size) }));
}

function toSegments(items: PositionedText[], size: number): Segment[] {
  const sorted = [...items].sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0));
  const segments: Segment[] = [];
  for (const item of sorted) {
    const x = item.transform[4] ?? 0;
    const end = x + Math.max(item.width, 0);
    const last = segments.at(-1);
    const gap = last ? x - last.end : Infinity;
    if (last && gap <= size * COLUMN_GAP_IN_FONT_SIZES) {
      const needsSpace = gap > size * 0.15 && !last.text.endsWith(' ') && !item.str.startsWith(' ');
      last.text += (needsSpace ? ' ' : '') + item.str;
      last.end = Math.max(last.end, end);
    } else {
      segments.push({ x, end, text: item.str });
    }
  }
  return segments.map((segment) => ({ ...segment, text: segment.text.replace(/\s+/g, ' ').trim() }));
}

/**
 * Turns page lines into blocks. A lone segment continues the value above when it sits under the value
 * column, or when the line above ran to the right margin from the same left edge (a wrapped "Label: value").
 */
export function linesToBlocks(pages: readonly Line[][]): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const lines of pages) {
    const rightMargin = Math.max(0, ...lines.flatMap((line) => line.segments.map((segment) => segment.end)));
    let valueColumnX: number | null = null;
    let previous: Line | null = null;
    for (const line of lines) {
      const [first, second] = line.segments;
      if (!first) continue;
      // in sizes of the larger font: a label in small capitals sits a value's line height above it
      const gapAbove = previous ? (previous.y - line.y) / Math.max(previous.size, line.size, 1) : undefined;
      if (second) {
        valueColumnX = second.x;
        blocks.push({ cells: line.segments.map((segment) => segment.text), gapAbove });
        previous = line;
        continue;
      }
      const underValue = valueColumnX !== null && Math.abs(first.x - valueColumnX) <= ALIGN_TOLERANCE;
      const wrapped = previous !== null && previous.segments.length === 1 && isWrapped(previous, first, rightMargin);
      if (!underValue) valueColumnX = null;
      const continuation = underValue ? 'column' : wrapped ? 'wrap' : undefined;
      blocks.push({ cells: [first.text], continuation, gapAbove });
      previous = line;
    }
    blocks.push({ cells: [] });
  }
  return blocks;
}

function isWrapped(previous: Line, next: Segment, rightMargin: number): boolean {
  const above = previous.segments[0];
  if (!above) return false;
  const sameLeftEdge = Math.abs(above.x - next.x) <= ALIGN_TOLERANCE;
  return sameLeftEdge && above.end >= rightMargin - previous.size * 4;
}

export function countVisibleChars(items: readonly PositionedText[]): number {
  return items.reduce((total, item) => total + item.str.replace(/\s+/g, '').length, 0);
}
