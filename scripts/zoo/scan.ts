import { createRequire } from 'node:module';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';

const DPI = 300;
const SCALE = DPI / 72;
const A4 = { width: 595.28, height: 841.89 };

// Liberation Sans ships with pdfjs-dist, so a rebuild draws the same glyphs on any machine.
const fontDir = path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts');
GlobalFonts.registerFromPath(path.join(fontDir, 'LiberationSans-Regular.ttf'), 'Zoo Sans');
GlobalFonts.registerFromPath(path.join(fontDir, 'LiberationSans-Bold.ttf'), 'Zoo Sans Bold');

/** Drawing on an A4 sheet in points (origin top-left), rendered at 300 dpi. */
export class ScanPage {
  readonly canvas: Canvas;
  readonly ctx: SKRSContext2D;

  constructor() {
    this.canvas = createCanvas(Math.round(A4.width * SCALE), Math.round(A4.height * SCALE));
    this.ctx = this.canvas.getContext('2d');
    this.ctx.fillStyle = '#ffffff';
    this.ctx.fillRect(0, 0, this.canvas.width, this.canvas.height);
    this.ctx.scale(SCALE, SCALE);
    this.ctx.fillStyle = '#111111';
    this.ctx.strokeStyle = '#222222';
  }

  text(x: number, y: number, text: string, size = 11, options: { bold?: boolean; align?: 'left' | 'center' | 'right'; colour?: string } = {}): void {
    this.ctx.font = `${size}px "${options.bold ? 'Zoo Sans Bold' : 'Zoo Sans'}"`;
    this.ctx.textAlign = options.align ?? 'left';
    this.ctx.fillStyle = options.colour ?? '#111111';
    this.ctx.fillText(text, x, y);
  }

  /** Text wrapped to a width; returns the y under the last line. */
  wrapped(x: number, y: number, text: string, width: number, size = 11, leading = 15): number {
    this.ctx.font = `${size}px "Zoo Sans"`;
    this.ctx.textAlign = 'left';
    this.ctx.fillStyle = '#111111';
    let line = '';
    let at = y;
    for (const word of text.split(/\s+/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && this.ctx.measureText(candidate).width > width) {
        this.ctx.fillText(line, x, at);
        at += leading;
        line = word;
      } else line = candidate;
    }
    if (line) this.ctx.fillText(line, x, at);
    return at + leading;
  }

  rect(x: number, y: number, width: number, height: number, lineWidth = 0.8): void {
    this.ctx.lineWidth = lineWidth;
    this.ctx.strokeRect(x, y, width, height);
  }

  line(x1: number, y1: number, x2: number, y2: number, options: { width?: number; dotted?: boolean } = {}): void {
    this.ctx.lineWidth = options.width ?? 0.6;
    this.ctx.setLineDash(options.dotted ? [1, 2.2] : []);
    this.ctx.beginPath();
    this.ctx.moveTo(x1, y1);
    this.ctx.lineTo(x2, y2);
    this.ctx.stroke();
    this.ctx.setLineDash([]);
  }

  /** A hand signature: a few loops in blue-black ink. */
  scribble(x: number, y: number, width: number): void {
    this.ctx.lineWidth = 1.1;
    this.ctx.strokeStyle = '#1a2440';
    this.ctx.beginPath();
    this.ctx.moveTo(x, y);
    for (let i = 1; i <= 24; i += 1) this.ctx.lineTo(x + (width * i) / 24, y - 9 * Math.sin(i * 1.3) - (i % 5 === 0 ? 6 : 0));
    this.ctx.stroke();
    this.ctx.strokeStyle = '#222222';
  }
}

/** A small seeded generator: scans come out the same on every run. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What the photocopier does: rotation by `degrees`, grey cast, sensor noise and toner specks. */
export function degrade(page: Canvas, options: { degrees: number; noise: number; specks: number; seed: number }): Canvas {
  const next = seeded(options.seed);
  const canvas = createCanvas(page.width, page.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.translate(canvas.width / 2, canvas.height / 2);
  ctx.rotate((options.degrees * Math.PI) / 180);
  ctx.drawImage(page, -page.width / 2, -page.height / 2);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  const image = ctx.getImageData(0, 0, canvas.width, canvas.height);
  const data = image.data;
  for (let offset = 0; offset < data.length; offset += 4) {
    const grey = (data[offset]! * 77 + data[offset + 1]! * 150 + data[offset + 2]! * 29) >> 8;
    const noise = (next() + next() - 1) * options.noise;
    const speck = next() < options.specks ? -170 : 0;
    const value = Math.max(0, Math.min(255, grey * 0.93 + 10 + noise + speck));
    data[offset] = data[offset + 1] = data[offset + 2] = value;
  }
  ctx.putImageData(image, 0, 0);
  return canvas;
}

/** An 8-bit greyscale PNG with a 300 dpi pHYs chunk, as office scanners write them. */
export function greyPng(canvas: Canvas): Buffer {
  const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  const rows = Buffer.alloc((canvas.width + 1) * canvas.height);
  for (let y = 0; y < canvas.height; y += 1) {
    const start = y * (canvas.width + 1);
    rows[start] = 0;
    for (let x = 0; x < canvas.width; x += 1) rows[start + 1 + x] = data[(y * canvas.width + x) * 4]!;
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
  header[8] = 8;
  header[9] = 0;
  const phys = Buffer.alloc(9);
  const perMetre = Math.round(DPI / 0.0254);
  phys.writeUInt32BE(perMetre, 0);
  phys.writeUInt32BE(perMetre, 4);
  phys[8] = 1;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('pHYs', phys),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function jpeg(canvas: Canvas, quality: number): Promise<Buffer> {
  return canvas.encode('jpeg', quality);
}

/** An image-only PDF, one JPEG per page, as a multifunction printer makes it. */
export async function imagePdf(pages: Canvas[], producer: string, created: string): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setProducer(producer);
  doc.setCreator(producer);
  doc.setCreationDate(new Date(created));
  for (const page of pages) {
    const image = await doc.embedJpg(await page.encode('jpeg', 68));
    const pdfPage = doc.addPage([A4.width, A4.height]);
    pdfPage.drawImage(image, { x: 0, y: 0, width: A4.width, height: A4.height });
  }
  return Buffer.from(await doc.save());
}
