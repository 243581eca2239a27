import type { Catalog } from '../normalize/catalog.ts';
import { readEmail } from '../normalize/contact-values.ts';
import { boundedEditDistance } from '../normalize/edit-distance.ts';
import { compactKey, foldText } from '../normalize/fold-text.ts';
import { matchLab } from '../normalize/match-lab.ts';
import type { FormFieldName, FormFields, LabRequest } from '../types.ts';
import { judgeLocalPart } from './contact-consistency.ts';
import type { OcrFieldsReading } from './ocr-fields.ts';

/** The fields a request cannot be routed without: read from a scan, a person confirms them unless all is sure. */
export const OCR_KEY_FIELDS = ['comune', 'laboratorio', 'referente_email'] as const satisfies readonly FormFieldName[];
export type OcrKeyField = (typeof OCR_KEY_FIELDS)[number];

export const DEFAULT_OCR_CONFIDENCE_THRESHOLD = 80;

/**
 * Why a key field waits for a person: not read; read with low confidence; not found in the ISTAT list or the
 * catalogue; at odds with the rest of the form (a province or ISTAT code of another Comune, an address one letter
 * away from the contact's name or the Comune's domain); or changed by an OCR repair ("1PO-3" → "PO-3").
 */
export type OcrDoubt = 'missing' | 'low-confidence' | 'not-matched' | 'suspect' | 'repaired';

export interface OcrFieldCheck {
  field: OcrKeyField;
  /** As read (after OCR repairs), before normalisation. */
  value: string | null;
  /** 0–100; a field in doubt is always below the threshold. */
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

/**
 * Judges each key field read from a scan: confident, recognised (the ISTAT list, the catalogue), consistent with the
 * rest of the form and the request it produced, and not changed by a repair. A field in doubt is flagged for the
 * secretariat and its confidence kept below the threshold, whatever the OCR engine said of its words.
 */
export function checkOcrKeyFields(reading: Pick<OcrFieldsReading, 'fields' | 'confidence'> & Partial<Pick<OcrFieldsReading, 'repaired'>>, request: LabRequest, context: KeyFieldContext): OcrFieldCheck[] {
  return OCR_KEY_FIELDS.map((field) => {
    const raw = reading.fields[field];
    const value = typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : null;
    const read = value === null ? 0 : (reading.confidence[field] ?? 0);
    const doubt =
      value === null
        ? 'missing'
        : (recognitionDoubt(field, value, reading.fields, request, context) ?? (reading.repaired?.includes(field) ? 'repaired' : null) ?? (read < context.threshold ? 'low-confidence' : null));
    const confidence = doubt === null ? read : Math.max(0, Math.min(read, context.threshold - 1));
    return { field, value, confidence, flagged: doubt !== null, doubt };
  });
}

function recognitionDoubt(field: OcrKeyField, value: string, fields: FormFields, request: LabRequest, context: KeyFieldContext): OcrDoubt | null {
  switch (field) {
    case 'comune':
      if (request.comune.match !== 'exact') return 'not-matched';
      return contradictsComune(fields, request) ? 'suspect' : null;
    case 'laboratorio': {
      const lab = matchLab(value, context.catalog);
      if (lab.match !== 'exact') return 'not-matched';
      return contradictsArea(fields.ambito, lab.labs[0]?.code ?? null) ? 'suspect' : null;
    }
    case 'referente_email': {
      const email = readEmail(value);
      if (!email || email !== request.contact.email) return 'not-matched';
      return isSuspectAddress(email, fields, request, context.senderEmail) ? 'suspect' : null;
    }
  }
}

/** A province or an ISTAT code read on the form that belongs to another Comune than the one found. */
function contradictsComune(fields: FormFields, request: LabRequest): boolean {
  const province = typeof fields.provincia === 'string' ? fields.provincia.trim().toUpperCase() : '';
  const istat = typeof fields.codice_istat === 'string' ? fields.codice_istat.trim() : '';
  if (/^[A-Z]{2}$/.test(province) && request.comune.province && province !== request.comune.province) return true;
  return /^\d{6}$/.test(istat) && request.comune.istat !== null && istat !== request.comune.istat;
}

/** The area ticked or written ("Personale e organizzazione") is not the first lab's. */
function contradictsArea(area: FormFields['ambito'], code: string | null): boolean {
  if (typeof area !== 'string' || !code) return false;
  const folded = foldText(area);
  const written = /personale|organizzazione/.test(folded) ? 'PO' : /progett|coesione/.test(folded) ? 'PC' : null;
  return written !== null && !/(personale|organizzazione).*(progett|coesione)|(progett|coesione).*(personale|organizzazione)/.test(folded) && !code.startsWith(written);
}

/**
 * An address that the rest of the form says was misread: its local part one letter away from the contact's name
 * or with a border's trace in front of it; its domain one or two letters away from the sender's, the entity's PEC
 * domain or the Comune's name ("cornune.matera.it", "comune.catanzar0.it").
 */
function isSuspectAddress(email: string, fields: FormFields, request: LabRequest, senderEmail: string | null): boolean {
  const [local = '', domain = ''] = email.split('@');
  const name = typeof fields.referente_nome === 'string' ? fields.referente_nome : request.contact.name;
  if (judgeLocalPart(local, name).kind === 'near-miss') return true;
  const pec = typeof fields.pec_ente === 'string' ? readEmail(fields.pec_ente) : request.entityPec;
  const domains = [senderEmail, pec].map((address) => address?.toLowerCase().split('@')[1] ?? '').filter((other) => other !== '');
  if (domains.some((other) => isNearMissDomain(domain, other))) return true;
  return request.comune.name !== null && isNearMissOfName(domain, request.comune.name);
}

/** "cornune.matera.it" for one at "comune.matera.it" (or its "pec." sibling): the same domain, misread. */
function isNearMissDomain(domain: string, other: string): boolean {
  const bare = other.replace(/^(?:pec|cert|postacert|legalmail)\./, '');
  for (const reference of new Set([other, bare])) {
    if (domain === reference || domain.endsWith(`.${reference}`) || reference.endsWith(`.${domain}`)) return false;
  }
  return [other, bare].some((reference) => boundedEditDistance(domain, reference, 2) <= 2);
}

/** A part of the domain one or two letters away from the Comune's name ("catanzar0" for Catanzaro). */
function isNearMissOfName(domain: string, comune: string): boolean {
  const key = compactKey(comune);
  if (key.length < 5) return false;
  const parts = domain.split(/[.-]/);
  if (parts.some((part) => part === key || part.includes(key))) return false;
  return parts.some((part) => part.length >= 4 && boundedEditDistance(part, key, key.length >= 8 ? 2 : 1) <= (key.length >= 8 ? 2 : 1));
}
