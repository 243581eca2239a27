import { describe, expect, it } from 'vitest';
import { extractDocx } from '../../../src/core/extract-form/extract-docx.ts';
import { DEFAULT_EXTRACT_LIMITS } from '../../../src/core/extract-form/extract-limits.ts';
import { extractOdt } from '../../../src/core/extract-form/extract-odt.ts';
import { extractXlsx } from '../../../src/core/extract-form/extract-xlsx.ts';
import { buildDocx, buildXlsx } from './fixtures/build-office.ts';
import { buildOdt, buildZip, odtTableRow } from './fixtures/build-zip.ts';

const input = (content: Buffer, filename: string) => ({ filename, contentType: null, content });

describe('extractDocx', () => {
  it('reads label | value tables, 4-column rows, paragraphs and checkbox content controls', async () => {
    const content = await buildDocx([
      'Richiesta di partecipazione ai Capacity Lab',
      [
        ['Comune richiedente', 'Andria'],
        ['Provincia (sigla)', 'BT', 'Codice ISTAT del Comune', '110001'],
        ['Referente: nome e cognome', 'Giulia Conte'],
        ['Fabbisogni e obiettivi', 'Programmare le assunzioni del triennio'],
        ['Laboratorio (seconda scelta)', ''],
      ],
      'Laboratorio richiesto (prima scelta): Attrattività del lavoro pubblico',
      [
        [{ checkbox: true, label: 'Sindaci e amministratori' }],
        [{ checkbox: false, label: 'Team di progetto' }],
        ['Destinatari', '☒ Dirigenti e funzionari ☐ Segretari e direttori generali'],
        ["Presa visione dell'informativa privacy", '☒'],
      ],
    ]);
    const result = await extractDocx(input(content, 'modulo.docx'), DEFAULT_EXTRACT_LIMITS);
    expect(result.warnings).toEqual([]);
    expect(result.form?.source).toBe('docx');
    expect(result.form?.fields).toEqual({
      comune: 'Andria',
      provincia: 'BT',
      codice_istat: '110001',
      referente_nome: 'Giulia Conte',
      fabbisogni: 'Programmare le assunzioni del triennio',
      laboratorio: 'Attrattività del lavoro pubblico',
      dest_amministratori: true,
      dest_team: false,
      dest_dirigenti: true,
      dest_segretari: false,
      privacy: true,
    });
  });

  it('reads legacy form checkboxes and Wingdings symbols, and survives a DOCTYPE with entities', async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>Comune: Barletta &xxe;</w:t></w:r></w:p>
<w:p><w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:default w:val="0"/><w:checked/></w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:t xml:space="preserve"> Team di progetto</w:t></w:r></w:p>
<w:p><w:r><w:sym w:font="Wingdings" w:char="F0FE"/></w:r><w:r><w:t xml:space="preserve"> Privacy</w:t></w:r></w:p>
<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="2000"/></w:tabs></w:pPr><w:r><w:t>Telefono</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>0883 123456</w:t></w:r></w:p>
</w:body></w:document>`;
    const content = await buildZip([{ name: 'word/document.xml', content: xml }, { name: '[Content_Types].xml', content: '<Types/>' }]);
    const result = await extractDocx(input(content, 'a.docx'), DEFAULT_EXTRACT_LIMITS);
    // the external entity is left as literal text, never resolved
    expect(result.form?.fields).toEqual({ comune: 'Barletta &xxe;', dest_team: true, privacy: true, referente_telefono: '0883 123456' });
    expect(result.form?.fields.comune).not.toContain('root');
    expect(result.warnings[0]).toMatch(/^docx-malformed: a\.docx/);
  });

  it('returns warnings, not exceptions, for bytes that are not a zip', async () => {
    const result = await extractDocx(input(Buffer.from('PK\u0003\u0004 garbage'), 'bad.docx'), DEFAULT_EXTRACT_LIMITS);
    expect(result.form).toBeNull();
    expect(result.warnings[0]).toMatch(/^zip-unreadable: bad\.docx/);
  });
});

describe('extractOdt', () => {
  it('reads table rows, paragraphs, spacing elements and form checkboxes', async () => {
    const body = `<text:h>Richiesta</text:h><table:table>${odtTableRow('Comune richiedente', 'Canosa di Puglia')}${odtTableRow('Telefono', '0883<text:s/>661111')}</table:table>
<text:p>Fabbisogni:<text:tab/>Migliorare la comunicazione dei progetti finanziati</text:p>
<text:p><draw:control draw:control="c1"/></text:p><office:annotation><text:p>Comune: Commento</text:p></office:annotation>`;
    const forms = '<form:form><form:checkbox form:id="c1" form:label="Dirigenti e funzionari" form:current-state="checked"/></form:form>';
    const result = await extractOdt(input(await buildOdt(body, forms), 'modulo.odt'), DEFAULT_EXTRACT_LIMITS);
    expect(result.form?.source).toBe('odt');
    expect(result.form?.fields).toEqual({
      comune: 'Canosa di Puglia',
      referente_telefono: '0883 661111',
      fabbisogni: 'Migliorare la comunicazione dei progetti finanziati',
      dest_dirigenti: true,
    });
  });
});

describe('extractXlsx', () => {
  it('reads labels in column A and values in the first filled cell to the right', async () => {
    const content = await buildXlsx([
      ['Modulo di richiesta', null],
      ['Comune', 'Trani'],
      ['Referente', null, 'Nicola Sasso'],
      ['Numero di giornate in presenza', 2],
      ['Privacy', true],
    ]);
    const result = await extractXlsx(input(content, 'richiesta.xlsx'), DEFAULT_EXTRACT_LIMITS);
    expect(result.form?.source).toBe('xlsx');
    expect(result.form?.fields).toEqual({ comune: 'Trani', referente_nome: 'Nicola Sasso', giornate: '2', privacy: true });
  });

  it('reads a header row of labels with the values in the row below, in any column', async () => {
    const content = await buildXlsx([
      [null, 'Comune', 'Referente', 'E-mail', 'Laboratorio'],
      [null, 'Giovinazzo', 'Rita Sala', 'r.sala@comune.giovinazzo.ba.it', 'Reclutamento'],
    ]);
    const result = await extractXlsx(input(content, 'richiesta.xlsx'), DEFAULT_EXTRACT_LIMITS);
    expect(result.form?.fields).toEqual({ comune: 'Giovinazzo', referente_nome: 'Rita Sala', referente_email: 'r.sala@comune.giovinazzo.ba.it', laboratorio: 'Reclutamento' });
  });
});
