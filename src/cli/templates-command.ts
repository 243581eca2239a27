import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { loadTemplateSources } from '../adapters/templates/load-templates.ts';
import { createEmailRenderer, type EmailRenderer, type RenderedEmail } from '../core/render-email.ts';
import { TEMPLATE_NAMES, TEMPLATE_RECIPIENTS, isTemplateName, sampleData, type TemplateName } from '../core/mail-templates.ts';

export type PreviewFormat = 'html' | 'text' | 'eml';

export interface PreviewOptions {
  /** Target file; null writes ./preview-<name>.<ext>. */
  output: string | null;
  format: PreviewFormat;
}

const EXTENSIONS: Record<PreviewFormat, string> = { html: 'html', text: 'txt', eml: 'eml' };
const PREVIEW_FROM = 'Cap4City Segreteria <cap4city@localhost>';

function templatesDir(): string {
  const configured = process.env.CAP4CITY_TEMPLATES_DIR?.trim();
  return path.resolve(configured ? configured : './templates');
}

function loadRenderer(dir: string): EmailRenderer | string {
  try {
    return createEmailRenderer(loadTemplateSources(dir));
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

function recipientOf(name: TemplateName, data: Record<string, unknown>): string {
  const recipient = TEMPLATE_RECIPIENTS[name];
  const person = (recipient === 'expert' ? data.expert : data.contact) as { name?: unknown; email?: unknown } | undefined;
  if (recipient === 'secretariat' || typeof person?.email !== 'string') return PREVIEW_FROM;
  return typeof person.name === 'string' ? `"${person.name.replace(/["\\]/g, '')}" <${person.email}>` : person.email;
}

async function previewBytes(name: TemplateName, mail: RenderedEmail, format: PreviewFormat, data: Record<string, unknown>): Promise<Buffer> {
  if (format === 'html') return Buffer.from(mail.html, 'utf8');
  if (format === 'text') return Buffer.from(`Oggetto: ${mail.subject}\n\n${mail.text}`, 'utf8');
  const composer = new MailComposer({
    from: process.env.MAIL_FROM?.trim() || PREVIEW_FROM,
    to: recipientOf(name, data),
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    headers: { 'Auto-Submitted': 'auto-generated' },
  });
  return composer.compile().build();
}

/** `cap4city templates preview NAME [-o FILE] [--format html|text|eml]`: renders NAME with its sample data into a file. */
export async function runTemplatesPreview(name: string, opts: PreviewOptions): Promise<number> {
  if (!isTemplateName(name)) {
    process.stderr.write(`cap4city: unknown template "${name}". Available templates:\n${TEMPLATE_NAMES.map((n) => `  ${n}\n`).join('')}`);
    return 2;
  }
  const dir = templatesDir();
  const renderer = loadRenderer(dir);
  if (typeof renderer === 'string') {
    process.stderr.write(`cap4city: cannot load the templates in ${dir}: ${renderer}\n`);
    return 1;
  }
  if (!renderer.names.includes(name)) {
    process.stderr.write(`cap4city: ${dir} has no ${name}.{subject,text,html}.hbs\n`);
    return 1;
  }
  const data = sampleData(name);
  const mail = renderer.render(name, data);
  const file = path.resolve(opts.output ?? `preview-${name}.${EXTENSIONS[opts.format]}`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, await previewBytes(name, mail, opts.format, data));
  process.stdout.write(`${file}\n`);
  return 0;
}

/** `cap4city templates list`: every template, who reads it, and whether the templates folder has it. */
export async function runTemplatesList(): Promise<number> {
  const dir = templatesDir();
  const width = Math.max(...TEMPLATE_NAMES.map((n) => n.length));
  for (const name of TEMPLATE_NAMES) {
    const present = ['subject', 'text', 'html'].every((part) => existsSync(path.join(dir, `${name}.${part}.hbs`)));
    const line = `${name.padEnd(width)}  ${TEMPLATE_RECIPIENTS[name].padEnd(11)}${present ? '' : `  (missing in ${dir})`}`;
    process.stdout.write(`${line.trimEnd()}\n`);
  }
  return 0;
}
