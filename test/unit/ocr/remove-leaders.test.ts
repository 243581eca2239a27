import { describe, expect, it } from 'vitest';
import { removeLeaders } from '../../../src/core/ocr/remove-leaders.ts';
import { removeLines, removeLinesFromPixels } from '../../../src/core/ocr/remove-lines.ts';

/** A black-and-white page (1 = ink) drawn with filled rectangles, remembering which pixels are letters. */
class Page {
  readonly ink: Uint8Array;
  readonly letters = new Set<number>();
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.ink = new Uint8Array(width * height);
  }

  rect(x: number, y: number, w: number, h: number, letter = false): this {
    for (let row = y; row < y + h; row += 1) {
      for (let column = x; column < x + w; column += 1) {
        const pixel = row * this.width + column;
        this.ink[pixel] = 1;
        if (letter) this.letters.add(pixel);
      }
    }
    return this;
  }

  /** Letters 24 px tall (T, L) or 14 (o), 3 px strokes, standing on `baseline` (their last row is baseline - 1). */
  letterT(x: number, baseline: number): this {
    return this.rect(x, baseline - 24, 18, 3, true).rect(x + 7, baseline - 24, 3, 24, true);
  }

  letterL(x: number, baseline: number): this {
    return this.rect(x, baseline - 24, 3, 24, true).rect(x, baseline - 3, 14, 3, true);
  }

  letterO(x: number, baseline: number): this {
    const top = baseline - 14;
    return this.rect(x, top, 14, 3, true).rect(x, baseline - 3, 14, 3, true).rect(x, top, 3, 14, true).rect(x + 11, top, 3, 14, true);
  }

  /** An i: a stem 14 px tall and its dot 4 px above it. */
  letterI(x: number, baseline: number): this {
    return this.rect(x, baseline - 14, 4, 14, true).rect(x, baseline - 22, 4, 4, true);
  }

  /** A full stop, as text has it (kept: it is a letter). */
  stop(x: number, baseline: number): this {
    return this.rect(x, baseline - 4, 4, 4, true);
  }

  /** A word: T, o, L, o, 20 px apart; returns its right end. */
  word(x: number, baseline: number): number {
    this.letterT(x, baseline).letterO(x + 22, baseline).letterL(x + 42, baseline).letterO(x + 60, baseline);
    return x + 74;
  }

  /** A leader from x to `to`: marks w × h every `pitch` px, their bottom row at `bottom` (+ `slope` px per px). */
  leader(x: number, to: number, bottom: number, { w = 4, h = 4, pitch = 12, slope = 0 } = {}): this {
    for (let at = x; at + w <= to; at += pitch) this.rect(at, Math.round(bottom - h + 1 + slope * (at - x)), w, h);
    return this;
  }

  remainingInk(): number {
    return this.ink.reduce((sum, value) => sum + value, 0);
  }

  lettersIntact(): boolean {
    return [...this.letters].every((pixel) => this.ink[pixel] === 1);
  }

  inkIn(x: number, y: number, w: number, h: number): number {
    let count = 0;
    for (let row = y; row < y + h; row += 1) for (let column = x; column < x + w; column += 1) count += this.ink[row * this.width + column]!;
    return count;
  }
}

