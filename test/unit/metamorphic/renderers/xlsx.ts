import ExcelJS from 'exceljs';
import { normalizeZip } from '../../../../scripts/fixtures/normalize-zip.ts';
import type { DocModel } from '../doc-model.ts';
import { pageHeaderLines } from '../doc-model.ts';
import { attachmentMail, fileName } from './attachment-mail.ts';
import type { Renderer } from './renderer.ts';

const FIXED_DATE = new Date('2026-01-10T09:00:00Z');

/** The form as a spreadsheet: labels in column A, values in column B, every other line in column A alone. */
export async function xlsxDocument(model: DocModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Comune';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const sheet = workbook.addWorksheet('Richiesta');
  sheet.getColumn(1).width = 42;
  sheet.getColumn(2).width = 60;
  const line = (text: string, bold = false) => {
    const row = sheet.addRow([text]);
    if (bold) row.font = { bold: true };
  };
  const block = (lines: readonly string[], bold = false) => {
    if (lines.length === 0) return;
    for (const text of lines) line(text, bold);
    sheet.addRow([]);
  };
  let page = 1;
  block(pageHeaderLines(model, page));
  block(model.letterhead);
  block(model.titleLines, true);
  for (const section of model.sections) {
    if (section.pageBreakBefore) {
      sheet.lastRow?.addPageBreak();
      block(pageHeaderLines(model, ++page));
    }
    if (section.heading) line(section.heading, true);
    for (const row of section.rows) {
      for (let i = 0; i < row.gapBefore; i++) sheet.addRow([]);
      // counts typed in a cell are numbers; codes (ISTAT, CUP) are kept as text, leading zeros and all
      const numeric = (row.field === 'partecipanti' || row.field === 'giornate') && /^\d+$/.test(row.value);
      sheet.addRow([row.label, numeric ? Number(row.value) : row.value]);
    }
  }
  if (model.signature.length > 0) {
    sheet.addRow([]);
    for (const text of model.signature) line(text);
  }
  return normalizeZip(Buffer.from(await workbook.xlsx.writeBuffer()));
}

/** The form as an XLSX sheet, attached. */
export const xlsxRenderer: Renderer = {
  name: 'xlsx',
  inBody: false,
  render: async (model, target) =>
    attachmentMail(target, fileName(target.spec.comune.name, 'xlsx'), await xlsxDocument(model), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
};
