import { randomBytes } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { fillFormPdf } from '../../src/core/form/fill-form-pdf.ts';

/**
 * A request whose filled PDF form carries `bytes` of incompressible payload (as a scanner's images
 * would), from a Comune; the whole message is about 4/3 of that size once base64-encoded.
 */
export async function buildBigAttachmentMessage(bytes: number, messageId: string): Promise<Buffer> {
  const form = await PDFDocument.load(
    await fillFormPdf({ comune: 'Bari', referente_nome: 'Mario Rossi', referente_email: 'm.rossi@comune.bari.example.it', laboratorio: 'PC-3', fabbisogni: 'Rafforzare le procedure di gara.' }),
  );
  await form.attach(randomBytes(bytes), 'allegato-scansione.bin', { mimeType: 'application/octet-stream' });
  const pdf = Buffer.from(await form.save({ useObjectStreams: false }));
  return new MailComposer({
    messageId,
    from: 'Mario Rossi <m.rossi@comune.bari.example.it>',
    to: 'cap4city@anci.example.it',
    subject: 'Richiesta Capacity Lab con allegato pesante',
    text: 'In allegato il modulo di richiesta.',
    attachments: [{ filename: 'modulo.pdf', content: pdf, contentType: 'application/pdf' }],
  })
    .compile()
    .build();
}
