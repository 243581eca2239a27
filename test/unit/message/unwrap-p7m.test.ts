import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unwrapP7m } from '../../../src/core/message/unwrap-p7m.ts';

const fixtures = new URL('./fixtures/', import.meta.url);
const samples = new URL('../../fixtures/samples/p7m/', import.meta.url);
const doc = (filename: string, content: Buffer) => ({ filename, contentType: 'application/pkcs7-mime', content });
const fixture = (name: string) => doc(name, readFileSync(new URL(name, fixtures)));
const FORM_TEXT = 'Comune richiedente: Bari\nLaboratorio richiesto: PC-3\n';
const MARIO_ROSSI = { type: 'cades', signer: 'MARIO ROSSI', taxCode: 'RSSMRA80A01H501U' };

describe('unwrapP7m', () => {
  it('returns null for documents that are not .p7m', async () => {
    expect(await unwrapP7m(doc('modulo.pdf', Buffer.from('%PDF-1.7')))).toBeNull();
    expect(await unwrapP7m(doc('modulo.txt', Buffer.from('MI piace il laboratorio')))).toBeNull();
  });

  it('reads the real CAdES-BES sample (BER, indefinite lengths, chunked content)', async () => {
    const result = await unwrapP7m(doc('fattura.xml.p7m', readFileSync(new URL('fatturapa-cades-ber.xml.p7m', samples))));
    expect(result?.document.filename).toBe('fattura.xml');
    expect(result?.document.content.length).toBe(5628);
    expect(result?.document.content.subarray(0, 5).toString()).toBe('<?xml');
    expect(result?.document.content.toString()).toMatch(/<\/ns2:FatturaElettronica>\s*$/);
    expect(result?.signature).toEqual({ type: 'cades', signer: 'Marco Romano', taxCode: 'RMNMRC82P20D284K' });
    expect(result?.warnings).toEqual([]);
  });

  it.each([['modulo.txt.p7m'], ['modulo-pem.txt.p7m'], ['modulo-base64.txt.p7m']])('unwraps %s', async (name) => {
    const result = await unwrapP7m(fixture(name));
    expect(result?.document.filename).toBe(name.replace(/\.p7m$/, ''));
    expect(result?.document.content.toString()).toBe(FORM_TEXT);
    expect(result?.signature).toEqual(MARIO_ROSSI);
    expect(result?.warnings).toEqual([]);
  });

  it('unwraps a double signature down to the document', async () => {
    const result = await unwrapP7m(fixture('modulo.txt.p7m.p7m'));
    expect(result?.document.filename).toBe('modulo.txt');
    expect(result?.document.content.toString()).toBe(FORM_TEXT);
    expect(result?.signature).toEqual(MARIO_ROSSI);
  });

  it('keeps the signer with a tax code when an outer signature has none', async () => {
    const result = await unwrapP7m(fixture('modulo-countersigned.txt.p7m.p7m'));
    expect(result?.document.content.toString()).toBe(FORM_TEXT);
    expect(result?.signature).toEqual(MARIO_ROSSI);
  });

  it('sniffs a SignedData whose name does not say .p7m', async () => {
    const result = await unwrapP7m({ ...fixture('modulo.txt.p7m'), filename: 'allegato.bin' });
    expect(result?.document.content.toString()).toBe(FORM_TEXT);
    expect(result?.signature?.taxCode).toBe('RSSMRA80A01H501U');
  });

  it('warns when the signed content was altered', async () => {
    const original = readFileSync(new URL('modulo.txt.p7m', fixtures));
    const at = original.indexOf('Bari');
    const tampered = Buffer.from(original);
    tampered.write('Roma', at, 'latin1');
    const result = await unwrapP7m(doc('modulo.txt.p7m', tampered));
    expect(result?.document.content.toString()).toContain('Roma');
    expect(result?.warnings).toEqual(['signature-invalid: modulo.txt.p7m']);
  });

  it('gives the original document and a warning for a .p7m that is not PKCS#7', async () => {
    const content = readFileSync(new URL('not-pkcs7.xml.p7m', samples));
    const result = await unwrapP7m(doc('not-pkcs7.xml.p7m', content));
    expect(result).toEqual({ document: doc('not-pkcs7.xml.p7m', content), signature: null, warnings: ['p7m-unreadable: not-pkcs7.xml.p7m'] });
  });

  it('survives truncated and empty .p7m files', async () => {
    const real = readFileSync(new URL('modulo.txt.p7m', fixtures));
    for (const content of [real.subarray(0, 200), Buffer.alloc(0), Buffer.from([0x30, 0x80])]) {
      const result = await unwrapP7m(doc('modulo.txt.p7m', content));
      expect(result?.signature).toBeNull();
      expect(result?.warnings).toEqual(['p7m-unreadable: modulo.txt.p7m']);
    }
  });
});
