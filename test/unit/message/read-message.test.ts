import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../../src/core/message/read-message.ts';
import { BASE_HEADERS, buildMail } from './build-mail.ts';

const samples = new URL('../../fixtures/samples/', import.meta.url);
const sample = (path: string): Buffer => readFileSync(new URL(path, samples));

describe('readMessage', () => {
  it('reads the main headers of a plain message', async () => {
    const msg = await readMessage(
      buildMail(
        { ...BASE_HEADERS, 'In-Reply-To': '<x@anci.it>', References: '<a@anci.it> <x@anci.it>', 'Content-Type': 'text/plain; charset=utf-8' },
        'Buongiorno,\nchiediamo un laboratorio.\n',
      ),
    );
    expect(msg.from).toBe('segreteria@comune.bari.it');
    expect(msg.fromName).toBe('Mario Rossi');
    expect(msg.to).toEqual(['cap4city@anci.it']);
    expect(msg.messageId).toBe('<abc123@comune.bari.it>');
    expect(msg.date?.toISOString()).toBe('2026-01-12T09:30:00.000Z');
    expect(msg.inReplyTo).toBe('<x@anci.it>');
    expect(msg.references).toEqual(['<a@anci.it>', '<x@anci.it>']);
    expect(msg.text).toContain('chiediamo un laboratorio');
    expect(msg.headers.get('subject')).toEqual(['Richiesta laboratorio']);
    expect(msg.attachments).toEqual([]);
    expect(msg.warnings).toEqual([]);
  });

  it('decodes windows-1252 quoted-printable bodies and RFC 2047 headers', async () => {
    const msg = await readMessage(
      buildMail(
        {
          ...BASE_HEADERS,
          From: '=?ISO-8859-1?Q?Nicol=F2_Ces=E0?= <UFFICIO@Comune.Example.IT>',
          Subject: '=?windows-1252?Q?Richiesta_=80_=96_citt=E0?=',
          'X-Custom': '=?UTF-8?B?UGnDuSBkaSB1bm8=?=',
          'Content-Type': 'text/plain; charset=windows-1252',
          'Content-Transfer-Encoding': 'quoted-printable',
        },
        'Costo 100 =80, =93virgolette=94, citt=E0 e perch=E9 =\nunito.\n',
      ),
    );
    expect(msg.fromName).toBe('Nicolò Cesà');
    expect(msg.from).toBe('ufficio@comune.example.it');
    expect(msg.subject).toBe('Richiesta € – città');
    expect(msg.headers.get('x-custom')).toEqual(['Più di uno']);
    expect(msg.text).toContain('Costo 100 €, “virgolette”, città e perché unito.');
  });

  it('decodes ISO-8859-1 8-bit bodies', async () => {
    const msg = await readMessage(
      buildMail({ ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=ISO-8859-1', 'Content-Transfer-Encoding': '8bit' }, 'Comune di Sant\xe0gata\n'),
    );
    expect(msg.text).toContain('Comune di Santàgata');
  });

  it('derives text from an HTML-only message', async () => {
    const msg = await readMessage(
      buildMail({ ...BASE_HEADERS, 'Content-Type': 'text/html; charset=utf-8' }, '<p>Comune: <b>Bari</b></p>'),
    );
    expect(msg.html).toContain('<b>Bari</b>');
    expect(msg.text).toContain('Comune: Bari');
  });

  it('keeps top-level attachments and embedded messages but not the attachments inside them', async () => {
    const inner = [
      'From: a@b.it',
      'Subject: originale',
      'Content-Type: multipart/mixed; boundary="inner"',
      '',
      '--inner',
      'Content-Type: text/plain',
      '',
      'testo interno',
      '--inner',
      'Content-Type: application/pdf; name="interno.pdf"',
      'Content-Disposition: attachment; filename="interno.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from('%PDF-interno').toString('base64'),
      '--inner--',
      '',
    ].join('\r\n');
    const body = [
      '--outer',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'vedi allegati',
      '--outer',
      'Content-Type: application/pdf; name="modulo.pdf"',
      'Content-Disposition: attachment; filename="modulo.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from('%PDF-1.7 esterno').toString('base64'),
      '--outer',
      'Content-Type: message/rfc822; name="postacert.eml"',
      'Content-Disposition: inline; filename="postacert.eml"',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from(inner).toString('base64').replace(/(.{76})/g, '$1\r\n'),
      '--outer--',
      '',
    ].join('\r\n');
    const msg = await readMessage(buildMail({ ...BASE_HEADERS, 'Content-Type': 'multipart/mixed; boundary="outer"' }, body));
    expect(msg.attachments.map((a) => [a.filename, a.contentType, a.content.toString(), a.inline])).toEqual([
      ['modulo.pdf', 'application/pdf', '%PDF-1.7 esterno', false],
    ]);
    expect(msg.embeddedMessages).toHaveLength(1);
    expect(msg.embeddedMessages[0]?.filename).toBe('postacert.eml');
    expect(msg.embeddedMessages[0]?.raw.toString()).toBe(inner);
    expect(msg.warnings).toEqual([]);
  });

  it('drops an attachment over the size limit with a warning', async () => {
    const body = [
      '--b',
      'Content-Type: text/plain',
      '',
      'ciao',
      '--b',
      'Content-Type: application/pdf; name="grande.pdf"',
      'Content-Disposition: attachment; filename="grande.pdf"',
      '',
      'x'.repeat(5000),
      '--b--',
      '',
    ].join('\r\n');
    const msg = await readMessage(buildMail({ ...BASE_HEADERS, 'Content-Type': 'multipart/mixed; boundary="b"' }, body), {
      maxAttachmentBytes: 1000,
    });
    expect(msg.attachments).toEqual([]);
    expect(msg.warnings).toContain('attachment-too-large: grande.pdf');
  });

  it('stops at the part limit', async () => {
    const parts = Array.from({ length: 10 }, (_, i) => `--b\r\nContent-Type: application/octet-stream; name="f${i}.bin"\r\n\r\nx\r\n`).join('');
    const msg = await readMessage(buildMail({ ...BASE_HEADERS, 'Content-Type': 'multipart/mixed; boundary="b"' }, `${parts}--b--\r\n`), {
      maxParts: 4,
    });
    expect(msg.attachments.length).toBeLessThan(4);
    expect(msg.warnings.some((w) => w.startsWith('too-many-parts'))).toBe(true);
  });

  it('reads only the headers of a message over the size limit', async () => {
    const msg = await readMessage(buildMail({ ...BASE_HEADERS, 'Content-Type': 'text/plain' }, 'y'.repeat(3000)), {
      maxMessageBytes: 1000,
    });
    expect(msg.subject).toBe('Richiesta laboratorio');
    expect(msg.text).toBeNull();
    expect(msg.warnings[0]).toMatch(/^message-too-large: /);
  });

  it.each([
    ['empty', Buffer.alloc(0)],
    ['garbage', Buffer.from([0, 1, 2, 255, 254, 10, 13, 0])],
    ['headers only', Buffer.from('Subject: solo intestazioni')],
    ['truncated multipart', buildMail({ ...BASE_HEADERS, 'Content-Type': 'multipart/mixed; boundary="zz"' }, '--zz\r\nContent-Type: text/plain\r\n\r\nmez')],
  ])('never throws on bad input (%s)', async (_name, raw) => {
    const msg = await readMessage(raw);
    expect(Array.isArray(msg.warnings)).toBe(true);
    expect(msg.attachments).toEqual([]);
  });

  it('warns on empty input and on a truncated multipart', async () => {
    expect((await readMessage(Buffer.alloc(0))).warnings).toContain('empty-message: no bytes');
    const truncated = await readMessage(
      buildMail({ ...BASE_HEADERS, 'Content-Type': 'multipart/mixed; boundary="zz"' }, '--zz\r\nContent-Type: text/plain\r\n\r\nmez'),
    );
    expect(truncated.warnings.some((w) => w.startsWith('broken-mime'))).toBe(true);
    expect(truncated.text).toContain('mez');
  });

  it('marks a DSN as a multipart report', async () => {
    const msg = await readMessage(sample('other/java-pec-dsn-failure.eml'));
    expect(msg.isMultipartReport).toBe(true);
    expect(msg.from).toBe('mailer-daemon@googlemail.com');
  });

  it('keeps the daticert.xml and postacert.eml of a PEC envelope apart', async () => {
    const msg = await readMessage(sample('pec/go-pec-envelope-truncated.eml'));
    expect(msg.attachments.map((a) => a.filename)).toEqual(['daticert.xml', 'smime.p7s']);
    expect(msg.embeddedMessages.map((e) => e.filename)).toEqual(['postacert.eml']);
    expect(msg.embeddedMessages[0]?.raw.toString()).toMatch(/^Received: from example/);
    expect(msg.warnings.some((w) => w.startsWith('broken-mime'))).toBe(true);
  });

  it('reads the simple sample mail with its inline image', async () => {
    const msg = await readMessage(sample('other/java-pec-simple-mail.eml'));
    expect(msg.text).toContain('Simple Mail!');
    expect(msg.attachments).toHaveLength(1);
    expect(msg.attachments[0]).toMatchObject({ filename: '640px-Flag_of_Italy.svg.png', contentType: 'image/png', inline: true });
    expect(msg.attachments[0]?.content.subarray(1, 4).toString()).toBe('PNG');
  });
});
