// Form rules and box borders, erased from a black-and-white page before OCR: read as letters they turn "n.rossi"
// into "in.rossi" and "PO-3" into "1PO-3". Dotted and dashed leaders go too (remove-leaders.ts).
import { removeLeaders, type LeaderRemovalOptions } from './remove-leaders.ts';

export interface LineRemovalOptions {
  /** A horizontal run of ink at least this share of the page width is a line (a rule, an underline, a box side). */
  minHorizontalShare?: number;
  /** A vertical run of ink at least this share of the page height is a line (a column rule, a tall box side). */
  minVerticalShare?: number;
  /** A shorter vertical run joining two horizontal lines at both its ends is the side of a box, if this long. */
  minBoxSideShare?: number;
  /** Gaps in a line up to this many pixels (JPEG, toner, a break in a skewed line) are bridged; default from the width. */
  maxGap?: number;
  /** Dotted and dashed leaders (rows of small regular marks) are erased too, unless false. */
  leaders?: boolean | LeaderRemovalOptions;
}

export interface LineRemoval {
  horizontalLines: number;
  verticalLines: number;
  boxSides: number;
  /** Dotted or dashed leaders erased (pieces of one interrupted by a value typed over it count apart). */
  leaders: number;
  /** Pixels turned from ink to paper. */
  erased: number;
  /** Thickness of the lines found, in pixels (0 when none). */
  thickness: { horizontal: number; vertical: number };
}

const DEFAULT_MIN_HORIZONTAL_SHARE = 1 / 15;
const DEFAULT_MIN_VERTICAL_SHARE = 1 / 30;
const DEFAULT_MIN_BOX_SIDE_SHARE = 1 / 150;
// A line is near-solid: at least this share of its run is ink.
const MIN_SOLIDITY = 0.85;
// Histogram bins for the lines' thickness; the thickest rule taken is a share of the page width (a filled band,
// the form's heading bar, is no rule).
const MAX_LINE_THICKNESS = 40;
const MAX_LINE_THICKNESS_SHARE = 1 / 200;

// What is left of a line once it is erased is cleared when it is a hairline: on average this many pixels thick. A
// full stop that sat on the rule, even with a row of it gone with the rule, is thicker.
const SLIVER_THICKNESS = 1.35;

const IN_HORIZONTAL = 1;
const IN_VERTICAL = 2;
const ERASE = 4;
const ERASED = 8;
const VISITED = 16;
const SEEN = 32;
// In a band no thicker than the page's lines (across a horizontal line, across a vertical one).
const THIN_HORIZONTAL = 64;
const THIN_VERTICAL = 128;
// Which sides of a band of line pixels other ink touches (a letter sitting on the rule, a descender crossing it).
const INK_BEFORE = 1;
const INK_AFTER = 2;

/**
 * Erases the long straight lines of a page (ink = 1 in `ink`, row by row) in place, keeping the characters that
 * touch or cross them. Along each column, the pixels of a horizontal line form a band: it is erased when it is no
 * thicker than the page's lines and no stroke goes on through it on both sides (a descender crossing an underline
 * keeps the piece of line inside it, so the letter stays whole; a letter merely sitting on the line loses only the
 * line). The same along each row for vertical lines; where two lines meet, both go; the hairline slivers a line's
 * blurred edge leaves go too. Linear in the number of pixels.
 */
