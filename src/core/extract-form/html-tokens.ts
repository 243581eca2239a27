// Scanners that cut an HTML mail body where the former regular expressions did, in one pass: those expressions
// rescanned the rest of the input from every '<' that opened nothing (100 KB of "<a " took 4 s).

export type HtmlToken =
  | { kind: 'text'; text: string }
  | { kind: 'tag'; name: string; closing: boolean; attributes: string };

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

const isLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
/** What a regular expression's \b calls a word character. */
const isWordChar = (code: number): boolean => isLetter(code) || isDigit(code) || code === 0x5f;
const isNameChar = (code: number): boolean => isLetter(code) || isDigit(code) || code === 0x3a || code === 0x2d;

/** The first match of a global pattern at or after `from`, remembered while later queries start no further than it. */
function nextMatchFinder(pattern: RegExp, text: string): (from: number) => RegExpExecArray | null {
  let searchedFrom = Infinity;
  let found: RegExpExecArray | null = null;
  return (from) => {
    if (searchedFrom <= from && (found === null || found.index >= from)) return found;
    pattern.lastIndex = from;
    searchedFrom = from;
    found = pattern.exec(text);
    return found;
  };
}

/** Removes each script, style, head, title and xml element up to the first closing tag of its name; an unclosed one stays. */
export function dropRawTextElements(html: string): string {
  const open = /<(script|style|head|title|xml)\b/gi;
  const closes = new Map<string, (from: number) => RegExpExecArray | null>();
  const kept: string[] = [];
  let keptFrom = 0;
  for (let match = open.exec(html); match; match = open.exec(html)) {
    const name = (match[1] ?? '').toLowerCase();
    let nextClose = closes.get(name);
    if (!nextClose) {
      nextClose = nextMatchFinder(new RegExp(`</${name}\\s*>`, 'gi'), html);
      closes.set(name, nextClose);
    }
    const close = nextClose(match.index + match[0].length);
    if (!close) continue;
    kept.push(html.slice(keptFrom, match.index));
    keptFrom = close.index + close[0].length;
    open.lastIndex = keptFrom;
  }
  if (keptFrom === 0) return html;
  kept.push(html.slice(keptFrom));
  return kept.join('');
}

/** Replaces everything from the first blockquote to the last closing blockquote after it with one paragraph break. */
export function collapseBlockquotes(source: string): string {
  const open = /<blockquote\b/i.exec(source);
  if (!open) return source;
  const close = /<\/blockquote\s*>/gi;
  close.lastIndex = open.index + open[0].length;
  let last: RegExpExecArray | null = null;
  for (let match = close.exec(source); match; match = close.exec(source)) last = match;
  return last ? `${source.slice(0, open.index)}<p>${source.slice(last.index + last[0].length)}` : source;
}

/**
 * For every position, the '>' that ends a tag's attributes starting there, or -1: characters are skipped one by one and
 * quoted strings whole, so a '>' inside quotes does not end the tag and a quote never closed ends it nowhere.
 */
function attributeEnds(source: string): Int32Array {
  const ends = new Int32Array(source.length + 1);
  ends[source.length] = -1;
  let nextDouble = -1;
  let nextSingle = -1;
  for (let at = source.length - 1; at >= 0; at -= 1) {
    const code = source.charCodeAt(at);
    if (code === GT) ends[at] = at;
    else if (code === DOUBLE_QUOTE) {
      ends[at] = nextDouble < 0 ? -1 : (ends[nextDouble + 1] ?? -1);
      nextDouble = at;
    } else if (code === SINGLE_QUOTE) {
      ends[at] = nextSingle < 0 ? -1 : (ends[nextSingle + 1] ?? -1);
      nextSingle = at;
    } else ends[at] = ends[at + 1] ?? -1;
  }
  return ends;
}

/**
 * The text runs and tags of an HTML body, in order. Comments (an unclosed one runs to the end) are skipped, and so is a
 * '<' that opens no tag, up to the next '>' or, when there is none, alone: the text after it is still read.
 */
export function* htmlTokens(source: string): Generator<HtmlToken> {
  const length = source.length;
  let ends: Int32Array | null = null;
  const nextGreaterThan = nextMatchFinder(/>/g, source);
  let at = 0;
  while (at < length) {
    if (source.charCodeAt(at) !== LT) {
      const next = source.indexOf('<', at);
      const end = next < 0 ? length : next;
      yield { kind: 'text', text: source.slice(at, end) };
      at = end;
      continue;
    }
    if (source.startsWith('<!--', at)) {
      const close = source.indexOf('-->', at + 4);
      at = close < 0 ? length : close + 3;
      continue;
    }
    const closing = source.charCodeAt(at + 1) === SLASH;
    const nameStart = closing ? at + 2 : at + 1;
    if (isLetter(source.charCodeAt(nameStart))) {
      let nameEnd = nameStart + 1;
      while (nameEnd < length && isNameChar(source.charCodeAt(nameEnd))) nameEnd += 1;
      ends ??= attributeEnds(source);
      const tagEnd = ends[nameEnd] ?? -1;
      if (tagEnd >= 0) {
        // the longest name followed by a word boundary; the letters given back start the attributes
        for (let end = nameEnd; end > nameStart; end -= 1) {
          if (isWordChar(source.charCodeAt(end - 1)) === isWordChar(source.charCodeAt(end))) continue;
          yield { kind: 'tag', name: source.slice(nameStart, end).toLowerCase(), closing, attributes: source.slice(end, tagEnd) };
          at = tagEnd + 1;
          break;
        }
        if (at > tagEnd) continue;
      }
    }
    const greaterThan = nextGreaterThan(at + 1);
    at = greaterThan ? greaterThan.index + 1 : at + 1;
  }
}
