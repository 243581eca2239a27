import type { FormFieldName, FormFields } from '../types.ts';
import { parseMarkedOptions, splitLeadingX } from './checkbox-marks.ts';
import { FieldCollector, isCheckboxField } from './field-collector.ts';
import { mapLabel, normalizeLabel } from './map-label.ts';
import { splitLabelValue } from './split-label-value.ts';

/** A line of text (one cell) or a table row (several cells, empty cells kept so columns line up). */
export interface TextBlock {
  cells: string[];
  /**
   * Set by layouts that know positions: this line continues the value above, either because it sits
   * under the value column or because the line above ran to the right margin (a wrapped line).
   */
  continuation?: 'column' | 'wrap';
  /** Distance from the line above, in font sizes (PDF text only). */
  gapAbove?: number;
}

// A label's value on the next line must sit right under it, not a paragraph away.
const MAX_VALUE_GAP = 2.2;

const FREE_TEXT_FIELDS: ReadonlySet<FormFieldName> = new Set(['fabbisogni', 'altri_comuni']);

function isGroupLabel(cell: string): boolean {
  return /^destinatari\b/.test(normalizeLabel(cell));
}

function looksLikeHeading(line: string): boolean {
  return /^(sezione|section|parte|quadro)\b/i.test(line) || /^[A-ZÀ-Ý0-9 ,.'’()/–-]{6,}$/.test(line) || /^\d+[.)]\s+[A-ZÀ-Ý]/.test(line);
}

export interface BlockReadingOptions {
  /**
   * The blocks carry continuation flags from real positions (PDF text): a free-text value then only
   * grows through flagged lines, never through the hints printed under a label.
   */
  positional?: boolean;
}

/** Reads label/value pairs out of lines and table rows, whatever the layout the sender chose. */
export function fieldsFromBlocks(blocks: readonly TextBlock[], options: BlockReadingOptions = {}): FormFields {
  return new BlockReader(options.positional ?? false).read(blocks);
}

class BlockReader {
  private readonly collector = new FieldCollector();
  private pending: FormFieldName | null = null;
  private lastField: FormFieldName | null = null;
  private headerRow: string[] | null = null;

  constructor(private readonly positional: boolean) {}

  read(blocks: readonly TextBlock[]): FormFields {
    for (const block of blocks) this.readBlock(block);
    return this.collector.fields;
  }

  private readBlock(block: TextBlock): void {
    const cells = block.cells.map((cell) => cell.trim());
    const filled = cells.filter((cell) => cell !== '');
    if (filled.length === 0) {
      this.lastField = null;
      return;
    }
    const only = filled.length === 1 ? (filled[0] ?? '') : null;
    if (block.continuation && this.lastField && only !== null && this.continues(block.continuation, only)) {
      this.collector.append(this.lastField, only);
      return;
    }
    if (this.pending && this.positional && (block.gapAbove ?? 0) > MAX_VALUE_GAP) this.pending = null;
    if (filled.length === 1) {
      for (const line of (filled[0] ?? '').split('\n')) this.readLine(line.trim());
      return;
    }
    this.pending = null;
    this.lastField = null;
    if (this.headerRow && this.readUnderHeader(cells)) return;
    if (filled.length >= 3 && filled.every((cell) => mapLabel(cell) !== null)) {
      this.headerRow = cells;
      return;
    }
    this.headerRow = null;
    this.readRow(cells);
  }

  private readUnderHeader(cells: string[]): boolean {
    const header = this.headerRow ?? [];
    this.headerRow = null;
    let assigned = false;
    header.forEach((label, index) => {
      const field = mapLabel(label);
      const value = cells[index] ?? '';
      if (field && value !== '') assigned = this.collector.assign(field, value) || assigned;
    });
    return assigned;
  }

  private readRow(cells: string[]): void {
    const filledIndexes = cells.flatMap((cell, index) => (cell === '' ? [] : [index]));
    let handledAny = false;
    for (let position = 0; position < filledIndexes.length; position += 1) {
      const cell = cells[filledIndexes[position] ?? -1] ?? '';
      const next = cells[filledIndexes[position + 1] ?? -1];
      const field = mapLabel(cell);
      if ((field || isGroupLabel(cell)) && next !== undefined && (filledIndexes.length === 2 || mapLabel(next) === null)) {
        if (field) this.collector.assign(field, next);
        else this.collector.assignOptions(parseMarkedOptions(next));
        this.lastField = field && this.canContinue(field) ? field : null;
        position += 1;
        handledAny = true;
      } else if (!field) {
        handledAny = this.readCellText(cell) || handledAny;
      }
    }
    if (!handledAny) this.readLine(cells.filter((cell) => cell !== '').join(' '));
  }

  private readCellText(cell: string): boolean {
    let handled = false;
    for (const line of cell.split('\n')) handled = this.readPairOrMarks(line.trim()) || handled;
    return handled;
  }

  private readLine(line: string): void {
    if (line === '') {
      this.lastField = null;
      return;
    }
    if (this.pending) {
      const field = this.pending;
      const isHint = /^\(.*\)$/.test(line);
      if (!isHint && !this.isLabelLine(line)) {
        this.pending = null;
        if (parseMarkedOptions(line).length > 0 && this.collector.assign(field, line)) {
          this.pending = field; // more options may follow on the next lines
          return;
        }
        this.collector.assign(field, line);
        this.lastField = this.canContinue(field) ? field : null;
        return;
      }
      this.pending = null;
    }
    if (this.readPairOrMarks(line)) return;
    const labelField = mapLabel(line);
    if (labelField) {
      this.pending = labelField;
      this.lastField = null;
      return;
    }
    if (isGroupLabel(line)) return;
    if (this.lastField && !this.positional && !looksLikeHeading(line)) this.collector.append(this.lastField, line);
  }

  private readPairOrMarks(line: string): boolean {
    const pair = splitLabelValue(line);
    if (pair) {
      this.lastField = this.canContinue(pair.field) ? pair.field : null;
      if (pair.value === '') {
        this.pending = pair.field;
        return true;
      }
      this.collector.assign(pair.field, pair.value);
      return true;
    }
    const options = parseMarkedOptions(line);
    if (options.length > 0) return this.collector.assignOptions(options);
    const afterX = splitLeadingX(line);
    const ticked = afterX ? mapLabel(afterX) : null;
    if (ticked && isCheckboxField(ticked)) return this.collector.assignCheckbox(ticked, true);
    return false;
  }

  private continues(kind: 'column' | 'wrap', line: string): boolean {
    if (this.isLabelLine(line) || parseMarkedOptions(line).length > 0 || splitLeadingX(line) !== null) return false;
    return kind === 'column' || (this.lastField !== null && FREE_TEXT_FIELDS.has(this.lastField));
  }

  // With real positions any text value may wrap; without them only free text is allowed to run on.
  private canContinue(field: FormFieldName): boolean {
    return this.positional ? !isCheckboxField(field) : FREE_TEXT_FIELDS.has(field);
  }

  private isLabelLine(line: string): boolean {
    return mapLabel(line) !== null || splitLabelValue(line) !== null || isGroupLabel(line);
  }
}
