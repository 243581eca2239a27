import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { writeZip } from '../fixtures/normalize-zip.ts';
import { workbook } from '../zoo/sheets.ts';

export { workbook };
export type Book = ExcelJS.Workbook;
export type Sheet = ExcelJS.Worksheet;

function entries(zip: Buffer): Promise<{ name: string; data: Buffer }[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, archive) => {
      if (error) return reject(error);
      const out: { name: string; data: Buffer }[] = [];
      archive.on('entry', (entry: yauzl.Entry) => {
        archive.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            out.push({ name: entry.fileName, data: Buffer.concat(chunks) });
            archive.readEntry();
          });
        });
      });
      archive.on('end', () => resolve(out));
      archive.on('error', reject);
      archive.readEntry();
    });
  });
}

/** The same workbook as LibreOffice Calc saves it in Excel 2007-365 format: its application name in docProps/app.xml. */
export async function savedByLibreOffice(xlsx: Buffer): Promise<Buffer> {
  const app =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<Template></Template><TotalTime>14</TotalTime><Application>LibreOffice/7.6.4.1$Windows_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</Application><AppVersion>15.0000</AppVersion></Properties>';
  const list = await entries(xlsx);
  return writeZip(list.map((e) => (e.name === 'docProps/app.xml' ? { name: e.name, data: Buffer.from(app) } : e)));
}

/** Writes rows from `start`: [label, value, …] cells; null or [] leaves a blank row; `{ section }` a bold shaded title. */
export function writeRows(sheet: Sheet, start: number, rows: (({ section: string } | (string | number | null)[]) | null)[], column = 1): number {
  let line = start;
  for (const row of rows) {
    if (row && 'section' in row) {
      const cell = sheet.getCell(line, column);
      cell.value = row.section;
      cell.font = { bold: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2EFDA' } };
    } else if (row) {
      row.forEach((value, i) => {
        if (value === null) return;
        const cell = sheet.getCell(line, column + i);
        cell.value = value;
        if (i === 0) cell.font = { bold: true };
        else cell.alignment = { wrapText: true, vertical: 'top' };
      });
    }
    line += 1;
  }
  return line;
}
