// Dotted and dashed leaders ("Referente ............ Mario Rossi", "Telefono _ _ _ _ 081 ..."), erased from a
// black-and-white page before OCR: read as letters they turn into strings of i, l and dots beside the value.

export interface LeaderRemovalOptions {
  /** A leader has at least this many marks... */
  minMarks?: number;
  /** ...or, with at least MIN_MARKS_IN_LONG_LEADER of them, spans this share of the page width. */
  minSpanShare?: number;
}

export interface LeaderRemoval {
  leaders: number;
  marks: number;
  /** Pixels turned from ink to paper. */
  erased: number;
}

const DEFAULT_MIN_MARKS = 12;
const DEFAULT_MIN_SPAN_SHARE = 1 / 10;
const MIN_MARKS_IN_LONG_LEADER = 5;
// A piece of leader on the course of a leader found (the rest of it past a value typed over it) needs this many.
const MIN_MARKS_ON_COURSE = 3;
// A mark is small: no taller than this share of the page width (a letter is taller), no longer than this one.
const MAX_MARK_HEIGHT_SHARE = 1 / 220;
const MAX_MARK_LENGTH_SHARE = 1 / 80;
// A dot or a dash fills most of its box.
const MIN_MARK_FILL = 0.45;
// Marks of a leader follow each other at most this many mark heights apart (start to start), and at most this share
// of the page width.
const MAX_PITCH_HEIGHTS = 12;
const MAX_PITCH_SHARE = 1 / 40;
// Marks of a leader are alike: height and length within this ratio of the previous mark's.
const MAX_SIZE_RATIO = 2.2;
// Regularly spaced: this share of a leader's pitches lie within PITCH_TOLERANCE of their median.
const MIN_REGULAR_SHARE = 0.8;
const PITCH_TOLERANCE = 0.3;
// Marks alike: this share of a leader's marks within MARK_TOLERANCE of the median height and length.
const MARK_TOLERANCE = 0.5;

interface Mark {
  seed: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Centre row, rounded. */
  cy: number;
  chain: number;
}

interface Chain {
  /** Indices of its marks, left to right. */
  marks: number[];
  accepted: boolean;
}

/**
 * Erases the leaders of a page (ink = 1 in `ink`, row by row) in place: rows of at least `minMarks` small marks (or
 * fewer spanning a tenth of the page), alike in size, on one baseline (followed as it drifts on a skewed scan), at
 * regular intervals with nothing between them. Letters are taller, and the full stops, i dots, accents and ellipses
 * of text are too few, irregular, or have ink between them or under them: they stay. Marks merged with a letter typed
 * over the leader stay with the letter; the pieces of the leader between and past the letters go when they lie on its
 * course. Linear in the number of pixels.
 */
