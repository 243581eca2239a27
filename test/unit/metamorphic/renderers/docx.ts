import { Document, Header, Packer, PageBreak, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { normalizeZip } from '../../../../scripts/fixtures/normalize-zip.ts';
import type { DocModel } from '../doc-model.ts';
import { attachmentMail, fileName } from './attachment-mail.ts';
import type { Renderer } from './renderer.ts';

const text = (line: string, bold = false) => new Paragraph({ children: [new TextRun({ text: line, bold })] });
const cell = (line: string, bold: boolean, width: number) => new TableCell({ width: { size: width, type: WidthType.PERCENTAGE }, children: [text(line, bold)] });

/** The page header as Word repeats it: a real header part, with "{page}"/"{pages}" as page-number fields. */
function pageHeader(model: DocModel): Header | undefined {
  if (model.pageHeader.length === 0) return undefined;
  const paragraph = (line: string) => {
    const pieces = line.split(/(\{page\}|\{pages\})/).filter(Boolean);
    const children = pieces.map((piece) => (piece === '{page}' ? PageNumber.CURRENT : piece === '{pages}' ? PageNumber.TOTAL_PAGES : piece));
    return new Paragraph({ children: [new TextRun({ children })] });
  };
  return new Header({ children: model.pageHeader.map(paragraph) });
}

/** The form as a Word document: title and letterhead paragraphs, one label | value table per section. */
export async function docxDocument(model: DocModel): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [...model.letterhead.map((line) => text(line)), ...model.titleLines.map((line) => text(line, true))];
  for (const section of model.sections) {
    if (section.pageBreakBefore) children.push(new Paragraph({ children: [new PageBreak()] }));
    if (section.heading) children.push(text(section.heading, true));
    const rows = section.rows.flatMap((row) => [
      ...Array.from({ length: row.gapBefore }, () => new TableRow({ children: [cell('', false, 40), cell('', false, 60)] })),
      new TableRow({ children: [cell(row.label, true, 40), cell(row.value, false, 60)] }),
    ]);
    children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }), text(''));
  }
  children.push(...model.signature.map((line) => text(line)));
  const header = pageHeader(model);
  const doc = new Document({ creator: 'Comune', sections: [{ ...(header ? { headers: { default: header } } : {}), children }] });
  return normalizeZip(await Packer.toBuffer(doc));
}

/** The form as a DOCX two-column table, attached. */
export const docxRenderer: Renderer = {
  name: 'docx',
  inBody: false,
  render: async (model, target) =>
    attachmentMail(target, fileName(target.spec.comune.name, 'docx'), await docxDocument(model), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
};
