import { unreadableAttachmentsIn, type UnreadableAttachment } from './message/attachment-unreadable-warning.ts';
import type { ParsedMessage } from './types.ts';
import { chooseAnswerAddress } from './workflow/answer-address.ts';
import type { AnswersToPolicy } from './workflow/workflow-config.ts';

export type MessageStatus = 'processed' | 'ignored' | 'needs-review';

export interface IntakePlan {
  status: MessageStatus;
  /** Whether to open a new request. */
  createRequest: boolean;
  /** Mail template to answer with, if any. */
  reply: 'acknowledgement' | 'information-missing' | 'attachment-unreadable' | null;
  /** Where the answer goes. */
  replyTo: string | null;
  needsReview: boolean;
  /** Why, in a few words, for the timeline and the dashboard. */
  note: string;
}

/** Warnings that mean a person must look at the request even though it is answered. */
const REVIEW_WARNINGS = [
  'scanned-document',
  'comune-ambiguous',
  'comune-not-found',
  'lab-ambiguous',
  'p7m-unreadable',
  'signature-invalid',
  'attachment-unreadable',
  'low-confidence',
];

const NO_REPLY_LOCAL_PART = /^(no-?reply|do-?not-?reply|mailer-daemon|postmaster|bounces?|posta-certificata)([+.-].*)?$/i;

/**
 * What the intake does with a parsed message. Replies are placed by the workflow (it needs the
 * database); here they only get their status.
 */
export function planIntake(parsed: ParsedMessage, ctx: { ownAddresses: string[]; answersTo?: AnswersToPolicy }): IntakePlan {
  switch (parsed.kind) {
    case 'automatic':
    case 'pec-receipt':
      return { status: 'ignored', createRequest: false, reply: null, replyTo: null, needsReview: false, note: `${parsed.kind}: ${parsed.reason ?? ''}`.trim() };
    case 'not-a-request':
      return { status: 'needs-review', createRequest: false, reply: null, replyTo: null, needsReview: true, note: 'not a lab request' };
    case 'reply':
      return { status: 'processed', createRequest: false, reply: null, replyTo: null, needsReview: false, note: `reply: ${parsed.reason ?? ''}`.trim() };
    case 'request': {
      const replyTo = chooseReplyAddress(parsed, ctx.ownAddresses, ctx.answersTo);
      const scanned = parsed.warnings.some((w) => w.startsWith('scanned-document'));
      const unreadable = unreadableAttachmentsIn(parsed.warnings);
      const needsReview = replyTo === null || parsed.warnings.some((w) => REVIEW_WARNINGS.some((code) => w.startsWith(code)));
      // a file that could not be read: one receipt that names it and asks for it again, never a list of every field
      const reply = replyTo === null ? null : unreadable.length > 0 ? 'attachment-unreadable' : parsed.missing.length > 0 && !scanned ? 'information-missing' : 'acknowledgement';
      return { status: needsReview ? 'needs-review' : 'processed', createRequest: true, reply, replyTo, needsReview, note: requestNote(parsed, replyTo, unreadable) };
    }
  }
}

function requestNote(parsed: ParsedMessage, replyTo: string | null, unreadable: UnreadableAttachment[]): string {
  if (replyTo === null) return 'request with no address to answer';
  if (unreadable.length > 0) return `attachment unreadable: ${unreadable.map((file) => `${file.filename} (${file.reason})`).join(', ')}`;
  return parsed.missing.length ? `missing: ${parsed.missing.join(', ')}` : 'complete request';
}

/**
 * The plan when the automatic answer must not go (a spoofed sender, a reply limit reached): the
 * request is still opened, and waits for a person.
 */
export function withholdReply(plan: IntakePlan, reasons: readonly string[]): IntakePlan {
  if (reasons.length === 0) return plan;
  return { ...plan, reply: null, needsReview: true, status: 'needs-review', note: `${plan.note}; no answer sent: ${reasons.join('; ')}` };
}

/**
 * Where answers to the Comune go, by the `answersTo` policy (default: the form's contact address
 * first, then the sender — for PEC the certified sender, never the provider that wrapped the
 * envelope); never ourselves or a no-reply address.
 */
export function chooseReplyAddress(parsed: ParsedMessage, ownAddresses: string[], policy: AnswersToPolicy = 'contact-first'): string | null {
  const usable = (address: string | null) => {
    const local = address?.split('@')[0] ?? '';
    return address && !NO_REPLY_LOCAL_PART.test(local) ? address : null;
  };
  return chooseAnswerAddress(
    policy,
    {
      contactEmail: usable(parsed.request.contact.email),
      sender: usable(parsed.pec ? parsed.pec.sender : parsed.message.from),
      senderIsPec: parsed.pec !== null,
      entityOrdinaryAddress: null,
    },
    ownAddresses,
  );
}

export const MISSING_FIELD_LABELS: Record<string, string> = {
  'request.comune': 'Comune richiedente',
  'request.contact.name': 'Referente: nome e cognome',
  'request.contact.email': 'E-mail del referente',
  'request.labs': 'Laboratorio richiesto (dal catalogo)',
  'request.needs': 'Fabbisogni e obiettivi',
};

export function missingFieldLabels(missing: string[]): string[] {
  return missing.map((path) => MISSING_FIELD_LABELS[path] ?? path);
}
