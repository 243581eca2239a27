import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OcrRunner } from '../../../src/adapters/ocr/ocr-runner.ts';
import { ocrFields } from '../../../src/core/ocr/ocr-fields.ts';

const SCANS = new URL('../../fixtures/scans/', import.meta.url);

describe('OCR of a clean 300 dpi scan of the official form (tesseract.js, Italian model from npm)', () => {
  // a dead proxy for the OCR thread: if anything tried to reach a CDN it could not
  process.env.HTTP_PROXY = 'http://127.0.0.1:9';
  process.env.HTTPS_PROXY = 'http://127.0.0.1:9';
  const runner = new OcrRunner({ pageTimeoutMs: 60_000 });
  afterAll(async () => {
    await runner.close();
    delete process.env.HTTP_PROXY;
    delete process.env.HTTPS_PROXY;
  });

  it('reads the key fields of the form, with their confidence, and renders a small preview of the page', async () => {
    const ocr = await runner.readDocument(readFileSync(new URL('clean-matera.png', SCANS)), 'clean-matera.png');
    expect(ocr.warnings).toEqual([]);
    expect(ocr.pageCount).toBe(1);
    expect(ocr.preview?.subarray(1, 4).toString('latin1')).toBe('PNG');
    const reading = ocrFields(ocr.pages);
    expect(reading.fields).toMatchObject({
      comune: 'Matera',
      provincia: 'MT',
      codice_istat: '077014',
      referente_nome: 'Anna Lorusso',
      referente_email: 'anna.lorusso@comune.matera.it',
      laboratorio: 'PC-3 Procedure e affidamenti',
    });
    expect(reading.confidence.comune).toBeGreaterThanOrEqual(80);
  }, 60_000);

  it('reads the two pages of a TIFF one at a time', async () => {
    const ocr = await runner.readDocument(readFileSync(new URL('tiff-palermo.tif', SCANS)), 'tiff-palermo.tif');
    expect(ocr.pageCount).toBe(2);
    expect(ocr.pages).toHaveLength(2);
    expect(ocrFields(ocr.pages).fields).toMatchObject({ comune: 'Palermo', privacy: true });
  }, 60_000);

  it('never fetches the model: with an empty language folder it fails, loudly, instead of downloading', async () => {
    const offline = new OcrRunner({ langPath: mkdtempSync(path.join(tmpdir(), 'no-model-')), pageTimeoutMs: 30_000 });
    try {
      const ocr = await offline.readDocument(readFileSync(new URL('clean-matera.png', SCANS)), 'clean-matera.png');
      expect(ocr.pages).toEqual([]);
      expect(ocr.warnings).toHaveLength(1);
      expect(ocr.warnings[0]).toMatch(/^ocr-failed: clean-matera\.png page 1: .*(ENOENT|no such file)/);
    } finally {
      await offline.close();
    }
  }, 60_000);

  it('says what it could not read instead of throwing', async () => {
    const ocr = await runner.readDocument(Buffer.from('not an image at all'), 'garbage.bin');
    expect(ocr.pages).toEqual([]);
    expect(ocr.warnings).toEqual(['ocr-failed: garbage.bin: not a PDF or an image']);
  });

  it('gives up a page that takes longer than its time limit, and starts afresh for the next document', async () => {
    const hurried = new OcrRunner({ pageTimeoutMs: 50 });
    try {
      const ocr = await hurried.readDocument(readFileSync(new URL('clean-matera.png', SCANS)), 'clean-matera.png');
      expect(ocr.warnings.some((warning) => /^ocr-(timeout|failed): clean-matera\.png/.test(warning))).toBe(true);
      expect(ocr.pages).toEqual([]);
    } finally {
      await hurried.close();
    }
  }, 60_000);
});
