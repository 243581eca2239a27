import { fileTypeFromBuffer } from 'file-type';
import { describe, expect, it } from 'vitest';
import { attachmentUnreadableWarning, unreadableAttachmentsIn } from '../../../src/core/message/attachment-unreadable-warning.ts';
import { extractAttachmentForms } from '../../../src/core/message/extract-attachment-forms.ts';
import type { MailAttachment } from '../../../src/core/message/read-message.ts';
import { oversizedAttachmentWarnings, unreadableReason } from '../../../src/core/message/unreadable-attachments.ts';
import { announcesUnreadableForm } from '../../../src/core/message/unreadable-request.ts';
import type { ExtractLimits } from '../../../src/core/extract-form/extract-limits.ts';
import { buildLinesPdf } from '../extract-form/fixtures/build-pdf.ts';
import { buildZip } from '../extract-form/fixtures/build-zip.ts';
import {
  encryptedDocx,
  encryptedPdf,
  formDocx,
  heicPhoto,
  legacyWordDocument,
  pagesDocument,
  rarArchive,
  sevenZipArchive,
  truncatedDocx,
  zipWithPdf,
} from './unreadable-files.ts';

function attachment(filename: string | null, content: Buffer, contentType = 'application/octet-stream'): MailAttachment {
  return { filename, contentType, content, inline: false };
}

/** What the parser reports for one attachment: the forms it read and its warnings. */
async function readOne(file: MailAttachment, limits?: Partial<ExtractLimits>) {
  const warnings: string[] = [];
  const forms = await extractAttachmentForms([file], limits, warnings);
  return { forms, warnings, unreadable: unreadableAttachmentsIn(warnings) };
}

