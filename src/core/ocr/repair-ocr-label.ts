import { mapLabel, normalizeLabel } from '../extract-form/map-label.ts';
import { AUDIENCE_GROUP_LABEL, FORM_SECTIONS } from '../form/form-layout.ts';
import { boundedEditDistance } from '../normalize/edit-distance.ts';

// The labels of the official form, the one form scans are made of; "Label *" marks a required field.
const KNOWN_LABELS: ReadonlyArray<{ normalized: string; label: string }> = [
  ...FORM_SECTIONS.flatMap((section) => section.fields.map((field) => field.label)),
  AUDIENCE_GROUP_LABEL,
].map((label) => ({ normalized: ocrShape(normalizeLabel(label)), label }));

/** Letters OCR takes for one another ("rn"/"m", "1"/"l", "0"/"o", "cl"/"d") written the same way on both sides. */
function ocrShape(normalized: string): string {
  return normalized.replace(/rn/g, 'm').replace(/[1|i]/g, 'l').replace(/0/g, 'o').replace(/cl/g, 'd').replace(/vv/g, 'w');
}

const MAX_LABEL_LENGTH = 60;

// OCR misreads a letter or two in a label ("Cornune richiedente", "E-mai1 del referente"): about one in eight.
function allowedErrors(length: number): number {
  return length < 6 ? 0 : Math.max(1, Math.floor(length / 8));
}

/**
 * The official label an OCR-garbled label stands for ("Cornune richiedente *" → "Comune richiedente"), or null
 * when the text already reads as a label or is nothing like one. Only a single closest label is taken.
 */
export function repairOcrLabel(text: string): string | null {
  if (text.length > MAX_LABEL_LENGTH || mapLabel(text) !== null) return null;
  const normalized = ocrShape(normalizeLabel(text));
  const allowed = allowedErrors(normalized.length);
  if (allowed === 0) return null;
  let best: { label: string; distance: number } | null = null;
  let tied = false;
  for (const known of KNOWN_LABELS) {
    const distance = boundedEditDistance(normalized, known.normalized, allowed);
    if (distance > allowed) continue;
    if (!best || distance < best.distance) {
      best = { label: known.label, distance };
      tied = false;
    } else if (distance === best.distance) {
      tied = true;
    }
  }
  return best && !tied ? best.label : null;
}
