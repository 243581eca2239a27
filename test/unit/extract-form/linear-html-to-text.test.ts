// The HTML scanners that replaced htmlToText's regular expressions must give the same text: on every HTML body of the
// fixtures, on those bodies cut short anywhere (a broken mail), and on thousands of random strings. The old
// implementation is kept here, only as the reference.
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../../../src/core/extract-form/html-to-text.ts';
import { allFixtureMessages } from '../../helpers/fixture-messages.ts';

const OLD_BLOCK_TAGS = new Set([
  'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'section', 'article', 'header', 'footer', 'dt', 'dd',
  'dl', 'pre', 'address', 'center', 'hr', 'caption', 'form', 'fieldset', 'legend', 'figure', 'main', 'nav', 'aside',
]);
const OLD_TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>|<[^>]*>|[^<]+|</g;

interface OldContext {
  kind: 'table' | 'cell';
  cellsInRow: number;
}

function oldHtmlToText(html: string): string {
  const source = html
    .replace(/<(script|style|head|title|xml)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<blockquote\b[\s\S]*<\/blockquote\s*>/gi, '<p>');
  const out: string[] = [];
  const stack: OldContext[] = [];
  const insideCell = () => stack.at(-1)?.kind === 'cell';
  const lineBreak = () => out.push(insideCell() ? ' ' : '\n');
  const popCells = () => {
    if (stack.at(-1)?.kind === 'cell') stack.pop();
  };
  for (const match of source.matchAll(OLD_TOKEN)) {
    const token = match[0];
    const name = match[2]?.toLowerCase();
    if (!name) {
      if (token.startsWith('<')) continue;
      out.push(decodeEntities(token.replace(/\s+/g, ' ')));
      continue;
    }
    const closing = match[1] === '/';
    const attributes = match[3] ?? '';
    if (name === 'br') lineBreak();
    else if (name === 'input' && /type\s*=\s*["']?checkbox/i.test(attributes)) out.push(/\bchecked\b/i.test(attributes) ? '☒ ' : '☐ ');
    else if (name === 'table') {
      if (closing) while (stack.length > 0 && stack.pop()?.kind !== 'table');
      else stack.push({ kind: 'table', cellsInRow: 0 });
      out.push('\n');
    } else if (name === 'tr') {
      popCells();
      const table = stack.at(-1);
      if (table?.kind === 'table') table.cellsInRow = 0;
      if (!closing) out.push('\n');
    } else if (name === 'td' || name === 'th') {
      popCells();
      if (closing) continue;
      const table = stack.at(-1);
      if (table?.kind === 'table') {
        if (table.cellsInRow > 0) out.push('\t');
        table.cellsInRow += 1;
      }
      stack.push({ kind: 'cell', cellsInRow: 0 });
    } else if (OLD_BLOCK_TAGS.has(name)) lineBreak();
  }
  return out
    .join('')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \f\v]+/g, ' ').replace(/ *\t */g, '\t').replace(/^[ \t]+|[ \t]+$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The HTML part of each message, PEC envelope and attached message of the fixtures. */
async function fixtureHtmlBodies(): Promise<string[]> {
  return (await allFixtureMessages()).flatMap((message) => (message.html ? [message.html] : []));
}

/** Deterministic, so that a failure reproduces; the high bits, since the low bits of this generator repeat quickly. */
function generator(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return Math.floor((state / 2 ** 32) * below);
  };
}

/** Strings from the pieces the scanners care about; a narrow alphabet makes runs, a wide one the mixtures. */
function randomHtml(count: number, seed: number, pieces: readonly string[]): string[] {
  const next = generator(seed);
  return Array.from({ length: count }, (_, index) => {
    const alphabet = 2 + next(pieces.length - 1);
    const length = index % 10 === 0 ? next(150) : next(30);
    return Array.from({ length }, () => pieces[next(alphabet)]).join('');
  });
}

const TAG_PIECES = ['<', '>', '/', 'a', '"', ' ', '=', "'", 'script', 'blockquote', '</blockquote>', '<blockquote>', '<script>', '</script >', 'B', '\n', 'style', 'br', 'p', '&amp;', '<!--', '-->', ':', '-', '_', '1', 'SCRIPT', 'Title', 'xml'];
const TABLE_PIECES = ['<', '>', '/', 'td', 'tr', 'th', 'table', ' ', '\t', '\u00a0', '&nbsp;', 'x', '\n', 'br', 'p', 'div', 'input type=checkbox', ' checked', '"', "'", '&#x41;', '&egrave;'];

const SPLICES = ['<', '>', '"', "'", '<blockquote>', '</blockquote>', '<BLOCKQUOTE type="cite">', '<!--', '-->', '<script>', '</script>', '<style>', '</style >', '<br/>', '<a href="', '<td>', '</table>'];

describe('htmlToText in linear time gives the text the regular expressions gave', () => {
  let bodies: string[] = [];

  beforeAll(async () => {
    bodies = await fixtureHtmlBodies();
  });

  it('reads the HTML bodies of the fixtures, tables and all', () => {
    expect(bodies.length).toBeGreaterThan(20);
    expect(bodies.filter((html) => /<table\b/i.test(html)).length).toBeGreaterThan(5);
    expect(bodies.filter((html) => htmlToText(html).includes('\t')).length).toBeGreaterThan(1);
    expect(bodies.filter((html) => /<(head|style)\b/i.test(html)).length).toBeGreaterThan(10);
  });

  it('the same text for every fixture HTML body', () => {
    for (const html of bodies) expect(htmlToText(html), html.slice(0, 200)).toBe(oldHtmlToText(html));
  });

  it('the same text for every fixture HTML body cut short at 40 places', () => {
    const next = generator(11);
    for (const html of bodies) {
      for (let cut = 0; cut < 40; cut += 1) {
        const broken = html.slice(0, next(html.length + 1));
        expect(htmlToText(broken), broken.slice(-200)).toBe(oldHtmlToText(broken));
      }
    }
  });

  it('the same text for every fixture HTML body with quotes, comments, scripts and replies spliced in at 40 places', () => {
    // the fixtures hold no blockquote, comment or script: these are spliced into real bodies
    const next = generator(12);
    for (const html of bodies) {
      for (let trial = 0; trial < 40; trial += 1) {
        let spliced = html;
        for (let splice = 1 + next(4); splice > 0; splice -= 1) {
          const at = next(spliced.length + 1);
          spliced = spliced.slice(0, at) + SPLICES[next(SPLICES.length)] + spliced.slice(at);
        }
        expect(htmlToText(spliced), spliced).toBe(oldHtmlToText(spliced));
      }
    }
  });

  it('the same text for 5000 random strings of tags, quotes, comments and raw-text elements', () => {
    for (const html of randomHtml(5000, 21, TAG_PIECES)) expect(htmlToText(html), JSON.stringify(html)).toBe(oldHtmlToText(html));
  });

  it('the same text for 3000 random strings of tables, checkboxes, entities and blanks', () => {
    for (const html of randomHtml(3000, 22, TABLE_PIECES)) expect(htmlToText(html), JSON.stringify(html)).toBe(oldHtmlToText(html));
  });

  it('keeps the edge cases of the old patterns', () => {
    // a '>' inside quotes does not end the tag; a quote never closed leaves the tag to end at the first '>'
    expect(htmlToText('<a title="x>y">Bari</a>')).toBe('Bari');
    expect(htmlToText('<a title="x>y<br>Bari')).toBe('y\nBari');
    // a '<' that opens nothing is dropped, the text after it is kept
    expect(htmlToText('Comune: Bari <a Referente: Anna')).toBe('Comune: Bari a Referente: Anna');
    // a name cut where a word ends: "p-" is read as the paragraph "p"
    expect(htmlToText('Bari<p- >Anna')).toBe('Bari\nAnna');
    // an unclosed script is kept as text; the first closing tag ends a closed one
    expect(htmlToText('<script>x</script >Bari<p><script>y')).toBe('Bari\ny');
    expect(htmlToText('Bari<ScRiPt>x</SCRIPT><p>y</script>')).toBe('Bari\ny');
    // everything from the first blockquote to the last closing one is one quoted reply
    expect(htmlToText('Bari<blockquote>a</blockquote>b</BLOCKQUOTE>Anna')).toBe('Bari\nAnna');
    expect(htmlToText('Bari<!-- x <p> y')).toBe('Bari');
    expect(htmlToText('<table><tr><td>Comune<td><td>Bari<td> </table>')).toBe('Comune\t\tBari');
  });
});
