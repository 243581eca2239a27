import ExcelJS from 'exceljs';
import { normalizeZip } from '../fixtures/normalize-zip.ts';

export type Row = (string | number | null)[];

/** A workbook as an office saves it from Excel, rezipped so rebuilds are identical. */
export async function workbook(creator: string, date: string, fill: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = creator;
  book.lastModifiedBy = creator;
  book.created = new Date(date);
  book.modified = new Date(date);
  fill(book);
  return normalizeZip(Buffer.from(await book.xlsx.writeBuffer()), date);
}

/** An "Istruzioni" sheet: one instruction per row in column A, wide. */
export function instructionsSheet(book: ExcelJS.Workbook, lines: string[]): void {
  const sheet = book.addWorksheet('Istruzioni');
  sheet.getColumn(1).width = 110;
  lines.forEach((line, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = line;
    if (i === 0) cell.font = { bold: true, size: 13 };
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
}

/** Label in column B, value in column C (n° in A), with a merged title in A1:C1 and optional section rows. */
export function rowsSheet(book: ExcelJS.Workbook, name: string, title: string, rows: ({ section: string } | [string, string | number | null])[]): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name);
  sheet.getColumn(1).width = 6;
  sheet.getColumn(2).width = 38;
  sheet.getColumn(3).width = 70;
  sheet.mergeCells('A1:C1');
  const head = sheet.getCell('A1');
  head.value = title;
  head.font = { bold: true, size: 14 };
  head.alignment = { horizontal: 'center' };
  let line = 3;
  let n = 0;
  for (const row of rows) {
    if ('section' in row) {
      sheet.mergeCells(line, 2, line, 3);
      const cell = sheet.getCell(line, 2);
      cell.value = row.section;
      cell.font = { bold: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    } else {
      n += 1;
      sheet.getCell(line, 1).value = n;
      sheet.getCell(line, 2).value = row[0];
      sheet.getCell(line, 2).font = { bold: true };
      sheet.getCell(line, 3).value = row[1];
      sheet.getCell(line, 3).alignment = { wrapText: true, vertical: 'top' };
    }
    line += 1;
  }
  return sheet;
}

/** One column per field: headers on `headerRow`, the values on the next row. */
export function columnsSheet(book: ExcelJS.Workbook, name: string, headers: string[], values: (string | number | null)[], headerRow = 1): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name);
  headers.forEach((header, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.max(12, Math.min(50, header.length + 6));
    const cell = sheet.getCell(headerRow, i + 1);
    cell.value = header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
    cell.border = { bottom: { style: 'thin' } };
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });
  values.forEach((value, i) => {
    sheet.getCell(headerRow + 1, i + 1).value = value;
  });
  return sheet;
}
