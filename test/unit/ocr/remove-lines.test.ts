import { describe, expect, it } from 'vitest';
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

  /** A box outline, `thickness` pixels wide, drawn like a PDF stroke (corners filled). */
  box(x: number, y: number, w: number, h: number, thickness = 4): this {
    return this.rect(x, y, w, thickness).rect(x, y + h - thickness, w, thickness).rect(x, y, thickness, h).rect(x + w - thickness, y, thickness, h);
  }

  /** Simple letter shapes, 3 px strokes: T, L, an o-like ring, a p-like stem with a bowl. */
  letterT(x: number, y: number): this {
    return this.rect(x, y, 18, 3, true).rect(x + 7, y, 3, 24, true);
  }

  letterL(x: number, y: number): this {
    return this.rect(x, y, 3, 24, true).rect(x, y + 21, 14, 3, true);
  }

  letterO(x: number, y: number, size = 14): this {
    return this.rect(x, y, size, 3, true).rect(x, y + size - 3, size, 3, true).rect(x, y, 3, size, true).rect(x + size - 3, y, 3, size, true);
  }

  inkAt(pixel: number): boolean {
    return this.ink[pixel] === 1;
  }

  remainingInk(): number {
    return this.ink.reduce((sum, value) => sum + value, 0);
  }

  lettersIntact(): boolean {
    return [...this.letters].every((pixel) => this.inkAt(pixel));
  }
}

describe('removeLines: form rules and box borders erased before OCR, letters kept', () => {
  it('erases a box around a value and keeps every letter, one of them touching its left border', () => {
    const page = new Page(1200, 1600);
    page.box(100, 100, 600, 44);
    // "ILTo": the I against the box's left border (no gap), the others a few pixels apart
    page.rect(104, 110, 3, 24, true);
    page.letterL(112, 110).letterT(130, 110).letterO(154, 120);
    const result = removeLines(page.ink, page.width, page.height);
    expect(result.horizontalLines).toBeGreaterThan(0);
    expect(result.boxSides).toBeGreaterThan(0);
    expect(page.lettersIntact()).toBe(true);
    expect(page.remainingInk()).toBe(page.letters.size);
  });

  it('keeps a descender that crosses an underline whole and erases the line under a letter that sits on it', () => {
    const page = new Page(1200, 1600);
    page.rect(100, 300, 800, 4);
    // a p: bowl above the line, stem from above it to below it
    page.letterO(200, 286).rect(200, 286, 3, 30, true);
    // an o sitting on the line: its bottom touches the line's top
    page.letterO(300, 286);
    removeLines(page.ink, page.width, page.height);
    expect(page.lettersIntact()).toBe(true);
    // the line is gone but for the stretch inside the stem that crosses it
    const lineLeft = [...Array(800).keys()].flatMap((dx) => [0, 1, 2, 3].map((dy) => (300 + dy) * page.width + 100 + dx)).filter((pixel) => page.inkAt(pixel) && !page.letters.has(pixel));
    expect(lineLeft).toEqual([]);
    expect(page.remainingInk()).toBe(page.letters.size);
  });

  it('keeps the bottom stroke of a letter typed onto the rule, and a full stop sitting in it', () => {
    const page = new Page(1200, 1600);
    page.rect(100, 300, 800, 4);
    // an L whose bar overlaps the rule's top row, and a 4×4 full stop overlapping it the same way
    page.rect(200, 277, 3, 24, true).rect(200, 298, 20, 3, true).rect(230, 297, 4, 4, true);
    removeLines(page.ink, page.width, page.height);
    const kept = (x: number, y: number, w: number, h: number) => [...Array(w * h).keys()].every((index) => page.inkAt((y + Math.floor(index / w)) * page.width + x + (index % w)));
    expect(kept(200, 277, 3, 23)).toBe(true);
    expect(kept(200, 298, 20, 2)).toBe(true);
    expect(kept(230, 297, 4, 3)).toBe(true);
    // the rule is gone away from them
    expect(page.inkAt(302 * page.width + 500)).toBe(false);
  });

  it('erases a long vertical rule beside a column of values, and the underlines that meet it', () => {
    const page = new Page(1200, 1600);
    page.rect(296, 100, 4, 400);
    for (let row = 0; row < 5; row += 1) {
      page.rect(296, 160 + row * 80, 700, 4);
      page.letterT(320, 132 + row * 80).letterL(344, 132 + row * 80);
    }
    const result = removeLines(page.ink, page.width, page.height);
    expect(result.verticalLines).toBeGreaterThan(0);
    expect(page.lettersIntact()).toBe(true);
    expect(page.remainingInk()).toBe(page.letters.size);
  });

  it('follows a skewed rule (a page scanned 0.8° askew) to its ends', () => {
    const page = new Page(1200, 1600);
    const slope = Math.tan((0.8 * Math.PI) / 180);
    for (let x = 100; x < 1100; x += 1) page.rect(x, Math.round(500 + (x - 100) * slope), 1, 4);
    const before = page.remainingInk();
    removeLines(page.ink, page.width, page.height);
    expect(page.remainingInk()).toBeLessThan(before * 0.01);
  });

  it('follows a skewed rule under the letters typed onto it, to its very start, and leaves the letters whole', () => {
    const page = new Page(1200, 1600);
    const slope = Math.tan((0.8 * Math.PI) / 180);
    const ruleTop = (x: number) => Math.round(500 + (x - 100) * slope);
    for (let x = 100; x < 1100; x += 1) page.rect(x, ruleTop(x), 1, 4);
    // letters sitting on the rule from its start, their feet touching its top row
    for (let index = 0; index < 8; index += 1) {
      const x = 104 + index * 22;
      if (index % 2 === 0) page.letterL(x, ruleTop(x) - 24);
      else page.letterO(x, ruleTop(x) - 14);
    }
    removeLines(page.ink, page.width, page.height);
    expect(page.lettersIntact()).toBe(true);
    // what is left besides the letters is at most the row under each foot, attached to it
    const stray = [...Array(page.width * page.height).keys()].filter((pixel) => page.inkAt(pixel) && !page.letters.has(pixel));
    expect(stray.every((pixel) => page.letters.has(pixel - page.width))).toBe(true);
  });

  it('leaves text alone, a filled band thicker than any rule, and a solid block (a logo, a reversed heading)', () => {
    const page = new Page(1200, 1600);
    page.rect(0, 0, 1200, 40, true);
    page.rect(800, 600, 300, 300, true);
    for (let index = 0; index < 30; index += 1) page.letterT(100 + index * 24, 200).letterL(100 + index * 24, 240);
    const result = removeLines(page.ink, page.width, page.height);
    expect(result.erased).toBe(0);
    expect(page.remainingInk()).toBe(page.letters.size);
  });

  it('works on binarised RGBA pixels in place', () => {
    const page = new Page(1200, 1600).box(50, 50, 400, 40);
    page.letterT(60, 58);
    const rgba = new Uint8ClampedArray(page.width * page.height * 4).fill(255);
    page.ink.forEach((value, pixel) => {
      if (value) rgba.fill(0, pixel * 4, pixel * 4 + 3);
    });
    removeLinesFromPixels(rgba, page.width, page.height);
    const black = [...Array(page.width * page.height).keys()].filter((pixel) => rgba[pixel * 4] === 0);
    expect(black.sort((a, b) => a - b)).toEqual([...page.letters].sort((a, b) => a - b));
  });
});
