import type { RequestSpec } from '../../../../scripts/fixtures/request-spec.ts';
import type { DocModel } from '../doc-model.ts';

export type RendererName = 'body-lines' | 'body-html' | 'body-paragraphs' | 'docx' | 'xlsx' | 'pdf';

/** What a rendering is for: the spec (sender, Comune) and a unique id (Message-ID, boundaries). */
export interface RenderTarget {
  id: string;
  spec: RequestSpec;
}

/** Turns a document model into the raw .eml a Comune would send. */
export interface Renderer {
  name: RendererName;
  /** The form is the mail body (it can be quoted or forwarded); otherwise it is an attached document. */
  inBody: boolean;
  render: (model: DocModel, target: RenderTarget) => Promise<Buffer>;
}
