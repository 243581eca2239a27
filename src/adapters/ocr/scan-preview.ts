import { createCanvas, ImageData } from '@napi-rs/canvas';
import { findScannedDocuments } from '../../core/ocr/find-scanned-documents.ts';
import { openPageSource } from './page-source.ts';

// The dashboard shows the page beside the values: enough to read it, small enough to send quickly.
const PREVIEW_DPI = 100;

/** Page 1 of the first scanned form in a raw message, as a PNG; null when the message holds no scan. */
export async function renderScanPreview(raw: Buffer): Promise<Buffer | null> {
  const [scan] = await findScannedDocuments(raw);
  if (!scan) return null;
  const source = await openPageSource(scan.document.content).catch(() => null);
  if (!source || source.pageCount === 0) return null;
  try {
    const page = await source.render(1, PREVIEW_DPI);
    const canvas = createCanvas(page.width, page.height);
    canvas.getContext('2d').putImageData(new ImageData(page.rgba, page.width, page.height), 0, 0);
    return await canvas.encode('png');
  } catch {
    return null;
  } finally {
    await source.close();
  }
}
