import { describe, expect, it } from 'vitest';
import { decodeTransferEncoding } from '../../../src/core/message/decode-transfer-encoding.ts';

describe('decodeTransferEncoding', () => {
  it('decodes quoted-printable with soft line breaks and keeps stray equals signs', () => {
    const decoded = decodeTransferEncoding('Quoted-Printable', Buffer.from('citt=E0 =\r\nunita =3D 1, a=zz=\n fine='));
    expect(decoded).toEqual(Buffer.from([...Buffer.from('citt'), 0xe0, ...Buffer.from(' unita = 1, a=zz fine')]));
  });

  it('decodes base64 across lines and passes other encodings through', () => {
    expect(decodeTransferEncoding('base64', Buffer.from('Y2lh\r\nbw==\r\n')).toString()).toBe('ciao');
    expect(decodeTransferEncoding('8bit', Buffer.from('àè')).toString()).toBe('àè');
    expect(decodeTransferEncoding(null, Buffer.from('x')).toString()).toBe('x');
  });
});
