import type { OcrLine, OcrPage, OcrWord } from '../../../src/core/ocr/ocr-page.ts';

/** A cell of a line: its text, where it starts (pixels at 300 dpi) and how sure the OCR was of each word. */
export interface CellSpec {
  text: string;
  x: number;
  confidence?: number;
}

const CHAR_WIDTH = 15;
const WORD_GAP = 10;
const LINE_HEIGHT = 32;

/** A page as tesseract would report it: one OCR line per row, words laid out left to right from each cell's x. */
export function ocrPage(rows: Array<{ y: number; cells: CellSpec[] }>): OcrPage {
  const lines: OcrLine[] = rows.map(({ y, cells }) => {
    const words: OcrWord[] = cells.flatMap((cell) => {
      let x = cell.x;
      return cell.text.split(' ').map((text) => {
        const word = { text, confidence: cell.confidence ?? 95, box: { x0: x, y0: y - LINE_HEIGHT, x1: x + text.length * CHAR_WIDTH, y1: y } };
        x = word.box.x1 + WORD_GAP;
        return word;
      });
    });
    const last = words.at(-1)!;
    return { words, baseline: { x0: words[0]!.box.x0, y0: y, x1: last.box.x1, y1: y } };
  });
  return { width: 2480, height: 3508, dpi: 300, lines };
}

const LABEL_X = 175;
const VALUE_X = 970;

/** Rows of the official form: label in the left column, value in the boxes on the right, 100 px apart. */
export function formRows(pairs: Array<[string, string | null, number?]>, startY = 500): Array<{ y: number; cells: CellSpec[] }> {
  return pairs.map(([label, value, confidence], index) => ({
    y: startY + index * 100,
    cells: value === null ? [{ text: label, x: LABEL_X }] : [{ text: label, x: LABEL_X }, { text: value, x: VALUE_X, confidence }],
  }));
}
