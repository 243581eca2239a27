import { describe, expect, it } from 'vitest';
import { renderOcrReview } from '../../../src/adapters/ocr/ocr-review-html.ts';
import type { RequestEvent } from '../../../src/adapters/db/request-events-repo.ts';

function ocrEvent(details: unknown): RequestEvent {
  return { id: '1', requestId: 'r', type: 'ocr-completed', actor: 'system', details, createdAt: new Date() };
}

describe('renderOcrReview: OCR values beside the page image on the request page', () => {
  it('shows every value with its confidence and highlights the key fields to verify', () => {
    const markup = renderOcrReview('C4C-2026-00001', [
      ocrEvent({
        filename: 'SCAN.pdf',
        threshold: 80,
        pages: 2,
        fields: { comune: { value: 'Matera', confidence: 96 }, referente_email: { value: 'a<b>@comune.matera.it', confidence: 62 }, privacy: { value: true, confidence: null } },
        keyFields: [
          { field: 'comune', flagged: false, doubt: null, confidence: 96 },
          { field: 'laboratorio', flagged: true, doubt: 'missing', confidence: 0 },
          { field: 'referente_email', flagged: true, doubt: 'low-confidence', confidence: 62 },
        ],
      }),
    ]).toString();
    expect(markup).toContain('<img src="/richieste/C4C-2026-00001/scansione.png"');
    expect(markup).toMatch(/<tr class=""><th scope="row">Comune richiedente \*<\/th><td>Matera<\/td><td class="num">96<\/td><td><\/td><\/tr>/);
    expect(markup).toContain('<td><mark>a&lt;b&gt;@comune.matera.it</mark></td><td class="num">62</td><td><strong>da verificare</strong> (lettura incerta)</td>');
    expect(markup).toContain('Laboratorio richiesto (prima scelta) *</th><td><mark>—</mark>');
    expect(markup).toContain('<td>sì</td>');
  });

  it('shows a repaired key field with the confidence its check left it, below the threshold', () => {
    const markup = renderOcrReview('C4C-2026-00002', [
      ocrEvent({
        threshold: 80,
        fields: { referente_email: { value: 'n.rossi@comune.crotone.it', confidence: 88 } },
        keyFields: [{ field: 'referente_email', flagged: true, doubt: 'repaired', confidence: 79 }],
      }),
    ]).toString();
    expect(markup).toContain('<td><mark>n.rossi@comune.crotone.it</mark></td><td class="num">79</td><td><strong>da verificare</strong> (corretto automaticamente)</td>');
  });

  it('shows nothing for a request that was not read with OCR', () => {
    expect(renderOcrReview('C4C-2026-00001', []).toString()).toBe('');
  });
});
