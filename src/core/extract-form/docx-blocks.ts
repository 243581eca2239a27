import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { CHECKED_MARK, UNCHECKED_MARK } from './checkbox-marks.ts';
import { BlockBuilder } from './block-builder.ts';
import type { TextBlock } from './fields-from-blocks.ts';

// Wingdings / MS Gothic code points Word uses for ticked and empty boxes.
const CHECKED_SYMBOLS = new Set(['F0FE', 'F0FD', 'F078', 'F0FC', 'F0FB', '2612', '2611', '2713', '2714']);
const UNCHECKED_SYMBOLS = new Set(['F0A8', 'F06F', 'F070', 'F071', '2610', '25A1']);
const BOX_GLYPHS = /^[\s☐☒☑□■]*$/;

function isTrue(value: string | undefined): boolean {
  return value === undefined || !['0', 'false', 'off'].includes(value.toLowerCase());
}

interface ContentControl {
  checkbox: boolean;
  checked: boolean;
}

/** Walks word/document.xml: table rows as cells, paragraphs as lines, checkboxes (w14, legacy, symbols) as ☒/☐. */
export function docxBlocks(xml: string): { blocks: TextBlock[]; error: string | null } {
  const builder = new BlockBuilder();
  const parser = new SaxesParser({ xmlns: false });
  const controls: ContentControl[] = [];
  let inText = false;
  let inTabStops = false;
  let legacyCheckbox: { default: boolean; checked: boolean | null } | null = null;
  let error: string | null = null;

  const insideCheckboxControl = (): boolean => controls.some((control) => control.checkbox);

  parser.on('error', (parseError) => {
    error ??= parseError.message;
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const value = tag.attributes['w:val'] ?? tag.attributes['w14:val'];
    switch (tag.name) {
      case 'w:tbl': builder.startTable(); break;
      case 'w:tr': builder.startRow(); break;
      case 'w:tc': builder.startCell(); break;
      case 'w:p': builder.startParagraph(); break;
      case 'w:t': inText = true; break;
      case 'w:tabs': inTabStops = true; break;
      case 'w:tab': if (!inTabStops) builder.appendText('\t'); break;
      case 'w:br': case 'w:cr': builder.appendText('\n'); break;
      case 'w:sym': {
        const code = (tag.attributes['w:char'] ?? '').toUpperCase();
        if (CHECKED_SYMBOLS.has(code)) builder.appendText(`${CHECKED_MARK} `);
        else if (UNCHECKED_SYMBOLS.has(code)) builder.appendText(`${UNCHECKED_MARK} `);
        break;
      }
      case 'w:sdt': controls.push({ checkbox: false, checked: false }); break;
      case 'w14:checkbox': { const control = controls.at(-1); if (control) control.checkbox = true; break; }
      case 'w14:checked': { const control = controls.at(-1); if (control) control.checked = isTrue(value); break; }
      case 'w:checkBox': legacyCheckbox = { default: false, checked: null }; break;
      case 'w:default': if (legacyCheckbox) legacyCheckbox.default = isTrue(value); break;
      case 'w:checked': if (legacyCheckbox) legacyCheckbox.checked = isTrue(value); break;
      default: break;
    }
  });
  parser.on('closetag', (tag) => {
    switch (tag.name) {
      case 'w:tbl': builder.endTable(); break;
      case 'w:tr': builder.endRow(); break;
      case 'w:tc': builder.endCell(); break;
      case 'w:p': builder.endParagraph(); break;
      case 'w:t': inText = false; break;
      case 'w:tabs': inTabStops = false; break;
      case 'w:sdt': controls.pop(); break;
      case 'w:sdtPr': {
        const control = controls.at(-1);
        if (control?.checkbox) builder.appendText(`${control.checked ? CHECKED_MARK : UNCHECKED_MARK} `);
        break;
      }
      case 'w:checkBox': {
        if (legacyCheckbox) builder.appendText(`${(legacyCheckbox.checked ?? legacyCheckbox.default) ? CHECKED_MARK : UNCHECKED_MARK} `);
        legacyCheckbox = null;
        break;
      }
      default: break;
    }
  });
  parser.on('text', (text) => {
    if (!inText) return;
    // the glyph inside a checkbox content control repeats the state already written from w14:checked
    if (insideCheckboxControl() && BOX_GLYPHS.test(text)) return;
    builder.appendText(text);
  });
  try {
    parser.write(xml).close();
  } catch (thrown) {
    error ??= (thrown as Error).message;
  }
  return { blocks: builder.blocks, error };
}
