// The shapes shared by the pure core. The JSON contract of `parse --json` (schema 1) is ParsedMessage.

/** AcroForm field names of the official form; every other layout is mapped onto them. */
export const FORM_FIELDS = [
  'comune',
  'provincia',
  'codice_istat',
  'forma',
  'altri_comuni',
  'pec_ente',
  'referente_nome',
  'referente_ruolo',
  'referente_email',
  'referente_telefono',
  'ambito',
  'laboratorio',
  'laboratorio_2',
  'fabbisogni',
  'cup',
  'dest_amministratori',
  'dest_segretari',
  'dest_dirigenti',
  'dest_team',
  'partecipanti',
  'giornate',
  'periodo',
  'sede',
  'privacy',
  'luogo_data',
  'firmatario',
] as const;
export type FormFieldName = (typeof FORM_FIELDS)[number];

export const CHECKBOX_FIELDS = [
  'dest_amministratori',
  'dest_segretari',
  'dest_dirigenti',
  'dest_team',
  'privacy',
] as const satisfies readonly FormFieldName[];
export type CheckboxFieldName = (typeof CHECKBOX_FIELDS)[number];

/** Raw values read from a form: text fields as trimmed strings, checkboxes as booleans. */
export type FormFields = Partial<Record<FormFieldName, string | boolean>>;

export type FormSource = 'pdf-form' | 'pdf-text' | 'docx' | 'odt' | 'xlsx' | 'body' | 'ocr';

/** A document (attachment or unwrapped payload) as the extractors receive it. */
export interface DocumentInput {
  filename: string | null;
  /** Declared MIME type; never trusted on its own. */
  contentType: string | null;
  content: Buffer;
}

export interface SignatureInfo {
  type: 'cades' | 'pades';
  signer: string | null;
  taxCode: string | null;
}

/** Every text value read for a field, in document order: the first is the one in `fields`. */
export type FieldCandidates = Partial<Record<FormFieldName, string[]>>;

/**
 * What a document shows besides its first reading of each field: the other values written for a field (a title
 * line that looks like "Laboratorio: …" comes before the real one) and its rows of text, where the catalogue and
 * the registries can still find what no label introduced.
 */
export interface FormEvidence {
  candidates: FieldCandidates;
  /** Lines and table rows (cells), in document order. */
  rows: string[][];
}

/** What one extractor found in one candidate document. */
export interface ExtractedForm {
  source: FormSource;
  filename: string | null;
  fields: FormFields;
  evidence?: FormEvidence;
  /** Warnings as `code: detail` strings, e.g. `scanned-document: modulo.pdf has no text layer`. */
  warnings: string[];
}

export type MessageKind = 'request' | 'reply' | 'automatic' | 'pec-receipt' | 'not-a-request';
export type ComuneMatch = 'exact' | 'fuzzy' | 'ambiguous' | 'none';
export type Partnership = 'single' | 'union' | 'agreement' | 'other';
export type Audience = 'amministratori' | 'segretari' | 'dirigenti' | 'team';
export type AreaCode = 'PO' | 'PC';

export interface ComuneRef {
  name: string | null;
  istat: string | null;
  province: string | null;
  region: string | null;
  match: ComuneMatch;
}

export interface LabRef {
  code: string;
  title: string;
}

export interface LabRequest {
  comune: ComuneRef;
  partnership: Partnership | null;
  otherComuni: string[];
  entityPec: string | null;
  contact: { name: string | null; role: string | null; email: string | null; phone: string | null };
  area: AreaCode | null;
  labs: LabRef[];
  needs: string | null;
  cup: string[];
  audience: Audience[];
  participants: number | null;
  days: number | null;
  preferredPeriod: string | null;
  venue: string | null;
  privacyConsent: boolean | null;
}

export interface PecInfo {
  type: string | null;
  sender: string | null;
  identifier: string | null;
  date: string | null;
}

export interface MessageSummary {
  messageId: string | null;
  from: string | null;
  subject: string | null;
  date: string | null;
}

export interface ParsedMessage {
  schema: 1;
  kind: MessageKind;
  reason: string | null;
  message: MessageSummary;
  pec: PecInfo | null;
  form: { source: FormSource; filename: string | null; signature: SignatureInfo | null } | null;
  request: LabRequest;
  /**
   * Where each key field (`comune`, `labs`, `contact.name`, `contact.email`) was found — `label`, `form-field`,
   * `checked-row`, `letterhead`, `document`, `sender`… — and a confidence from 0 to 1; below 0.7 the request also
   * carries a `low-confidence` warning and waits for review.
   */
  sources: Record<string, { source: string; confidence: number }>;
  missing: string[];
  warnings: string[];
}

/** Required fields, as the dotted paths `missing` lists. */
export const REQUIRED_PATHS = [
  'request.comune',
  'request.contact.name',
  'request.contact.email',
  'request.labs',
  'request.needs',
] as const;
