import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.ts';
import { REPO_ROOT } from '../helpers/service.ts';
import { createSmtpTransport, type MailTransport } from '../../src/adapters/smtp/mail-transport.ts';
import { loadTemplateSources } from '../../src/adapters/templates/load-templates.ts';
import { createEmailRenderer } from '../../src/core/render-email.ts';
import { TEMPLATE_NAMES, sampleData } from '../../src/core/mail-templates.ts';
import { AUTOMATIC_REPLY_HEADERS } from '../../src/workflows/automatic-reply-headers.ts';
import { outgoingMessageId } from '../../src/workflows/queue-mail.ts';
import type { OutboxMail } from '../../src/adapters/db/outbox-repo.ts';

const renderer = createEmailRenderer(loadTemplateSources(path.join(REPO_ROOT, 'templates')));

describe('every mail template, as a person receives it', () => {
  let sink: SmtpSink;
  let transport: MailTransport;

  beforeAll(async () => {
    sink = await startSmtpSink();
    transport = createSmtpTransport(`${sink.url}?ignoreTLS=true`);
  });

  afterAll(async () => {
    transport?.close();
    await sink?.close();
  });

  it.each([...TEMPLATE_NAMES])('%s arrives in Italian, HTML and text, with the code in the subject', async (name) => {
    const data = sampleData(name) as Record<string, unknown> & { code: string };
    const rendered = renderer.render(name, data);
    const messageId = outgoingMessageId(data.code, name, 'anci.example.it');
    const mail: OutboxMail = {
      id: '1', messageId, requestId: null, template: name, toAddress: 'destinatario@comune.example.it', fromAddress: 'Segreteria Cap4City <cap4city@anci.example.it>',
      subject: rendered.subject, inReplyTo: '<orig@comune.example.it>', referencesHeader: '<orig@comune.example.it>', headers: AUTOMATIC_REPLY_HEADERS,
      textBody: rendered.text, htmlBody: rendered.html, attachments: [], status: 'sending', attempts: 1, lastError: null, claimedAt: new Date(),
      createdAt: new Date('2026-01-12T09:00:00Z'), sentAt: null, smtpResponse: null,
    };
    await transport.send(mail);
    const [received] = await sink.waitFor((m) => m.messageId === messageId, 5000);
    expect(received!.subject).toMatch(new RegExp(`^\\[${data.code}\\] `));
    expect(received!.headers.get('auto-submitted')).toBe('auto-replied');
    expect(received!.headers.get('in-reply-to')).toBe('<orig@comune.example.it>');
    expect(received!.text).toMatch(/Gentile|Segreteria|Cap4City/);
    expect(received!.text).toContain('Segreteria del programma Cap4City');
    expect(received!.html).toContain('<html lang="it">');
    for (const body of [received!.text!, received!.html as string]) {
      expect(body).not.toMatch(/\{\{|undefined|\[object Object\]|Invalid Date/);
    }
  });
});
