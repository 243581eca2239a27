import type { OcrPage } from '../../core/ocr/ocr-page.ts';

export interface PageRequestOptions {
  dpi: number;
  /** Greyscale and black/white thresholding before OCR. */
  binarize: boolean;
  /** Erase form rules and box borders (after binarising) so that OCR does not read them as letters. */
  removeLines: boolean;
  /** Also return this page as a small PNG of this width (the dashboard shows page 1 beside the values). */
  previewWidth: number | null;
}

export type OcrThreadRequest =
  | { id: number; type: 'open'; content: Uint8Array }
  | { id: number; type: 'page'; pageNumber: number; options: PageRequestOptions }
  | { id: number; type: 'close-document' };

export interface OpenedDocument {
  kind: 'pdf' | 'tiff' | 'image';
  pageCount: number;
}

export interface PageResult {
  page: OcrPage;
  preview: Uint8Array | null;
  renderMs: number;
  recognizeMs: number;
}

export type OcrThreadResponse =
  | { id: number; ok: true; value: OpenedDocument | PageResult | null }
  | { id: number; ok: false; error: string };
