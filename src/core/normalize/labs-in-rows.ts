// Catalogue labs a document names outside any "Laboratorio: …" label: ticked rows of a catalogue table (or ranked
// ones: a "Priorità" column with 1 and 2), a lab on its own line under a lab heading, a lab named alone somewhere
// else. Each found lab is checked against the catalogue; a list of unmarked options (the printed catalogue) chooses
// nothing.
import type { Catalog } from './catalog.ts';
import { foldText } from './fold-text.ts';
import { matchLab } from './match-lab.ts';
import type { LabRef } from '../types.ts';

export interface LabsInRows {
  /** Rows with a ticked mark or a rank and one lab, ranked ones by rank, then in document order. */
  checked: LabRef[];
  /** Labs alone on a row under a heading or label about the lab. */
  inLabSection: LabRef[];
  /** Labs alone on a row anywhere, or named in a sentence that asks for a lab. */
  elsewhere: LabRef[];
}

const CHECK = String.raw`[☒☑✓✔■●⊠✗✘]|\[\s*[xX✓✔]\s*\]|\(\s*[xX✓✔]\s*\)`;
const UNCHECK = String.raw`[☐□◻❏○]|\[\s*\]|\(\s*\)`;
const CHECKED_CELL = new RegExp(`^(?:[xX]|${CHECK}|s[iì]|yes)$`, 'iu');
const UNCHECKED_CELL = new RegExp(`^(?:${UNCHECK}|no|-|–)$`, 'iu');
const LEADING_CHECK = new RegExp(`^\\s*(?:${CHECK}|[xX](?=\\s+\\S))\\s*`, 'u');
const LEADING_UNCHECK = new RegExp(`^\\s*(?:${UNCHECK})\\s*`, 'u');
const TRAILING_CHECK = new RegExp(`\\s*(?:${CHECK}|\\s[xX])\\s*$`, 'u');
const TRAILING_UNCHECK = new RegExp(`\\s*(?:${UNCHECK})\\s*$`, 'u');
// "1", "2°", "1ª", "I", "II": a preference written in its own cell
const RANK_CELL = /^(?:([1-3])\s*[°ºª^]?|(i{1,3}))$/i;
const LAB_HEADING = /\b(laboratori?o?|capacity lab|lab|percors[oi]|tematic[ah]e?|ambito|catalogo|prima scelta|seconda scelta)\b/;
const ASKS_FOR_LAB = /\b(laboratori?o?|capacity lab|lab|percors[oi])\b/;
// Rows about the lab end where another part of the form begins.
const OTHER_SECTION = /\b(referente|fabbisogn|obiettiv|esigenz|destinatar|partecipant|giornat|periodo|sede|privacy|firma|cup|contatt|telefono|e ?mail)\b/;
const SECTION_ROWS = 16;
const MAX_ROW_LENGTH = 400;
// More distinct labs than this, unmarked, is the catalogue printed as a list of options.
const MAX_UNMARKED_LABS = 2;

type Mark = { kind: 'checked'; rank: number | null } | { kind: 'unchecked' } | null;

function rankOf(cell: string): number | null {
  const match = RANK_CELL.exec(cell);
  if (!match) return null;
  return match[1] ? Number(match[1]) : (match[2]?.length ?? null);
}

function rowMark(cells: readonly string[]): { mark: Mark; text: string } {
  const filled = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  const markCell = filled.find((cell) => CHECKED_CELL.test(cell) || UNCHECKED_CELL.test(cell));
  if (markCell) return { mark: CHECKED_CELL.test(markCell) ? { kind: 'checked', rank: null } : { kind: 'unchecked' }, text: filled.filter((cell) => cell !== markCell).join(' ') };
  const rankCell = filled.length >= 2 ? filled.find((cell) => rankOf(cell) !== null) : undefined;
  const text = filled.filter((cell) => cell !== rankCell).join(' ');
  if (rankCell) return { mark: { kind: 'checked', rank: rankOf(rankCell) }, text };
  if (LEADING_CHECK.test(text)) return { mark: { kind: 'checked', rank: null }, text: text.replace(LEADING_CHECK, '') };
  if (LEADING_UNCHECK.test(text)) return { mark: { kind: 'unchecked' }, text: text.replace(LEADING_UNCHECK, '') };
  if (TRAILING_CHECK.test(text)) return { mark: { kind: 'checked', rank: null }, text: text.replace(TRAILING_CHECK, '') };
  if (TRAILING_UNCHECK.test(text)) return { mark: { kind: 'unchecked' }, text: text.replace(TRAILING_UNCHECK, '') };
  return { mark: null, text };
}