describe('an attachment that cannot be read is named, with the reason in Italian', () => {
  it('a real password-protected PDF (standard security handler, RC4 40-bit)', async () => {
    const read = await readOne(attachment('modulo.pdf', encryptedPdf(), 'application/pdf'));
    expect(read.forms).toEqual([]);
    expect(read.warnings).toContain('pdf-encrypted: modulo.pdf');
    expect(read.unreadable).toEqual([{ filename: 'modulo.pdf', reason: 'protetto da password' }]);
  });

  it('an empty file', async () => {
    expect((await readOne(attachment('modulo.pdf', Buffer.alloc(0), 'application/pdf'))).unreadable).toEqual([{ filename: 'modulo.pdf', reason: 'file vuoto' }]);
  });

  it('an Apple Pages document, by its name or by its content', async () => {
    const pages = await pagesDocument();
    expect((await readOne(attachment('Modulo richiesta.pages', pages))).unreadable).toEqual([{ filename: 'Modulo richiesta.pages', reason: 'formato non supportato (.pages)' }]);
    expect((await readOne(attachment('documento', pages))).unreadable).toEqual([{ filename: 'documento', reason: 'formato non supportato (.pages)' }]);
  });

  it('an iPhone photo in HEIC, large or small, .heic or .heif', async () => {
    expect((await readOne(attachment('IMG_0042.HEIC', heicPhoto(), 'image/heic'))).unreadable).toEqual([{ filename: 'IMG_0042.HEIC', reason: 'formato non supportato (.heic)' }]);
    expect((await readOne(attachment('modulo.heif', heicPhoto(4_000)))).unreadable).toEqual([{ filename: 'modulo.heif', reason: 'formato non supportato (.heif)' }]);
  });

  it('RAR and 7-Zip archives by their magic bytes, whatever their name says', async () => {
    expect((await readOne(attachment('modulo.rar', rarArchive()))).unreadable).toEqual([{ filename: 'modulo.rar', reason: 'formato non supportato (.rar)' }]);
    expect((await readOne(attachment('modulo.pdf', sevenZipArchive(), 'application/pdf'))).unreadable).toEqual([{ filename: 'modulo.pdf', reason: 'formato non supportato (.7z)' }]);
  });

  it('a zip that is no office document', async () => {
    expect((await readOne(attachment('richiesta.zip', await zipWithPdf(), 'application/zip'))).unreadable).toEqual([{ filename: 'richiesta.zip', reason: 'formato non supportato (.zip)' }]);
  });

  it('a corrupt DOCX', async () => {
    const read = await readOne(attachment('modulo.docx', await truncatedDocx()));
    expect(read.forms).toEqual([]);
    expect(read.unreadable).toEqual([{ filename: 'modulo.docx', reason: 'file danneggiato' }]);
  });

  it('a DOCX over the extraction limits, and the same file read under the default ones', async () => {
    const docx = await formDocx();
    const overLimit = await readOne(attachment('modulo.docx', docx), { maxUnzippedBytes: 20_000 });
    expect(overLimit.warnings.some((warning) => warning.startsWith('zip-bomb: modulo.docx'))).toBe(true);
    expect(overLimit.unreadable).toEqual([{ filename: 'modulo.docx', reason: 'troppo grande' }]);
    const normal = await readOne(attachment('modulo.docx', docx));
    expect(normal.forms).toHaveLength(1);
    expect(normal.unreadable).toEqual([]);
  });

  it('a legacy Word document, and a DOCX saved with a password', async () => {
    expect((await readOne(attachment('modulo.doc', legacyWordDocument(), 'application/msword'))).unreadable).toEqual([{ filename: 'modulo.doc', reason: 'formato non supportato (.doc)' }]);
    expect((await readOne(attachment('modulo.docx', encryptedDocx()))).unreadable).toEqual([{ filename: 'modulo.docx', reason: 'protetto da password' }]);
  });

  it('a file that says it is a PDF but holds no PDF', async () => {
    const html = Buffer.from('<html><body>Sessione scaduta</body></html>');
    expect((await readOne(attachment('modulo.pdf', html, 'application/pdf'))).unreadable).toEqual([{ filename: 'modulo.pdf', reason: 'file danneggiato' }]);
  });

  it('an extraction that took too long, and a .p7m whose signature cannot be read', async () => {
    const warnings = ['extract-timeout: modulo.pdf after 10000 ms'];
    expect(await unreadableReason({ sent: attachment('modulo.pdf', Buffer.from('%PDF-1.7')), document: attachment('modulo.pdf', Buffer.from('%PDF-1.7')), warnings })).toBe('troppo grande o complesso da leggere');
    const p7m = await readOne(attachment('modulo.pdf.p7m', Buffer.from('not a signature at all')));
    expect(p7m.unreadable).toEqual([{ filename: 'modulo.pdf.p7m', reason: 'busta di firma digitale (.p7m) non leggibile' }]);
  });

  it('leaves alone what was read, or is no document: a letter without a form, a logo, a text note', async () => {
    const letter = await buildLinesPdf(['Gentili signori,', 'vi scriviamo per ringraziarvi del lavoro svolto insieme.']);
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'), Buffer.alloc(2_000)]);
    for (const file of [attachment('lettera.pdf', letter, 'application/pdf'), attachment('logo.png', png, 'image/png'), attachment('nota.txt', Buffer.from('Ciao'), 'text/plain')]) {
      expect((await readOne(file)).unreadable, file.filename ?? '').toEqual([]);
    }
  });

  it('leaves alone the empty text parts some mail clients add, and an office zip without a form', async () => {
    expect((await readOne(attachment('ATT00001.txt', Buffer.alloc(0), 'text/plain'))).unreadable).toEqual([]);
    // a DOCX whose first entry is no [Content_Types].xml looks like a plain zip to file-type: it is still a DOCX
    const letter = await buildZip([
      { name: 'docProps/app.xml', content: '<Properties/>' },
      { name: 'word/document.xml', content: '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>' },
    ]);
    expect((await fileTypeFromBuffer(letter))?.ext).toBe('zip');
    expect((await readOne(attachment('lettera.docx', letter))).unreadable).toEqual([]);
  });

  it('names every unreadable file of a message once, the readable ones never', async () => {
    const warnings: string[] = [];
    const forms = await extractAttachmentForms(
      [attachment('modulo.pdf', encryptedPdf()), attachment('allegati.rar', rarArchive()), attachment('modulo.docx', await formDocx())],
      undefined,
      warnings,
    );
    expect(forms.map((form) => form.filename)).toEqual(['modulo.docx']);
    expect(unreadableAttachmentsIn(warnings)).toEqual([
      { filename: 'modulo.pdf', reason: 'protetto da password' },
      { filename: 'allegati.rar', reason: 'formato non supportato (.rar)' },
    ]);
  });
});

