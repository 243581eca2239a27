import { describe, expect, it } from 'vitest';
import { buildFormDocx } from '../../../src/core/form/build-form-docx.ts';
import { DEFAULT_CATALOG } from '../../../src/core/form/default-catalog.ts';
import { FORM_SECTIONS } from '../../../src/core/form/form-layout.ts';
import { readZipEntry } from './read-zip-entry.ts';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&apos;': "'", '&quot;': '"' };

/** The document's text runs, one per line, entities decoded. */
function runTexts(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((match) => (match[1] ?? '').replace(/&(amp|lt|gt|apos|quot);/g, (entity) => ENTITIES[entity] ?? entity))
    .join('\n');
}

async function documentXml(docx: Buffer): Promise<string> {
  const xml = await readZipEntry(docx, 'word/document.xml');
  if (xml === null) throw new Error('word/document.xml missing');
  return runTexts(xml);
}

describe('buildFormDocx', () => {
  it('contains the title, every label and the whole catalogue', async () => {
    const xml = await documentXml(await buildFormDocx(DEFAULT_CATALOG));
    expect(xml).toContain('Modulo di richiesta — Capacity Lab Cap4City');
    expect(xml).toContain('Compilare e inviare a cap4city@anci.example.it');
    for (const section of FORM_SECTIONS) {
      expect(xml).toContain(section.title);
      for (const field of section.fields) expect(xml, field.name).toContain(field.label);
    }
    for (const lab of DEFAULT_CATALOG.labs) {
      expect(xml).toMatch(new RegExp(`^${lab.code}$`, 'm'));
      expect(xml).toContain(lab.title);
    }
    expect(xml).toContain('☐ Singolo Comune');
    expect(xml).not.toContain('☒');
  });

  it('fills values and ticks checkboxes', async () => {
    const xml = await documentXml(
      await buildFormDocx(DEFAULT_CATALOG, {
        comune: 'Cefalù',
        provincia: 'PA',
        laboratorio: 'PO-4 PIAO e programmazione delle assunzioni',
        dest_segretari: true,
        privacy: true,
        dest_team: false,
      }),
    );
    expect(xml).toContain('Cefalù');
    expect(xml).toContain('PO-4 PIAO e programmazione delle assunzioni');
    expect(xml.match(/☒/g)).toHaveLength(2);
    expect(xml.match(/☐/g)).toHaveLength(3);
    expect(xml).not.toContain('☐ Singolo Comune');
  });
});