export function removeLines(ink: Uint8Array, width: number, height: number, options: LineRemovalOptions = {}): LineRemoval {
  const none: LineRemoval = { horizontalLines: 0, verticalLines: 0, boxSides: 0, leaders: 0, erased: 0, thickness: { horizontal: 0, vertical: 0 } };
  if (width < 2 || height < 2 || ink.length < width * height) return none;
  const maxGap = Math.max(1, options.maxGap ?? Math.round(width / 1200));
  const minHorizontal = Math.max(8, Math.round(width * (options.minHorizontalShare ?? DEFAULT_MIN_HORIZONTAL_SHARE)));
  const minVertical = Math.max(8, Math.round(height * (options.minVerticalShare ?? DEFAULT_MIN_VERTICAL_SHARE)));
  const minBoxSide = Math.max(6, Math.round(width * (options.minBoxSideShare ?? DEFAULT_MIN_BOX_SIDE_SHARE)));
  const thickest = Math.min(MAX_LINE_THICKNESS, Math.max(3, Math.round(width * MAX_LINE_THICKNESS_SHARE)));
  const marks = new Uint8Array(width * height);
  const page: Page = { ink, marks, width, height };


  const horizontalLines = markHorizontalLines(page, minHorizontal, maxGap);
  completeLines(page, IN_HORIZONTAL, horizontalAxis(width, height), { thickest, maxGap, maxExtension: minHorizontal });
  // the bands of a horizontal line lie along the columns
  const horizontalThickness = lineThickness(page, IN_HORIZONTAL, width, thickest);
  decideBands(page, IN_HORIZONTAL, THIN_HORIZONTAL, width, allowedThickness(horizontalThickness));

  const vertical = markVerticalLines(page, { minVertical, minBoxSide, maxGap, reach: horizontalThickness + maxGap + 1 });
  completeLines(page, IN_VERTICAL, verticalAxis(width, height), { thickest, maxGap, maxExtension: minVertical });
  const verticalThickness = lineThickness(page, IN_VERTICAL, 1, thickest);
  decideBands(page, IN_VERTICAL, THIN_VERTICAL, 1, allowedThickness(verticalThickness));

  let erased = 0;
  for (let pixel = 0; pixel < marks.length; pixel += 1) {
    const mark = marks[pixel]!;
    if (mark === 0) continue;
    // where two thin lines cross, each goes on through the other: both go
    if ((mark & (THIN_HORIZONTAL | THIN_VERTICAL)) === (THIN_HORIZONTAL | THIN_VERTICAL) || mark & ERASE) {
      ink[pixel] = 0;
      marks[pixel] = mark | ERASED;
      erased += 1;
    }
  }
  if (erased > 0) erased += clearSlivers(page, SLIVER_THICKNESS);
  // leaders last: a dot that touched a rule is free of it now
  const leaders = options.leaders === false ? { leaders: 0, erased: 0 } : removeLeaders(ink, width, height, options.leaders === true ? {} : options.leaders);
  erased += leaders.erased;
  return {
    horizontalLines,
    verticalLines: vertical.lines,
    boxSides: vertical.boxSides,
    leaders: leaders.leaders,
    erased,
    thickness: { horizontal: horizontalThickness, vertical: verticalThickness },
  };
}

interface Page {
  ink: Uint8Array;
  marks: Uint8Array;
  width: number;
  height: number;
}

/** A line's band may be this thick where it is erased: the lines' own thickness, with room for a ragged edge. */
function allowedThickness(thickness: number): number {
  return thickness === 0 ? 0 : thickness + Math.max(2, Math.ceil(thickness / 3));
}

/** `removeLines` on binarised RGBA pixels (black ink on white, as `binarizePixels` leaves them), in place. */
export function removeLinesFromPixels(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number, options: LineRemovalOptions = {}): LineRemoval {
  const ink = new Uint8Array(width * height);
  for (let pixel = 0, offset = 0; pixel < ink.length; pixel += 1, offset += 4) ink[pixel] = rgba[offset]! < 128 ? 1 : 0;
  const removal = removeLines(ink, width, height, options);
  if (removal.erased === 0) return removal;
  for (let pixel = 0, offset = 0; pixel < ink.length; pixel += 1, offset += 4) {
    if (ink[pixel] === 0 && rgba[offset]! < 128) {
      rgba[offset] = 255;
      rgba[offset + 1] = 255;
      rgba[offset + 2] = 255;
    }
  }
  return removal;
}

/** Calls `found` with every near-solid run of ink in one row (gaps up to maxGap bridged) at least minLength long. */
function rowSegments(ink: Uint8Array, row: number, width: number, minLength: number, maxGap: number, found: (start: number, last: number) => void): void {
  let start = -1;
  let last = -1;
  let count = 0;
  const close = () => {
    if (start >= 0 && last - start + 1 >= minLength && count >= MIN_SOLIDITY * (last - start + 1)) found(start, last);
  };
  for (let x = 0; x < width; x += 1) {
    if (!ink[row + x]) continue;
    if (start < 0 || x - last - 1 > maxGap) {
      close();
      start = x;
      count = 0;
    }
    last = x;
    count += 1;
  }
  close();
}

/** Marks the ink of every long, near-solid horizontal run (gaps bridged); returns how many there are. */
function markHorizontalLines({ ink, marks, width, height }: Page, minLength: number, maxGap: number): number {
  let lines = 0;
  for (let y = 0; y < height; y += 1) {
    const row = y * width;
    rowSegments(ink, row, width, minLength, maxGap, (start, last) => {
      lines += 1;
      for (let x = start; x <= last; x += 1) if (ink[row + x]) marks[row + x]! |= IN_HORIZONTAL;
    });
  }
  return lines;
}

