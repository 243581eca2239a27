import { createRequire } from 'node:module';
import path from 'node:path';
import type { DocumentInput, ExtractedForm, FormFields } from '../types.ts';
import { describeFile, type ExtractLimits, type ExtractResult } from './extract-limits.ts';
import { extractFromProse } from './extract-prose.ts';
import { documentFields, documentProseWarning } from './document-fields.ts';
import { blocksToRows } from './fields-from-blocks.ts';
import { hasMeaningfulValues } from './has-meaningful-values.ts';
import { loadPdfJs, type PdfJs } from './load-pdfjs.ts';
import { fieldsFromWidgets, textBesideWidget, type PdfWidget } from './pdf-acroform.ts';
import { buildPageLines, countVisibleChars, linesToBlocks, type PositionedText } from './pdf-lines.ts';

type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

// Fewer visible characters than this on all pages, and no form values: a scan.
const SCANNED_TEXT_THRESHOLD = 20;

// Only CID fonts without a Unicode map need these; the standard fonts are not loaded at all: text needs no glyphs.
const CMAP_URL = path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps') + path.sep;

interface PdfContent {
  pages: ReturnType<typeof buildPageLines>[];
  visibleChars: number;
  /** AcroForm values read before any page was parsed; null when the form holds none. */
  formFields: FormFields | null;
}

/**
 * Reads a PDF: AcroForm values first (`pdf-form`), else label/value pairs from the text layer (`pdf-text`).
 * A filled AcroForm is read from the form dictionary alone: no page is parsed, no font is loaded.
 */
export async function extractPdf(doc: DocumentInput, limits: ExtractLimits): Promise<ExtractResult> {
  const name = describeFile(doc.filename);
  const warnings: string[] = [];
  const pdfjs = await loadPdfJs();
  const loadingTask = pdfjs.getDocument({
    // pdf.js may transfer (detach) the buffer it is given: hand it a copy, never the caller's bytes.
    data: new Uint8Array(doc.content),
    cMapUrl: CMAP_URL,
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    fontExtraProperties: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), limits.timeoutMs);
  });
  const reading = loadingTask.promise.then((pdf) => readContent(pdf, limits, warnings, name));
  reading.catch(() => undefined);
  try {
    const content = await Promise.race([reading, timeout]);
    // a read that beat the timer but not the budget is still over it
    if (content === 'timeout' || performance.now() - started > limits.timeoutMs) return { form: null, warnings: [...warnings, `extract-timeout: ${name} after ${limits.timeoutMs} ms`] };
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
  const content: PdfContent = { pages: [], visibleChars: 0, formFields: null };
  const fieldWidgets = await fieldObjectWidgets(pdf);
  if (fieldWidgets.length > 0) {
    await labelRadioButtons(pdf, fieldWidgets, limits);
    const formFields = fieldsFromWidgets(fieldWidgets);
    if (hasMeaningfulValues(formFields)) {
      content.formFields = formFields;
      return content;
    }
  }
  const pageCount = pdf.numPages;
  const pagesToRead = Math.min(pageCount, limits.maxPdfPages);
  if (pageCount > pagesToRead) warnings.push(`pdf-too-many-pages: ${name} has ${pageCount} pages, read ${pagesToRead}`);
  const annotationWidgets: PdfWidget[] = [];
  for (let pageNumber = 1; pageNumber <= pagesToRead; pageNumber += 1) {
    const page = await pdf.getPage(pageNumber);
    const items = await pageTextItems(page);
    // widgets outside the AcroForm dictionary (broken forms) are still on their page
    if (fieldWidgets.length === 0) {
      const annotations = (await page.getAnnotations({ intent: 'display' })) as PdfWidget[];
      const widgets = annotations.filter((annotation) => (annotation as { subtype?: unknown }).subtype === 'Widget');
      for (const widget of widgets) if (widget.radioButton === true) widget.besideText = textBesideWidget(widget.rect, items);
      annotationWidgets.push(...widgets);
    }
    content.visibleChars += countVisibleChars(items);
    content.pages.push(buildPageLines(items));
    page.cleanup();
  }
  const formFields = fieldsFromWidgets(annotationWidgets);
  if (hasMeaningfulValues(formFields)) content.formFields = formFields;
  return content;
}

type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

async function pageTextItems(page: PdfPage): Promise<PositionedText[]> {
  const text = await page.getTextContent();
  return text.items.filter((item): item is PositionedText & typeof item => 'str' in item);
}

/** Radio buttons whose export value is only an index ("0", "1") are named by the text printed beside them. */
async function labelRadioButtons(pdf: PdfDocument, widgets: PdfWidget[], limits: ExtractLimits): Promise<void> {
  const needText = widgets.filter((widget) => widget.type === 'radiobutton' && /^\d+$/.test(String(widget.value ?? '')));
  const pageIndexes = [...new Set(needText.map((widget) => Number(widget.page)))].filter(
    (index) => Number.isInteger(index) && index >= 0 && index < Math.min(pdf.numPages, limits.maxPdfPages),
  );
  for (const index of pageIndexes) {
    const page = await pdf.getPage(index + 1);
    const items = await pageTextItems(page);
    for (const widget of needText) if (Number(widget.page) === index) widget.besideText = textBesideWidget(widget.rect, items);
    page.cleanup();
  }
}

async function fieldObjectWidgets(pdf: PdfDocument): Promise<PdfWidget[]> {
  const objects = (await pdf.getFieldObjects().catch(() => null)) as Record<string, PdfWidget[]> | null;
  if (!objects) return [];
  return Object.entries(objects).flatMap(([fieldName, widgets]) => widgets.map((widget) => ({ fieldName, ...widget })));
}

function toForm(content: PdfContent, filename: string | null, warnings: string[], name: string): ExtractedForm | null {
  if (content.formFields) return { source: 'pdf-form', filename, fields: content.formFields, warnings: [] };
  if (content.visibleChars < SCANNED_TEXT_THRESHOLD) {
    warnings.push(`scanned-document: ${name}`);
    return null;
  }
  const blocks = linesToBlocks(content.pages);
  const { fields: textFields, fromProse, evidence } = documentFields(blocks, { positional: true });
  if (hasMeaningfulValues(textFields)) return { source: 'pdf-text', filename, fields: textFields, evidence, warnings: documentProseWarning(name, fromProse) };
  const proseText = blocks.map((block) => block.cells.filter((cell) => cell !== '').join(' ')).join('\n');
  const proseFields = extractFromProse(proseText);
  if (hasMeaningfulValues(proseFields)) return { source: 'pdf-text', filename, fields: proseFields, evidence: { candidates: {}, rows: blocksToRows(blocks) }, warnings: [] };
  return null;
}
