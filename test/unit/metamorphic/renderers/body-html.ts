import { comuneMail } from '../../../../scripts/fixtures/comune-mail.ts';
import type { DocModel } from '../doc-model.ts';
import { pageHeaderLines } from '../doc-model.ts';
import { MAIL_DATE, escapeHtml, htmlEnvelope } from './mail-envelope.ts';
import type { Renderer } from './renderer.ts';

const lines = (block: readonly string[], bold = false) =>
  block.length === 0 ? '' : `<p>${block.map((line) => (bold ? `<b>${escapeHtml(line)}</b>` : escapeHtml(line))).join('<br>')}</p>`;

/** The document as HTML: paragraphs around one two-column table per section. */
export function documentHtml(model: DocModel): string {
  let page = 1;
  const parts = [lines(pageHeaderLines(model, page)), lines(model.letterhead), lines(model.titleLines, true)];
  for (const section of model.sections) {
    if (section.pageBreakBefore) parts.push('<hr>', lines(pageHeaderLines(model, ++page)));
    if (section.heading) parts.push(`<p><b>${escapeHtml(section.heading)}</b></p>`);
    const rows = section.rows.map(
      (row) =>
        '<tr><td>&nbsp;</td><td>&nbsp;</td></tr>'.repeat(row.gapBefore) +
        `<tr><td style="width:40%"><b>${escapeHtml(row.label)}</b></td><td>${escapeHtml(row.value)}</td></tr>`,
    );
    parts.push(`<table border="1" cellpadding="4" cellspacing="0">${rows.join('')}</table>`);
  }
  parts.push(lines(model.signature));
  return parts.join('');
}

/** An HTML-only body with the form as a table (Outlook's way of pasting a Word table). */
export const bodyHtml: Renderer = {
  name: 'body-html',
  inBody: true,
  render: (model, { id, spec }) => {
    const closing = model.signature.length > 0 ? '' : '<p>Distinti saluti</p>';
    const body = `<p>Buongiorno,<br>con la presente si chiede l’attivazione di un Capacity Lab Cap4City.</p>${documentHtml(model)}${closing}`;
    const mail = htmlEnvelope(model.envelope, spec, body);
    return comuneMail({ id, ...mail, date: MAIL_DATE, client: 'outlook' });
  },
};
