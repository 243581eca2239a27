import { describe, expect, it } from 'vitest';
import { extractFromDocument } from '../../../src/core/extract-form/extract-document.ts';
import { buildFormDocx } from '../../../src/core/form/build-form-docx.ts';
import { DEFAULT_CATALOG } from '../../../src/core/form/default-catalog.ts';
import { fillFormPdf } from '../../../src/core/form/fill-form-pdf.ts';
import { AREA_OPTIONS, PARTNERSHIP_OPTIONS, labOptions } from '../../../src/core/form/form-layout.ts';
import type { FormFields } from '../../../src/core/types.ts';

// Round trip through the service's own official form generator (src/core/form).
const VALUES: FormFields = {
  comune: 'Bari',
  provincia: 'BA',
  codice_istat: '072006',
  forma: PARTNERSHIP_OPTIONS[1],
  ambito: AREA_OPTIONS[1],
  laboratorio: labOptions(DEFAULT_CATALOG)[8],
  pec_ente: 'protocollo@pec.comune.bari.it',
  referente_nome: 'Mario Rossi',
  referente_ruolo: 'Dirigente Ripartizione Personale',
  referente_email: 'm.rossi@comune.bari.it',
  referente_telefono: '080 5771111',
  fabbisogni: 'Rafforzare la capacità di programmazione delle assunzioni',
  partecipanti: '15',
  giornate: '2',
  periodo: 'marzo 2026',
  sede: 'Sala consiliare',
  dest_dirigenti: true,
  dest_team: true,
  privacy: true,
};

describe('the official form, filled and read back', () => {
  it('reads the fillable PDF', async () => {
    const content = Buffer.from(await fillFormPdf(VALUES));
    const result = await extractFromDocument({ content, filename: 'modulo.pdf', contentType: 'application/pdf' });
    expect(result.warnings).toEqual([]);
    expect(result.form?.source).toBe('pdf-form');
    expect(result.form?.fields).toMatchObject(VALUES);
  });

  it('reads the text of the flattened PDF, without the printed hints', async () => {
    const content = Buffer.from(await fillFormPdf(VALUES, { flatten: true }));
    const result = await extractFromDocument({ content, filename: 'modulo.pdf', contentType: 'application/pdf' });
    expect(result.form?.source).toBe('pdf-text');
    // flattened ticks are drawn as paths, not text: they cannot be read from the text layer
    const { dest_dirigenti: _dirigenti, dest_team: _team, privacy: _privacy, ...textValues } = VALUES;
    expect(result.form?.fields).toEqual(textValues);
  });

  it('reads the DOCX', async () => {
    const content = await buildFormDocx(DEFAULT_CATALOG, VALUES);
    const result = await extractFromDocument({ content, filename: 'modulo.docx', contentType: null });
    expect(result.warnings).toEqual([]);
    expect(result.form?.source).toBe('docx');
    expect(result.form?.fields).toMatchObject(VALUES);
  });
});
