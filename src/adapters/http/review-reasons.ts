import { unreadableAttachmentsIn } from '../../core/message/attachment-unreadable-warning.ts';

// Why a request waits for the secretariat, in Italian, from the warnings that put it in review; the warning's detail
// (a file, a Comune, a lab) follows the label unless it is only technical.
const REASON_LABELS: ReadonlyArray<readonly [code: string, label: string, withDetail: boolean]> = [
  ['scanned-document', 'Modulo scansionato, in lettura con l’OCR', true],
  ['comune-ambiguous', 'Comune ambiguo', true],
  ['comune-not-found', 'Comune non trovato', true],
  ['lab-ambiguous', 'Laboratorio ambiguo', true],
  ['low-confidence', 'Lettura incerta', true],
  ['p7m-unreadable', 'Firma digitale (.p7m) illeggibile', true],
  ['signature-invalid', 'Firma digitale non valida', true],
  ['outside-programme', 'Regione fuori dal programma', true],
  ['sender-not-authenticated', 'Mittente non autenticato', false],
  ['reply-limit-exceeded', 'Limite di risposte automatiche raggiunto: nessuna risposta inviata', false],
];

/**
 * The reasons a request waits in review, one Italian line each, e.g. "Allegato illeggibile: modulo.pdf (protetto
 * da password)" or "Comune ambiguo: Castro (LE), Castro (BG)"; warnings that do not stop a request are left out.
 */
export function reviewReasons(warnings: readonly string[]): string[] {
  const reasons = unreadableAttachmentsIn(warnings).map((file) => `Allegato illeggibile: ${file.filename} (${file.reason})`);
  for (const warning of new Set(warnings)) {
    const separator = warning.indexOf(': ');
    const code = separator < 0 ? warning : warning.slice(0, separator);
    const known = REASON_LABELS.find(([name]) => name === code);
    if (!known) continue;
    const [, label, withDetail] = known;
    const detail = separator < 0 || !withDetail ? '' : warning.slice(separator + 2).trim();
    reasons.push(detail ? `${label}: ${detail}` : label);
  }
  return [...new Set(reasons)];
}