export function removeLeaders(ink: Uint8Array, width: number, height: number, options: LeaderRemovalOptions = {}): LeaderRemoval {
  const none: LeaderRemoval = { leaders: 0, marks: 0, erased: 0 };
  if (width < 16 || height < 4 || ink.length < width * height) return none;
  const maxHeight = Math.max(3, Math.round(width * MAX_MARK_HEIGHT_SHARE));
  const maxLength = Math.max(6, Math.round(width * MAX_MARK_LENGTH_SHARE));
  const minMarks = options.minMarks ?? DEFAULT_MIN_MARKS;
  const minSpan = Math.round(width * (options.minSpanShare ?? DEFAULT_MIN_SPAN_SHARE));
  const maxPitchAbsolute = Math.max(12, Math.round(width * MAX_PITCH_SHARE));

  const marks = findMarks(ink, width, height, maxHeight, maxLength);
  if (marks.length < MIN_MARKS_ON_COURSE) return none;

  // marks in order of their left edge (a counting sort over the columns)
  const byX = countingSort(marks, width, (mark) => mark.x0);
  const chains: Chain[] = [];
  // the chain whose last mark has its centre on each row, if any
  const openAt = new Int32Array(height).fill(-1);
  for (const index of byX) {
    const mark = marks[index]!;
    const h = mark.y1 - mark.y0 + 1;
    const tolerance = Math.max(1, Math.ceil(h / 2));
    let best = -1;
    let bestDistance = Infinity;
    for (let row = Math.max(0, mark.cy - tolerance); row <= Math.min(height - 1, mark.cy + tolerance); row += 1) {
      const chainIndex = openAt[row]!;
      if (chainIndex < 0) continue;
      const chain = chains[chainIndex]!;
      const last = marks[chain.marks[chain.marks.length - 1]!]!;
      if (last.cy !== row) continue;
      if (!follows(last, mark, maxPitchAbsolute)) continue;
      const distance = Math.abs(row - mark.cy);
      if (distance < bestDistance) {
        best = chainIndex;
        bestDistance = distance;
      }
    }
    if (best >= 0 && clearBetween(ink, width, marks[chains[best]!.marks[chains[best]!.marks.length - 1]!]!, mark)) {
      const chain = chains[best]!;
      const last = marks[chain.marks[chain.marks.length - 1]!]!;
      if (openAt[last.cy] === best) openAt[last.cy] = -1;
      chain.marks.push(index);
      mark.chain = best;
    } else {
      mark.chain = chains.length;
      chains.push({ marks: [index], accepted: false });
    }
    openAt[mark.cy] = mark.chain;
  }

  // leaders: long enough, regular, alike
  const accepted: number[] = [];
  for (let index = 0; index < chains.length; index += 1) {
    const chain = chains[index]!;
    const first = marks[chain.marks[0]!]!;
    const last = marks[chain.marks[chain.marks.length - 1]!]!;
    const span = last.x1 - first.x0 + 1;
    const count = chain.marks.length;
    if (count < minMarks && !(count >= MIN_MARKS_IN_LONG_LEADER && span >= minSpan)) continue;
    if (!regular(chain, marks)) continue;
    chain.accepted = true;
    accepted.push(index);
  }
  if (accepted.length === 0) return none;

  // pieces of a leader interrupted by a value typed over it: shorter chains on the course of an accepted one, with
  // its pitch and its marks' size
  const courses = accepted.map((index) => course(chains[index]!, marks));
  const courseAt = new Map<number, number[]>();
  courses.forEach((leader, index) => {
    const atLeft = leader.row0 - leader.slope * leader.x0;
    const atRight = atLeft + leader.slope * (width - 1);
    const top = Math.max(0, Math.floor(Math.min(atLeft, atRight) - leader.height - 2));
    const bottom = Math.min(height - 1, Math.ceil(Math.max(atLeft, atRight) + leader.height + 2));
    for (let row = top; row <= bottom; row += 1) {
      const list = courseAt.get(row);
      if (list) list.push(index);
      else courseAt.set(row, [index]);
    }
  });
  for (const chain of chains) {
    if (chain.accepted || chain.marks.length < MIN_MARKS_ON_COURSE) continue;
    const first = marks[chain.marks[0]!]!;
    const leader = courseAt.get(first.cy)?.map((index) => courses[index]!).find((candidate) => onCourse(chain, marks, candidate));
    if (!leader || !regular(chain, marks, leader.pitch)) continue;
    chain.accepted = true;
  }

  let leaders = 0;
  let erasedMarks = 0;
  let erased = 0;
  const stack: number[] = [];
  for (const chain of chains) {
    if (!chain.accepted) continue;
    leaders += 1;
    for (const index of chain.marks) {
      erasedMarks += 1;
      erased += eraseComponent(ink, width, height, marks[index]!.seed, stack);
    }
  }
  return { leaders, marks: erasedMarks, erased };
}

/** Whether `next` may follow `last` in a leader: to its right, close, alike in size. */
function follows(last: Mark, next: Mark, maxPitchAbsolute: number): boolean {
  if (next.x0 <= last.x1) return false;
  const lastHeight = last.y1 - last.y0 + 1;
  const nextHeight = next.y1 - next.y0 + 1;
  const lastLength = last.x1 - last.x0 + 1;
  const nextLength = next.x1 - next.x0 + 1;
  const pitch = next.x0 - last.x0;
  if (pitch > Math.min(maxPitchAbsolute, MAX_PITCH_HEIGHTS * Math.max(lastHeight, nextHeight) + Math.max(lastLength, nextLength))) return false;
  const ratio = (a: number, b: number) => Math.max(a, b) / Math.min(a, b);
  return ratio(lastHeight, nextHeight) <= MAX_SIZE_RATIO && ratio(lastLength, nextLength) <= MAX_SIZE_RATIO + 0.5;
}

