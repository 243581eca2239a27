import type { SqlExecutor } from '../adapters/db/database.ts';
import { insertOutboxMail, type NewOutboxMail, type OutboxAttachment } from '../adapters/db/outbox-repo.ts';
import type { TemplateName } from '../core/mail-templates.ts';
import { AUTOMATIC_REPLY_HEADERS } from './automatic-reply-headers.ts';
import type { AfterCommit, WorkflowContext } from './workflow-context.ts';

export interface MailToQueue {
  requestId: string;
  code: string;
  template: TemplateName;
  to: string;
  data: Record<string, unknown>;
  /** Tells apart two mails of the same template for one request (an offer per assignment…). */
  discriminator?: string;
  inReplyTo?: string | null;
  references?: string[];
  attachments?: OutboxAttachment[];
}

/** Deterministic Message-ID: the same request, template and discriminator always give the same id. */
export function outgoingMessageId(code: string, template: string, domain: string, discriminator?: string): string {
  return `<${code}.${template}${discriminator ? `.${discriminator}` : ''}@${domain}>`;
}

/**
 * Renders a mail and stores it in the outbox inside the caller's transaction (transactional
 * outbox); the send job is queued after commit. Queuing the same mail twice stores it once.
 */
export async function queueMail(tx: SqlExecutor, ctx: WorkflowContext, after: AfterCommit, mail: MailToQueue): Promise<string | null> {
  const rendered = ctx.renderer.render(mail.template, { code: mail.code, ...mail.data });
  const messageId = outgoingMessageId(mail.code, mail.template, ctx.messageIdDomain, mail.discriminator);
  const references = [...new Set((mail.references ?? []).filter(Boolean))];
  const outboxMail: NewOutboxMail = {
    messageId,
    requestId: mail.requestId,
    template: mail.template,
    toAddress: mail.to,
    fromAddress: ctx.mailFrom,
    subject: rendered.subject,
    inReplyTo: mail.inReplyTo ?? null,
    referencesHeader: references.length ? references.join(' ') : null,
    headers: AUTOMATIC_REPLY_HEADERS,
    textBody: rendered.text,
    htmlBody: rendered.html,
    attachments: mail.attachments ?? [],
  };
  const sendNow = ctx.queues.sendClaimedMail;
  const queued = await insertOutboxMail(tx, outboxMail, { queuedEvent: { type: 'mail-queued', details: { template: mail.template, to: mail.to, messageId } }, claimed: sendNow !== undefined });
  if (!queued.inserted) return null;
  const stored = queued.mail;
  after.add(() => (sendNow ? sendNow(stored) : ctx.queues.enqueueMail(stored.id)));
  return stored.id;
}
