import { comuneMail } from '../../../../scripts/fixtures/comune-mail.ts';
import { MAIL_DATE, plainBody, plainEnvelope } from './mail-envelope.ts';
import type { Renderer } from './renderer.ts';
import { textLines } from './text-layout.ts';

/** One paragraph per field, the label on one line and the value on the next (a table pasted as text). */
export const bodyParagraphs: Renderer = {
  name: 'body-paragraphs',
  inBody: true,
  render: (model, { id, spec }) => {
    const document = textLines(model, (row) => [row.label, row.value, '']).join('\n');
    const mail = plainEnvelope(model.envelope, spec, plainBody(document, model.signature.length > 0));
    return comuneMail({ id, ...mail, date: MAIL_DATE });
  },
};
