import { chooseBestForm } from './extract-form/choose-form.ts';
import { DOCUMENT_PROSE_WARNING } from './extract-form/document-fields.ts';
import { readBody, type BodyReading } from './extract-form/extract-body.ts';
import type { ExtractLimits } from './extract-form/extract-limits.ts';
import { classifyHeaders } from './message/classify-message.ts';
import { extractAttachmentForms, type AttachmentForm } from './message/extract-attachment-forms.ts';
import { readMessage, type ReadLimits, type ReadMessage } from './message/read-message.ts';
import { readPecEnvelope } from './message/read-pec.ts';
import { readBodyIntent } from './message/request-intent.ts';
import { oversizedAttachmentWarnings } from './message/unreadable-attachments.ts';
import { announcesUnreadableForm } from './message/unreadable-request.ts';
import type { Catalog } from './normalize/catalog.ts';
import { normalizeRequest, type FieldReading } from './normalize/normalize-request.ts';
import type { ExtractedForm, FormFieldName, LabRequest, MessageKind, MessageSummary, ParsedMessage, PecInfo } from './types.ts';
import { findMissing } from './validate-request.ts';

export interface ParseContext {
  catalog: Catalog;
  ownAddresses: string[];
  ownMessageIdDomain: string | null;
  limits?: { read?: Partial<ReadLimits>; extract?: Partial<ExtractLimits> };
}

// A PEC message forwarded through another PEC box nests envelopes; more than this is not real mail.
const MAX_PEC_NESTING = 3;
// A body that labels one of these, or three fields of any kind, is a filled-in form, whatever else it says.
const FORM_DEFINING_FIELDS: ReadonlySet<FormFieldName> = new Set(['comune', 'referente_nome', 'laboratorio', 'laboratorio_2', 'fabbisogni']);
const FORM_LIKE_FIELD_COUNT = 3;

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
  const body = readBody(content.textFromHtml ? null : content.text, content.html, { subject: content.subject, readQuotedForm: classification.kind === null });
  const embedded = await readEmbeddedForms(content, ctx, warnings);
  attachmentForms.push(...embedded.map((found) => found.attachment));
  const candidates: ExtractedForm[] = [...attachmentForms.map((found) => found.form), ...(body.form ? [body.form] : [])];
  const best = chooseBestForm(candidates);
  if (!best) {
    warnings.push(...oversizedAttachmentWarnings(content.warnings));
    const scanned = carriesScan(warnings) && !isQuestionOrThanks(content.subject, body.mainText);
    if (classification.kind === null && (scanned || announcesUnreadableForm(warnings, content.subject, body.mainText))) {
      // a scanned form (OCR comes later) or a form that cannot be read (the Comune is asked for it again):
      // nothing can be read yet, but it is a request for the secretariat to review
      const normalized = normalizeRequest({}, { catalog: ctx.catalog, senderEmail: body.forwardedFrom ?? content.from, ownAddresses: ctx.ownAddresses });
      warnings.push(...normalized.warnings);
      return result('request', null, summary, unwrapped.pec, null, normalized.request, findMissing(normalized.request), warnings, normalized.sources);
    }
    const kind = classification.kind ?? 'not-a-request';
    return result(kind, classification.reason, summary, unwrapped.pec, null, emptyLabRequest(), [], warnings);
  }

  warnings.push(...best.warnings);
  const fromEmbedded = embedded.find((found) => found.attachment.form === best);
  const senderEmail = fromEmbedded?.sender ?? body.forwardedFrom ?? content.from;
  const fields = isProseDocument(best) && body.form ? { ...body.form.fields, ...best.fields } : best.fields;
  const normalized = normalizeRequest(fields, { catalog: ctx.catalog, senderEmail, ownAddresses: ctx.ownAddresses }, readingOf(best, isProseDocument(best) ? body.form : null));
  const chosen = attachmentForms.find((found) => found.form === best);
  const form = describeForm(best, chosen);
  if (classification.kind === 'reply') {
    warnings.push(...normalized.warnings);
    return result('reply', classification.reason, summary, unwrapped.pec, form, normalized.request, findMissing(normalized.request), warnings, normalized.sources);
  }
  if (!looksLikeRequest(best, fromEmbedded?.body ?? body, content.subject)) {
    return result('not-a-request', null, summary, unwrapped.pec, null, emptyLabRequest(), [], warnings);
  }
  warnings.push(...normalized.warnings);
  return result('request', null, summary, unwrapped.pec, form, normalized.request, findMissing(normalized.request), warnings, normalized.sources);
}

