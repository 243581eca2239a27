import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { renderScanPreview } from '../../../src/adapters/ocr/scan-preview.ts';
import { runParseCommand } from '../../../src/cli/parse-command.ts';

function scanMail(): string {
  const pdf = readFileSync(new URL('../../fixtures/scans/pdf-sassari.pdf', import.meta.url));
  return [
    'From: Protocollo <protocollo@comune.sassari.it>',
    'To: cap4city@anci.example.it',
    'Subject: Trasmissione richiesta Capacity Lab - Comune di Sassari',
    'Message-ID: <scan-parse@comune.sassari.it>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Si trasmette la scansione del modulo di richiesta del Comune di Sassari.',
    '--b',
    'Content-Type: application/pdf; name="scansione.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    pdf.toString('base64').replace(/.{76}/g, '$&\r\n'),
    '--b--',
    '',
  ].join('\r\n');
}

async function parse(file: string, ocr?: boolean): Promise<Record<string, unknown>> {
  let output = '';
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      output += chunk.toString();
      done();
    },
  });
  expect(await runParseCommand([file], { json: true, ocr }, out)).toBe(0);
  return JSON.parse(output) as Record<string, unknown>;
}

describe('cap4city parse --json: scanned forms read with OCR unless --no-ocr', () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'parse-ocr-')), 'scan.eml');
  writeFileSync(file, scanMail());

  it('reads a scanned form by default, with form.source "ocr", and leaves it with --no-ocr', async () => {
    const plain = await parse(file, false);
    expect(plain.form).toMatchObject({ source: 'body' });
    expect(plain.warnings).toContain('scanned-document: scansione.pdf');

    const read = await parse(file);
    expect(read).toMatchObject({
      kind: 'request',
      form: { source: 'ocr', filename: 'scansione.pdf', signature: null },
      request: { comune: { name: 'Sassari', match: 'exact' }, labs: [{ code: 'PO-6' }], contact: { name: 'Giovanni Maria Satta', email: 'segreteria.generale@comune.sassari.it' } },
      missing: [],
    });
    expect(read.warnings).toContain('scanned-document: scansione.pdf');
  }, 90_000);

  it('renders page 1 of the scan small, for the dashboard; nothing for a message without a scan', async () => {
    const png = await renderScanPreview(readFileSync(file));
    expect(png?.subarray(1, 4).toString('latin1')).toBe('PNG');
    // 100 dpi A4: 827 px wide
    expect(png?.readUInt32BE(16)).toBe(827);
    expect(await renderScanPreview(Buffer.from('From: a@b.it\r\nSubject: x\r\n\r\nciao\r\n'))).toBeNull();
  });
});
