// The scanners that replaced three regular expressions must cut text exactly where those expressions did: on every
// line of every fixture body and on thousands of random strings. The old patterns are kept here, only as the reference.
import { beforeAll, describe, expect, it } from 'vitest';
import { readPersonName } from '../../../src/core/extract-form/contact-patterns.ts';
import { sentenceBoundaries } from '../../../src/core/extract-form/extract-prose.ts';
import { htmlToText } from '../../../src/core/extract-form/html-to-text.ts';
import { firstSeparator } from '../../../src/core/extract-form/split-label-value.ts';
import { splitTableCells } from '../../../src/core/extract-form/table-cells.ts';
import { allFixtureMessages } from '../../helpers/fixture-messages.ts';

const OLD_CELLS = /\t+|\s+\|\s+|^\||\|$/;
const OLD_LABEL_SEPARATOR = /\s+[-–—]\s+|\t+|\s*[._]{3,}\s*|\s+\|\s+/;
const OLD_SENTENCE_END = /[.!?]+(?=\s+["«(]?[A-ZÀ-Ý0-9])|[.!?]+\s*$|\n\s*\n/g;
const MAX_LABEL_LENGTH = 120;

const oldCells = (line: string) => line.split(OLD_CELLS).map((cell) => cell.trim());
function oldLabelSeparator(line: string) {
  const match = OLD_LABEL_SEPARATOR.exec(line);
  return match && match.index <= MAX_LABEL_LENGTH ? { start: match.index, end: match.index + match[0].length } : null;
}
const oldSentenceEnds = (text: string) => [...text.matchAll(OLD_SENTENCE_END)].map((match) => ({ index: match.index, end: match.index + match[0].length }));

/** The text readBody is given for each message, PEC envelope and attached message of the fixtures, HTML converted as it converts it. */
async function fixtureBodies(): Promise<string[]> {
  return (await allFixtureMessages()).flatMap((message) => [
    ...(message.text && !message.textFromHtml ? [message.text] : []),
    ...(message.html ? [htmlToText(message.html)] : []),
  ]);
}

/** Deterministic strings from the characters the patterns care about, so that a failure reproduces. */
function randomStrings(count: number, seed: number): string[] {
  const pieces = ['\t', ' ', ' ', '  ', '|', ' | ', ';', 'a', 'b', 'Z', '1', '\n', '\n\n', '.', '...', '!', '?', '-', '–', '_', ',', ':', '«', '"', '(', '\u00a0', '\r'];
  let state = seed;
  const next = (below: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    // the high bits: the low bits of this generator repeat with a short period
    return Math.floor((state / 2 ** 32) * below);
  };
  return Array.from({ length: count }, (_, index) => {
    // a narrow alphabet makes long runs of one or two characters, a wide one the mixtures; some strings pass the label length
    const alphabet = 2 + next(pieces.length - 1);
    const length = index % 10 === 0 ? next(200) : next(30);
    return Array.from({ length }, () => pieces[next(alphabet)]).join('');
  });
}

describe('linear splitters agree with the patterns they replaced', () => {
  let lines: string[] = [];
  let bodies: string[] = [];

  beforeAll(async () => {
    bodies = await fixtureBodies();
    lines = bodies.flatMap((body) => body.replace(/\r\n?/g, '\n').split('\n')).flatMap((line) => [line, line.trim()]);
  });

  it('reads the fixture bodies', () => {
    expect(bodies.length).toBeGreaterThan(100);
    // the comparisons below are only worth something if the fixtures hold rows, separators and sentences
    expect(lines.filter((line) => splitTableCells(line).length > 1).length).toBeGreaterThan(20);
    expect(lines.filter((line) => firstSeparator(line) !== null).length).toBeGreaterThan(20);
    expect(bodies.filter((body) => sentenceBoundaries(body).length > 3).length).toBeGreaterThan(50);
  });

  it('table cells: the same cells on every fixture line and on 5000 random strings', () => {
    for (const line of [...lines, ...randomStrings(5000, 1)]) expect(splitTableCells(line), JSON.stringify(line)).toEqual(oldCells(line));
  });

  it('label separators: the same separator on every fixture line and on 5000 random strings', () => {
    for (const line of [...lines, ...randomStrings(5000, 2)]) expect(firstSeparator(line), JSON.stringify(line)).toEqual(oldLabelSeparator(line));
  });

  it('sentence ends: the same boundaries in every fixture body and in 5000 random strings', () => {
    for (const text of [...bodies, ...randomStrings(5000, 3)]) expect(sentenceBoundaries(text), JSON.stringify(text.slice(0, 200))).toEqual(oldSentenceEnds(text));
  });

  it('cells keep their edge cases: tabs before a bar, a bar at either end, no bar inside a word', () => {
    expect(splitTableCells('Comune\t | Bari')).toEqual(['Comune', '', 'Bari']);
    expect(splitTableCells('| Comune | Bari |')).toEqual(['', 'Comune', 'Bari', '']);
    expect(splitTableCells('Comune|Bari')).toEqual(['Comune|Bari']);
    expect(splitTableCells('Comune  \t  Bari')).toEqual(['Comune', 'Bari']);
  });

  it('a name keeps dropping the punctuation that ends it', () => {
    expect(readPersonName('Anna Rizzo,;.')).toBe('Anna Rizzo');
    expect(readPersonName('dott.ssa Maria De Luca).')).toBe('Maria De Luca');
  });
});
