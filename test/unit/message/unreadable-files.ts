import { readFileSync } from 'node:fs';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { buildDocx } from '../extract-form/fixtures/build-office.ts';
import { buildZip } from '../extract-form/fixtures/build-zip.ts';

/** Files a Comune sends that no extractor can read, each built as the real thing starts. */

const FIXTURES = new URL('../../fixtures/unreadable/', import.meta.url);

/** The official form filled in for Matera, encrypted by qpdf (RC4 40-bit, user password "comune"): see its README. */
export function encryptedPdf(): Buffer {
  return readFileSync(new URL('modulo-protetto.pdf', FIXTURES));
}

/** An Apple Pages document: a zip with the iWork archive index inside. */
export function pagesDocument(): Promise<Buffer> {
  return buildZip([
    { name: 'Index/Document.iwa', content: Buffer.alloc(2048, 7) },
    { name: 'Index/Metadata.iwa', content: Buffer.alloc(256, 3) },
    { name: 'Metadata/Properties.plist', content: '<?xml version="1.0"?><plist version="1.0"><dict/></plist>' },
    { name: 'preview.jpg', content: Buffer.alloc(512, 1) },
  ]);
}

/** A zip holding a PDF: the form is inside, where no extractor looks. */
export function zipWithPdf(): Promise<Buffer> {
  return buildZip([{ name: 'modulo.pdf', content: encryptedPdf() }]);
}

/** An iPhone photo: an ISO-BMFF `ftyp` box with the HEIC brands, then image data. */
export function heicPhoto(size = 80 * 1024): Buffer {
  const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic', 'ascii'), Buffer.from([0, 0, 0, 0]), Buffer.from('mif1heic', 'ascii')]);
  return Buffer.concat([ftyp, Buffer.alloc(Math.max(size - ftyp.length, 0), 0x5a)]);
}

/** A RAR 5 archive, by its signature. */
export function rarArchive(): Buffer {
  return Buffer.concat([Buffer.from('526172211a070100', 'hex'), Buffer.alloc(512, 0x11)]);
}

/** A 7-Zip archive, by its signature and version. */
export function sevenZipArchive(): Buffer {
  return Buffer.concat([Buffer.from('377abcaf271c0004', 'hex'), Buffer.alloc(512, 0x22)]);
}

/** A Word 97-2003 document: an OLE compound file. */
export function legacyWordDocument(): Buffer {
  return Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(1024)]);
}

/** A DOCX saved with a password: Office wraps it in an OLE compound file holding an "EncryptedPackage" stream. */
export function encryptedDocx(): Buffer {
  return Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(1024), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(1024)]);
}

/** A filled DOCX form cut short, as a broken upload or a mail gateway leaves it. */
export async function truncatedDocx(): Promise<Buffer> {
  const docx = await formDocx();
  return docx.subarray(0, Math.floor(docx.length * 0.6));
}

/** A filled DOCX form: readable under the default limits, over a 20 KB unzipped limit. */
export function formDocx(): Promise<Buffer> {
  return buildDocx([
    [
      ['Comune richiedente', 'Matera'],
      ['Referente: nome e cognome', 'Maria Bianchi'],
      ['E-mail del referente', 'm.bianchi@comune.matera.example.it'],
      ['Laboratorio richiesto (prima scelta)', 'PO-4 PIAO e programmazione delle assunzioni'],
      ['Fabbisogni e obiettivi', `Aggiornare il PIAO. ${'Programmare le assunzioni 2026-2028. '.repeat(1500)}`],
    ],
  ]);
}

export interface MailAttachmentSpec {
  filename: string;
  content: Buffer;
  contentType?: string;
}

/** A raw message from a Comune with the given subject, text and attachments. */
export async function mailWith(subject: string, text: string, attachments: MailAttachmentSpec[]): Promise<Buffer> {
  const composer = new MailComposer({
    from: 'Maria Bianchi <m.bianchi@comune.matera.example.it>',
    to: 'cap4city@anci.it',
    subject,
    text,
    messageId: '<unreadable-1@comune.matera.example.it>',
    date: new Date('2026-01-12T09:30:00Z'),
    attachments: attachments.map((attachment) => ({ filename: attachment.filename, content: attachment.content, contentType: attachment.contentType ?? 'application/octet-stream' })),
  });
  return Buffer.from(await composer.compile().build());
}
