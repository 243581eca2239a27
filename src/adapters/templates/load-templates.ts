import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { IntakeError } from '../../core/errors.ts';
import type { TemplateSource, TemplateSources } from '../../core/render-email.ts';

/** Reads templates/<name>.{subject,text,html}.hbs, templates/partials/*.hbs and templates/layouts/base.{text,html}.hbs. */
export function loadTemplateSources(dir: string): TemplateSources {
  const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
  const templates: Record<string, Partial<TemplateSource>> = {};
  for (const file of readdirSync(dir)) {
    const m = /^([a-z0-9-]+)\.(subject|text|html)\.hbs$/.exec(file);
    if (!m) continue;
    const entry = (templates[m[1]!] ??= {});
    entry[m[2] as keyof TemplateSource] = read(file);
  }
  for (const [name, t] of Object.entries(templates)) {
    for (const part of ['subject', 'text', 'html'] as const) {
      if (t[part] === undefined) throw new IntakeError('template-incomplete', `template "${name}" has no ${name}.${part}.hbs`);
    }
  }
  const partials: Record<string, string> = {};
  const partialsDir = path.join(dir, 'partials');
  if (existsSync(partialsDir)) {
    for (const file of readdirSync(partialsDir)) {
      if (file.endsWith('.hbs')) partials[file.slice(0, -4)] = readFileSync(path.join(partialsDir, file), 'utf8');
    }
  }
  return {
    templates: templates as Record<string, TemplateSource>,
    partials,
    layouts: { text: read('layouts/base.text.hbs'), html: read('layouts/base.html.hbs') },
  };
}
