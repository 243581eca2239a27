import { createRequire } from 'node:module';
import path from 'node:path';
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import type { OcrLine, OcrPage } from '../../core/ocr/ocr-page.ts';

const require = createRequire(import.meta.url);

/**
 * Where the Italian model lives: the npm package's own folder, never a CDN. The "best_int" LSTM model is the one
 * tesseract.js picks for LSTM-only recognition (smaller and faster than the legacy+LSTM one).
 */
export function italianLanguagePath(): string {
  return path.join(path.dirname(require.resolve('@tesseract.js-data/ita/package.json')), '4.0.0_best_int');
}

export interface TesseractReaderOptions {
  /** Overrides the language folder (tests point it at an empty one to prove nothing is downloaded). */
  langPath?: string;
}

/** One tesseract.js worker (its own thread, WebAssembly core from node_modules), read-only: it writes no cache. */
export class TesseractReader {
  private constructor(private readonly worker: Worker) {}

  static async start(options: TesseractReaderOptions = {}): Promise<TesseractReader> {
    // tesseract.js reports a model that cannot be loaded only to errorHandler, and its worker then never resolves
    let failStart: (error: Error) => void = () => undefined;
    const startFailed = new Promise<never>((_resolve, reject) => {
      failStart = reject;
    });
    // the Italian model names a word list it does not ship ("ita.special-words"): not looking for it spares a
    // spurious error on standard error at every start
    const initOnly = { user_words_suffix: '' } as Parameters<typeof createWorker>[3];
    const starting = createWorker(
      'ita',
      OEM.LSTM_ONLY,
      {
        langPath: options.langPath ?? italianLanguagePath(),
        gzip: true,
        // 'none': never read or write a cache folder; the model is read from langPath every time a worker starts
        cacheMethod: 'none',
        errorHandler: (error: unknown) => failStart(new Error(`tesseract: ${String(error)}`)),
      },
      initOnly,
    );
    const worker = await Promise.race([starting, startFailed]).catch(async (error: unknown) => {
      void starting.then((started) => started.terminate()).catch(() => undefined);
      throw error;
    });
    // one column of text lines, as forms are laid out; the automatic layout drops short values in boxes
    await worker.setParameters({ tessedit_pageseg_mode: PSM.SINGLE_COLUMN, preserve_interword_spaces: '0' });
    return new TesseractReader(worker);
  }

  async read(png: Buffer, size: { width: number; height: number; dpi: number }): Promise<OcrPage> {
    await this.worker.setParameters({ user_defined_dpi: String(Math.round(size.dpi)) });
    const result = await this.worker.recognize(png, {}, { text: false, blocks: true });
    const lines: OcrLine[] = [];
    for (const block of result.data.blocks ?? []) {
      for (const paragraph of block.paragraphs) {
        for (const line of paragraph.lines) {
          const words = line.words
            .filter((word) => word.text.trim() !== '')
            .map((word) => ({ text: word.text, confidence: word.confidence, box: { ...word.bbox } }));
          if (words.length > 0) lines.push({ words, baseline: line.baseline ? { ...line.baseline } : null });
        }
      }
    }
    return { width: size.width, height: size.height, dpi: size.dpi, lines };
  }

  async stop(): Promise<void> {
    await this.worker.terminate().catch(() => undefined);
  }
}
