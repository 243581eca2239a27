import { describe, expect, it } from 'vitest';
import { chooseBestForm, formScore } from '../../../src/core/extract-form/choose-form.ts';
import type { ExtractedForm, FormFields } from '../../../src/core/types.ts';

const form = (source: ExtractedForm['source'], fields: FormFields, filename: string | null = null): ExtractedForm => ({ source, filename, fields, warnings: [] });

describe('formScore', () => {
  it('weighs required fields more than optional ones and ignores empty values', () => {
    expect(formScore(form('body', { comune: 'Bari' }))).toBeGreaterThan(formScore(form('body', { provincia: 'BA' })));
    expect(formScore(form('body', { comune: '  ', dest_team: false }))).toBe(0);
  });
});

describe('chooseBestForm', () => {
  it('picks the candidate holding most of the request', () => {
    const body = form('body', { comune: 'Bari', referente_email: 'a@b.it' });
    const pdf = form('pdf-form', { comune: 'Bari', referente_nome: 'Mario Rossi', laboratorio: 'PIAO', fabbisogni: 'Formazione' }, 'modulo.pdf');
    expect(chooseBestForm([body, pdf])).toBe(pdf);
  });

  it('prefers an attachment over the body at equal score', () => {
    const body = form('body', { comune: 'Bari' });
    const docx = form('docx', { comune: 'Bari' }, 'modulo.docx');
    expect(chooseBestForm([body, docx])).toBe(docx);
    expect(chooseBestForm([docx, body])).toBe(docx);
  });

  it('returns null when no candidate holds a meaningful field', () => {
    expect(chooseBestForm([])).toBeNull();
    expect(chooseBestForm([form('body', { privacy: true, dest_team: true }), form('xlsx', {})])).toBeNull();
  });
});
