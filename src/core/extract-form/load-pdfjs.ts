import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | null = null;

/**
 * Loads pdf.js and its worker code once, in this thread (pdf.js then runs its "fake worker" without importing).
 * The service runs under tsx, whose loader would rewrite these two 1-2 MB bundles and build source maps for them
 * (about 400 MB and 3 s per process): a namespace query that is not ours makes tsx hand them to Node untouched,
 * and source maps are off while they load. Plain Node ignores the query.
 */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= importPdfJs();
  return loading;
}

async function importPdfJs(): Promise<PdfJs> {
  const require = createRequire(import.meta.url);
  const untransformed = (specifier: string): string => `${pathToFileURL(require.resolve(specifier)).href}?tsx-namespace=pdfjs`;
  const sourceMaps = process.sourceMapsEnabled;
  process.setSourceMapsEnabled(false);
  try {
    const pdfjs = (await import(untransformed('pdfjs-dist/legacy/build/pdf.min.mjs'))) as PdfJs;
    const worker: unknown = await import(untransformed('pdfjs-dist/legacy/build/pdf.worker.min.mjs'));
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return pdfjs;
  } catch {
    return await import('pdfjs-dist/legacy/build/pdf.mjs');
  } finally {
    process.setSourceMapsEnabled(sourceMaps);
  }
}
