import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OcrRunner } from '../../../src/adapters/ocr/ocr-runner.ts';
import { ocrFields } from '../../../src/core/ocr/ocr-fields.ts';

const SCANS = new URL('../../fixtures/scans/', import.meta.url);

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

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

  it('ends the OCR thread after an idle period, giving its memory back, and starts a new one for the next document', async () => {
    const idle = new OcrRunner({ idleExitMs: 300, previewWidth: null });
    try {
      const first = await idle.readDocument(readFileSync(new URL('clean-matera.png', SCANS)), 'clean-matera.png');
      expect(first.warnings).toEqual([]);
      expect(idle.threadRunning).toBe(true);
      const rssWhileRunning = process.memoryUsage.rss();
      await waitUntil(() => !idle.threadRunning, 10_000);
      // tesseract's model and buffers (hundreds of MB) leave with the thread
      expect(process.memoryUsage.rss()).toBeLessThan(rssWhileRunning - 100 * 1024 * 1024);
      const second = await idle.readDocument(readFileSync(new URL('clean-matera.png', SCANS)), 'clean-matera.png');
      expect(second.warnings).toEqual([]);
      expect(ocrFields(second.pages).fields).toMatchObject({ comune: 'Matera', codice_istat: '077014' });
      expect(idle.threadRunning).toBe(true);
    } finally {
      await idle.close();
    }
    expect(idle.threadRunning).toBe(false);
  }, 90_000);

  it('a document arriving while the idle thread is still ending is answered by a new thread, unharmed by the old one ending', async () => {
    const idle = new OcrRunner({ idleExitMs: 1, previewWidth: null });
    try {
      await idle.readDocument(Buffer.from('not an image at all'), 'first.bin');
      await new Promise((resolve) => setTimeout(resolve, 2));
      const ocr = await idle.readDocument(Buffer.from('not an image either'), 'second.bin');
      // the new thread's own answer, not "OCR thread exited" from the old one
      expect(ocr.warnings).toEqual(['ocr-failed: second.bin: not a PDF or an image']);
    } finally {
      await idle.close();
    }
  });

  it('keeps the thread when the idle exit is off (0)', async () => {
    const keeper = new OcrRunner({ idleExitMs: 0 });
    try {
      await keeper.readDocument(Buffer.from('not an image at all'), 'garbage.bin');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(keeper.threadRunning).toBe(true);
    } finally {
      await keeper.close();
    }
    expect(keeper.threadRunning).toBe(false);
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
