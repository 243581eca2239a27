// Sticky and unable to fail: from `lastIndex`, each consumes its whole run and never backtracks.
const SPACES = /\s*/y;
const TABS = /\t*/y;

function runEnd(run: RegExp, text: string, from: number): number {
  run.lastIndex = from;
  run.test(text);
  return run.lastIndex;
}

/**
 * The cells of a body line written as a table row, trimmed: split at tabs, at a "|" with white space on both sides,
 * and at a "|" that opens or closes the line.
 *
 * Gives exactly what `line.split(/\t+|\s+\|\s+|^\||\|$/)` gave, in linear time: that pattern rescanned a run of
 * white space from each of its characters, so a line of 100 KB of spaces took seconds.
 */
export function splitTableCells(line: string): string[] {
  const cells: string[] = [];
  let cellStart = 0;
  let at = 0;
  // The end of the white-space run that `at` lies in: every position of a run sees the same character after it.
  let spacesEnd = 0;
  while (at < line.length) {
    if (at >= spacesEnd) spacesEnd = runEnd(SPACES, line, at);
    const end = separatorEnd(line, at, spacesEnd);
    if (end === null) {
      at += 1;
      continue;
    }
    cells.push(line.slice(cellStart, at).trim());
    cellStart = end;
    at = end;
  }
  cells.push(line.slice(cellStart).trim());
  return cells;
}

/** The end of a separator starting at `at`, trying the alternatives in the old pattern's order; null if none starts there. */
function separatorEnd(line: string, at: number, spacesEnd: number): number | null {
  const char = line[at];
  if (char === '\t') return runEnd(TABS, line, at);
  if (char === '|') return at === 0 || at === line.length - 1 ? at + 1 : null;
  if (spacesEnd === at || line[spacesEnd] !== '|') return null;
  const afterBar = runEnd(SPACES, line, spacesEnd + 1);
  return afterBar > spacesEnd + 1 ? afterBar : null;
}
