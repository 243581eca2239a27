import { comuneMail } from '../../../../scripts/fixtures/comune-mail.ts';
import { MAIL_DATE, coverText, directHeaders } from './mail-envelope.ts';
import type { RenderTarget } from './renderer.ts';

/** The referente's mail with a short cover note and the form attached. */
export function attachmentMail({ id, spec }: RenderTarget, filename: string, content: Buffer, contentType: string): Promise<Buffer> {
  return comuneMail({ id, ...directHeaders(spec), date: MAIL_DATE, client: 'outlook', text: coverText(spec), attachments: [{ filename, content, contentType }] });
}

/** A file name as a clerk saves it, e.g. "Richiesta_Capacity_Lab_Lamezia_Terme.docx". */
export const fileName = (comune: string, extension: string): string => `Richiesta_Capacity_Lab_${comune.replace(/[^\p{L}\d]+/gu, '_')}.${extension}`;
