import { CHECKED_MARK, UNCHECKED_MARK } from '../extract-form/checkbox-marks.ts';
import { isSectionHeading, type TextBlock } from '../extract-form/fields-from-blocks.ts';
import { isCheckboxField } from '../extract-form/field-collector.ts';
import { mapLabel } from '../extract-form/map-label.ts';
import { boundedEditDistance } from '../normalize/edit-distance.ts';
import { compactKey } from '../normalize/fold-text.ts';
import { buildPageLines, linesToBlocks, type PositionedText } from '../extract-form/pdf-lines.ts';
import type { OcrPage, OcrWord } from './ocr-page.ts';
import { repairOcrLabel } from './repair-ocr-label.ts';

export interface OcrText {
  blocks: TextBlock[];
  /** Every word read, in reading order, with its text as it went into the blocks. */
  words: OcrWord[];
}

const POINTS_PER_INCH = 72;
// A word box spans ascender to descender, a little less than the font size.
const FONT_SIZE_PER_BOX_HEIGHT = 1.1;

// How a ticked box reads: "✓", "v", "Vv", "[x]", "(X)", "|x|", "#/"; an empty one: "☐", "[ ]", "O", "LJ".
const TICK_TOKEN = /^(?:[☒☑✓✔✗✘⊠√xXvVwWyY]{1,3}|[[(|{][xXvV✓✔]{1,2}[\])|}]|[#/\\*%&¥@+»«<>~^]{1,3})$/;
const EMPTY_BOX_TOKEN = /^(?:[☐□◻❏]|\[\s?\]|\(\s?\)|O|o|0|D|LJ|L\]|\[J|U|\[\]|\(\))$/;

const LIGATURES: Readonly<Record<string, string>> = { 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬀ': 'ff', 'ﬃ': 'ffi', 'ﬄ': 'ffl' };

/** Cleans what OCR writes for plain characters: ligatures, curly quotes, a stray bar at the start of a heading. */
export function repairOcrWord(text: string): string {
  return text.replace(/[ﬁﬂﬀﬃﬄ]/g, (ligature) => LIGATURES[ligature] ?? ligature).replace(/[‘’`´]/g, "'").replace(/[“”„]/g, '"');
}

/**
 * Lays OCR words out as the PDF text reader lays out text items (same line and column rules, positions in points),
 * then repairs what OCR garbles in a form's structure: labels, tick marks, words hyphenated at a line end.
 */
export function ocrTextBlocks(pages: readonly OcrPage[]): OcrText {
  const words: OcrWord[] = [];
  const blocks: TextBlock[] = [];
  for (const page of pages) {
    const items = page.lines.flatMap((line) => {
      const toPoints = POINTS_PER_INCH / (page.dpi > 0 ? page.dpi : 300);
      const lineWords = line.words.map((word) => ({ ...word, text: repairOcrWord(word.text) })).filter((word) => word.text.trim() !== '');
      words.push(...lineWords);
      const boxHeight = Math.max(1, ...lineWords.map((word) => word.box.y1 - word.box.y0));
      const size = boxHeight * FONT_SIZE_PER_BOX_HEIGHT * toPoints;
      // one baseline for the whole OCR line: on a slightly skewed page its words still make one line
      const baselineY = line.baseline ? line.baseline.y0 : Math.max(...lineWords.map((word) => word.box.y1));
      return lineWords.map(
        (word): PositionedText => ({
          str: word.text,
          transform: [size, 0, 0, size, word.box.x0 * toPoints, (page.height - baselineY) * toPoints],
          width: (word.box.x1 - word.box.x0) * toPoints,
          height: size,
        }),
      );
    });
    blocks.push(...linesToBlocks([buildPageLines(items)]));
  }
  return { blocks: joinHyphenated(dropHints(blocks.map(repairBlock))), words };
}

function repairBlock(block: TextBlock): TextBlock {
  const cells = mergeLoneMarks(block.cells.map(repairCell));
  const filled = cells.filter((cell) => cell !== '');
  const marked = filled.map(readMarkedCheckbox);
  const bareOptionsOnly = filled.every((cell, index) => marked[index] !== null || isCheckboxLabel(cell) || isGroupLabel(cell));
  if (!marked.some((mark) => mark !== null) && !(bareOptionsOnly && filled.some(isCheckboxLabel))) return { ...block, cells };
  // a row of options ("✓ dirigenti e funzionari   team di progetto"): one cell of marked options, as typed forms
  // write it; an option without a readable mark is printed, not ticked (an empty box is too faint to read)
  const options = filled.flatMap((cell, index) => marked[index] ?? (isCheckboxLabel(cell) && bareOptionsOnly ? [`${UNCHECKED_MARK} ${cell}`] : []));
  const others = filled.filter((cell, index) => marked[index] === null && !(isCheckboxLabel(cell) && bareOptionsOnly));
  return { ...block, cells: [...others, options.join(' ')] };
}

/** A mark read apart from its option ("✓" | "team di progetto") belongs to it. */
function mergeLoneMarks(cells: string[]): string[] {
  const merged: string[] = [];
  for (let index = 0; index < cells.length; index += 1) {
    const cell = cells[index] ?? '';
    const next = cells[index + 1];
    if ((TICK_TOKEN.test(cell) || EMPTY_BOX_TOKEN.test(cell)) && next !== undefined && isCheckboxLabel(next)) {
      merged.push(`${cell} ${next}`);
      index += 1;
    } else {
      merged.push(cell);
    }
  }
  return merged;
}

function isGroupLabel(cell: string): boolean {
  return /^destinatari\b/i.test(cell.trim());
}

// Printed hints under labels of the official form (src/core/form/build-form-pdf.ts): they sit in the label column,
// beside the continuation of a value, and are no part of it.
const OFFICIAL_HINTS = ['Descrivere il contesto, le criticità', 'e i risultati attesi dal laboratorio.', '(15 caratteri ciascuno, separati da virgola)'].map(compactKey);

function isPrintedHint(cell: string): boolean {
  const key = compactKey(cell);
  return key.length > 10 && OFFICIAL_HINTS.some((hint) => boundedEditDistance(key, hint, 3) <= 3);
}

const FREE_TEXT_LABELS = new Set(['fabbisogni', 'altri_comuni']);
const MIN_CELL_CHARS = 3;

/**
 * Drops the official form's printed hints; a value line beside one continues the value above. Under a free-text
 * field, whatever OCR made of a hint too faint to read ("la", "Descr. a") is dropped the same way.
 */
function dropHints(blocks: TextBlock[]): TextBlock[] {
  const kept: TextBlock[] = [];
  let inFreeText = false;
  for (const block of blocks) {
    const first = block.cells[0] ?? '';
    // specks of dust read as letters ("n", "a", "i") around the real text
    const rest = block.cells.slice(1).filter((cell) => cell.replace(/[^\p{L}\d]/gu, '').length >= MIN_CELL_CHARS);
    const field = first === '' ? null : mapLabel(first);
    const hint = isPrintedHint(first) || (inFreeText && rest.length === 1 && field === null && !isSectionHeading(first));
    if (!hint) {
      if (field !== null || block.cells.length === 0) inFreeText = field !== null && FREE_TEXT_LABELS.has(field);
      kept.push(block);
      continue;
    }
    if (rest.length === 1) kept.push({ ...block, cells: rest, continuation: 'column' });
    else if (rest.length > 1) kept.push({ ...block, cells: rest });
  }
  return kept;
}

function repairCell(cell: string): string {
  const text = cell.replace(/^[|¦]\s+/, '').trim();
  const [first = '', ...rest] = text.split(/\s+/);
  if (rest.length > 0 && (TICK_TOKEN.test(first) || EMPTY_BOX_TOKEN.test(first))) {
    const label = repairOcrLabel(rest.join(' '));
    return label ? `${first} ${label}` : text;
  }
  const labelled = /^([^:]{2,60}):(.*)$/s.exec(text);
  if (labelled) {
    const label = repairOcrLabel(labelled[1] ?? '');
    if (label) return `${label}:${labelled[2] ?? ''}`;
  }
  return repairOcrLabel(text) ?? text;
}

/** A checkbox option written with a readable mark, as "☒ team di progetto"; null when the cell is not one. */
function readMarkedCheckbox(cell: string): string | null {
  const [first = '', ...rest] = cell.split(/\s+/);
  const afterMark = rest.join(' ');
  if (!isCheckboxLabel(afterMark)) return null;
  if (TICK_TOKEN.test(first)) return `${CHECKED_MARK} ${afterMark}`;
  if (EMPTY_BOX_TOKEN.test(first)) return `${UNCHECKED_MARK} ${afterMark}`;
  return null;
}

function isCheckboxLabel(text: string): boolean {
  const field = text === '' ? null : mapLabel(text);
  return field !== null && isCheckboxField(field);
}

/** "…competenze sugli affida-" / "menti sotto soglia": the word is joined back on the first line. */
function joinHyphenated(blocks: TextBlock[]): TextBlock[] {
  for (let index = 0; index + 1 < blocks.length; index += 1) {
    const current = blocks[index]!;
    const next = blocks[index + 1]!;
    const last = current.cells.length - 1;
    const tail = current.cells[last] ?? '';
    if (!next.continuation || next.cells.length !== 1 || !/\p{Ll}[-‐¬]$/u.test(tail)) continue;
    const [head = '', ...restWords] = (next.cells[0] ?? '').split(' ');
    if (!/^\p{Ll}/u.test(head)) continue;
    const cells = [...current.cells];
    cells[last] = tail.slice(0, -1) + head;
    blocks[index] = { ...current, cells };
    blocks[index + 1] = { ...next, cells: [restWords.join(' ')] };
  }
  return blocks;
}
