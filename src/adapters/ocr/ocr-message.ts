import { applyOcrReading, type OcrApplied, type ScannedFormReading } from '../../core/ocr/apply-ocr-reading.ts';
import { findScannedDocuments, type ScannedDocument } from '../../core/ocr/find-scanned-documents.ts';
import { ocrFields } from '../../core/ocr/ocr-fields.ts';
import type { Catalog } from '../../core/normalize/catalog.ts';
import type { ParsedMessage } from '../../core/types.ts';
import type { OcrRunner } from './ocr-runner.ts';

export interface ScanOcr extends ScannedFormReading {
  pageCount: number;
  pageSeconds: number[];
  /** Small PNG of page 1. */
  preview: Buffer | null;
}

export interface MessageOcr extends OcrApplied {
  scan: ScanOcr;
}

/** OCRs one scanned document and maps what it says onto the form's fields (lab codes checked against the catalogue). */
export async function readScannedForm(scanned: ScannedDocument, runner: OcrRunner, catalog?: Catalog): Promise<ScanOcr> {
  const name = scanned.document.filename ?? scanned.filename ?? 'documento';
  const ocr = await runner.readDocument(scanned.document.content, name);
  return {
    filename: scanned.filename,
    signature: scanned.signature,
    reading: ocrFields(ocr.pages, { catalog }),
    warnings: ocr.warnings,
    pageCount: ocr.pageCount,
    pageSeconds: ocr.pageSeconds,
    preview: ocr.preview,
  };
}

/**
 * Reads the scanned forms of a message and completes its parse with the best of them (the one with the most
 * values). Null when the message holds no scan.
 */
export async function ocrMessage(raw: Buffer, parsed: ParsedMessage, runner: OcrRunner, context: { catalog: Catalog; threshold: number }): Promise<MessageOcr | null> {
  const scans = await findScannedDocuments(raw);
  let best: ScanOcr | null = null;
  for (const scanned of scans) {
    const read = await readScannedForm(scanned, runner, context.catalog);
    if (!best || filledCount(read) > filledCount(best)) best = read;
  }
  if (!best) return null;
  return { ...applyOcrReading(parsed, best, context), scan: best };
}

function filledCount(scan: ScanOcr): number {
  return Object.values(scan.reading.fields).filter((value) => value === true || (typeof value === 'string' && value.trim() !== '')).length;
}
