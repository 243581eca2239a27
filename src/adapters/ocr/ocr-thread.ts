// The OCR thread: renders one page at a time, cleans it up and reads it. Runs apart from the service's event loop,
// so that a slow page never holds up the intake of other mail, and can be ended when a page takes too long.
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { createCanvas, ImageData } from '@napi-rs/canvas';
import { binarizePixels } from '../../core/ocr/binarize.ts';
import { removeLinesFromPixels } from '../../core/ocr/remove-lines.ts';
import { openPageSource, type PagePixels, type PageSource } from './page-source.ts';
import { TesseractReader } from './tesseract-reader.ts';
import type { OcrThreadRequest, OcrThreadResponse, PageRequestOptions, PageResult } from './ocr-thread-protocol.ts';

const OCR_THREAD_NICE = 19;

// On Linux a thread has its own nice value, and the threads it starts (tesseract's) inherit it: reading a
// scan then only takes CPU that acknowledgements and parsing leave free, instead of sharing it equally.
try {
  os.setPriority(OCR_THREAD_NICE);
} catch {
  // not allowed here (some containers): OCR still works, at normal priority
}

const langPath = (workerData as { langPath?: string } | null)?.langPath;
let reader: Promise<TesseractReader> | null = null;
let source: PageSource | null = null;

parentPort?.on('message', (request: OcrThreadRequest) => {
  handle(request).then(
    (value): OcrThreadResponse => ({ id: request.id, ok: true, value }),
    (error: unknown): OcrThreadResponse => ({ id: request.id, ok: false, error: (error as Error)?.message ?? String(error) }),
  ).then((response) => parentPort?.postMessage(response));
});

async function handle(request: OcrThreadRequest) {
  switch (request.type) {
    case 'open': {
      await source?.close();
      source = await openPageSource(Buffer.from(request.content));
      if (!source) throw new Error('not a PDF or an image');
      return { kind: source.kind, pageCount: source.pageCount };
    }
    case 'page':
      if (!source) throw new Error('no document open');
      return readPage(source, request.pageNumber, request.options);
    case 'close-document':
      await source?.close();
      source = null;
      return null;
  }
}

async function readPage(pages: PageSource, pageNumber: number, options: PageRequestOptions): Promise<PageResult> {
  const started = performance.now();
  const pixels = await pages.render(pageNumber, options.dpi);
  const preview = options.previewWidth ? await previewPng(pixels, options.previewWidth) : null;
  if (options.binarize) {
    binarizePixels(pixels.rgba, pixels.width, pixels.height);
    if (options.removeLines) removeLinesFromPixels(pixels.rgba, pixels.width, pixels.height);
  }
  const png = await encodePng(pixels);
  const rendered = performance.now();
  reader ??= TesseractReader.start({ langPath });
  // a model that failed to load is tried again on the next page, not remembered as broken for good
  const tesseract = await reader.catch((error: unknown) => {
    reader = null;
    throw error;
  });
  const page = await tesseract.read(png, pixels);
  return { page, preview, renderMs: rendered - started, recognizeMs: performance.now() - rendered };
}

function toCanvas(pixels: PagePixels) {
  const canvas = createCanvas(pixels.width, pixels.height);
  canvas.getContext('2d').putImageData(new ImageData(pixels.rgba, pixels.width, pixels.height), 0, 0);
  return canvas;
}

async function encodePng(pixels: PagePixels): Promise<Buffer> {
  return toCanvas(pixels).encode('png');
}

async function previewPng(pixels: PagePixels, width: number): Promise<Uint8Array> {
  const scale = Math.min(1, width / pixels.width);
  const preview = createCanvas(Math.round(pixels.width * scale), Math.round(pixels.height * scale));
  preview.getContext('2d').drawImage(toCanvas(pixels), 0, 0, preview.width, preview.height);
  return preview.encode('png');
}
