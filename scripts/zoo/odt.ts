import { writeZip } from '../fixtures/normalize-zip.ts';

export type OdtCell = string | { text: string; span?: number; bold?: boolean };
export type OdtBlock =
  | { h: string; level?: number }
  | { p: string; style?: 'bold' | 'center' | 'title' | 'right' }
  | { list: string[]; numbered?: boolean }
  | { table: OdtCell[][]; widths?: number[] };

export interface OdtOptions {
  title: string;
  creator: string;
  /** ISO date of creation and last save. */
  date: string;
  /** Page header (the letterhead) and footer, kept in styles.xml as LibreOffice does. */
  header?: string[];
  footer?: string[];
  blocks: OdtBlock[];
}

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Text as LibreOffice stores it: tabs as <text:tab/>, runs of spaces as <text:s/>, line breaks as <text:line-break/>. */
function inline(text: string): string {
  return escape(text)
    .replace(/\t/g, '<text:tab/>')
    .replace(/\n/g, '<text:line-break/>')
    .replace(/ {2,}/g, (spaces) => ` <text:s text:c="${spaces.length - 1}"/>`);
}

function paragraph(text: string, style = 'Standard'): string {
  return `<text:p text:style-name="${style}">${inline(text)}</text:p>`;
}

const PARAGRAPH_STYLE = { bold: 'P_Bold', center: 'P_Center', title: 'Title', right: 'P_Right' } as const;

function columnCount(rows: OdtCell[][]): number {
  return Math.max(...rows.map((row) => row.reduce<number>((sum, c) => sum + (typeof c === 'string' ? 1 : (c.span ?? 1)), 0)));
}

function tableXml(rows: OdtCell[][], index: number): string {
  const columns = columnCount(rows);
  const name = `Tabella${index}`;
  const cols = Array.from({ length: columns }, (_, i) => `<table:table-column table:style-name="${name}.C${i}"/>`).join('');
  const body = rows
    .map((row) => {
      const cells = row
        .map((c) => {
          const spec = typeof c === 'string' ? { text: c } : c;
          const span = spec.span ?? 1;
          const spanAttr = span > 1 ? ` table:number-columns-spanned="${span}"` : '';
          const paragraphs = spec.text.split('\n').map((line) => paragraph(line, spec.bold ? 'P_Bold' : 'Table_Contents')).join('');
          return `<table:table-cell table:style-name="${name}.Cell" office:value-type="string"${spanAttr}>${paragraphs}</table:table-cell>` + '<table:covered-table-cell/>'.repeat(span - 1);
        })
        .join('');
      return `<table:table-row>${cells}</table:table-row>`;
    })
    .join('');
  return `<table:table table:name="${name}" table:style-name="${name}">${cols}${body}</table:table>`;
}

function tableStyles(rows: OdtCell[][], index: number, widths?: number[]): string {
  const columns = columnCount(rows);
  const name = `Tabella${index}`;
  const w = widths ?? Array.from({ length: columns }, () => 17 / columns);
  return (
    `<style:style style:name="${name}" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>` +
    w.map((width, i) => `<style:style style:name="${name}.C${i}" style:family="table-column"><style:table-column-properties style:column-width="${width.toFixed(2)}cm"/></style:style>`).join('') +
    `<style:style style:name="${name}.Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.097cm" fo:border="0.5pt solid #000000"/></style:style>`
  );
}

function contentXml(o: OdtOptions): string {
  let tables = 0;
  const styles: string[] = [];
  const body = o.blocks
    .map((block) => {
      if ('h' in block) return `<text:h text:style-name="Heading_20_${block.level ?? 2}" text:outline-level="${block.level ?? 2}">${inline(block.h)}</text:h>`;
      if ('p' in block) return paragraph(block.p, block.style ? PARAGRAPH_STYLE[block.style] : 'Standard');
      if ('list' in block) {
        const style = block.numbered ? 'L_Numbered' : 'L_Bullet';
        return `<text:list text:style-name="${style}">${block.list.map((item) => `<text:list-item>${paragraph(item, 'List_Paragraph')}</text:list-item>`).join('')}</text:list>`;
      }
      tables += 1;
      styles.push(tableStyles(block.table, tables, block.widths));
      return tableXml(block.table, tables);
    })
    .join('\n');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${NS} office:version="1.3"><office:automatic-styles>` +
    '<style:style style:name="P_Bold" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>' +
    '<style:style style:name="P_Center" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/></style:style>' +
    '<style:style style:name="P_Right" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"/></style:style>' +
    '<text:list-style style:name="L_Bullet"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"/></text:list-level-style-bullet></text:list-style>' +
    '<text:list-style style:name="L_Numbered"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/></text:list-style>' +
    styles.join('') +
    `</office:automatic-styles><office:body><office:text>\n${body}\n</office:text></office:body></office:document-content>\n`
  );
}

function stylesXml(o: OdtOptions): string {
  const header = (o.header ?? []).map((line, i) => paragraph(line, i === 0 ? 'Header_Bold' : 'Header')).join('');
  const footer = (o.footer ?? []).map((line) => paragraph(line, 'Footer')).join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles ${NS} office:version="1.3"><office:styles>` +
    '<style:style style:name="Standard" style:family="paragraph" style:class="text"><style:text-properties style:font-name="Liberation Serif" fo:font-size="12pt"/></style:style>' +
    '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>' +
    '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>' +
    '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>' +
    '<style:style style:name="Table_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard"/>' +
    '<style:style style:name="List_Paragraph" style:family="paragraph" style:parent-style-name="Standard"/>' +
    '<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10pt"/></style:style>' +
    '<style:style style:name="Header_Bold" style:family="paragraph" style:parent-style-name="Header"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>' +
    '<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt"/></style:style>' +
    '</office:styles><office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" fo:margin-left="2cm" fo:margin-right="2cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm"/></style:page-layout></office:automatic-styles>' +
    `<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">${header ? `<style:header>${header}</style:header>` : ''}${footer ? `<style:footer>${footer}</style:footer>` : ''}</style:master-page></office:master-styles></office:document-styles>\n`
  );
}

function metaXml(o: OdtOptions): string {
  const date = o.date.replace(/\.\d+Z$|Z$/, '');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta ${NS} office:version="1.3"><office:meta>` +
    `<meta:generator>LibreOffice/7.5.9.2$Linux_X86_64 LibreOffice_project/50$Build-2</meta:generator><dc:title>${escape(o.title)}</dc:title>` +
    `<meta:initial-creator>${escape(o.creator)}</meta:initial-creator><dc:creator>${escape(o.creator)}</dc:creator>` +
    `<meta:creation-date>${date}</meta:creation-date><dc:date>${date}</dc:date><dc:language>it-IT</dc:language>` +
    '</office:meta></office:document-meta>\n'
  );
}

const MANIFEST =
  '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">' +
  '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>' +
  '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>' +
  '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>' +
  '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>' +
  '</manifest:manifest>\n';

/** An .odt made by hand: `mimetype` first and stored, then content, styles, meta and the manifest. */
export function odtFile(o: OdtOptions): Promise<Buffer> {
  return writeZip([
    { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.text'), store: true },
    { name: 'content.xml', data: Buffer.from(contentXml(o)) },
    { name: 'styles.xml', data: Buffer.from(stylesXml(o)) },
    { name: 'meta.xml', data: Buffer.from(metaXml(o)) },
    { name: 'META-INF/manifest.xml', data: Buffer.from(MANIFEST) },
  ]);
}
