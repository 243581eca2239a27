import { describe, expect, it } from 'vitest';
import { extractFromDocument } from '../../../src/core/extract-form/extract-document.ts';
import { buildDocx, buildXlsx } from './fixtures/build-office.ts';
import { buildFillablePdf, buildLinesPdf } from './fixtures/build-pdf.ts';
import { buildOdt, buildZeroBomb, buildZip, odtTableRow } from './fixtures/build-zip.ts';

const PNG_HEADER = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');

function png(size: number): Buffer {
  return Buffer.concat([PNG_HEADER, Buffer.alloc(Math.max(size - PNG_HEADER.length, 0))]);
}

describe('extractFromDocument: dispatch by real type', () => {
  it('dispatches PDF, DOCX, ODT and XLSX by their bytes', async () => {
    const pdf = await buildFillablePdf({ text: { comune: 'Bari' }, checked: [] });
    const docx = await buildDocx([[['Comune', 'Lecce']]]);
    const odt = await buildOdt(`<table:table>${odtTableRow('Comune', 'Brindisi')}</table:table>`);
    const xlsx = await buildXlsx([['Comune', 'Taranto']]);
    const results = await Promise.all(
      [
        [pdf, 'a.pdf', 'application/pdf'],
        [docx, 'a.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
        [odt, 'a.odt', 'application/vnd.oasis.opendocument.text'],
        [xlsx, 'a.xlsx', 'application/octet-stream'],
      ].map(([content, filename, contentType]) => extractFromDocument({ content: content as Buffer, filename: filename as string, contentType: contentType as string })),
    );
    expect(results.map((result) => [result.form?.source, result.form?.fields.comune, result.warnings])).toEqual([
      ['pdf-form', 'Bari', []],
      ['docx', 'Lecce', []],
      ['odt', 'Brindisi', []],
      ['xlsx', 'Taranto', []],
    ]);
  });

  it('uses the real type when the declared one lies, and says so', async () => {
    const docx = await buildDocx([[['Comune', 'Lecce']]]);
    const result = await extractFromDocument({ content: docx, filename: 'modulo.pdf', contentType: 'application/pdf' });
    expect(result.form?.source).toBe('docx');
    expect(result.warnings).toEqual([
      'content-type-mismatch: modulo.pdf declared application/pdf, is application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ]);
    const renamed = await extractFromDocument({ content: await buildLinesPdf(['Comune: Bari', 'Referente: Mario Rossi']), filename: 'modulo.docx', contentType: null });
    expect(renamed.form?.source).toBe('pdf-text');
    expect(renamed.warnings).toEqual(['content-type-mismatch: modulo.docx declared .docx, is application/pdf']);
  });

  it('flags large or form-named images as scans but not a small logo', async () => {
    expect(await extractFromDocument({ content: png(2_000), filename: 'logo.png', contentType: 'image/png' })).toEqual({ form: null, warnings: [] });
    expect(await extractFromDocument({ content: png(2_000), filename: 'modulo_firmato.png', contentType: 'image/png' })).toEqual({
      form: null,
      warnings: ['scanned-document: modulo_firmato.png'],
    });
    expect((await extractFromDocument({ content: png(80_000), filename: 'IMG_0042.png', contentType: 'image/png' })).warnings).toEqual(['scanned-document: IMG_0042.png']);
  });

  it('reports legacy Office files as unsupported and ignores unknown bytes', async () => {
    const cfb = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600)]);
    const legacy = await extractFromDocument({ content: cfb, filename: 'modulo.doc', contentType: 'application/msword' });
    expect(legacy.form).toBeNull();
    expect(legacy.warnings).toHaveLength(1);
    expect(legacy.warnings[0]).toMatch(/^unsupported-format: modulo\.doc/);
    expect(await extractFromDocument({ content: Buffer.from('just some text'), filename: 'note.txt', contentType: 'text/plain' })).toEqual({ form: null, warnings: [] });
    expect(await extractFromDocument({ content: Buffer.alloc(0), filename: null, contentType: null })).toEqual({ form: null, warnings: [] });
  });
});

describe('extractFromDocument: damaged bytes', () => {
  it('never throws on truncated or corrupted documents', async () => {
    const originals = [
      await buildFillablePdf({ text: { comune: 'Bari' }, checked: ['privacy'] }),
      await buildDocx([[['Comune', 'Lecce']]]),
      await buildXlsx([['Comune', 'Taranto']]),
    ];
    for (const original of originals) {
      for (const cut of [0.1, 0.5, 0.9]) {
        const truncated = original.subarray(0, Math.floor(original.length * cut));
        const corrupted = Buffer.from(original);
        for (let index = 200; index < corrupted.length; index += 97) corrupted[index] = 0xff;
        for (const content of [truncated, corrupted]) {
          const result = await extractFromDocument({ content, filename: 'rotto', contentType: null });
          expect(Array.isArray(result.warnings)).toBe(true);
          expect(result.warnings.every((warning) => /^[a-z-]+: /.test(warning))).toBe(true);
        }
      }
    }
  });
});

describe('extractFromDocument: zip bombs', () => {
  it('refuses a DOCX whose document.xml inflates to 200 MB', async () => {
    const bomb = await buildZeroBomb('word/document.xml', 200 * 1024 * 1024, [{ name: '[Content_Types].xml', content: '<Types/>' }]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const result = await extractFromDocument({ content: bomb, filename: 'bomba.docx', contentType: null });
    expect(result.form).toBeNull();
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/^zip-bomb: bomba\.docx/);
  });

  it('refuses archives with too many entries or too many real bytes', async () => {
    const many = await buildZip(Array.from({ length: 30 }, (_, index) => ({ name: `f${index}.txt`, content: 'x' })));
    const tooMany = await extractFromDocument({ content: many, filename: 'molti.zip', contentType: null }, { maxZipEntries: 10 });
    expect(tooMany.warnings[0]).toMatch(/^zip-bomb: molti\.zip has 30 entries/);
    const xlsx = await buildXlsx([['Comune', 'Trani'], ['Fabbisogni', 'x'.repeat(50_000)]]);
    const big = await extractFromDocument({ content: xlsx, filename: 'grande.xlsx', contentType: null }, { maxUnzippedBytes: 20_000 });
    expect(big.form).toBeNull();
    expect(big.warnings[0]).toMatch(/^zip-bomb: grande\.xlsx/);
  });
});

describe('extractFromDocument: memory', () => {
  it('handles a 20 MB attachment without holding many copies', async () => {
    const lines = ['Comune: Bari', 'Referente: Mario Rossi'];
    const pdf = await buildLinesPdf(lines);
    const padded = Buffer.concat([pdf, Buffer.alloc(20 * 1024 * 1024, 0x20)]);
    const before = process.memoryUsage().arrayBuffers;
    const result = await extractFromDocument({ content: padded, filename: 'grande.pdf', contentType: 'application/pdf' });
    const grown = process.memoryUsage().arrayBuffers - before;
    expect(result.form?.fields).toMatchObject({ comune: 'Bari', referente_nome: 'Mario Rossi' });
    expect(grown).toBeLessThan(3 * padded.length);
  });
});
