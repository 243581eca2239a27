import type { Catalog } from '../normalize/catalog.ts';
import { readEmail } from '../normalize/contact-values.ts';
import { boundedEditDistance } from '../normalize/edit-distance.ts';
import { matchLab } from '../normalize/match-lab.ts';
import type { FormFieldName, LabRequest } from '../types.ts';
import type { OcrFieldsReading } from './ocr-fields.ts';

/** The fields a request cannot be routed without: read from a scan, a person confirms them unless all is sure. */
export const OCR_KEY_FIELDS = ['comune', 'laboratorio', 'referente_email'] as const satisfies readonly FormFieldName[];
export type OcrKeyField = (typeof OCR_KEY_FIELDS)[number];

export const DEFAULT_OCR_CONFIDENCE_THRESHOLD = 80;

export type OcrDoubt = 'missing' | 'low-confidence' | 'not-matched' | 'suspect';

export interface OcrFieldCheck {
  field: OcrKeyField;
  /** As read (after OCR repairs), before normalisation. */
  value: string | null;
  confidence: number;
  /** Below the threshold or not recognised: shown highlighted for the secretariat, never taken as sure. */
  flagged: boolean;
  doubt: OcrDoubt | null;
}

export interface KeyFieldContext {
  catalog: Catalog;
  threshold: number;
  /** The sender's address: a contact address one or two letters away from its domain is an OCR slip. */
  senderEmail: string | null;
}

/** Judges each key field read from a scan: confident, recognised, and consistent with the request it produced. */
export function checkOcrKeyFields(reading: Pick<OcrFieldsReading, 'fields' | 'confidence'>, request: LabRequest, context: KeyFieldContext): OcrFieldCheck[] {
  return OCR_KEY_FIELDS.map((field) => {
    const raw = reading.fields[field];
    const value = typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : null;
    const confidence = value === null ? 0 : (reading.confidence[field] ?? 0);
    const doubt = value === null ? 'missing' : (recognitionDoubt(field, value, request, context) ?? (confidence < context.threshold ? 'low-confidence' : null));
    return { field, value, confidence, flagged: doubt !== null, doubt };
  });
}

function recognitionDoubt(field: OcrKeyField, value: string, request: LabRequest, context: KeyFieldContext): OcrDoubt | null {
  switch (field) {
    case 'comune':
      return request.comune.match === 'exact' ? null : 'not-matched';
    case 'laboratorio':
      return matchLab(value, context.catalog).match === 'exact' ? null : 'not-matched';
    case 'referente_email': {
      const email = readEmail(value);
      if (!email || email !== request.contact.email) return 'not-matched';
      return isNearMissDomain(email, context.senderEmail) ? 'suspect' : null;
    }
  }
}

/** "cornune.matera.it" for a sender at "comune.matera.it": the same domain, misread. */
function isNearMissDomain(email: string, senderEmail: string | null): boolean {
  const domain = email.split('@')[1] ?? '';
  const senderDomain = senderEmail?.toLowerCase().split('@')[1] ?? '';
  if (!domain || !senderDomain || domain === senderDomain || domain.endsWith(`.${senderDomain}`) || senderDomain.endsWith(`.${domain}`)) return false;
  return boundedEditDistance(domain, senderDomain, 2) <= 2;
}
