// What an OCR engine read on one page image, independent of the engine: words with their boxes and confidences.

/** A rectangle in image pixels, y growing downwards. */
export interface OcrBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OcrWord {
  text: string;
  /** 0–100, as the engine reports it. */
  confidence: number;
  box: OcrBox;
}

export interface OcrLine {
  words: OcrWord[];
  /** The line's baseline from its left to its right end; words of a skewed line lie along it. */
  baseline: OcrBox | null;
}

export interface OcrPage {
  /** Image size in pixels and the resolution it was read at: positions become points (1/72 in) as in a PDF. */
  width: number;
  height: number;
  dpi: number;
  lines: OcrLine[];
}
