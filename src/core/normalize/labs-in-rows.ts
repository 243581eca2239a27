// Catalogue labs a document names outside any "Laboratorio: …" label: ticked rows of a catalogue table, a lab on its
// own line under a lab heading, a lab named alone somewhere else. Each found lab is checked against the catalogue;
// a list of unmarked options (the printed catalogue) chooses nothing.
import type { Catalog } from './catalog.ts';
import { foldText } from './fold-text.ts';
import { matchLab } from './match-lab.ts';
import type { LabRef } from '../types.ts';

export interface LabsInRows {
  /** Rows with a ticked mark and one lab, in document order. */
  checked: LabRef[];
  /** Labs alone on a row under a heading or label about the lab. */
  inLabSection: LabRef[];
  /** Labs alone on a row anywhere, or named in a sentence that asks for a lab. */
  elsewhere: LabRef[];
}

const CHECKED_CELL = /^(?:[xX]|[☒☑✓✔■●⊠✗✘]|\[\s*[xX✓✔]\s*\]|\(\s*[xX✓✔]\s*\)|s[iì]|yes)$/u;
const LEADING_CHECK = /^\s*(?:[☒☑✓✔■●⊠✗✘]|\[\s*[xX✓✔]\s*\]|\(\s*[xX✓✔]\s*\)|[xX](?=\s+\S))\s*/u;
const UNCHECKED_CELL = /^(?:[☐□◻❏○]|\[\s*\]|\(\s*\)|no)$/u;
const LEADING_UNCHECK = /^\s*(?:[☐□◻❏○]|\[\s*\]|\(\s*\))\s*/u;
const LAB_HEADING = /\b(laboratori?o?|capacity lab|lab|percors[oi]|tematic[ah]e?|ambito|catalogo|prima scelta|seconda scelta)\b/;
const ASKS_FOR_LAB = /\b(laboratori?o?|capacity lab|lab|percors[oi])\b/;
// Rows about the lab end where another part of the form begins.
const OTHER_SECTION = /\b(referente|fabbisogn|obiettiv|esigenz|destinatar|partecipant|giornat|periodo|sede|privacy|firma|cup|contatt|telefono|e ?mail)\b/;
const SECTION_ROWS = 16;
const MAX_ROW_LENGTH = 400;
// More distinct labs than this, unmarked, is the catalogue printed as a list of options.
const MAX_UNMARKED_LABS = 2;

type Mark = 'checked' | 'unchecked' | null;

function rowMark(cells: readonly string[]): { mark: Mark; text: string } {
  const filled = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  const markCell = filled.find((cell) => CHECKED_CELL.test(cell) || UNCHECKED_CELL.test(cell));
  const rest = filled.filter((cell) => cell !== markCell).join(' ');
  if (markCell) return { mark: CHECKED_CELL.test(markCell) ? 'checked' : 'unchecked', text: rest };
  if (LEADING_CHECK.test(rest)) return { mark: 'checked', text: rest.replace(LEADING_CHECK, '') };
  if (LEADING_UNCHECK.test(rest)) return { mark: 'unchecked', text: rest.replace(LEADING_UNCHECK, '') };
  return { mark: null, text: rest };
}

function addAll(into: LabRef[], labs: readonly LabRef[]): void {
  for (const lab of labs) if (!into.some((known) => known.code === lab.code)) into.push(lab);
}

export function labsInRows(rows: readonly (readonly string[])[], catalog: Catalog): LabsInRows {
  const checked: LabRef[] = [];
  const inLabSection: LabRef[] = [];
  const alone: LabRef[] = [];
  const asked: LabRef[] = [];
  let unmarkedAlone = 0;
  let sectionLeft = 0;
  for (const cells of rows) {
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
    if (mark === 'checked') {
      addAll(checked, found.labs);
      continue;
    }
    if (mark === 'unchecked') continue;
    if (found.match === 'exact') {
      unmarkedAlone += 1;
      if (sectionLeft > 0) addAll(inLabSection, found.labs);
      addAll(alone, found.labs);
    } else if (ASKS_FOR_LAB.test(folded)) addAll(asked, found.labs);
    if (sectionLeft > 0) sectionLeft -= 1;
  }
  const optionsList = alone.length > MAX_UNMARKED_LABS || unmarkedAlone > MAX_UNMARKED_LABS * 2;
  const elsewhere = optionsList ? [] : alone.length > 0 ? alone : asked.length <= MAX_UNMARKED_LABS ? asked : [];
  return { checked, inLabSection: optionsList || inLabSection.length > MAX_UNMARKED_LABS ? [] : inLabSection, elsewhere };
}
