import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectPades } from '../../../src/core/message/detect-pades.ts';

const signedPdf = readFileSync(new URL('./fixtures/signed.pdf', import.meta.url));

describe('detectPades', () => {
  it('reads the signer of a signed PDF', () => {
    expect(detectPades(signedPdf)).toEqual({ type: 'pades', signer: 'MARIO ROSSI', taxCode: 'RSSMRA80A01H501U' });
  });

  it('returns null for an unsigned PDF and for non-PDF bytes', () => {
    expect(detectPades(Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n'))).toBeNull();
    expect(detectPades(Buffer.alloc(0))).toBeNull();
    expect(detectPades(Buffer.from('/ByteRange [0 /********** /********** /**********]'))).toBeNull();
  });

  it('reports a signature whose CMS cannot be read, with no signer', () => {
    const broken = Buffer.from(signedPdf);
    const contentsAt = broken.indexOf('/Contents <') + '/Contents <'.length;
    broken.write('ffff', contentsAt, 'latin1');
    expect(detectPades(broken)).toEqual({ type: 'pades', signer: null, taxCode: null });
  });

  it('skips a document timestamp', () => {
    const timestamped = Buffer.from(signedPdf.toString('latin1').replace('/SubFilter /ETSI.CAdES.detached', '/SubFilter /ETSI.RFC3161'.padEnd('/SubFilter /ETSI.CAdES.detached'.length, ' ')), 'latin1');
    expect(timestamped.length).toBe(signedPdf.length);
    expect(detectPades(timestamped)).toBeNull();
  });

  it('scans a 20 MB PDF quickly', () => {
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(20 * 1024 * 1024, 0x20), Buffer.from('%%EOF\n')]);
    const started = performance.now();
    expect(detectPades(big)).toBeNull();
    expect(performance.now() - started).toBeLessThan(500);
  });
});
