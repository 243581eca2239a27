import type ExcelJS from 'exceljs';
import type { DocumentInput } from '../types.ts';
import { describeFile, type ExtractLimits, type ExtractResult } from './extract-limits.ts';
import { readBlockFields, type TextBlock } from './fields-from-blocks.ts';
import { hasMeaningfulValues } from './has-meaningful-values.ts';
import { readZipEntries } from './read-zip-entries.ts';

const MAX_ROWS_PER_SHEET = 1_000;
const MAX_COLUMNS = 40;

// exceljs is large: loaded when the first spreadsheet arrives, not with the parser.
let excelJs: Promise<typeof ExcelJS> | null = null;
function loadExcelJs(): Promise<typeof ExcelJS> {
  excelJs ??= import('exceljs').then((module) => module.default);
  return excelJs;
}

function cellText(cell: ExcelJS.Cell): string {
  try {
    return cell.text ?? '';
  } catch {
    return '';
  }
}

/** Reads an XLSX whose sheets hold labels in one column and values to their right (or a header row of labels). */
export async function extractXlsx(doc: DocumentInput, limits: ExtractLimits): Promise<ExtractResult> {
  const name = describeFile(doc.filename);
  // exceljs inflates without limits: the bytes are counted here first.
  const guard = await readZipEntries(doc.content, () => 'count', limits, name);
  if (!guard.ok) return { form: null, warnings: guard.warnings };
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(doc.content as unknown as ArrayBuffer);
  } catch (error) {
    return { form: null, warnings: [`xlsx-unreadable: ${name}: ${(error as Error).message}`] };
  }
  const blocks: TextBlock[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rowNumber > MAX_ROWS_PER_SHEET) return;
      const cells: string[] = [];
      for (let column = 1; column <= Math.min(row.cellCount, MAX_COLUMNS); column += 1) cells.push(cellText(row.getCell(column)));
      blocks.push({ cells });
    });
    blocks.push({ cells: [] });
  }
  const { fields, evidence } = readBlockFields(blocks);
  if (!hasMeaningfulValues(fields)) return { form: null, warnings: [] };
  return { form: { source: 'xlsx', filename: doc.filename, fields, evidence, warnings: [] }, warnings: [] };
}
