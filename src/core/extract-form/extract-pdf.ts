import { createRequire } from 'node:module';
import path from 'node:path';
import type { DocumentInput, ExtractedForm } from '../types.ts';
import { describeFile, type ExtractLimits, type ExtractResult } from './extract-limits.ts';
import { extractFromProse } from './extract-prose.ts';
import { fieldsFromBlocks } from './fields-from-blocks.ts';
import { hasMeaningfulValues } from './has-meaningful-values.ts';
import { fieldsFromWidgets, textBesideWidget, type PdfWidget } from './pdf-acroform.ts';
import { buildPageLines, countVisibleChars, linesToBlocks, type PositionedText } from './pdf-lines.ts';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

// Fewer visible characters than this on all pages, and no form values: a scan.
const SCANNED_TEXT_THRESHOLD = 20;

let pdfJsPromise: Promise<PdfJs> | null = null;
function loadPdfJs(): Promise<PdfJs> {
  pdfJsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfJsPromise;
}

const packageDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const STANDARD_FONT_DATA_URL = path.join(packageDir, 'standard_fonts') + path.sep;
const CMAP_URL = path.join(packageDir, 'cmaps') + path.sep;

interface PdfContent {
  widgets: PdfWidget[];
  pages: ReturnType<typeof buildPageLines>[];
  visibleChars: number;
  pageCount: number;
}

/** Reads a PDF: AcroForm values first (`pdf-form`), else label/value pairs from the text layer (`pdf-text`). */
export async function extractPdf(doc: DocumentInput, limits: ExtractLimits): Promise<ExtractResult> {
  const name = describeFile(doc.filename);
  const warnings: string[] = [];
  const pdfjs = await loadPdfJs();
  const loadingTask = pdfjs.getDocument({
    // pdf.js may transfer (detach) the buffer it is given: hand it a copy, never the caller's bytes.
    data: new Uint8Array(doc.content),
    standardFontDataUrl: STANDARD_FONT_DATA_URL,
    cMapUrl: CMAP_URL,
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), limits.timeoutMs);
  });
  const reading = loadingTask.promise.then((pdf) => readContent(pdf, limits, warnings, name));
  reading.catch(() => undefined);
  try {
    const content = await Promise.race([reading, timeout]);
    if (content === 'timeout') return { form: null, warnings: [...warnings, `extract-timeout: ${name} after ${limits.timeoutMs} ms`] };
    return { form: toForm(content, doc.filename, warnings, name), warnings };
  } catch (error) {
    const errorName = (error as { name?: unknown } | null)?.name;
    if (errorName === 'PasswordException') warnings.push(`pdf-encrypted: ${name}`);
    else warnings.push(`pdf-unreadable: ${name}: ${(error as Error)?.message ?? String(error)}`);
    return { form: null, warnings };
  } finally {
    clearTimeout(timer);
    await loadingTask.destroy().catch(() => undefined);
  }
}

async function readContent(pdf: PdfDocument, limits: ExtractLimits, warnings: string[], name: string): Promise<PdfContent> {
  const pageCount = pdf.numPages;
  const pagesToRead = Math.min(pageCount, limits.maxPdfPages);
  if (pageCount > pagesToRead) warnings.push(`pdf-too-many-pages: ${name} has ${pageCount} pages, read ${pagesToRead}`);
  const content: PdfContent = { widgets: [], pages: [], visibleChars: 0, pageCount };
  for (let pageNumber = 1; pageNumber <= pagesToRead; pageNumber += 1) {
    const page = await pdf.getPage(pageNumber);
    const annotations = (await page.getAnnotations({ intent: 'display' })) as PdfWidget[];
    const widgets = annotations.filter((annotation) => (annotation as { subtype?: unknown }).subtype === 'Widget');
    const text = await page.getTextContent();
    const items = text.items.filter((item): item is PositionedText & typeof item => 'str' in item);
    for (const widget of widgets) if (widget.radioButton === true) widget.besideText = textBesideWidget(widget.rect, items);
    content.widgets.push(...widgets);
    content.visibleChars += countVisibleChars(items);
    content.pages.push(buildPageLines(items));
    page.cleanup();
  }
  if (content.widgets.length === 0) content.widgets.push(...(await fieldObjectWidgets(pdf)));
  return content;
}

async function fieldObjectWidgets(pdf: PdfDocument): Promise<PdfWidget[]> {
  const objects = (await pdf.getFieldObjects().catch(() => null)) as Record<string, PdfWidget[]> | null;
  if (!objects) return [];
  return Object.entries(objects).flatMap(([fieldName, widgets]) => widgets.map((widget) => ({ fieldName, ...widget })));
}

function toForm(content: PdfContent, filename: string | null, warnings: string[], name: string): ExtractedForm | null {
  const formFields = fieldsFromWidgets(content.widgets);
  if (hasMeaningfulValues(formFields)) return { source: 'pdf-form', filename, fields: formFields, warnings: [] };
  if (content.visibleChars < SCANNED_TEXT_THRESHOLD) {
    warnings.push(`scanned-document: ${name}`);
    return null;
  }
  const blocks = linesToBlocks(content.pages);
  const textFields = fieldsFromBlocks(blocks, { positional: true });
  if (hasMeaningfulValues(textFields)) return { source: 'pdf-text', filename, fields: textFields, warnings: [] };
  const proseText = blocks.map((block) => block.cells.filter((cell) => cell !== '').join(' ')).join('\n');
  const proseFields = extractFromProse(proseText);
  if (hasMeaningfulValues(proseFields)) return { source: 'pdf-text', filename, fields: proseFields, warnings: [] };
  return null;
}