describe('removeLeaders: dotted and dashed leaders erased before OCR, text kept', () => {
  it('erases a dotted leader between a label and its value and keeps every letter', () => {
    const page = new Page(1200, 400);
    const labelEnd = page.word(60, 150);
    page.leader(labelEnd + 10, 560, 149);
    page.word(580, 150);
    const result = removeLeaders(page.ink, page.width, page.height);
    expect(result.leaders).toBe(1);
    expect(page.lettersIntact()).toBe(true);
    expect(page.remainingInk()).toBe(page.letters.size);
  });

  it('erases a dashed leader ("_ _ _ _") and keeps the letters', () => {
    const page = new Page(1200, 400);
    const labelEnd = page.word(60, 150);
    page.leader(labelEnd + 10, 700, 151, { w: 10, h: 3, pitch: 18 });
    page.word(720, 150);
    const result = removeLeaders(page.ink, page.width, page.height);
    expect(result.leaders).toBe(1);
    expect(page.lettersIntact()).toBe(true);
    expect(page.remainingInk()).toBe(page.letters.size);
  });

  it('follows a leader that drifts down the page on a skewed scan', () => {
    const page = new Page(1200, 400);
    page.word(60, 150);
    page.leader(150, 1100, 149, { slope: 0.014 });
    removeLeaders(page.ink, page.width, page.height);
    expect(page.remainingInk()).toBe(page.letters.size);
  });

  it('leaves a line of text with full stops, an ellipsis and i dots untouched', () => {
    const page = new Page(1200, 400);
    let x = 40;
    // "Tolo. Tolo. i.i.i.i.i. Tolo..." and an abbreviation run "T.L.T.L.T.L.T.L.T.L.T.L.T.L."
    for (let index = 0; index < 2; index += 1) {
      x = page.word(x, 150);
      page.stop(x + 3, 150);
      x += 20;
    }
    for (let index = 0; index < 5; index += 1) {
      page.letterI(x, 150).stop(x + 8, 150);
      x += 16;
    }
    x = page.word(x + 10, 150);
    for (let dot = 0; dot < 3; dot += 1) page.stop(x + 3 + dot * 8, 150);
    x = 40;
    for (let index = 0; index < 14; index += 1) {
      if (index % 2) page.letterL(x, 250);
      else page.letterT(x, 250);
      page.stop(x + 20, 250);
      x += 28;
    }
    const before = page.remainingInk();
    const result = removeLeaders(page.ink, page.width, page.height);
    expect(result.erased).toBe(0);
    expect(page.remainingInk()).toBe(before);
  });

  it('erases a dotted leader that a value is typed over, on both sides of the value, and keeps the value whole', () => {
    const page = new Page(1200, 400);
    const labelEnd = page.word(60, 150);
    // the leader runs on to the right margin; the value's letters stand on it (their last row is its top row)
    page.leader(labelEnd + 10, 1150, 152);
    const valueEnd = page.word(500, 150);
    page.word(valueEnd + 12, 150);
    const result = removeLeaders(page.ink, page.width, page.height);
    expect(page.lettersIntact()).toBe(true);
    expect(result.leaders).toBeGreaterThanOrEqual(2);
    // nothing is left of the leader before the value, nor past it
    expect(page.inkIn(labelEnd + 5, 140, 500 - labelEnd - 10, 20)).toBe(0);
    expect(page.inkIn(valueEnd + 100, 140, 1150 - valueEnd - 100, 20)).toBe(0);
  });

  it('keeps short runs of dots: fewer than a leader has', () => {
    const page = new Page(1200, 400);
    page.leader(100, 100 + 12 * 6, 150);
    const before = page.remainingInk();
    expect(removeLeaders(page.ink, page.width, page.height).erased).toBe(0);
    expect(page.remainingInk()).toBe(before);
  });

  it('runs within removeLines and removeLinesFromPixels, with the solid lines', () => {
    const page = new Page(1200, 1600);
    page.rect(40, 60, 1100, 4);
    const labelEnd = page.word(60, 150);
    page.leader(labelEnd + 10, 560, 149);
    page.word(580, 150);
    const ink = Uint8Array.from(page.ink);
    const result = removeLines(ink, page.width, page.height);
    expect(result.leaders).toBe(1);
    expect(ink.reduce((sum, value) => sum + value, 0)).toBe(page.letters.size);
    const rgba = new Uint8ClampedArray(page.width * page.height * 4).fill(255);
    page.ink.forEach((value, pixel) => {
      if (value) rgba[pixel * 4] = rgba[pixel * 4 + 1] = rgba[pixel * 4 + 2] = 0;
    });
    const fromPixels = removeLinesFromPixels(rgba, page.width, page.height);
    expect(fromPixels.leaders).toBe(1);
    let black = 0;
    for (let pixel = 0; pixel < page.width * page.height; pixel += 1) if (rgba[pixel * 4]! < 128) black += 1;
    expect(black).toBe(page.letters.size);
  });
});
