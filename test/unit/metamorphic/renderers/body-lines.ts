import { comuneMail } from '../../../../scripts/fixtures/comune-mail.ts';
import { MAIL_DATE, plainBody, plainEnvelope } from './mail-envelope.ts';
import type { Renderer } from './renderer.ts';
import { textLines } from './text-layout.ts';

/** "Label: value" lines in a plain-text body. */
export const bodyLines: Renderer = {
  name: 'body-lines',
  inBody: true,
  render: (model, { id, spec }) => {
    const document = textLines(model, (row) => [`${row.label}: ${row.value}`]).join('\n');
    const mail = plainEnvelope(model.envelope, spec, plainBody(document, model.signature.length > 0));
    return comuneMail({ id, ...mail, date: MAIL_DATE });
  },
};
