import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type Mail from 'nodemailer/lib/mailer/index.js';
import type { OutboxMail } from '../db/outbox-repo.ts';

export interface MailTransport {
  readonly kind: 'smtp' | 'file';
  send(mail: OutboxMail): Promise<{ response: string }>;
  close(): void;
}

export function toMailOptions(mail: OutboxMail): Mail.Options {
  return {
    messageId: mail.messageId,
    from: mail.fromAddress,
    to: mail.toAddress,
    subject: mail.subject,
    inReplyTo: mail.inReplyTo ?? undefined,
    references: mail.referencesHeader ?? undefined,
    headers: mail.headers,
    text: mail.textBody,
    html: mail.htmlBody ?? undefined,
    date: mail.createdAt,
    attachments: mail.attachments.map((a) => ({ filename: a.name, contentType: a.contentType, content: Buffer.from(a.base64, 'base64') })),
  };
}

/** SMTP through nodemailer; TLS options come from the URL (e.g. `smtp://host:25?ignoreTLS=true`). */
export function createSmtpTransport(url: string): MailTransport {
  const u = new URL(url);
  const flag = (name: string) => u.searchParams.get(name) === 'true';
  const transporter = nodemailer.createTransport({
    host: u.hostname,
    port: u.port ? Number(u.port) : u.protocol === 'smtps:' ? 465 : 587,
    secure: u.protocol === 'smtps:',
    auth: u.username ? { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } : undefined,
    ignoreTLS: flag('ignoreTLS'),
    requireTLS: flag('requireTLS'),
    tls: { rejectUnauthorized: u.searchParams.get('rejectUnauthorized') !== 'false' },
    pool: true,
    maxConnections: 4,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  return {
    kind: 'smtp',
    async send(mail) {
      const info = await transporter.sendMail(toMailOptions(mail));
      return { response: String(info.response ?? '') };
    },
    close: () => transporter.close(),
  };
}

/** Local default without SMTP_URL: each mail becomes an .eml file in <data>/outbox. */
export function createFileTransport(dir: string): MailTransport {
  return {
    kind: 'file',
    async send(mail) {
      await mkdir(dir, { recursive: true });
      const raw = await new MailComposer(toMailOptions(mail)).compile().build();
      const name = `${mail.messageId.replace(/[<>]/g, '').replace(/[^A-Za-z0-9._-]/g, '_')}.eml`;
      const file = path.join(dir, name);
      await writeFile(file, raw);
      return { response: `written to ${file}` };
    },
    close: () => undefined,
  };
}