/** One direction of lines: horizontal lines run along x, vertical ones along y. */
interface Axis {
  /** Pixels along the lines and across them. */
  alongSize: number;
  acrossSize: number;
  index(along: number, across: number): number;
}

const horizontalAxis = (width: number, height: number): Axis => ({ alongSize: width, acrossSize: height, index: (along, across) => across * width + along });
const verticalAxis = (width: number, height: number): Axis => ({ alongSize: height, acrossSize: width, index: (along, across) => along * width + across });

// A line's pixels are those within this distance of its course beyond half its thickness.
const COURSE_TOLERANCE = 1;
// A line is straight: at most this share of its found pixels lie off its fitted course.
const MAX_OFF_COURSE = 0.03;

/**
 * Completes each line found (a connected set of pixels marked `flag`) along its course: a straight line fitted to
 * its pixels, as thick as they are on average. Every ink pixel on that course is marked too, and the course is
 * followed past the found pixels while ink goes on (at most `maxExtension` pixels, gaps up to maxGap). On a skewed
 * scan, no row holds the end of a rule at full length: this finds it, and the rows of a rule under letters typed
 * onto it, without taking the letters. A line that is not straight (a curve, a blot) is left as found.
 */
function completeLines(page: Page, flag: number, axis: Axis, settings: { thickest: number; maxGap: number; maxExtension: number }): void {
  const { marks, width, height } = page;
  const size = width * height;
  const stack: number[] = [];
  const component: number[] = [];
  for (let pixel = 0; pixel < size; pixel += 1) marks[pixel]! &= ~SEEN;
  const alongOf = (pixel: number) => (axis.alongSize === width ? pixel % width : Math.floor(pixel / width));
  const acrossOf = (pixel: number) => (axis.alongSize === width ? Math.floor(pixel / width) : pixel % width);
  for (let seed = 0; seed < size; seed += 1) {
    if (!(marks[seed]! & flag) || marks[seed]! & SEEN) continue;
    component.length = 0;
    stack.push(seed);
    marks[seed]! |= SEEN;
    while (stack.length > 0) {
      const pixel = stack.pop()!;
      component.push(pixel);
      const x = pixel % width;
      const y = (pixel - x) / width;
      for (let dy = -1; dy <= 1; dy += 1) {
        const ny = y + dy;
        if (ny < 0 || ny >= height) continue;
        for (let dx = -1; dx <= 1; dx += 1) {
          const nx = x + dx;
          if (nx < 0 || nx >= width) continue;
          const neighbour = ny * width + nx;
          if (marks[neighbour]! & flag && !(marks[neighbour]! & SEEN)) {
            marks[neighbour]! |= SEEN;
            stack.push(neighbour);
          }
        }
      }
    }
    followCourse(page, flag, axis, component, alongOf, acrossOf, settings);
  }
}

function followCourse(
  page: Page,
  flag: number,
  axis: Axis,
  component: readonly number[],
  alongOf: (pixel: number) => number,
  acrossOf: (pixel: number) => number,
  settings: { thickest: number; maxGap: number; maxExtension: number },
): void {
  const { ink, marks } = page;
  let sumA = 0;
  let sumC = 0;
  let sumAA = 0;
  let sumAC = 0;
  let minA = Infinity;
  let maxA = -Infinity;
  for (const pixel of component) {
    const a = alongOf(pixel);
    const c = acrossOf(pixel);
    sumA += a;
    sumC += c;
    sumAA += a * a;
    sumAC += a * c;
    if (a < minA) minA = a;
    if (a > maxA) maxA = a;
  }
  const n = component.length;
  const span = maxA - minA + 1;
  const thickness = n / span;
  const denominator = n * sumAA - sumA * sumA;
  if (span < 8 || thickness > settings.thickest || denominator === 0) return;
  const slope = (n * sumAC - sumA * sumC) / denominator;
  const offset = (sumC - slope * sumA) / n;
  const half = thickness / 2 + COURSE_TOLERANCE;
  let offCourse = 0;
  for (const pixel of component) if (Math.abs(acrossOf(pixel) - (offset + slope * alongOf(pixel))) > half + 1) offCourse += 1;
  if (offCourse > MAX_OFF_COURSE * n) return;
  /** Marks the ink on the course at `a`; whether there was any. */
  const markAt = (a: number): boolean => {
    const centre = offset + slope * a;
    const from = Math.max(0, Math.ceil(centre - half));
    const to = Math.min(axis.acrossSize - 1, Math.floor(centre + half));
    let found = false;
    for (let c = from; c <= to; c += 1) {
      const pixel = axis.index(a, c);
      if (!ink[pixel]) continue;
      marks[pixel]! |= flag | SEEN;
      found = true;
    }
    return found;
  };
  for (let a = minA; a <= maxA; a += 1) markAt(a);
  for (const direction of [-1, 1]) {
    let gap = 0;
    for (let step = 1; step <= settings.maxExtension && gap <= settings.maxGap; step += 1) {
      const a = direction < 0 ? minA - step : maxA + step;
      if (a < 0 || a >= axis.alongSize) break;
      gap = markAt(a) ? 0 : gap + 1;
    }
  }
}

