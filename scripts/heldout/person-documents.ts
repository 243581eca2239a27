import { AlignmentType, Document, Packer, Paragraph, Tab, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import { normalizeZip } from '../fixtures/normalize-zip.ts';

const FIXED_DATE = new Date('2026-01-20T08:00:00Z');

/** One line of a hand-typed Word form: a bold label, a tab, then the value (or a plain paragraph). */
export type WordLine = { label: string; value: string } | { text: string; bold?: boolean; centered?: boolean };

/** A form a clerk typed in Word: a centred title, bold labels followed by tabs, free paragraphs. */
export async function wordFormDocx(lines: WordLine[]): Promise<Buffer> {
  const paragraphs = lines.map((line) =>
    'label' in line
      ? new Paragraph({
          spacing: { after: 100 },
          children: [new TextRun({ text: line.label, bold: true, font: 'Calibri', size: 22 }), new TextRun({ children: [new Tab(), line.value], font: 'Calibri', size: 22 })],
        })
      : new Paragraph({
          spacing: { after: 160 },
          alignment: line.centered ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
          children: [new TextRun({ text: line.text, bold: line.bold ?? false, font: 'Calibri', size: 22 })],
        }),
  );
  const doc = new Document({ creator: 'Ufficio Protocollo', sections: [{ children: paragraphs }] });
  return normalizeZip(await Packer.toBuffer(doc));
}

/** A spreadsheet with a header row: either one column per field (one data row), or "Voce | Risposta" rows. */
export async function headerRowXlsx(sheetName: string, rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Comune';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column) => {
    column.width = 28;
  });
  return normalizeZip(Buffer.from(await workbook.xlsx.writeBuffer()));
}
