import { chooseBestForm } from './extract-form/choose-form.ts';
import { extractFromBody } from './extract-form/extract-body.ts';
import type { ExtractLimits } from './extract-form/extract-limits.ts';
import { classifyHeaders } from './message/classify-message.ts';
import { extractAttachmentForms, type AttachmentForm } from './message/extract-attachment-forms.ts';
import { readMessage, type ReadLimits, type ReadMessage } from './message/read-message.ts';
import { readPecEnvelope } from './message/read-pec.ts';
import type { Catalog } from './normalize/catalog.ts';
import { normalizeRequest } from './normalize/normalize-request.ts';
import type { ExtractedForm, LabRequest, MessageKind, MessageSummary, ParsedMessage, PecInfo } from './types.ts';
import { findMissing } from './validate-request.ts';

export interface ParseContext {
  catalog: Catalog;
  ownAddresses: string[];
  ownMessageIdDomain: string | null;
  limits?: { read?: Partial<ReadLimits>; extract?: Partial<ExtractLimits> };
}

// A PEC message forwarded through another PEC box nests envelopes; more than this is not real mail.
const MAX_PEC_NESTING = 3;
const LAB_WORDS = /\b(capacity\s*lab|laborator[io]\w*)\b/i;
const REQUEST_WORDS = /\b(richiest\w*|richied\w*|chied\w*|attiva\w*|prenota\w*|adesion\w*|aderi\w*|candidatur\w*|partecipa\w*)\b/i;

export function emptyLabRequest(): LabRequest {
  return {
    comune: { name: null, istat: null, province: null, region: null, match: 'none' },
    partnership: null,
    otherComuni: [],
    entityPec: null,
    contact: { name: null, role: null, email: null, phone: null },
    area: null,
    labs: [],
    needs: null,
    cup: [],
    audience: [],
    participants: null,
    days: null,
    preferredPeriod: null,
    venue: null,
    privacyConsent: null,
  };
}

/**
 * Parses one raw message into the `parse --json` contract (schema 1, without `file`).
 * Replies keep the request read from their content, so that the workflow can complete the
 * request they answer; automatic mail and PEC receipts are never opened further.
 */
export async function parseMessage(raw: Buffer, ctx: ParseContext): Promise<ParsedMessage> {
  const warnings: string[] = [];
  const outer = await readMessage(raw, ctx.limits?.read);
  warnings.push(...outer.warnings);
  const summary = summarize(outer);

  const unwrapped = await unwrapPec(outer, ctx, warnings);
  if (unwrapped.receiptType !== null) {
    return result('pec-receipt', unwrapped.receiptType, summary, unwrapped.pec, null, emptyLabRequest(), [], warnings);
  }
  const content = unwrapped.content;
  const classification = classifyHeaders(content, ctx);
  if (classification.kind === 'automatic' || classification.kind === 'pec-receipt') {
    return result(classification.kind, classification.reason, summary, unwrapped.pec, null, emptyLabRequest(), [], warnings);
  }

  const attachmentForms = await extractAttachmentForms(content.attachments, ctx.limits?.extract, warnings);
  const bodyForm = extractFromBody(content.text, content.html);
  const candidates: ExtractedForm[] = [...attachmentForms.map((found) => found.form), ...(bodyForm ? [bodyForm] : [])];
  const best = chooseBestForm(candidates);
  if (!best) {
    const kind = classification.kind ?? 'not-a-request';
    return result(kind, classification.reason, summary, unwrapped.pec, null, emptyLabRequest(), [], warnings);
  }

  warnings.push(...best.warnings);
  const normalized = normalizeRequest(best.fields, { catalog: ctx.catalog, senderEmail: content.from });
  const chosen = attachmentForms.find((found) => found.form === best);
  const form = describeForm(best, chosen);
  if (classification.kind === 'reply') {
    warnings.push(...normalized.warnings);
    return result('reply', classification.reason, summary, unwrapped.pec, form, normalized.request, findMissing(normalized.request), warnings);
  }
  if (!looksLikeRequest(best, normalized.request, content)) {
    return result('not-a-request', null, summary, unwrapped.pec, null, emptyLabRequest(), [], warnings);
  }
  warnings.push(...normalized.warnings);
  return result('request', null, summary, unwrapped.pec, form, normalized.request, findMissing(normalized.request), warnings);
}

interface UnwrappedPec {
  content: ReadMessage;
  pec: PecInfo | null;
  receiptType: string | null;
}

async function unwrapPec(outer: ReadMessage, ctx: ParseContext, warnings: string[]): Promise<UnwrappedPec> {
  let content = outer;
  let pec: PecInfo | null = null;
  for (let level = 0; level < MAX_PEC_NESTING; level++) {
    const envelope = readPecEnvelope(content);
    if (!envelope) break;
    warnings.push(...envelope.warnings);
    // the outermost certificate describes how the message reached us
    pec ??= envelope.pec;
    if (envelope.isReceipt) return { content, pec, receiptType: envelope.pec.type ?? 'ricevuta' };
    if (!envelope.inner) break;
    content = await readMessage(envelope.inner, ctx.limits?.read);
    warnings.push(...content.warnings);
  }
  return { content, pec, receiptType: null };
}

function looksLikeRequest(best: ExtractedForm, request: LabRequest, content: ReadMessage): boolean {
  if (request.comune.name || request.labs.length > 0) return true;
  if (typeof best.fields.comune === 'string' || typeof best.fields.laboratorio === 'string') return true;
  if (best.source !== 'body') return true;
  const text = `${content.subject ?? ''}\n${content.text ?? ''}`;
  return LAB_WORDS.test(text) && REQUEST_WORDS.test(text);
}

function describeForm(best: ExtractedForm, chosen: AttachmentForm | undefined): ParsedMessage['form'] {
  return { source: best.source, filename: chosen?.filename ?? best.filename, signature: chosen?.signature ?? null };
}

function summarize(msg: ReadMessage): MessageSummary {
  return { messageId: msg.messageId, from: msg.from, subject: msg.subject, date: msg.date?.toISOString() ?? null };
}

function result(
  kind: MessageKind,
  reason: string | null,
  message: MessageSummary,
  pec: PecInfo | null,
  form: ParsedMessage['form'],
  request: LabRequest,
  missing: string[],
  warnings: string[],
): ParsedMessage {
  return { schema: 1, kind, reason, message, pec, form, request, missing, warnings: [...new Set(warnings)] };
}