/** What the normaliser weighs besides the fields: every value read, the document's rows, which fields are guesses. */
function readingOf(best: ExtractedForm, body: ExtractedForm | null): FieldReading {
  const fromProse = new Set<FormFieldName>();
  for (const warning of [...best.warnings, ...(body?.warnings ?? [])]) {
    const listed = /^(?:document|body)-prose: .*\(([\w, ]+)\)$/.exec(warning)?.[1];
    for (const field of listed?.split(/,\s*/) ?? []) fromProse.add(field as FormFieldName);
  }
  const rows = [...(best.evidence?.rows ?? []), ...(body?.evidence?.rows ?? [])];
  return { evidence: { candidates: best.evidence?.candidates ?? {}, rows }, fromProse, fromFormFields: best.source === 'pdf-form' };
}

interface EmbeddedForm {
  attachment: AttachmentForm;
  /** Who wrote the embedded message: the request's sender when its form is chosen. */
  sender: string | null;
  /** Set when the form is the embedded message's body. */
  body: BodyReading | null;
}

// A forwarded request attached as .eml (a forward of a forward, too): its attachments and body are candidates.
const MAX_EMBEDDED_MESSAGES = 5;
const MAX_EMBEDDING_DEPTH = 3;

async function readEmbeddedForms(content: ReadMessage, ctx: ParseContext, warnings: string[], depth = 1): Promise<EmbeddedForm[]> {
  const found: EmbeddedForm[] = [];
  for (const embedded of content.embeddedMessages.slice(0, MAX_EMBEDDED_MESSAGES)) {
    const inner = await readMessage(embedded.raw, ctx.limits?.read);
    if (depth < MAX_EMBEDDING_DEPTH) found.push(...(await readEmbeddedForms(inner, ctx, warnings, depth + 1)));
    warnings.push(...inner.warnings.map((warning) => warning.replace(/^([\w-]+): /, `$1: ${embedded.filename ?? 'messaggio allegato'}: `)));
    const forms = await extractAttachmentForms(inner.attachments, ctx.limits?.extract, warnings);
    for (const form of forms) found.push({ attachment: form, sender: inner.from, body: null });
    const body = readBody(inner.textFromHtml ? null : inner.text, inner.html, { subject: inner.subject });
    if (body.form) found.push({ attachment: { form: body.form, filename: embedded.filename, signature: null }, sender: body.forwardedFrom ?? inner.from, body });
  }
  return found;
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

/**
 * A form in an attachment, or a body with form-like labelled fields, is a request. A letter is one only when it
 * asks for a lab: naming a lab or a Comune in a question or a thank-you does not make it a request.
 */
function looksLikeRequest(best: ExtractedForm, body: BodyReading, subject: string | null): boolean {
  if (best.source !== 'body') return true;
  const labelled = body.labelledFields;
  if (labelled.some((field) => FORM_DEFINING_FIELDS.has(field)) || labelled.length >= FORM_LIKE_FIELD_COUNT) return true;
  return readBodyIntent(subject, body.mainText) === 'request';
}

function carriesScan(warnings: string[]): boolean {
  return warnings.some((warning) => warning.startsWith('scanned-document:'));
}

function isQuestionOrThanks(subject: string | null, mainText: string): boolean {
  const intent = readBodyIntent(subject, mainText);
  return intent === 'question' || intent === 'thanks';
}

/** A document written as a letter: what it does not say, the covering mail may (the letter's own words first). */
function isProseDocument(form: ExtractedForm): boolean {
  return form.source !== 'body' && form.warnings.some((warning) => warning.startsWith(`${DOCUMENT_PROSE_WARNING}:`));
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
  sources: ParsedMessage['sources'] = {},
): ParsedMessage {
  return { schema: 1, kind, reason, message, pec, form, request, sources, missing, warnings: [...new Set(warnings)] };
}