/** Whether no ink lies between two marks on the rows they share (a letter between two full stops). */
function clearBetween(ink: Uint8Array, width: number, left: Mark, right: Mark): boolean {
  const top = Math.max(left.y0, right.y0);
  const bottom = Math.min(left.y1, right.y1);
  const rows = bottom >= top ? [top, bottom] : [Math.round((left.cy + right.cy) / 2)];
  for (const y of rows) {
    const row = y * width;
    for (let x = left.x1 + 1; x < right.x0; x += 1) if (ink[row + x]) return false;
  }
  return true;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? 0;
}

/** Whether a chain's marks are alike and (with at least 2 pitches) regularly spaced, at `pitch` when given. */
function regular(chain: Chain, marks: Mark[], pitch?: number): boolean {
  const members = chain.marks.map((index) => marks[index]!);
  const heights = members.map((mark) => mark.y1 - mark.y0 + 1);
  const lengths = members.map((mark) => mark.x1 - mark.x0 + 1);
  const pitches: number[] = [];
  for (let index = 1; index < members.length; index += 1) pitches.push(members[index]!.x0 - members[index - 1]!.x0);
  const typicalPitch = pitch ?? median(pitches);
  const within = (values: number[], typical: number, tolerance: number, slack: number) =>
    values.filter((value) => Math.abs(value - typical) <= tolerance * typical + slack).length >= MIN_REGULAR_SHARE * values.length;
  const typicalHeight = median(heights);
  const typicalLength = median(lengths);
  return within(pitches, typicalPitch, PITCH_TOLERANCE, 1) && within(heights, typicalHeight, MARK_TOLERANCE, 1) && within(lengths, typicalLength, MARK_TOLERANCE, 1);
}

interface Course {
  /** Row of the course at column x: row0 + slope * (x - x0). */
  x0: number;
  row0: number;
  slope: number;
  pitch: number;
  height: number;
  length: number;
}

/** The straight course of an accepted leader (fitted to its marks' centres), its pitch and marks' size. */
function course(chain: Chain, marks: Mark[]): Course {
  const members = chain.marks.map((index) => marks[index]!);
  const n = members.length;
  let sumX = 0;
  let sumY = 0;
  let sumXX = 0;
  let sumXY = 0;
  for (const mark of members) {
    const x = (mark.x0 + mark.x1) / 2;
    sumX += x;
    sumY += mark.cy;
    sumXX += x * x;
    sumXY += x * mark.cy;
  }
  const denominator = n * sumXX - sumX * sumX;
  const slope = denominator === 0 ? 0 : Math.max(-0.05, Math.min(0.05, (n * sumXY - sumX * sumY) / denominator));
  const row0 = (sumY - slope * sumX) / n;
  const pitches: number[] = [];
  for (let index = 1; index < n; index += 1) pitches.push(members[index]!.x0 - members[index - 1]!.x0);
  const height = median(members.map((mark) => mark.y1 - mark.y0 + 1));
  const length = median(members.map((mark) => mark.x1 - mark.x0 + 1));
  return { x0: 0, row0, slope, pitch: median(pitches), height, length };
}

/** Whether every mark of a chain lies on a leader's course and is the size of its marks. */
function onCourse(chain: Chain, marks: Mark[], leader: Course): boolean {
  const tolerance = Math.max(1.5, leader.height / 2 + 1);
  return chain.marks.every((index) => {
    const mark = marks[index]!;
    const expected = leader.row0 + leader.slope * ((mark.x0 + mark.x1) / 2 - leader.x0);
    const h = mark.y1 - mark.y0 + 1;
    const l = mark.x1 - mark.x0 + 1;
    return Math.abs(mark.cy - expected) <= tolerance && Math.abs(h - leader.height) <= MARK_TOLERANCE * leader.height + 1 && Math.abs(l - leader.length) <= MARK_TOLERANCE * leader.length + 1;
  });
}

