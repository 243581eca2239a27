import type { Catalog } from '../../core/normalize/catalog.ts';
import type { ScanReader } from '../../workflows/ocr-request.ts';
import { ocrMessage } from './ocr-message.ts';
import type { OcrRunner } from './ocr-runner.ts';

/** The OCR workflow's port: reads a message's scanned form through one long-lived OCR thread. */
export function createScanReader(runner: OcrRunner, context: { catalog: Catalog; threshold: number }): ScanReader {
  return (raw, parsed) => ocrMessage(raw, parsed, runner, context);
}