/** Appends the labs not listed yet, keeping the order they come in. */
export function addLabs(into: LabRef[], labs: readonly LabRef[]): void {
  for (const lab of labs) if (!into.some((known) => known.code === lab.code)) into.push(lab);
}

/** Rows, with the lines of a cell that lists options one per line ("Reclutamento ☐\nContrattazione ☒") as rows of their own. */
function expandRows(rows: readonly (readonly string[])[]): string[][] {
  return rows.flatMap((cells) => {
    if (!cells.some((cell) => cell.includes('\n'))) return [[...cells]];
    const listed = cells.filter((cell) => cell.includes('\n')).flatMap((cell) => cell.split('\n').map((line) => [line.trim()]));
    return [cells.map((cell) => (cell.includes('\n') ? '' : cell)), ...listed];
  });
}

export function labsInRows(rows: readonly (readonly string[])[], catalog: Catalog): LabsInRows {
  const ticked: Array<{ lab: LabRef; rank: number | null; order: number }> = [];
  const inLabSection: LabRef[] = [];
  const alone: LabRef[] = [];
  const asked: LabRef[] = [];
  let unmarkedAlone = 0;
  let numberedLabRows = 0;
  let sectionLeft = 0;
  for (const cells of expandRows(rows)) {
    const { mark, text } = rowMark(cells);
    if (text === '' || text.length > MAX_ROW_LENGTH) continue;
    const folded = foldText(text);
    const found = matchLab(text, catalog, { typos: false });
    if (found.labs.length === 0) {
      if (LAB_HEADING.test(folded) && folded.split(' ').length <= 10) sectionLeft = SECTION_ROWS;
      else if (sectionLeft > 0 && OTHER_SECTION.test(folded)) sectionLeft = 0;
      else sectionLeft = Math.max(0, sectionLeft - 1);
      continue;
    }
    if (cells.some((cell) => /^\d{1,2}[°ºª.]?$/.test(cell.trim()) && Number.parseInt(cell, 10) > 3)) numberedLabRows += 1;
    if (mark?.kind === 'checked') {
      for (const lab of found.labs) ticked.push({ lab, rank: mark.rank, order: ticked.length });
      continue;
    }
    if (mark?.kind === 'unchecked') continue;
    if (found.match === 'exact') {
      unmarkedAlone += 1;
      if (sectionLeft > 0) addLabs(inLabSection, found.labs);
      addLabs(alone, found.labs);
    } else if (ASKS_FOR_LAB.test(folded)) addLabs(asked, found.labs);
    if (sectionLeft > 0) sectionLeft -= 1;
  }
  // numbers past 3 number the catalogue's rows; 1 and 2 alone rank the choices
  const ranksChoose = numberedLabRows === 0;
  const checked: LabRef[] = [];
  const chosen = ticked.filter((entry) => entry.rank === null || ranksChoose);
  chosen.sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || a.order - b.order);
  addLabs(
    checked,
    chosen.map((entry) => entry.lab),
  );
  const optionsList = alone.length > MAX_UNMARKED_LABS || unmarkedAlone > MAX_UNMARKED_LABS * 2;
  const elsewhere = optionsList ? [] : alone.length > 0 ? alone : asked.length <= MAX_UNMARKED_LABS ? asked : [];
  return { checked, inLabSection: optionsList || inLabSection.length > MAX_UNMARKED_LABS ? [] : inLabSection, elsewhere };
}