describe('the attachment-unreadable warning', () => {
  it('reads back what it wrote, a filename with ": " and line breaks included', () => {
    const warnings = [
      attachmentUnreadableWarning('Prot. 123: modulo.pdf', 'protetto da password'),
      attachmentUnreadableWarning('modulo\r\nBcc: x@example.com.doc', 'formato non supportato (.doc)'),
      attachmentUnreadableWarning(null, 'file vuoto'),
      'scanned-document: scansione.pdf',
    ];
    expect(warnings[1]).not.toMatch(/[\r\n]/);
    expect(unreadableAttachmentsIn([...warnings, warnings[0]!])).toEqual([
      { filename: 'Prot. 123: modulo.pdf', reason: 'protetto da password' },
      { filename: 'modulo Bcc: x@example.com.doc', reason: 'formato non supportato (.doc)' },
      { filename: '(senza nome)', reason: 'file vuoto' },
    ]);
  });

  it('turns the attachments left out for their size into unreadable ones', () => {
    expect(oversizedAttachmentWarnings(['broken-mime: x', 'attachment-too-large: scansione completa.pdf'])).toEqual(['attachment-unreadable: scansione completa.pdf: troppo grande']);
  });
});

describe('announcesUnreadableForm', () => {
  const unreadable = [attachmentUnreadableWarning('documento.pdf', 'protetto da password')];

  it('sees a request in the covering note or in the subject', () => {
    expect(announcesUnreadableForm(unreadable, 'Trasmissione', 'Buongiorno, in allegato il modulo compilato.')).toBe(true);
    expect(announcesUnreadableForm(unreadable, null, 'Si trasmette la richiesta di attivazione del laboratorio.')).toBe(true);
    expect(announcesUnreadableForm(unreadable, 'Richiesta Capacity Lab', '')).toBe(true);
    expect(announcesUnreadableForm(unreadable, 'Invio', 'Si invia il modulo. Grazie')).toBe(true);
    expect(announcesUnreadableForm(unreadable, 'Capacity Lab - Comune di Matera', 'Cordiali saluti')).toBe(true);
  });

  it('sees one in the name of the unreadable file when the note says nothing', () => {
    expect(announcesUnreadableForm([attachmentUnreadableWarning('Modulo_Richiesta_Matera.pdf', 'protetto da password')], '', '')).toBe(true);
  });

  it('leaves questions, thanks and newsletters alone, and messages with nothing unreadable', () => {
    expect(announcesUnreadableForm(unreadable, 'Domanda', 'Il documento allegato va bene così oppure serve la firma digitale?')).toBe(false);
    expect(announcesUnreadableForm([attachmentUnreadableWarning('foto.heic', 'formato non supportato (.heic)')], 'Grazie', 'Grazie per il laboratorio di ieri!')).toBe(false);
    expect(announcesUnreadableForm([attachmentUnreadableWarning('newsletter-marzo.rar', 'formato non supportato (.rar)')], 'Newsletter di marzo', 'Le notizie del mese dai Comuni della rete.')).toBe(false);
    expect(announcesUnreadableForm(['pdf-encrypted: modulo.pdf'], 'Richiesta Capacity Lab', 'In allegato il modulo.')).toBe(false);
  });
});
