import type { DocModel, Row } from '../doc-model.ts';
import { pageHeaderLines } from '../doc-model.ts';

/**
 * The document as plain-text lines, top to bottom: page header, letterhead, title, sections (a page break
 * repeats the page header), signature. `formatRow` writes one row (e.g. "Label: value").
 */
export function textLines(model: DocModel, formatRow: (row: Row) => string[]): string[] {
  const lines: string[] = [];
  const block = (block: readonly string[]) => {
    if (block.length > 0) lines.push(...block, '');
  };
  let page = 1;
  block(pageHeaderLines(model, page));
  block(model.letterhead);
  block(model.titleLines);
  for (const section of model.sections) {
    if (section.pageBreakBefore) {
      lines.push('');
      block(pageHeaderLines(model, ++page));
    }
    if (section.heading) lines.push(section.heading);
    for (const row of section.rows) lines.push(...Array<string>(row.gapBefore).fill(''), ...formatRow(row));
    lines.push('');
  }
  block(model.signature);
  while (lines.at(-1) === '') lines.pop();
  return lines;
}
