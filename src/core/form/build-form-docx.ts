import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { FormFields } from '../types.ts';
import type { CatalogLike } from './catalog-like.ts';
import { AUDIENCE_GROUP_LABEL, DEFAULT_FORM_RECIPIENT, FORM_SECTIONS, FORM_TITLE, areaTitle, choiceOptions, labOptions } from './form-layout.ts';
import type { FormFieldLayout } from './form-layout.ts';

export interface BuildFormDocxOptions {
  recipient?: string;
}

const CHECKED = '☒';
const UNCHECKED = '☐';
const BRAND = '0D4D8C';
const BAND = 'E6EEF7';
const LABEL_WIDTH = 3600;
const VALUE_WIDTH = 5900;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '9AA8BC' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

function isTicked(value: string | boolean | undefined): boolean {
  if (typeof value === 'boolean') return value;
  return ['true', 'x', 'sì', 'si', 'yes', '1'].includes((value ?? '').trim().toLowerCase());
}

function cell(text: string, width: number, options: { bold?: boolean; shaded?: boolean } = {}): TableCell {
  const lines = text.split('\n');
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: options.shaded ? { type: ShadingType.CLEAR, color: 'auto', fill: BAND } : undefined,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: lines.map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: options.bold, size: 20 })] })),
  });
}

/** The value cell's text: the filled value, or what to fill in (options, checkboxes, lab codes). */
function valueText(field: FormFieldLayout, values: FormFields | undefined, catalog: CatalogLike): string {
  const value = values?.[field.name];
  if (field.kind === 'checkbox') return isTicked(value) ? CHECKED : UNCHECKED;
  if (value !== undefined && value !== '') return String(value);
  if (values) return '';
  if (field.kind === 'choice') return choiceOptions(field.name).map((option) => `${UNCHECKED} ${option}`).join('   ');
  if (field.kind === 'lab') return `(indicare il codice e il titolo, es. "${labOptions(catalog)[8] ?? 'PC-3 Procedure e affidamenti'}")`;
  return '';
}

function rowLabel(field: FormFieldLayout): string {
  const label = field.name.startsWith('dest_') ? `${AUDIENCE_GROUP_LABEL}: ${field.label}` : field.label;
  return field.required ? `${label} *` : label;
}

function sectionTable(fields: FormFieldLayout[], values: FormFields | undefined, catalog: CatalogLike): Table {
  return new Table({
    width: { size: LABEL_WIDTH + VALUE_WIDTH, type: WidthType.DXA },
    columnWidths: [LABEL_WIDTH, VALUE_WIDTH],
    borders: BORDERS,
    rows: fields.map(
      (field) =>
        new TableRow({
          children: [cell(rowLabel(field), LABEL_WIDTH, { shaded: true }), cell(valueText(field, values, catalog), VALUE_WIDTH)],
        }),
    ),
  });
}

function catalogueTable(catalog: CatalogLike): Table {
  const widths = [1100, 3200, 5200];
  const header = new TableRow({
    tableHeader: true,
    children: ['Codice', 'Area', 'Laboratorio'].map((title, index) => cell(title, widths[index] ?? 0, { bold: true, shaded: true })),
  });
  const rows = catalog.labs.map(
    (lab) => new TableRow({ children: [lab.code, areaTitle(lab.area), lab.title].map((text, index) => cell(text, widths[index] ?? 0)) }),
  );
  return new Table({ width: { size: 9500, type: WidthType.DXA }, columnWidths: widths, borders: BORDERS, rows: [header, ...rows] });
}

function heading(text: string): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_2,
    spacing: { before: 280, after: 120 },
    children: [new TextRun({ text, bold: true, color: BRAND, size: 24 })],
  });
}

/** Builds the official form as DOCX: one label | value table per section; values, when given, fill it. */
export async function buildFormDocx(catalog: CatalogLike, values?: FormFields, options: BuildFormDocxOptions = {}): Promise<Buffer> {
  const recipient = options.recipient ?? DEFAULT_FORM_RECIPIENT;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ children: [new TextRun({ text: 'ANCI - Programma Cap4City', bold: true, color: BRAND, size: 18 })] }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.LEFT,
      children: [new TextRun({ text: FORM_TITLE, bold: true, size: 34 })],
    }),
    new Paragraph({
      spacing: { after: 120 },
      children: [
        new TextRun({
          text:
            `Compilare e inviare a ${recipient} (anche da PEC, con firma digitale facoltativa). ` +
            'I campi contrassegnati con * sono obbligatori; per le caselle, barrare quelle che interessano. ' +
            'Il laboratorio si sceglie dal catalogo riportato in fondo al modulo.',
          size: 18,
          color: '5F6673',
        }),
      ],
    }),
  ];
  for (const section of FORM_SECTIONS) {
    children.push(heading(section.title), sectionTable(section.fields, values, catalog));
  }
  children.push(heading('Catalogo dei Capacity Lab'), catalogueTable(catalog));
  const doc = new Document({
    creator: 'ANCI - Cap4City',
    title: FORM_TITLE,
    description: 'Richiesta di un Capacity Lab del programma Cap4City',
    styles: { default: { document: { run: { font: 'Calibri' } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
