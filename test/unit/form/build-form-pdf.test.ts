import { PDFCheckBox, PDFDocument, PDFDropdown, PDFTextField } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildFormPdf } from '../../../src/core/form/build-form-pdf.ts';
import { DEFAULT_CATALOG } from '../../../src/core/form/default-catalog.ts';
import { fillFormPdf } from '../../../src/core/form/fill-form-pdf.ts';
import { CHECKBOX_FIELDS, FORM_FIELDS } from '../../../src/core/types.ts';
import type { FormFields } from '../../../src/core/types.ts';

const FILLED: FormFields = {
  comune: "Sant'Agata de' Goti",
  provincia: 'BN',
  codice_istat: '062070',
  forma: 'Unione di Comuni',
  altri_comuni: 'Airola, Moiano',
  pec_ente: 'protocollo@pec.comune.santagatadegoti.bn.it',
  referente_nome: 'Carmela Iannotta',
  referente_ruolo: 'Responsabile Area Tecnica',
  referente_email: 'c.iannotta@comune.santagatadegoti.bn.it',
  referente_telefono: '0823 718211',
  ambito: 'Progetti e politiche di coesione',
  laboratorio: 'PC-3 Procedure e affidamenti',
  laboratorio_2: 'laboratorio sugli appalti PNRR',
  fabbisogni: 'Rafforzare le competenze sulle procedure di gara.\nPriorità: affidamenti sotto soglia e città più accessibili.',
  cup: 'J61B21000880006',
  dest_dirigenti: true,
  dest_team: true,
  partecipanti: '12',
  giornate: '2',
  periodo: 'marzo 2026',
  sede: 'Sala consiliare',
  privacy: true,
  luogo_data: "Sant'Agata de' Goti, 12/01/2026",
  firmatario: 'Giuseppe Rossi',
};

async function readFields(bytes: Uint8Array): Promise<Record<string, string | boolean | undefined>> {
  const form = (await PDFDocument.load(bytes)).getForm();
  const out: Record<string, string | boolean | undefined> = {};
  for (const field of form.getFields()) {
    if (field instanceof PDFTextField) out[field.getName()] = field.getText() ?? '';
    else if (field instanceof PDFCheckBox) out[field.getName()] = field.isChecked();
    else if (field instanceof PDFDropdown) out[field.getName()] = field.getSelected()[0] ?? '';
  }
  return out;
}

describe('buildFormPdf', () => {
  it('has exactly the FORM.md field names, with checkboxes and dropdowns where FORM.md says', async () => {
    const form = (await PDFDocument.load(await buildFormPdf(DEFAULT_CATALOG))).getForm();
    const fields = form.getFields();
    expect(fields.map((f) => f.getName()).sort()).toEqual([...FORM_FIELDS].sort());
    for (const name of CHECKBOX_FIELDS) expect(form.getField(name)).toBeInstanceOf(PDFCheckBox);
    expect(form.getDropdown('forma').getOptions()).toEqual(['Singolo Comune', 'Unione di Comuni', 'Convenzione tra Comuni', 'Altro']);
    expect(form.getDropdown('ambito').getOptions()).toEqual(['Personale e organizzazione', 'Progetti e politiche di coesione']);
    const labs = form.getDropdown('laboratorio');
    expect(labs.getOptions()).toHaveLength(12);
    expect(labs.getOptions()).toContain('PC-3 Procedure e affidamenti');
    expect(labs.getOptions()).toContain('PO-1 Attrattività del lavoro pubblico');
    expect(labs.isEditable()).toBe(true);
    expect(form.getTextField('fabbisogni').isMultiline()).toBe(true);
  });

  it('is A4 and titled in Italian', async () => {
    const doc = await PDFDocument.load(await buildFormPdf(DEFAULT_CATALOG));
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    expect(doc.getTitle()).toBe('Modulo di richiesta — Capacity Lab Cap4City');
  });

  it('builds the same bytes twice (fixtures are deterministic)', async () => {
    const [a, b] = await Promise.all([buildFormPdf(DEFAULT_CATALOG), buildFormPdf(DEFAULT_CATALOG)]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('takes its lab options from the catalogue it is given', async () => {
    const bytes = await buildFormPdf({ labs: [{ code: 'PO-9', area: 'PO', title: 'Laboratorio di prova' }] });
    const form = (await PDFDocument.load(bytes)).getForm();
    expect(form.getDropdown('laboratorio_2').getOptions()).toEqual(['PO-9 Laboratorio di prova']);
  });
});

describe('fillFormPdf', () => {
  it('reads back every value it filled in', async () => {
    const values = await readFields(await fillFormPdf(FILLED));
    for (const name of FORM_FIELDS) {
      const expected = FILLED[name] ?? ((CHECKBOX_FIELDS as readonly string[]).includes(name) ? false : '');
      expect(values[name], name).toEqual(expected);
    }
  });

  it('replaces characters Helvetica cannot encode instead of throwing', async () => {
    const values = await readFields(await fillFormPdf({ comune: 'Bari 😀', referente_nome: 'Ольга' }));
    expect(values.comune).toBe('Bari ?');
    expect(values.referente_nome).toBe('?????');
  });

  it('flattens into a printed PDF without fields', async () => {
    const doc = await PDFDocument.load(await fillFormPdf(FILLED, { flatten: true }));
    expect(doc.getForm().getFields()).toHaveLength(0);
    expect(doc.getPageCount()).toBe(2);
  });
});
