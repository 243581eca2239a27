import { bodyHtml } from './body-html.ts';
import { bodyLines } from './body-lines.ts';
import { bodyParagraphs } from './body-paragraphs.ts';
import { docxRenderer } from './docx.ts';
import { pdfRenderer } from './pdf.ts';
import type { Renderer, RendererName } from './renderer.ts';
import { xlsxRenderer } from './xlsx.ts';

export type { Renderer, RendererName, RenderTarget } from './renderer.ts';

/** Every renderer; the first is the reference the others are compared with. */
export const RENDERERS: readonly Renderer[] = [bodyLines, bodyHtml, bodyParagraphs, docxRenderer, xlsxRenderer, pdfRenderer];

export function renderer(name: RendererName): Renderer {
  const found = RENDERERS.find((r) => r.name === name);
  if (!found) throw new Error(`unknown renderer ${name}`);
  return found;
}
