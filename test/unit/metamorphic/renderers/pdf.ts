import { PDFDocument, PageSizes, StandardFonts } from 'pdf-lib';
import type { PDFFont } from 'pdf-lib';
import { wrapText } from '../../../../src/core/form/wrap-text.ts';
import type { DocModel } from '../doc-model.ts';
import { attachmentMail, fileName } from './attachment-mail.ts';
import type { Renderer } from './renderer.ts';

const FIXED_DATE = new Date('2026-01-09T10:00:00Z');
const TOP = 800;
const BOTTOM = 60;
const LEFT = 56;
const VALUE_X = 236;
const SIZE = 9.5;
const LEADING = 13;

interface TextRun {
  text: string;
  x: number;
  y: number;
  bold: boolean;
}

/**
 * Lays the document out in pages of text runs: labels and values are separate runs side by side
 * (label at the left margin, value in a second column), each wrapped to its column.
 */
function layOut(model: DocModel, font: PDFFont, bold: PDFFont): TextRun[][] {
  const pages: TextRun[][] = [];
  let runs: TextRun[] = [];
  let y = TOP;
  const newPage = () => {
    if (pages.length > 0 || runs.length > 0) pages.push(runs);
    runs = [];
    y = TOP;
    // "{pages}" is filled in when the number of pages is known (a long form may run over more pages)
    for (const line of model.pageHeader.map((text) => text.replace('{page}', String(pages.length + 1)))) {
      runs.push({ text: line, x: LEFT, y, bold: false });
      y -= LEADING;
    }
    if (model.pageHeader.length > 0) y -= LEADING;
  };
  const ensure = (height: number) => {
    if (y - height < BOTTOM) newPage();
  };
  const paragraph = (lines: readonly string[], isBold = false) => {
    for (const line of lines) {
      for (const piece of wrapText(line, isBold ? bold : font, SIZE, 483)) {
        ensure(LEADING);
        runs.push({ text: piece, x: LEFT, y, bold: isBold });
        y -= LEADING;
      }
    }
    if (lines.length > 0) y -= LEADING;
  };
  newPage();
  paragraph(model.letterhead);
  paragraph(model.titleLines, true);
  for (const section of model.sections) {
    if (section.pageBreakBefore) newPage();
    if (section.heading) paragraph([section.heading], true);
    for (const row of section.rows) {
      y -= LEADING * row.gapBefore;
      const labelLines = wrapText(row.label, bold, SIZE, 170);
      const valueLines = wrapText(row.value, font, SIZE, 300);
      ensure(LEADING * Math.max(labelLines.length, valueLines.length));
      labelLines.forEach((text, i) => runs.push({ text, x: LEFT, y: y - LEADING * i, bold: true }));
      valueLines.forEach((text, i) => runs.push({ text, x: VALUE_X, y: y - LEADING * i, bold: false }));
      y -= LEADING * Math.max(labelLines.length, valueLines.length) + 4;
    }
    y -= LEADING;
  }
  paragraph(model.signature);
  pages.push(runs);
  return pages;
}

/** The form as a text PDF (what "Save as PDF" of a Word table gives, without the rules). */
export async function pdfDocument(model: DocModel): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setCreationDate(FIXED_DATE);
  doc.setProducer('Microsoft® Word per Microsoft 365');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const pages = layOut(model, font, bold);
  for (const runs of pages) {
    const page = doc.addPage(PageSizes.A4);
    for (const run of runs) page.drawText(run.text.replace('{pages}', String(pages.length)), { x: run.x, y: run.y, size: SIZE, font: run.bold ? bold : font });
  }
  return Buffer.from(await doc.save());
}

/** The form as a PDF with a text layer, attached. */
export const pdfRenderer: Renderer = {
  name: 'pdf',
  inBody: false,
  render: async (model, target) => attachmentMail(target, fileName(target.spec.comune.name, 'pdf'), await pdfDocument(model), 'application/pdf'),
};