interface VerticalSettings {
  minVertical: number;
  minBoxSide: number;
  maxGap: number;
  /** How far from a run's end a horizontal line may be for the run to join it. */
  reach: number;
}

/**
 * Marks the ink of every long, near-solid vertical run, and of every shorter one that is the side of a box: joined to
 * horizontal lines at both ends, or at one end where that line turns a corner (it goes on to one side only; a letter
 * touching a rule has the rule on both sides). On a skewed scan one column holds only part of a box's side: the
 * corner still shows. Rows are read in order with one run per column open at a time.
 */
function markVerticalLines({ ink, marks, width, height }: Page, settings: VerticalSettings): { lines: number; boxSides: number } {
  const start = new Int32Array(width).fill(-1);
  const last = new Int32Array(width).fill(-1);
  const count = new Int32Array(width);
  let lines = 0;
  let boxSides = 0;
  const { reach } = settings;
  const close = (x: number) => {
    const top = start[x]!;
    const bottom = last[x]!;
    start[x] = -1;
    const length = bottom - top + 1;
    if (top < 0 || length < settings.minBoxSide || count[x]! < MIN_SOLIDITY * length) return;
    if (length >= settings.minVertical) {
      lines += 1;
    } else {
      // a filled band is no box: the middle of a side is clear of horizontal lines
      if (length <= 2 * reach || marks[((top + bottom) >> 1) * width + x]! & IN_HORIZONTAL) return;
      const atTop = lineSides(marks, width, x, top, Math.min(bottom, top + reach), reach);
      const atBottom = lineSides(marks, width, x, Math.max(top, bottom - reach), bottom, reach);
      const corner = (sides: number) => sides === INK_BEFORE || sides === INK_AFTER;
      if (!((atTop !== 0 && atBottom !== 0) || corner(atTop) || corner(atBottom))) return;
      boxSides += 1;
    }
    for (let y = top; y <= bottom; y += 1) if (ink[y * width + x]) marks[y * width + x]! |= IN_VERTICAL;
  };
  for (let y = 0; y < height; y += 1) {
    const row = y * width;
    for (let x = 0; x < width; x += 1) {
      if (!ink[row + x]) continue;
      if (start[x]! < 0 || y - last[x]! - 1 > settings.maxGap) {
        close(x);
        start[x] = y;
        count[x] = 0;
      }
      last[x] = y;
      count[x]! += 1;
    }
  }
  for (let x = 0; x < width; x += 1) close(x);
  return { lines, boxSides };
}

/**
 * On which sides of column x a horizontal line runs between rows `from` and `to`: INK_BEFORE (to the left),
 * INK_AFTER (to the right), both, or 0 when none comes near the column there.
 */
function lineSides(marks: Uint8Array, width: number, x: number, from: number, to: number, reach: number): number {
  let sides = 0;
  const span = reach + 2;
  for (let y = from; y <= to; y += 1) {
    const row = y * width;
    for (let column = Math.max(0, x - span); column < x - 1; column += 1) if (marks[row + column]! & IN_HORIZONTAL) sides |= INK_BEFORE;
    for (let column = x + 2; column <= Math.min(width - 1, x + span); column += 1) if (marks[row + column]! & IN_HORIZONTAL) sides |= INK_AFTER;
  }
  return sides;
}

/**
 * Calls `visit` with every band of consecutive pixels marked `flag` along the lanes `step` apart (width: columns,
 * the bands of horizontal lines; 1: rows, those of vertical lines): its first pixel, its length and which of its
 * ends other ink touches. Each band is walked from its first pixel only.
 */
