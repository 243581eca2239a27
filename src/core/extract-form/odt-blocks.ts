import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { BlockBuilder } from './block-builder.ts';
import { CHECKED_MARK, UNCHECKED_MARK } from './checkbox-marks.ts';
import type { TextBlock } from './fields-from-blocks.ts';

interface FormCheckbox {
  checked: boolean;
  label: string;
}

const SKIPPED_ELEMENTS = new Set(['office:annotation', 'text:note', 'text:tracked-changes', 'office:forms']);

/** Walks ODT content.xml: table rows as cells, paragraphs and headings as lines, form checkboxes as ☒/☐. */
export function odtBlocks(xml: string): { blocks: TextBlock[]; error: string | null } {
  const builder = new BlockBuilder();
  const parser = new SaxesParser({ xmlns: false });
  const checkboxes = new Map<string, FormCheckbox>();
  let skipDepth = 0;
  let error: string | null = null;

  parser.on('error', (parseError) => {
    error ??= parseError.message;
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (tag.name === 'form:checkbox') {
      const id = tag.attributes['form:id'] ?? tag.attributes['xml:id'] ?? '';
      const state = tag.attributes['form:current-state'] ?? tag.attributes['form:state'] ?? '';
      checkboxes.set(id, { checked: state === 'checked', label: tag.attributes['form:label'] ?? '' });
    }
    if (SKIPPED_ELEMENTS.has(tag.name)) skipDepth += 1;
    if (skipDepth > 0) return;
    switch (tag.name) {
      case 'table:table': builder.startTable(); break;
      case 'table:table-row': builder.startRow(); break;
      case 'table:table-cell': builder.startCell(); break;
      case 'text:p': case 'text:h': builder.startParagraph(); break;
      case 'text:s': builder.appendText(' '.repeat(Math.min(Number(tag.attributes['text:c'] ?? 1) || 1, 100))); break;
      case 'text:tab': builder.appendText('\t'); break;
      case 'text:line-break': builder.appendText('\n'); break;
      case 'draw:control': {
        const checkbox = checkboxes.get(tag.attributes['draw:control'] ?? '');
        if (checkbox) builder.appendText(`${checkbox.checked ? CHECKED_MARK : UNCHECKED_MARK} ${checkbox.label} `);
        break;
      }
      default: break;
    }
  });
  parser.on('closetag', (tag) => {
    if (SKIPPED_ELEMENTS.has(tag.name)) {
      skipDepth -= 1;
      return;
    }
    if (skipDepth > 0) return;
    switch (tag.name) {
      case 'table:table': builder.endTable(); break;
      case 'table:table-row': builder.endRow(); break;
      case 'table:table-cell': builder.endCell(); break;
      case 'text:p': case 'text:h': builder.endParagraph(); break;
      default: break;
    }
  });
  parser.on('text', (text) => {
    if (skipDepth === 0) builder.appendText(text.replace(/[\r\n\t]+/g, ' '));
  });
  try {
    parser.write(xml).close();
  } catch (thrown) {
    error ??= (thrown as Error).message;
  }
  return { blocks: builder.blocks, error };
}
