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

const FIELD_NAMES: Record<string, string> = {
  comune: 'Comune',
  labs: 'laboratorio',
  'contact.name': 'nome del referente',
  'contact.email': 'e-mail del referente',
};
const SOURCE_NAMES: Record<string, string> = {
  document: 'nominato nel testo del documento',
  'lab-section': 'sotto un titolo sul laboratorio',
  'checked-row': 'riga spuntata di una tabella',
  letterhead: 'dall’intestazione',
  'sender-domain': 'dal dominio del mittente',
  sender: 'dall’indirizzo del mittente',
  prose: 'ricavato dal testo libero',
  label: 'accanto alla sua etichetta',
  'label-later': 'da un’etichetta ripetuta più avanti',
  'form-field': 'campo del modulo compilabile',
  'istat-code': 'dal codice ISTAT',
};

/** "labs (document, 0.65)" → "laboratorio (nominato nel testo del documento, affidabilità 65%)". */
function uncertainReadingInItalian(detail: string): string {
  const parsed = /^([\w.]+) \(([\w-]+), ([\d.]+)\)$/.exec(detail);
  if (!parsed) return detail;
  const [, field = '', source = '', confidence = '0'] = parsed;
  return `${FIELD_NAMES[field] ?? field} (${SOURCE_NAMES[source] ?? source}, affidabilità ${Math.round(Number(confidence) * 100)}%)`;
}

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
    const shown = code === 'low-confidence' ? uncertainReadingInItalian(detail) : detail;
    reasons.push(shown ? `${label}: ${shown}` : label);
  }
  return [...new Set(reasons)];
}