function forEachBand({ ink, marks, width, height }: Page, flag: number, step: number, visit: (first: number, length: number, sides: number) => void): void {
  const size = width * height;
  for (let pixel = 0; pixel < size; pixel += 1) {
    if (!(marks[pixel]! & flag)) continue;
    const atLaneStart = step === 1 ? pixel % width === 0 : pixel < width;
    if (!atLaneStart && marks[pixel - step]! & flag) continue;
    let length = 0;
    let next = pixel;
    while (next < size && marks[next]! & flag && (step !== 1 || length === 0 || next % width !== 0)) {
      length += 1;
      next += step;
    }
    const before = !atLaneStart && ink[pixel - step] === 1 ? INK_BEFORE : 0;
    const atLaneEnd = next >= size || (step === 1 && next % width === 0);
    const after = !atLaneEnd && ink[next] === 1 ? INK_AFTER : 0;
    visit(pixel, length, before | after);
  }
}

/** The commonest length of the bands no other ink touches, up to `thickest`: the lines' thickness. */
function lineThickness(page: Page, flag: number, step: number, thickest: number): number {
  const histogram = new Uint32Array(thickest + 1);
  forEachBand(page, flag, step, (_first, length, sides) => {
    if (sides === 0 && length <= thickest) histogram[length]! += length;
  });
  let best = 0;
  for (let band = 1; band <= thickest; band += 1) if (histogram[band]! > histogram[best]!) best = band;
  return best;
}

/**
 * Marks for erasure the bands thin enough and not crossed by a stroke going on at both ends. Where a letter touches
 * one end, the band's pixel next to it stays with the letter: a letter typed onto the rule often shares that row
 * with it, and without it an "o" opens and a "C" turns into a "(".
 */
function decideBands(page: Page, flag: number, thin: number, step: number, allowed: number): void {
  forEachBand(page, flag, step, (first, length, sides) => {
    if (length > allowed) return;
    for (let index = 0; index < length; index += 1) page.marks[first + index * step]! |= thin;
    if (sides === (INK_BEFORE | INK_AFTER)) return;
    const from = sides === INK_BEFORE && length > 1 ? 1 : 0;
    const to = sides === INK_AFTER && length > 1 ? length - 1 : length;
    for (let index = from; index < to; index += 1) page.marks[first + index * step]! |= ERASE;
  });
}

/**
 * Erases what is left of a line once it is gone: pieces of ink touching erased pixels that are hairlines, on average
 * no thicker than `maxThickness` (a blurred edge row, the outer pixels of a corner). A letter or a full stop that
 * touched the line is thicker and stays. Each remaining pixel is visited once.
 */
function clearSlivers({ ink, marks, width, height }: Page, maxThickness: number): number {
  const stack: number[] = [];
  const component: number[] = [];
  let cleared = 0;
  const touchesErased = (pixel: number, x: number, y: number): boolean =>
    (x > 0 && (marks[pixel - 1]! & ERASED) !== 0) ||
    (x < width - 1 && (marks[pixel + 1]! & ERASED) !== 0) ||
    (y > 0 && (marks[pixel - width]! & ERASED) !== 0) ||
    (y < height - 1 && (marks[pixel + width]! & ERASED) !== 0);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const seed = y * width + x;
      if (!ink[seed] || marks[seed]! & VISITED || !touchesErased(seed, x, y)) continue;
      component.length = 0;
      stack.push(seed);
      marks[seed]! |= VISITED;
      let minX = x;
      let maxX = x;
      let minY = y;
      let maxY = y;
      while (stack.length > 0) {
        const pixel = stack.pop()!;
        component.push(pixel);
        const px = pixel % width;
        const py = (pixel - px) / width;
        minX = Math.min(minX, px);
        maxX = Math.max(maxX, px);
        minY = Math.min(minY, py);
        maxY = Math.max(maxY, py);
        for (let dy = -1; dy <= 1; dy += 1) {
          const ny = py + dy;
          if (ny < 0 || ny >= height) continue;
          for (let dx = -1; dx <= 1; dx += 1) {
            const nx = px + dx;
            if (nx < 0 || nx >= width) continue;
            const neighbour = ny * width + nx;
            if (ink[neighbour] && !(marks[neighbour]! & VISITED)) {
              marks[neighbour]! |= VISITED;
              stack.push(neighbour);
            }
          }
        }
      }
      // a hairline, straight or bent at a corner, covers about one pixel per pixel of its width plus height
      if (component.length > maxThickness * (maxX - minX + maxY - minY + 1)) continue;
      for (const pixel of component) {
        ink[pixel] = 0;
        marks[pixel]! |= ERASED;
      }
      cleared += component.length;
    }
  }
  return cleared;
}
