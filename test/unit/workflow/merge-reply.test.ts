import { describe, expect, it } from 'vitest';
import type { LabRequest } from '../../../src/core/types.ts';
import { mergeRequestFields } from '../../../src/core/workflow/merge-reply.ts';

function labRequest(overrides: Partial<LabRequest> = {}): LabRequest {
  return {
    comune: { name: 'Altamura', istat: '072004', province: 'BA', region: 'Puglia', match: 'exact' },
    partnership: 'single',
    otherComuni: [],
    entityPec: 'protocollo@pec.comune.altamura.ba.it',
    contact: { name: 'Maria Rossi', role: 'Segretaria generale', email: null, phone: null },
    area: 'PC',
    labs: [{ code: 'PC-3', title: 'Procedure e appalti' }],
    needs: null,
    cup: ['B11H22000130006'],
    audience: ['segretari'],
    participants: null,
    days: null,
    preferredPeriod: null,
    venue: null,
    privacyConsent: null,
    ...overrides,
  };
}

const empty = (): LabRequest =>
  labRequest({
    comune: { name: null, istat: null, province: null, region: null, match: 'none' },
    partnership: null,
    entityPec: null,
    contact: { name: null, role: null, email: null, phone: null },
    area: null,
    labs: [],
    cup: [],
    audience: [],
  });

describe('mergeRequestFields', () => {
  it('fills what was missing and reports the paths as `missing` names them', () => {
    const update = { ...empty(), contact: { name: null, role: null, email: 'm.rossi@comune.altamura.ba.it', phone: '080 1234567' }, needs: 'Ridurre i tempi delle gare.' };
    const { merged, changed } = mergeRequestFields(labRequest(), update);
    expect(merged.contact).toEqual({ name: 'Maria Rossi', role: 'Segretaria generale', email: 'm.rossi@comune.altamura.ba.it', phone: '080 1234567' });
    expect(merged.needs).toBe('Ridurre i tempi delle gare.');
    expect(changed.sort()).toEqual(['request.contact.email', 'request.contact.phone', 'request.needs']);
  });

  it('keeps filled fields: a reply does not overwrite what the form said', () => {
    const update = labRequest({ contact: { name: 'Giovanni Verdi', role: null, email: null, phone: null }, area: 'PO', needs: '' });
    const { merged, changed } = mergeRequestFields(labRequest({ needs: 'Formazione RUP' }), update);
    expect(merged.contact.name).toBe('Maria Rossi');
    expect(merged.area).toBe('PC');
    expect(merged.needs).toBe('Formazione RUP');
    expect(changed).toEqual([]);
  });

  it('unions lists without duplicates, previous items first', () => {
    const update = labRequest({
      labs: [{ code: 'PC-3', title: 'Procedure e appalti' }, { code: 'PC-4', title: 'Project management' }],
      cup: ['b11h22000130006', 'C12D23000010001'],
      audience: ['team', 'segretari'],
      otherComuni: ['Gravina in Puglia'],
    });
    const { merged, changed } = mergeRequestFields(labRequest(), update);
    expect(merged.labs.map((l) => l.code)).toEqual(['PC-3', 'PC-4']);
    expect(merged.cup).toEqual(['B11H22000130006', 'C12D23000010001']);
    expect(merged.audience).toEqual(['segretari', 'team']);
    expect(merged.otherComuni).toEqual(['Gravina in Puglia']);
    expect(changed.sort()).toEqual(['request.audience', 'request.cup', 'request.labs', 'request.otherComuni']);
  });

  it('takes the Comune from the reply only when the previous one was not found or ambiguous', () => {
    const found = labRequest().comune;
    const previous = labRequest({ comune: { name: 'Castro', istat: null, province: null, region: null, match: 'ambiguous' } });
    expect(mergeRequestFields(previous, labRequest()).merged.comune).toEqual(found);
    expect(mergeRequestFields(previous, labRequest()).changed).toContain('request.comune');
    const other = labRequest({ comune: { name: 'Bari', istat: '072006', province: 'BA', region: 'Puglia', match: 'exact' } });
    expect(mergeRequestFields(labRequest(), other).merged.comune).toEqual(found);
    expect(mergeRequestFields(empty(), empty()).changed).toEqual([]);
  });

  it('accepts privacy consent given in the reply, never withdraws it', () => {
    expect(mergeRequestFields(labRequest({ privacyConsent: false }), labRequest({ privacyConsent: true })).merged.privacyConsent).toBe(true);
    expect(mergeRequestFields(labRequest({ privacyConsent: true }), labRequest({ privacyConsent: false })).merged.privacyConsent).toBe(true);
  });

  it('does not mutate its inputs', () => {
    const previous = labRequest();
    const snapshot = structuredClone(previous);
    mergeRequestFields(previous, labRequest({ needs: 'x', labs: [{ code: 'PC-1', title: 'Pipeline' }] }));
    expect(previous).toEqual(snapshot);
  });
});
