import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas, ImageData, loadImage } from '@napi-rs/canvas';
import { fileTypeFromBuffer } from 'file-type';
import UTIF from 'utif2';
import { loadPdfJs, type PdfJs } from '../../core/extract-form/load-pdfjs.ts';

/** One page as RGBA pixels, with the resolution it stands for. */
export interface PagePixels {
  rgba: Uint8ClampedArray;
  width: number;
  height: number;
  dpi: number;
}

/** The pages of a scan (an image-only PDF, a photo, a multi-page TIFF), rendered one at a time. */
export interface PageSource {
  kind: 'pdf' | 'tiff' | 'image';
  pageCount: number;
  render(pageNumber: number, dpi: number): Promise<PagePixels>;
  close(): Promise<void>;
}

// An A4 sheet is 8.27 inches wide: a photo or a TIFF without a usable resolution is taken to be one.
const A4_WIDTH_INCHES = 8.27;
const MIN_DECLARED_DPI = 100;
// pixels of one page; a bigger image is a decompression bomb, not a scan
const MAX_PIXELS = 60_000_000;

const pdfRequire = createRequire(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const STANDARD_FONTS = path.join(path.dirname(pdfRequire.resolve('pdfjs-dist/package.json')), 'standard_fonts') + path.sep;

/**
 * pdf.js draws with the copy of @napi-rs/canvas it depends on (its Path2D and DOMMatrix come from there): pages
 * are rendered on a canvas from that same copy, whichever version the service itself uses for images.
 */
function pdfCanvasModule(): typeof import('@napi-rs/canvas') {
  return pdfRequire('@napi-rs/canvas') as typeof import('@napi-rs/canvas');
}

/** Opens a scan's bytes; null when they are not a PDF or an image this reader knows. */
export async function openPageSource(content: Buffer): Promise<PageSource | null> {
  const type = await fileTypeFromBuffer(content).catch(() => undefined);
  if (type?.ext === 'pdf' || (!type && content.subarray(0, 1024).includes('%PDF-'))) return openPdf(content, await loadPdfJs());
  if (type?.ext === 'tif') return openTiff(content);
  if (type && ['png', 'jpg', 'gif', 'bmp', 'webp', 'avif'].includes(type.ext)) return openImage(content);
  return null;
}

async function openPdf(content: Buffer, pdfjs: PdfJs): Promise<PageSource> {
  const task = pdfjs.getDocument({
    data: new Uint8Array(content),
    standardFontDataUrl: STANDARD_FONTS,
    isEvalSupported: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  const pdf = await task.promise;
  const canvasModule = pdfCanvasModule();
  return {
    kind: 'pdf',
    pageCount: pdf.numPages,
    async render(pageNumber, dpi) {
      const page = await pdf.getPage(pageNumber);
      try {
        const viewport = page.getViewport({ scale: dpi / 72 });
        const width = Math.ceil(viewport.width);
        const height = Math.ceil(viewport.height);
        if (width * height > MAX_PIXELS) throw new Error(`page ${pageNumber} is too large (${width}×${height} px)`);
        const canvas = canvasModule.createCanvas(width, height);
        const context = canvas.getContext('2d');
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, width, height);
        const params = { canvas, canvasContext: context, viewport } as unknown as Parameters<typeof page.render>[0];
        await page.render(params).promise;
        return { rgba: context.getImageData(0, 0, width, height).data, width, height, dpi };
      } finally {
        page.cleanup();
      }
    },
    async close() {
      await task.destroy().catch(() => undefined);
    },
  };
}

function openTiff(content: Buffer): PageSource {
  const buffer = content.buffer.slice(content.byteOffset, content.byteOffset + content.byteLength) as ArrayBuffer;
  // sub-images (thumbnails, t254 = 1) are not pages
  const pages = UTIF.decode(buffer).filter((ifd) => !(Array.isArray(ifd.t254) && Number(ifd.t254[0]) & 1));
  return {
    kind: 'tiff',
    pageCount: pages.length,
    async render(pageNumber, dpi) {
      const ifd = pages[pageNumber - 1];
      if (!ifd) throw new Error(`no page ${pageNumber}`);
      const declaredWidth = Number((ifd.t256 as number[] | undefined)?.[0] ?? 0);
      const declaredHeight = Number((ifd.t257 as number[] | undefined)?.[0] ?? 0);
      if (declaredWidth * declaredHeight > MAX_PIXELS) throw new Error(`page ${pageNumber} is too large (${declaredWidth}×${declaredHeight} px)`);
      UTIF.decodeImage(buffer, ifd);
      const rgba = new Uint8ClampedArray(UTIF.toRGBA8(ifd));
      const declaredDpi = Number((ifd.t282 as number[] | undefined)?.[0] ?? 0);
      const sourceDpi = declaredDpi >= MIN_DECLARED_DPI ? declaredDpi : ifd.width / A4_WIDTH_INCHES;
      return resample({ rgba, width: ifd.width, height: ifd.height, dpi: sourceDpi }, dpi);
    },
    async close() {},
  };
}

async function openImage(content: Buffer): Promise<PageSource> {
  const image = await loadImage(content);
  if (image.width * image.height > MAX_PIXELS) throw new Error(`image too large (${image.width}×${image.height} px)`);
  return {
    kind: 'image',
    pageCount: 1,
    async render(pageNumber, dpi) {
      if (pageNumber !== 1) throw new Error(`no page ${pageNumber}`);
      const sourceDpi = image.width / A4_WIDTH_INCHES;
      const scale = scaleFor(sourceDpi, dpi);
      const width = Math.max(1, Math.round(image.width * scale));
      const height = Math.max(1, Math.round(image.height * scale));
      const canvas = createCanvas(width, height);
      const context = canvas.getContext('2d');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, width, height);
      context.drawImage(image, 0, 0, width, height);
      return { rgba: context.getImageData(0, 0, width, height).data, width, height, dpi: sourceDpi * scale };
    },
    async close() {},
  };
}

// Close enough to the wanted resolution: no resampling (it only blurs).
function scaleFor(sourceDpi: number, targetDpi: number): number {
  const scale = targetDpi / sourceDpi;
  return scale > 0.9 && scale < 1.1 ? 1 : scale;
}

function resample(pixels: PagePixels, targetDpi: number): PagePixels {
  const scale = scaleFor(pixels.dpi, targetDpi);
  if (scale === 1) return pixels;
  const source = createCanvas(pixels.width, pixels.height);
  source.getContext('2d').putImageData(new ImageData(pixels.rgba, pixels.width, pixels.height), 0, 0);
  const width = Math.max(1, Math.round(pixels.width * scale));
  const height = Math.max(1, Math.round(pixels.height * scale));
  const target = createCanvas(width, height);
  const context = target.getContext('2d');
  context.drawImage(source, 0, 0, width, height);
  return { rgba: context.getImageData(0, 0, width, height).data, width, height, dpi: pixels.dpi * scale };
}
