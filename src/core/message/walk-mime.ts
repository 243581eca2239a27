import type { EventEmitter } from 'node:events';
import { Splitter } from '@zone-eu/mailsplit';
import type { MimeNode, SplitterChunk } from '@zone-eu/mailsplit';
import { decodeTransferEncoding } from './decode-transfer-encoding.ts';
import type { EmbeddedMessage, MailAttachment, ReadLimits } from './read-message.ts';

export interface MimeWalk {
  attachments: MailAttachment[];
  embeddedMessages: EmbeddedMessage[];
  isMultipartReport: boolean;
  /**
   * The message with the bodies of attachments and embedded messages left out: headers, structure and body text
   * only, for the header and text parser, which then never sees (nor copies) a large attachment.
   */
  skeleton: Buffer;
  warnings: string[];
}

interface OpenLeaf {
  node: MimeNode;
  body: BodyDecoder;
  size: number;
}

const BASE64_BATCH_BYTES = 256 * 1024;

/** Decodes a leaf body as its chunks arrive: a base64 scan never exists twice encoded in memory. */
class BodyDecoder {
  private readonly decoded: Buffer[] = [];
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private carry = '';

  constructor(private readonly encoding: string) {}

  write(chunk: Buffer): void {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.encoding === 'base64' && this.pendingBytes >= BASE64_BATCH_BYTES) this.flushBase64(false);
  }

  finish(): Buffer {
    if (this.encoding === 'base64') {
      this.flushBase64(true);
      return this.decoded.length === 1 ? this.decoded[0]! : Buffer.concat(this.decoded);
    }
    const body = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending);
    this.pending = [];
    return decodeTransferEncoding(this.encoding, body);
  }

  private flushBase64(last: boolean): void {
    const text = this.carry + Buffer.concat(this.pending, this.pendingBytes).toString('latin1').replace(/[^A-Za-z0-9+/=_-]+/g, '');
    this.pending = [];
    this.pendingBytes = 0;
    const usable = last ? text.length : text.length - (text.length % 4);
    this.carry = text.slice(usable);
    if (usable > 0) this.decoded.push(Buffer.from(text.slice(0, usable), 'base64'));
  }
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
  const walk: MimeWalk = { attachments: [], embeddedMessages: [], isMultipartReport: false, skeleton: Buffer.alloc(0), warnings: [] };
  const multipartBoundaries: Buffer[] = [];
  const skeleton: Buffer[] = [];
  let partCount = 0;
  let open: OpenLeaf | null = null;
  let skipping = false;
  let keepBodyInSkeleton = true;

  const closeLeaf = (): void => {
    if (open) finishLeaf(open, walk, limits);
    open = null;
  };

  const onChunk = (chunk: SplitterChunk): void => {
    if (chunk.type === 'node') {
      closeLeaf();
      skeleton.push(chunk.getHeaders());
      keepBodyInSkeleton = !chunk.multipart && !isEmbeddedNode(chunk) && !isAttachment(chunk);
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
      open = { node: chunk, body: new BodyDecoder((chunk.encoding || '').trim().toLowerCase()), size: 0 };
      return;
    }
    if (chunk.type === 'data' || keepBodyInSkeleton) skeleton.push(chunk.value);
    if (chunk.type === 'body' && open) {
      open.size += chunk.value.length;
      // past the limit the part is dropped anyway: stop keeping its bytes
      if (open.size <= limits.maxAttachmentBytes * 1.4 + 4096) open.body.write(chunk.value);
    }
  };

  try {
    await runSplitter(raw, onChunk);
  } catch (error) {
    walk.warnings.push(`broken-mime: ${error instanceof Error ? error.message : String(error)}`);
  }
  closeLeaf();
  walk.skeleton = Buffer.concat(skeleton);
  if (multipartBoundaries.some((boundary) => !hasClosingBoundary(raw, boundary))) {
    walk.warnings.push('broken-mime: a multipart is not terminated (truncated message?)');
  }
  return walk;
}

// Fed in slices so that the splitter hands each part over before reading the next one, instead of queueing
// the chunks of the whole message at once.
const FEED_BYTES = 64 * 1024;

function runSplitter(raw: Buffer, onChunk: (chunk: SplitterChunk) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const splitter = new Splitter({ ignoreEmbedded: true });
    splitter.on('data', onChunk);
    // the typings only declare the 'data' event
    const stream = splitter as unknown as EventEmitter;
    stream.once('error', reject);
    stream.once('end', () => resolve());
    let offset = 0;
    const feed = (): void => {
      while (offset < raw.length) {
        const slice = raw.subarray(offset, offset + FEED_BYTES);
        offset += slice.length;
        if (!splitter.write(slice)) {
          stream.once('drain', feed);
          return;
        }
      }
      splitter.end();
    };
    feed();
  });
}

function finishLeaf(leaf: OpenLeaf, walk: MimeWalk, limits: ReadLimits): void {
  const { node } = leaf;
  const contentType = node.contentType || null;
  const filename = node.filename || null;
  const isEmbedded = isEmbeddedNode(node);
  if (!isEmbedded && !isAttachment(node)) return;
  if (leaf.size > limits.maxAttachmentBytes * 1.4 + 4096) {
    walk.warnings.push(`attachment-too-large: ${filename ?? contentType ?? 'unnamed'}`);
    return;
  }
  const content = leaf.body.finish();
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

function isEmbeddedNode(node: MimeNode): boolean {
  return Boolean(node.rfc822) || node.contentType === 'message/global' || /\.eml$/i.test(node.filename || '');
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
