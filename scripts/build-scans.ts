// Builds the OCR fixtures in test/fixtures/scans: the official form, filled and flattened, rendered at 300 dpi and
// degraded the way real scans are (noise, skew, JPEG artefacts; a phone photo; a 2-page fax-like TIFF; an image-only
// PDF), with the values each must read back as (expected.json). Beside it, page 1 of the form as Comuni retype and
// print it: values typed tight inside black boxes, or typewritten on black ruled lines (layouts "boxed", "ruled"),
// whose borders and rules OCR reads as letters; or typed over dotted and dashed leaders ("Referente ........",
// "Telefono _ _ _ _", layout "dotted"), whose marks OCR reads as letters. Run: node --import tsx scripts/build-scans.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import path from 'node:path';
import { createCanvas, ImageData, type Canvas } from '@napi-rs/canvas';
import { PDFDocument, PageSizes, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { openPageSource, type PagePixels } from '../src/adapters/ocr/page-source.ts';
import { fillFormPdf } from '../src/core/form/fill-form-pdf.ts';
import { FORM_SECTIONS, FORM_TITLE } from '../src/core/form/form-layout.ts';
import { toWinAnsi } from '../src/core/form/win-ansi.ts';
import { wrapText } from '../src/core/form/wrap-text.ts';
import { COMUNI } from './fixtures/comuni.ts';
import type { FormFields } from '../src/core/types.ts';
import { SPECS } from './fixtures/cases/request-specs.ts';
import { toFormFields, type RequestSpec } from './fixtures/request-spec.ts';

const OUT = path.join(import.meta.dirname, '..', 'test', 'fixtures', 'scans');

export type ScanVariant = 'clean' | 'noisy' | 'photo' | 'tiff' | 'pdf';
/** How the page is printed: the official form (light-grey boxes), or retyped with black boxes or ruled lines. */
export type ScanLayout = 'official' | 'boxed' | 'ruled' | 'dotted';
type TypedLayout = Exclude<ScanLayout, 'official'>;

export interface ExpectedScan {
  variant: ScanVariant;
  layout: ScanLayout;
  pages: number;
  /** The key fields as the request must hold them. */
  key: { comune: string; labs: string[]; email: string };
  /** Every text value of the form. */
  fields: FormFields;
}

// Requests of the retyped forms: names and addresses whose first letter sits against a box border ("Nicolò",
// "n.rossi"), and ones that truly begin with the letters a border is read as ("Ilaria", "i.maltese", "l.piras").
const TYPED_SPECS = {
  crotone: {
    comune: COMUNI.crotone,
    partnership: 'single',
    entityPec: 'protocollo@pec.comune.crotone.it',
    contact: { name: 'Nicolò Rossi', role: 'Responsabile Servizio Personale', email: 'n.rossi@comune.crotone.it', phone: '0962 921111' },
    labs: ['PO-3', 'PO-2'],
    needs: 'Trattenere i giovani funzionari assunti con il PNRR: percorsi di crescita, smart working e benessere organizzativo.',
  },
  trapani: {
    comune: COMUNI.trapani,
    partnership: 'single',
    entityPec: 'protocollo@pec.comune.trapani.it',
    contact: { name: 'Ilaria Maltese', role: 'Dirigente Settore Lavori Pubblici', email: 'i.maltese@comune.trapani.it', phone: '0923 590111' },
    labs: ['PC-4'],
    needs: 'Introdurre strumenti di project management per i cantieri finanziati e tenere i cronoprogrammi.',
    cup: ['I91B22000340006'],
  },
  nuoro: {
    comune: COMUNI.nuoro,
    partnership: 'agreement',
    otherComuni: ['Orune', 'Oliena'],
    contact: { name: 'Luca Piras', role: 'Segretario Generale', email: 'l.piras@comune.nuoro.it', phone: '0784 216700' },
    labs: ['PC-2'],
    needs: 'Organizzare la gestione finanziaria dei progetti tra i Comuni in convenzione e la rendicontazione delle spese.',
  },
  altamura: {
    comune: COMUNI.altamura,
    partnership: 'single',
    entityPec: 'protocollo@pec.comune.altamura.ba.it',
    contact: { name: 'Michele Loiudice', role: 'Responsabile Ufficio Personale', email: 'm.loiudice@comune.altamura.ba.it', phone: '080 3107111' },
    labs: ['PO-5'],
    needs: 'Preparare la delegazione trattante al contratto integrativo e alla gestione delle relazioni sindacali.',
  },
  caserta: {
    comune: COMUNI.caserta,
    partnership: 'single',
    entityPec: 'protocollo@pec.comune.caserta.it',
    contact: { name: 'Luisa Cascone', role: 'Responsabile Ufficio Personale', email: 'l.cascone@comune.caserta.it', phone: '0823 273111' },
    labs: ['PO-4'],
    needs: 'Definire i fabbisogni di personale e aggiornare il piano delle assunzioni dopo i pensionamenti.',
  },
  siracusa: {
    comune: COMUNI.siracusa,
    partnership: 'single',
    entityPec: 'protocollo@pec.comune.siracusa.it',
    contact: { name: 'Giuseppe Italia', role: 'Dirigente Settore Politiche Comunitarie', email: 'g.italia@comune.siracusa.it', phone: '0931 451111' },
    labs: ['PC-1'],
    needs: 'Impostare la programmazione dei fondi di coesione e il monitoraggio dei progetti finanziati.',
  },
} satisfies Record<string, RequestSpec>;

const PLAN: Array<{ spec: keyof typeof SPECS | keyof typeof TYPED_SPECS; variant: ScanVariant; layout?: TypedLayout }> = [
  { spec: 'matera', variant: 'clean' },
  { spec: 'salerno', variant: 'clean' },
  { spec: 'catanzaro', variant: 'clean' },
  { spec: 'potenza', variant: 'noisy' },
  { spec: 'bari', variant: 'noisy' },
  { spec: 'lecce', variant: 'noisy' },
  { spec: 'cosenza', variant: 'photo' },
  { spec: 'napoli', variant: 'photo' },
  { spec: 'palermo', variant: 'tiff' },
  { spec: 'sassari', variant: 'pdf' },
  { spec: 'crotone', variant: 'clean', layout: 'boxed' },
  { spec: 'trapani', variant: 'noisy', layout: 'boxed' },
  { spec: 'nuoro', variant: 'clean', layout: 'ruled' },
  { spec: 'altamura', variant: 'noisy', layout: 'ruled' },
  { spec: 'caserta', variant: 'clean', layout: 'dotted' },
  { spec: 'siracusa', variant: 'noisy', layout: 'dotted' },
];

/** A small seeded generator: the fixtures come out the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function toCanvas(pixels: PagePixels): Canvas {
  const canvas = createCanvas(pixels.width, pixels.height);
  canvas.getContext('2d').putImageData(new ImageData(pixels.rgba, pixels.width, pixels.height), 0, 0);
  return canvas;
}

function greyscale(canvas: Canvas): Canvas {
  const context = canvas.getContext('2d');
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  const data = image.data;
  for (let offset = 0; offset < data.length; offset += 4) {
    const grey = (data[offset]! * 77 + data[offset + 1]! * 150 + data[offset + 2]! * 29) >> 8;
    data[offset] = data[offset + 1] = data[offset + 2] = grey;
  }
  context.putImageData(image, 0, 0);
  return canvas;
}

/** A photocopier's scan: a slight skew, toner specks, sensor noise, then JPEG. */
function noisy(page: Canvas, next: () => number): Canvas {
  const canvas = createCanvas(page.width, page.height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.translate(canvas.width / 2, canvas.height / 2);
  context.rotate((0.8 * Math.PI) / 180);
  context.drawImage(page, -page.width / 2, -page.height / 2);
  context.setTransform(1, 0, 0, 1, 0, 0);
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  const data = image.data;
  for (let offset = 0; offset < data.length; offset += 4) {
    const noise = (next() + next() + next() - 1.5) * 16;
    const speck = next() < 0.0008 ? -160 : 0;
    const grey = Math.max(0, Math.min(255, ((data[offset]! * 77 + data[offset + 1]! * 150 + data[offset + 2]! * 29) >> 8) * 0.94 + 8 + noise + speck));
    data[offset] = data[offset + 1] = data[offset + 2] = grey;
  }
  context.putImageData(image, 0, 0);
  return canvas;
}

/** A phone photo: lower resolution, the page a little narrower at the top (perspective), a shadow across it. */
function photo(page: Canvas): Canvas {
  const scale = 0.62;
  const width = Math.round(page.width * scale);
  const height = Math.round(page.height * scale);
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#8a8378';
  context.fillRect(0, 0, width, height);
  const band = 4;
  for (let y = 0; y < height; y += band) {
    // 4% narrower at the top than at the bottom, centred
    const squeeze = 0.96 + 0.04 * (y / height);
    const rowWidth = width * squeeze;
    context.drawImage(page, 0, (y / height) * page.height, page.width, (band / height) * page.height, (width - rowWidth) / 2, y, rowWidth, band);
  }
  const shadow = context.createLinearGradient(0, 0, width, height);
  shadow.addColorStop(0, 'rgba(0,0,0,0.32)');
  shadow.addColorStop(0.55, 'rgba(0,0,0,0.08)');
  shadow.addColorStop(1, 'rgba(0,0,0,0)');
  context.fillStyle = shadow;
  context.fillRect(0, 0, width, height);
  return canvas;
}

/** A bilevel TIFF (PackBits, white is zero, one strip per page), as fax machines and office scanners write them. */
function bilevelTiff(pages: Canvas[], dpi: number): Buffer {
  const chunks: Buffer[] = [];
  let offset = 8;
  const header = Buffer.alloc(8);
  header.write('II', 0, 'ascii');
  header.writeUInt16LE(42, 2);
  chunks.push(header);
  const ifdOffsets: number[] = [];
  const patches: Array<{ at: number; value: number }> = [];
  pages.forEach((page, index) => {
    const strip = packBitsRows(page);
    const stripOffset = offset;
    chunks.push(strip);
    offset += strip.length + (strip.length % 2);
    if (strip.length % 2) chunks.push(Buffer.alloc(1));
    const resolution = Buffer.alloc(8);
    resolution.writeUInt32LE(dpi, 0);
    resolution.writeUInt32LE(1, 4);
    const resolutionOffset = offset;
    chunks.push(resolution);
    offset += 8;
    const entries: Array<[number, number, number, number]> = [
      [256, 4, 1, page.width],
      [257, 4, 1, page.height],
      [258, 3, 1, 1],
      [259, 3, 1, 32773],
      [262, 3, 1, 0],
      [273, 4, 1, stripOffset],
      [277, 3, 1, 1],
      [278, 4, 1, page.height],
      [279, 4, 1, strip.length],
      [282, 5, 1, resolutionOffset],
      [283, 5, 1, resolutionOffset],
      [296, 3, 1, 2],
    ];
    const ifd = Buffer.alloc(2 + entries.length * 12 + 4);
    ifd.writeUInt16LE(entries.length, 0);
    entries.forEach(([tag, type, count, value], entry) => {
      const at = 2 + entry * 12;
      ifd.writeUInt16LE(tag, at);
      ifd.writeUInt16LE(type, at + 2);
      ifd.writeUInt32LE(count, at + 4);
      if (type === 3) ifd.writeUInt16LE(value, at + 8);
      else ifd.writeUInt32LE(value, at + 8);
    });
    ifdOffsets.push(offset);
    if (index > 0) patches.push({ at: ifdOffsets[index - 1]! + 2 + entries.length * 12, value: offset });
    chunks.push(ifd);
    offset += ifd.length;
  });
  const tiff = Buffer.concat(chunks);
  tiff.writeUInt32LE(ifdOffsets[0]!, 4);
  for (const patch of patches) tiff.writeUInt32LE(patch.value, patch.at);
  return tiff;
}

function packBitsRows(page: Canvas): Buffer {
  const { data } = page.getContext('2d').getImageData(0, 0, page.width, page.height);
  const rowBytes = Math.ceil(page.width / 8);
  const out: number[] = [];
  const row = new Uint8Array(rowBytes);
  for (let y = 0; y < page.height; y += 1) {
    row.fill(0);
    for (let x = 0; x < page.width; x += 1) {
      const offset = (y * page.width + x) * 4;
      const grey = (data[offset]! * 77 + data[offset + 1]! * 150 + data[offset + 2]! * 29) >> 8;
      if (grey < 150) row[x >> 3]! |= 0x80 >> (x & 7);
    }
    let at = 0;
    while (at < rowBytes) {
      let run = 1;
      while (at + run < rowBytes && run < 128 && row[at + run] === row[at]) run += 1;
      if (run >= 2) {
        out.push(257 - run, row[at]!);
        at += run;
        continue;
      }
      let literal = 1;
      while (at + literal < rowBytes && literal < 128 && !(at + literal + 1 < rowBytes && row[at + literal] === row[at + literal + 1])) literal += 1;
      out.push(literal - 1, ...row.subarray(at, at + literal));
      at += literal;
    }
  }
  return Buffer.from(out);
}

/** An 8-bit greyscale PNG (the canvas writes RGBA, three times the bytes for a grey page). */
function greyPng(canvas: Canvas): Buffer {
  const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  const rows = Buffer.alloc((canvas.width + 1) * canvas.height);
  for (let y = 0; y < canvas.height; y += 1) {
    const start = y * (canvas.width + 1);
    rows[start] = 2; // "Up" filter: a row minus the one above, mostly zeros on a form
    for (let x = 0; x < canvas.width; x += 1) {
      const grey = data[(y * canvas.width + x) * 4]!;
      const above = y > 0 ? data[((y - 1) * canvas.width + x) * 4]! : 0;
      rows[start + 1 + x] = (grey - above) & 0xff;
    }
  }
  const chunk = (type: string, body: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length, 0);
    head.write(type, 4, 'ascii');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
    return Buffer.concat([head, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(canvas.width, 0);
  header.writeUInt32BE(canvas.height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

async function imageOnlyPdf(pages: Canvas[]): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  for (const page of pages) {
    const jpeg = await page.encode('jpeg', 70);
    const image = await doc.embedJpg(jpeg);
    const pdfPage = doc.addPage([595.28, 841.89]);
    pdfPage.drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
  }
  return Buffer.from(await doc.save());
}

// The fields printed on page 1 of the official form; a one-page scan holds only these.
const PAGE_1_FIELDS = new Set(['comune', 'provincia', 'codice_istat', 'forma', 'altri_comuni', 'pec_ente', 'referente_nome', 'referente_ruolo', 'referente_email', 'referente_telefono', 'ambito', 'laboratorio', 'laboratorio_2', 'fabbisogni', 'cup']);

function expectedFor(spec: RequestSpec, variant: ScanVariant, layout: ScanLayout, pages: number): ExpectedScan {
  const all = toFormFields(spec);
  const fields = pages > 1 ? all : (Object.fromEntries(Object.entries(all).filter(([name]) => PAGE_1_FIELDS.has(name))) as FormFields);
  return { variant, layout, pages, key: { comune: spec.comune.name, labs: spec.labs, email: spec.contact.email ?? '' }, fields };
}

// Page 1 of the form as a Comune retypes it in a word processor, in points (1/72 in), the official columns kept.
const TYPED = { margin: 42, fieldX: 232, right: 553, lineWidth: 1, ink: rgb(0.08, 0.08, 0.08) };

/**
 * The first page of the form retyped: every value typed in a black box, against its border (`boxed`, Helvetica),
 * typewritten on a black rule (`ruled`, Courier, a rule down the value column), or typed over a leader of dots or
 * short dashes running from the label to the right margin (`dotted`, Helvetica).
 */
async function typedFormPdf(spec: RequestSpec, layout: TypedLayout): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage(PageSizes.A4);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const typed = await doc.embedFont(layout === 'ruled' ? StandardFonts.Courier : StandardFonts.Helvetica);
  const values = toFormFields(spec);
  const { margin, fieldX, right, lineWidth, ink } = TYPED;
  const size = layout === 'ruled' ? 11 : 10.5;
  let y = PageSizes.A4[1] - 48;
  page.drawText('ANCI - Programma Cap4City', { x: margin, y, size: 9, font: bold, color: ink });
  y -= 22;
  page.drawText(toWinAnsi(FORM_TITLE), { x: margin, y, size: 16, font: bold, color: ink });
  y -= 14;
  page.drawLine({ start: { x: margin, y }, end: { x: right, y }, thickness: 1.5, color: ink });
  y -= 26;
  let row = 0;
  for (const section of FORM_SECTIONS.slice(0, 3)) {
    page.drawText(section.title, { x: margin, y, size: 11, font: bold, color: ink });
    y -= 10;
    const top = y;
    for (const field of section.fields) {
      const value = values[field.name];
      const text = typeof value === 'string' ? value : '';
      const label = field.required ? `${field.label} *` : field.label;
      const lines = field.kind === 'multiline' ? wrapText(toWinAnsi(text), typed, size, right - fieldX - 6) : [toWinAnsi(text)];
      if (layout === 'boxed') y = boxedRow(page, { regular, typed }, label, lines, y, size);
      else if (layout === 'ruled') y = ruledRow(page, { regular, typed }, label, lines, y, size);
      else y = dottedRow(page, { regular, typed }, label, lines, y, size, row++);
    }
    // the ruled form's value column has a rule down its left side, the length of the section
    if (layout === 'ruled') page.drawLine({ start: { x: fieldX - 4, y: top + 2 }, end: { x: fieldX - 4, y: y + 8 }, thickness: lineWidth, color: ink });
    y -= 18;
  }
  return Buffer.from(await doc.save());
}

interface TypedFonts {
  regular: PDFFont;
  typed: PDFFont;
}

/**
 * A value in its own black box, 16 pt tall (multiline: taller), typed against its left border and low in it, as
 * people fill boxes in: the first letter touches the border, descenders run into the bottom one.
 */
function boxedRow(page: PDFPage, fonts: TypedFonts, label: string, lines: string[], y: number, size: number): number {
  const { margin, fieldX, right, lineWidth, ink } = TYPED;
  const lineHeight = size + 2;
  const height = lines.length > 1 ? Math.max(64, lines.length * lineHeight + 8) : 16;
  const bottom = y - height;
  page.drawText(label, { x: margin, y: y - 11, size: 9, font: fonts.regular, color: ink });
  page.drawRectangle({ x: fieldX, y: bottom, width: right - fieldX, height, borderColor: ink, borderWidth: lineWidth });
  lines.forEach((line, index) => {
    page.drawText(line, { x: fieldX + 0.6, y: lines.length > 1 ? y - 4 - size * 0.8 - index * lineHeight : bottom + 2.2, size, font: fonts.typed, color: ink });
  });
  return bottom - 5;
}

/** A value typewritten sitting on a black rule: letters touch it, descenders cross it. Multiline: one rule per line. */
function ruledRow(page: PDFPage, fonts: TypedFonts, label: string, lines: string[], y: number, size: number): number {
  const { margin, fieldX, right, lineWidth, ink } = TYPED;
  const lineHeight = size + 5;
  const rows = Math.max(1, lines.length > 1 ? Math.max(3, lines.length) : 1);
  page.drawText(label, { x: margin, y: y - 14, size: 9, font: fonts.regular, color: ink });
  for (let row = 0; row < rows; row += 1) {
    const baseline = y - 14 - row * lineHeight;
    const line = lines[row] ?? '';
    if (line) page.drawText(line, { x: fieldX, y: baseline, size, font: fonts.typed, color: ink });
    page.drawLine({ start: { x: fieldX - 4, y: baseline - 0.3 }, end: { x: right, y: baseline - 0.3 }, thickness: lineWidth, color: ink });
  }
  return y - 14 - (rows - 1) * lineHeight - 8;
}

/**
 * A value typed over a printed leader: a row of dots (even rows) or of short dashes (odd rows) from the label's end
 * to the right margin, a little below the baseline, so that the value's letters sit just above it and its
 * descenders cross it. Multiline: one leader per line.
 */
function dottedRow(page: PDFPage, fonts: TypedFonts, label: string, lines: string[], y: number, size: number, row: number): number {
  const { margin, fieldX, right, ink } = TYPED;
  const lineHeight = size + 6;
  const rows = Math.max(1, lines.length > 1 ? Math.max(3, lines.length) : 1);
  page.drawText(label, { x: margin, y: y - 14, size: 9, font: fonts.regular, color: ink });
  const labelEnd = margin + fonts.regular.widthOfTextAtSize(label, 9) + 4;
  const dashed = row % 2 === 1;
  for (let line = 0; line < rows; line += 1) {
    const baseline = y - 14 - line * lineHeight;
    const text = lines[line] ?? '';
    const from = line === 0 ? labelEnd : fieldX - 4;
    const level = baseline - 1.6;
    if (dashed) for (let x = from; x + 2.6 <= right; x += 5) page.drawRectangle({ x, y: level - 0.35, width: 2.6, height: 0.7, color: ink });
    else for (let x = from; x + 1 <= right; x += 3) page.drawEllipse({ x: x + 0.5, y: level, xScale: 0.55, yScale: 0.55, color: ink });
    if (text) page.drawText(text, { x: fieldX, y: baseline, size, font: fonts.typed, color: ink });
  }
  return y - 14 - (rows - 1) * lineHeight - 8;
}

async function renderTyped(spec: RequestSpec, layout: TypedLayout, dpi: number): Promise<Canvas> {
  const source = await openPageSource(await typedFormPdf(spec, layout));
  if (!source) throw new Error('the typed form does not open');
  const page = toCanvas(await source.render(1, dpi));
  await source.close();
  return page;
}

async function renderForm(spec: RequestSpec, dpi: number): Promise<Canvas[]> {
  const pdf = Buffer.from(await fillFormPdf(toFormFields(spec), { flatten: true }));
  const source = await openPageSource(pdf);
  if (!source) throw new Error('the filled form does not open');
  const pages: Canvas[] = [];
  for (let page = 1; page <= source.pageCount; page += 1) pages.push(toCanvas(await source.render(page, dpi)));
  await source.close();
  return pages;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const expected: Record<string, ExpectedScan> = {};
  for (const [index, { spec: key, variant, layout }] of PLAN.entries()) {
    const spec = (key in TYPED_SPECS ? TYPED_SPECS[key as keyof typeof TYPED_SPECS] : SPECS[key as keyof typeof SPECS]) as RequestSpec;
    const next = random(1000 + index);
    let file: string;
    let content: Buffer;
    let pages = 1;
    if (layout) {
      const page = await renderTyped(spec, layout, 300);
      file = `${variant}-${layout}-${key}.${variant === 'clean' ? 'png' : 'jpg'}`;
      if (variant === 'clean') content = greyPng(greyscale(page));
      else if (variant === 'noisy') content = await noisy(page, next).encode('jpeg', 40);
      else throw new Error(`no ${variant} variant of a typed form`);
    } else if (variant === 'tiff') {
      const rendered = await renderForm(spec, 200);
      file = `${variant}-${key}.tif`;
      content = bilevelTiff(rendered, 200);
      pages = rendered.length;
    } else if (variant === 'pdf') {
      const rendered = await renderForm(spec, 200);
      file = `${variant}-${key}.pdf`;
      content = await imageOnlyPdf(rendered.map(greyscale));
      pages = rendered.length;
    } else {
      const [first] = await renderForm(spec, 300);
      if (!first) throw new Error('no page 1');
      if (variant === 'clean') {
        file = `${variant}-${key}.png`;
        content = greyPng(greyscale(first));
      } else if (variant === 'noisy') {
        file = `${variant}-${key}.jpg`;
        content = await noisy(first, next).encode('jpeg', 40);
      } else {
        file = `${variant}-${key}.jpg`;
        content = await greyscale(photo(first)).encode('jpeg', 72);
      }
    }
    writeFileSync(path.join(OUT, file), content);
    expected[file] = expectedFor(spec, variant, layout ?? 'official', pages);
    console.log(`${file}: ${Math.round(content.length / 1024)} KB`);
  }
  writeFileSync(path.join(OUT, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
}

await main();
