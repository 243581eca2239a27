import type { TextBlock } from './fields-from-blocks.ts';

interface TableState {
  row: string[] | null;
  cell: string[] | null;
}

/** Collects paragraphs and table rows, in document order, from the events of a word-processing XML walk. */
export class BlockBuilder {
  readonly blocks: TextBlock[] = [];
  private readonly tables: TableState[] = [];
  private readonly paragraphs: string[] = [];

  startTable(): void {
    this.tables.push({ row: null, cell: null });
  }

  endTable(): void {
    this.tables.pop();
  }

  startRow(): void {
    const table = this.tables.at(-1);
    if (table) table.row = [];
  }

  endRow(): void {
    const table = this.tables.at(-1);
    if (table?.row) this.blocks.push({ cells: table.row });
    if (table) table.row = null;
  }

  startCell(): void {
    const table = this.tables.at(-1);
    if (table) table.cell = [];
  }

  endCell(): void {
    const table = this.tables.at(-1);
    if (!table?.cell) return;
    table.row?.push(table.cell.join('\n').trim());
    table.cell = null;
  }

  startParagraph(): void {
    this.paragraphs.push('');
  }

  endParagraph(): void {
    const text = this.paragraphs.pop();
    if (text === undefined) return;
    const cell = this.tables.at(-1)?.cell;
    if (cell) cell.push(text);
    else if (text.trim() !== '') this.blocks.push({ cells: [text] });
  }

  appendText(text: string): void {
    const last = this.paragraphs.length - 1;
    if (last >= 0) this.paragraphs[last] += text;
    else this.tables.at(-1)?.cell?.push(text);
  }
}
