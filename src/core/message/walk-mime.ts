import type { EventEmitter } from 'node:events';
import { Splitter } from '@zone-eu/mailsplit';
import type { MimeNode, SplitterChunk } from '@zone-eu/mailsplit';
import { decodeTransferEncoding } from './decode-transfer-encoding.ts';
import type { EmbeddedMessage, MailAttachment, ReadLimits } from './read-message.ts';

export interface MimeWalk {
  attachments: MailAttachment[];
  embeddedMessages: EmbeddedMessage[];
  isMultipartReport: boolean;
  warnings: string[];
}

interface OpenLeaf {
  node: MimeNode;
  chunks: Buffer[];
  size: number;
}

const REPORT_PART_TYPES = new Set([
  'message/delivery-status',
  'message/global-delivery-status',
  'message/disposition-notification',
]);
const BODY_TEXT_TYPES = new Set(['text/plain', 'text/html']);

/**
 * Walks the MIME tree of the top-level message only: embedded messages are kept as raw bytes
 * (their own parts are not looked into), leaf parts that are not body text become attachments.
 */
export async function walkMime(raw: Buffer, limits: ReadLimits): Promise<MimeWalk> {
  const walk: MimeWalk = { attachments: [], embeddedMessages: [], isMultipartReport: false, warnings: [] };
  const multipartBoundaries: Buffer[] = [];
  let partCount = 0;
  let open: OpenLeaf | null = null;
  let skipping = false;

  const closeLeaf = (): void => {
    if (open) finishLeaf(open, walk, limits);
    open = null;
  };

  const onChunk = (chunk: SplitterChunk): void => {
    if (chunk.type === 'node') {
      closeLeaf();
      partCount++;
      if (partCount > limits.maxParts) {
        if (!skipping) walk.warnings.push(`too-many-parts: more than ${limits.maxParts}`);
        skipping = true;
        return;
      }
      if (depthOf(chunk) > limits.maxDepth) {
        if (!skipping) walk.warnings.push(`too-deep: more than ${limits.maxDepth} nested parts`);
        skipping = true;
        return;
      }
      const contentType = chunk.contentType || '';
      if (contentType === 'multipart/report' || REPORT_PART_TYPES.has(contentType)) walk.isMultipartReport = true;
      if (chunk.multipart) {
        if (chunk._boundary) multipartBoundaries.push(chunk._boundary);
        return;
      }
      open = { node: chunk, chunks: [], size: 0 };
      return;
    }
    if (chunk.type === 'body' && open) {
      open.size += chunk.value.length;
      open.chunks.push(chunk.value);
    }
  };

  try {
    await runSplitter(raw, onChunk);
  } catch (error) {
    walk.warnings.push(`broken-mime: ${error instanceof Error ? error.message : String(error)}`);
  }
  closeLeaf();
  if (multipartBoundaries.some((boundary) => !hasClosingBoundary(raw, boundary))) {
    walk.warnings.push('broken-mime: a multipart is not terminated (truncated message?)');
  }
  return walk;
}

function runSplitter(raw: Buffer, onChunk: (chunk: SplitterChunk) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const splitter = new Splitter({ ignoreEmbedded: true });
    splitter.on('data', onChunk);
    // the typings only declare the 'data' event
    const stream = splitter as unknown as EventEmitter;
    stream.once('error', reject);
    stream.once('end', () => resolve());
    splitter.end(raw);
  });
}

function finishLeaf(leaf: OpenLeaf, walk: MimeWalk, limits: ReadLimits): void {
  const { node } = leaf;
  const contentType = node.contentType || null;
  const filename = node.filename || null;
  const isEmbedded = node.rfc822 || contentType === 'message/global' || /\.eml$/i.test(filename ?? '');
  if (!isEmbedded && !isAttachment(node)) return;
  if (leaf.size > limits.maxAttachmentBytes * 1.4 + 4096) {
    walk.warnings.push(`attachment-too-large: ${filename ?? contentType ?? 'unnamed'}`);
    return;
  }
  const content = decodeTransferEncoding(node.encoding || null, Buffer.concat(leaf.chunks));
  if (content.length > limits.maxAttachmentBytes) {
    walk.warnings.push(`attachment-too-large: ${filename ?? contentType ?? 'unnamed'}`);
    return;
  }
  if (isEmbedded) {
    walk.embeddedMessages.push({ filename, raw: content });
    return;
  }
  walk.attachments.push({ filename, contentType, content, inline: node.disposition !== 'attachment' });
}

function isAttachment(node: MimeNode): boolean {
  if (node.disposition === 'attachment' || node.filename) return true;
  const contentType = node.contentType || 'text/plain';
  if (BODY_TEXT_TYPES.has(contentType)) return false;
  if (REPORT_PART_TYPES.has(contentType) || contentType === 'text/rfc822-headers') return false;
  return true;
}

function depthOf(node: MimeNode): number {
  let depth = 0;
  let current = node.parentNode;
  while (current) {
    depth++;
    current = current.parentNode;
  }
  return depth;
}

function hasClosingBoundary(raw: Buffer, boundary: Buffer): boolean {
  return raw.indexOf(Buffer.concat([Buffer.from('--'), boundary, Buffer.from('--')])) >= 0;
}
