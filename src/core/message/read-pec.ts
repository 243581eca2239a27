import type { PecInfo } from '../types.ts';
import { parseDaticert } from './parse-daticert.ts';
import { firstHeader } from './read-header-lines.ts';
import type { ReadMessage } from './read-message.ts';

export interface PecEnvelope {
  pec: PecInfo;
  isReceipt: boolean;
  /** The original message (postacert.eml) of a transport envelope; always null for receipts. */
  inner: Buffer | null;
  warnings: string[];
}

/** The two envelope types that carry a message; every other daticert `tipo` is a receipt. */
const TRANSPORT_TYPES = new Set(['posta-certificata', 'errore']);
const PER_CONTO_DI = /per conto di:?\s*<?([^\s<>"]+@[^\s<>"]+)/i;

/** Recognises a PEC envelope or receipt and reads its certificate; null when the message is not PEC. */
export function readPecEnvelope(msg: ReadMessage): PecEnvelope | null {
  const transport = firstHeader(msg.headers, 'x-trasporto')?.trim().toLowerCase() || null;
  const receipt = firstHeader(msg.headers, 'x-ricevuta')?.trim().toLowerCase() || null;
  const daticert = msg.attachments.find((attachment) => attachment.filename?.toLowerCase() === 'daticert.xml');
  const original = msg.embeddedMessages.find((embedded) => embedded.filename?.toLowerCase() === 'postacert.eml');
  const smimeSigned = /^multipart\/signed\b/i.test(firstHeader(msg.headers, 'content-type') ?? '');
  if (!transport && !receipt && !daticert && !(smimeSigned && original)) return null;

  const warnings: string[] = [];
  const certificate = daticert ? parseDaticert(daticert.content) : null;
  if (certificate) warnings.push(...certificate.warnings);
  else warnings.push('pec-daticert-missing: no daticert.xml in the envelope');
  const info = certificate?.info ?? null;

  const type = receipt ?? info?.type ?? transport;
  const isReceipt = receipt !== null || (type !== null && !TRANSPORT_TYPES.has(type));
  const pec: PecInfo = {
    type,
    sender: info?.sender ?? senderFromHeaders(msg),
    identifier: info?.identifier ?? identifierFromHeaders(msg, isReceipt),
    date: info?.date ?? msg.date?.toISOString() ?? null,
  };

  let inner: Buffer | null = null;
  if (!isReceipt) {
    inner = (original ?? (msg.embeddedMessages.length === 1 ? msg.embeddedMessages[0] : undefined))?.raw ?? null;
    if (!inner) warnings.push('pec-original-missing: no postacert.eml in the envelope');
    if (msg.warnings.some((warning) => warning.startsWith('broken-mime'))) {
      warnings.push('pec-envelope-truncated: the envelope MIME structure is incomplete');
    }
  }
  return { pec, isReceipt, inner, warnings };
}

function senderFromHeaders(msg: ReadMessage): string | null {
  const explicit = firstHeader(msg.headers, 'x-mittente');
  if (explicit) return explicit.replace(/[<>]/g, '').trim().toLowerCase() || null;
  const onBehalf = msg.fromName ? PER_CONTO_DI.exec(msg.fromName) : null;
  if (onBehalf?.[1]) return onBehalf[1].toLowerCase();
  return msg.replyTo ?? msg.from;
}

function identifierFromHeaders(msg: ReadMessage, isReceipt: boolean): string | null {
  const reference = firstHeader(msg.headers, 'x-riferimento-message-id');
  const id = isReceipt ? (reference ?? msg.messageId) : (msg.messageId ?? reference);
  return id ? id.replace(/^\s*<|>\s*$/g, '').trim() || null : null;
}
