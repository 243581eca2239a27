import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMissing } from '../../../src/core/validate-request.ts';
import { parseCatalog } from '../../../src/core/normalize/catalog.ts';
import { normalizeRequest } from '../../../src/core/normalize/normalize-request.ts';
import type { LabRequest } from '../../../src/core/types.ts';

const complete: LabRequest = {
  comune: { name: 'Matera', istat: '077014', province: 'MT', region: 'Basilicata', match: 'exact' },
  partnership: 'single',
  otherComuni: [],
  entityPec: null,
  contact: { name: 'Anna Verdi', role: null, email: 'a.verdi@comune.matera.it', phone: null },
  area: 'PO',
  labs: [{ code: 'PO-4', title: 'PIAO e programmazione delle assunzioni' }],
  needs: 'Redigere il PIAO 2026-2028.',
  cup: [],
  audience: [],
  participants: null,
  days: null,
  preferredPeriod: null,
  venue: null,
  privacyConsent: true,
};

describe('findMissing', () => {
  it('finds nothing missing in a complete request', () => {
    expect(findMissing(complete)).toEqual([]);
  });

  it('lists every required path, in the order of FORM.md', () => {
    const empty: LabRequest = {
      ...complete,
      comune: { name: null, istat: null, province: null, region: null, match: 'none' },
      contact: { name: null, role: 'Segretario', email: null, phone: null },
      labs: [],
      needs: null,
    };
    expect(findMissing(empty)).toEqual(['request.comune', 'request.contact.name', 'request.contact.email', 'request.labs', 'request.needs']);
  });

  it('does not count an unmatched or ambiguous Comune as missing', () => {
    expect(findMissing({ ...complete, comune: { name: 'Xyzzy', istat: null, province: null, region: null, match: 'none' } })).toEqual([]);
    expect(findMissing({ ...complete, comune: { name: 'Castro', istat: null, province: null, region: null, match: 'ambiguous' } })).toEqual([]);
  });

  it('works on the output of normalizeRequest', () => {
    const catalog = parseCatalog(readFileSync(new URL('../../../config/catalog.yaml', import.meta.url), 'utf8'));
    const { request } = normalizeRequest({ comune: 'Matera', laboratorio: 'boh', privacy: true }, { catalog, senderEmail: 'a@comune.matera.it' });
    expect(findMissing(request)).toEqual(['request.contact.name', 'request.labs', 'request.needs']);
  });
});