/** Indices of `items` in ascending order of `key` (an integer in 0..size-1). */
function countingSort<T>(items: T[], size: number, key: (item: T) => number): number[] {
  const counts = new Int32Array(size + 1);
  for (const item of items) counts[key(item) + 1]! += 1;
  for (let index = 1; index <= size; index += 1) counts[index]! += counts[index - 1]!;
  const order = new Array<number>(items.length);
  items.forEach((item, index) => {
    order[counts[key(item)]!++] = index;
  });
  return order;
}

/**
 * The page's small marks: 8-connected pieces of ink no taller than `maxHeight`, no longer than `maxLength`, filling
 * most of their box, with no ink just under them (an i's dot, an accent, the upper dot of a colon).
 */
function findMarks(ink: Uint8Array, width: number, height: number, maxHeight: number, maxLength: number): Mark[] {
  const visited = new Uint8Array(width * height);
  const stack: number[] = [];
  const marks: Mark[] = [];
  for (let seed = 0; seed < ink.length; seed += 1) {
    if (!ink[seed] || visited[seed]) continue;
    visited[seed] = 1;
    stack.push(seed);
    let x0 = seed % width;
    let x1 = x0;
    const y0 = (seed - x0) / width;
    let y1 = y0;
    let count = 0;
    while (stack.length > 0) {
      const pixel = stack.pop()!;
      count += 1;
      const px = pixel % width;
      const py = (pixel - px) / width;
      if (px < x0) x0 = px;
      if (px > x1) x1 = px;
      if (py > y1) y1 = py;
      for (let dy = -1; dy <= 1; dy += 1) {
        const ny = py + dy;
        if (ny < 0 || ny >= height) continue;
        for (let dx = -1; dx <= 1; dx += 1) {
          const nx = px + dx;
          if (nx < 0 || nx >= width) continue;
          const neighbour = ny * width + nx;
          if (ink[neighbour] && !visited[neighbour]) {
            visited[neighbour] = 1;
            stack.push(neighbour);
          }
        }
      }
    }
    const h = y1 - y0 + 1;
    const l = x1 - x0 + 1;
    if (h > maxHeight || l > maxLength || count < 3 || count < MIN_MARK_FILL * h * l) continue;
    // a dash is longer than tall; a dot about square; nothing taller than long by much
    if (h > 2 * l) continue;
    if (inkBelow(ink, width, height, x0, x1, y1, h)) continue;
    marks.push({ seed, x0, x1, y0, y1, cy: Math.round((y0 + y1) / 2), chain: -1 });
  }
  return marks;
}

/** Whether ink lies within about two mark heights under the middle of a mark: the stem of an i or a j, a colon's dot. */
function inkBelow(ink: Uint8Array, width: number, height: number, x0: number, x1: number, y1: number, h: number): boolean {
  const x = (x0 + x1) >> 1;
  const from = y1 + 2;
  const to = Math.min(height - 1, y1 + 1 + Math.max(3, Math.round(h * 1.6)));
  if (x1 - x0 + 1 > 2 * h) return false; // a dash: a stroke under it is a letter of the row below, not its stem
  for (let y = from; y <= to; y += 1) if (ink[y * width + x]) return true;
  return false;
}

/** Turns one 8-connected piece of ink to paper; returns its size. */
function eraseComponent(ink: Uint8Array, width: number, height: number, seed: number, stack: number[]): number {
  if (!ink[seed]) return 0;
  let erased = 0;
  ink[seed] = 0;
  stack.push(seed);
  while (stack.length > 0) {
    const pixel = stack.pop()!;
    erased += 1;
    const px = pixel % width;
    const py = (pixel - px) / width;
    for (let dy = -1; dy <= 1; dy += 1) {
      const ny = py + dy;
      if (ny < 0 || ny >= height) continue;
      for (let dx = -1; dx <= 1; dx += 1) {
        const nx = px + dx;
        if (nx < 0 || nx >= width) continue;
        const neighbour = ny * width + nx;
        if (ink[neighbour]) {
          ink[neighbour] = 0;
          stack.push(neighbour);
        }
      }
    }
  }
  return erased;
}
