// Where a resolved field came from, and how far the parser trusts it. A field is resolved from candidates (the values
// written beside its labels, ticked rows, catalogue names or letterheads found in the document, the sender) tried
// from the most to the least trustworthy source; the first that its registry accepts is chosen.

export type EvidenceSource =
  /** An AcroForm field of the official fillable PDF. */
  | 'form-field'
  /** The value beside a label (or in the label's table cell) that maps onto the field. */
  | 'label'
  /** A later value written for the same label, after the first failed its registry (a title that looks like a field). */
  | 'label-later'
  /** Guessed from sentences of a letter. */
  | 'prose'
  /** A ticked row of a catalogue table or list. */
  | 'checked-row'
  /** A catalogue name or code alone on a row of the part of the document that is about the lab. */
  | 'lab-section'
  /** A catalogue name or code somewhere else in the document. */
  | 'document'
  /** A letterhead line such as "COMUNE DI MATERA". */
  | 'letterhead'
  /** The ISTAT code written in the form. */
  | 'istat-code'
  /** The sender's mail domain (comune.matera.it). */
  | 'sender-domain'
  /** The sender's address. */
  | 'sender';

export interface FieldChoice {
  source: EvidenceSource;
  /** 0–1: below LOW_CONFIDENCE a person checks the value before anything is done with it. */
  confidence: number;
}

/** The fields whose choice is recorded, as named in `sources` of the parse contract. */
export type ResolvedField = 'comune' | 'labs' | 'contact.name' | 'contact.email' | 'participants' | 'days';
export type FieldSources = Partial<Record<ResolvedField, FieldChoice>>;

export const LOW_CONFIDENCE = 0.7;

/** How much a registry match level adds to its source: a value the registry knows exactly is worth more than a near one. */
export function choiceOf(source: EvidenceSource, exact: boolean): FieldChoice {
  const base = SOURCE_CONFIDENCE[source];
  return { source, confidence: Math.round((exact ? base : base - 0.1) * 100) / 100 };
}

const SOURCE_CONFIDENCE: Record<EvidenceSource, number> = {
  'form-field': 0.98,
  label: 0.95,
  'label-later': 0.9,
  'checked-row': 0.9,
  prose: 0.85,
  'lab-section': 0.8,
  'istat-code': 0.9,
  letterhead: 0.8,
  'sender-domain': 0.75,
  sender: 0.75,
  document: 0.65,
};

/** `low-confidence: labs (document, 0.65)` for each field a person should check: such a request goes to review. */
export function lowConfidenceWarnings(sources: FieldSources): string[] {
  return Object.entries(sources)
    .filter(([, choice]) => choice.confidence < LOW_CONFIDENCE)
    .map(([field, choice]) => `low-confidence: ${field} (${choice.source}, ${choice.confidence})`);
}
