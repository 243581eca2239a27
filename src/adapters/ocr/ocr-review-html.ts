import type { RequestEvent } from '../db/request-events-repo.ts';
import { html, type SafeHtml } from '../http/html.ts';
import { FORM_SECTIONS } from '../../core/form/form-layout.ts';

interface OcrEventDetails {
  filename?: string | null;
  threshold?: number;
  fields?: Record<string, { value: string | boolean; confidence: number | null }>;
  keyFields?: Array<{ field: string; flagged: boolean; doubt: string | null; confidence: number }>;
  pages?: number;
}

const LABELS: ReadonlyMap<string, string> = new Map(FORM_SECTIONS.flatMap((section) => section.fields.map((field) => [field.name, field.label] as const)));
const DOUBTS: Readonly<Record<string, string>> = {
  missing: 'non letto',
  'low-confidence': 'lettura incerta',
  'not-matched': 'non riconosciuto',
  suspect: 'non coerente con il resto del modulo',
  repaired: 'corretto automaticamente',
};

/**
 * The values OCR read from the scanned form, beside an image of its first page: key fields below the confidence
 * threshold are highlighted for the secretariat to confirm or correct ("Correggi un dato", then "Approva").
 */
export function renderOcrReview(code: string, events: readonly RequestEvent[]): SafeHtml {
  const event = [...events].reverse().find((candidate) => candidate.type === 'ocr-completed');
  if (!event) return html``;
  const details = (event.details ?? {}) as OcrEventDetails;
  const keyChecks = new Map((details.keyFields ?? []).map((check) => [check.field, check]));
  const rows = Object.entries(details.fields ?? {}).map(([name, read]) => {
    const check = keyChecks.get(name);
    const flagged = check?.flagged ?? false;
    const value = typeof read.value === 'boolean' ? (read.value ? 'sì' : 'no') : read.value;
    // a key field in doubt shows the confidence its check left it with: below the threshold
    const confidence = check ? check.confidence : read.confidence;
    return html`<tr class="${flagged ? 'ocr-flagged' : ''}"><th scope="row">${LABELS.get(name) ?? name}${check ? ' *' : ''}</th><td>${flagged ? html`<mark>${value}</mark>` : value}</td><td class="num">${confidence ?? '—'}</td><td>${flagged ? html`<strong>da verificare</strong> (${DOUBTS[check?.doubt ?? ''] ?? check?.doubt})` : ''}</td></tr>`;
  });
  const missingKeys = [...keyChecks.values()].filter((check) => check.doubt === 'missing');
  return html`<section class="card ocr-review">
  <h2>Modulo scansionato: valori letti con OCR</h2>
  <p class="muted">Letti da ${details.filename ?? 'scansione'}${details.pages ? ` (${details.pages} pag.)` : ''}. I valori non sono mai considerati certi: confrontarli con l'immagine, correggere con «Correggi un dato» e poi approvare. Soglia di confidenza: ${details.threshold ?? '—'}; * = dato chiave.</p>
  <div class="ocr-side-by-side">
    <a href="/richieste/${code}/scansione.png" target="_blank"><img src="/richieste/${code}/scansione.png" alt="Prima pagina del modulo scansionato" width="420"></a>
    <table class="ocr-values">
      <thead><tr><th>Campo</th><th>Valore letto</th><th>Confidenza</th><th></th></tr></thead>
      <tbody>${rows}${missingKeys.map((check) => html`<tr class="ocr-flagged"><th scope="row">${LABELS.get(check.field) ?? check.field} *</th><td><mark>—</mark></td><td class="num">0</td><td><strong>da verificare</strong> (non letto)</td></tr>`)}</tbody>
    </table>
  </div>
</section>`;
}
