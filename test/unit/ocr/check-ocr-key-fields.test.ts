import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../../src/core/normalize/catalog.ts';
import { normalizeRequest } from '../../../src/core/normalize/normalize-request.ts';
import { applyOcrReading, settleOcrReading } from '../../../src/core/ocr/apply-ocr-reading.ts';
import { checkOcrKeyFields } from '../../../src/core/ocr/check-ocr-key-fields.ts';
import type { OcrFieldsReading } from '../../../src/core/ocr/ocr-fields.ts';
import { emptyLabRequest } from '../../../src/core/parse-message.ts';
import type { FormFields, ParsedMessage } from '../../../src/core/types.ts';

const catalog = parseCatalog(readFileSync(new URL('../../../config/catalog.yaml', import.meta.url), 'utf8'));
const SURE: FormFields = { comune: 'Matera', laboratorio: 'PC-3 Procedure e affidamenti', referente_email: 'anna.lorusso@comune.matera.it', referente_nome: 'Anna Lorusso', fabbisogni: 'Affidamenti sotto soglia.' };

function reading(fields: FormFields, confidence: Partial<Record<keyof FormFields, number>> = {}, repaired: OcrFieldsReading['repaired'] = []): OcrFieldsReading {
  return { fields, confidence: { comune: 95, laboratorio: 90, referente_email: 90, ...confidence }, text: '', pageConfidence: 90, repaired };
}

function check(fields: FormFields, confidence: Partial<Record<keyof FormFields, number>> = {}, senderEmail: string | null = 'protocollo@comune.matera.it') {
  const read = reading(fields, confidence);
  const request = normalizeRequest(read.fields, { catalog, senderEmail }).request;
  return Object.fromEntries(checkOcrKeyFields(read, request, { catalog, threshold: 80, senderEmail }).map((c) => [c.field, c.flagged ? c.doubt : 'ok']));
}

describe('checkOcrKeyFields: Comune, lab and contact e-mail read from a scan', () => {
  it('takes nothing as sure below the threshold', () => {
    expect(check(SURE)).toEqual({ comune: 'ok', laboratorio: 'ok', referente_email: 'ok' });
    expect(check(SURE, { comune: 79, referente_email: 62 })).toEqual({ comune: 'low-confidence', laboratorio: 'ok', referente_email: 'low-confidence' });
  });

  it('flags values that are confident but not recognised: a Comune with a typo, a lab code and title that disagree, a broken address', () => {
    expect(check({ ...SURE, comune: 'Matena' }).comune).toBe('not-matched');
    expect(check({ ...SURE, laboratorio: 'PC-3 Reclutamento' }).laboratorio).toBe('not-matched');
    expect(check({ ...SURE, referente_email: 'anna.lorusso@comune' }).referente_email).toBe('not-matched');
  });

  it('flags an address one letter away from the sender\'s domain (rn read for m)', () => {
    expect(check({ ...SURE, referente_email: 'anna.lorusso@cornune.matera.it' }).referente_email).toBe('suspect');
    expect(check({ ...SURE, referente_email: 'anna.lorusso@gmail.com' }).referente_email).toBe('ok');
  });

  it('flags a key field that was not read at all', () => {
    expect(check({ comune: 'Matera', fabbisogni: 'x' })).toEqual({ comune: 'ok', laboratorio: 'missing', referente_email: 'missing' });
  });
});

describe('applyOcrReading: a parsed message whose form was a scan', () => {
  const parsed: ParsedMessage = {
    schema: 1,
    kind: 'request',
    reason: null,
    sources: {},
    message: { messageId: '<m@x>', from: 'protocollo@comune.matera.it', subject: 'Richiesta', date: null },
    pec: null,
    form: { source: 'body', filename: null, signature: null },
    request: { ...emptyLabRequest(), contact: { name: null, role: null, email: 'protocollo@comune.matera.it', phone: '0835 241111' } },
    missing: ['request.comune', 'request.contact.name', 'request.labs', 'request.needs'],
    warnings: ['scanned-document: modulo.pdf', 'contact-email-from-sender: protocollo@comune.matera.it'],
  };

  it('takes the scan\'s values first, keeps what the mail added, and says which key fields a person must confirm', () => {
    const applied = applyOcrReading(parsed, { filename: 'modulo.pdf', signature: null, reading: reading(SURE, { referente_email: 70 }), warnings: [] }, { catalog, threshold: 80 });
    expect(applied.parsed.form).toEqual({ source: 'ocr', filename: 'modulo.pdf', signature: null });
    expect(applied.parsed.request.comune).toMatchObject({ name: 'Matera', istat: '077014', match: 'exact' });
    expect(applied.parsed.request.labs).toEqual([{ code: 'PC-3', title: 'Procedure e affidamenti' }]);
    expect(applied.parsed.request.contact).toMatchObject({ name: 'Anna Lorusso', email: 'anna.lorusso@comune.matera.it', phone: '0835 241111' });
    expect(applied.parsed.missing).toEqual([]);
    expect(applied.parsed.warnings).toContain('scanned-document: modulo.pdf');
    expect(applied.parsed.warnings).toContain('ocr-uncertain: referente_email (low-confidence, 70)');
    expect(applied.parsed.warnings.some((w) => w.startsWith('contact-email-from-sender'))).toBe(false);
    expect(applied.checks.filter((c) => c.flagged).map((c) => c.field)).toEqual(['referente_email']);
  });

  it('changes nothing but a warning when the scan held nothing readable', () => {
    const applied = applyOcrReading(parsed, { filename: 'foto.jpg', signature: null, reading: reading({}), warnings: ['ocr-timeout: foto.jpg page 1 after 60000 ms'] }, { catalog, threshold: 80 });
    expect(applied.parsed.request).toEqual(parsed.request);
    expect(applied.parsed.form?.source).toBe('body');
    expect(applied.parsed.warnings).toEqual([...parsed.warnings, 'ocr-timeout: foto.jpg page 1 after 60000 ms', 'ocr-unreadable: foto.jpg']);
  });

  it('settles into a stored request as the OCR job does: the scan first, the guesses gone, OCR\'s warnings from this reading only', () => {
    const read = applyOcrReading(parsed, { filename: 'modulo.pdf', signature: null, reading: reading(SURE, {}, ['referente_email']), warnings: [] }, { catalog, threshold: 80 }).parsed;
    const before = { request: parsed.request, warnings: [...parsed.warnings, 'ocr-uncertain: comune (missing, 0)', 'sender-unverified: spf'] };
    const settled = settleOcrReading(before, read);
    expect(settled.applied).toBe(true);
    expect(settled.request.contact).toMatchObject({ name: 'Anna Lorusso', email: 'anna.lorusso@comune.matera.it', phone: '0835 241111' });
    expect(settled.missing).toEqual([]);
    expect(settled.warnings).toEqual(['scanned-document: modulo.pdf', 'sender-unverified: spf', 'ocr-uncertain: referente_email (repaired, 79)']);

    const unreadable = applyOcrReading(parsed, { filename: 'foto.jpg', signature: null, reading: reading({}), warnings: [] }, { catalog, threshold: 80 }).parsed;
    expect(settleOcrReading(before, unreadable)).toEqual({ request: parsed.request, missing: parsed.missing, warnings: [...parsed.warnings, 'sender-unverified: spf', 'ocr-unreadable: foto.jpg'], applied: false });
  });
});
