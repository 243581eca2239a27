import type { FieldCandidates, FormEvidence, FormFieldName, FormFields } from '../types.ts';
import { parseMarkedOptions, splitLeadingX } from './checkbox-marks.ts';
import { audiencesNamed, isAudienceGroupLabel } from './audiences-named.ts';
import { FieldCollector, isCheckboxField, isPrivacyStatement } from './field-collector.ts';
import { mapLabel, normalizeLabel } from './map-label.ts';
import { mapLabelLoosely } from './map-label-loosely.ts';
import { splitLabelValue, type LabelValue } from './split-label-value.ts';

/** A line of text (one cell) or a table row (several cells, empty cells kept so columns line up). */
export interface TextBlock {
  cells: string[];
  /**
   * Set by layouts that know positions: this line continues the value above, either because it sits
   * under the value column or because the line above ran to the right margin (a wrapped line).
   */
  continuation?: 'column' | 'wrap';
  /** Distance from the line above, in font sizes (PDF text only). */
  gapAbove?: number;
}

// A label's value on the next line must sit right under it, not a paragraph away.
const MAX_VALUE_GAP = 2.2;

const FREE_TEXT_FIELDS: ReadonlySet<FormFieldName> = new Set(['fabbisogni', 'altri_comuni']);

// "Voce | Risposta", "Campo | Valore": the heading row of a two-column table names no field.
const COLUMN_HEADING = /^(n|nr|voce|voci|campo|campi|dato|dati|domanda|domande|descrizione|informazione|informazioni|richiesta|risposta|risposte|valore|valori|contenuto|compilazione|da compilare|dati richiesti|dati inseriti|field|value|item|answer)$/;

function endsSentence(value: string | boolean | undefined): boolean {
  return typeof value === 'string' && /[.!?]["»”)]?$/.test(value.trim());
}

function isGroupLabel(cell: string): boolean {
  return /^destinatari\b/.test(normalizeLabel(cell)) || isAudienceGroupLabel(cell);
}

function looksLikeHeading(line: string): boolean {
  return /^(sezione|section|parte|quadro)\b/i.test(line) || /^[A-ZÀ-Ý0-9 ,.'’()/–-]{6,}$/.test(line) || /^\d+[.)]\s+[A-ZÀ-Ý]/.test(line);
}

const SECTION_WORDS = /\b(comune|ente|referente|contatti|dati|laboratori[oi]|destinatari|organizzazione|privacy|firma|fabbisogni|richiesta|informazioni|note|partecipazione|sezione)\b/;

/** "5. Privacy e firma", "Sezione 2 - Referente": the title of the next part of a form, never a field's value. */
export function isSectionHeading(line: string): boolean {
  if (/^(sezione|section|parte|quadro)\s+([0-9]{1,2}|[IVX]{1,4}|[A-E])\b/i.test(line)) return true;
  const numbered = /^(?:\d{1,2}|[IVX]{1,4}|[A-E])[.)]\s+([A-ZÀ-Ý].*)$/.exec(line.trim());
  if (!numbered?.[1] || /[@\d]/.test(numbered[1]) || numbered[1].split(/\s+/).length > 6) return false;
  return SECTION_WORDS.test(normalizeLabel(numbered[1]));
}

/** Label "Referente", value "nome e cognome: Teresa Rossi": the rest of the label spilled into the value cell. */
function stripSpilledLabel(label: string, value: string, field: FormFieldName): string {
  const spilled = /^([^:]{1,60}):\s*(.*)$/s.exec(value);
  if (!spilled) return value;
  return mapLabel(`${label} ${spilled[1]}`) === field || mapLabel(spilled[1] ?? '') === field ? (spilled[2] ?? '') : value;
}

// Columns of a line typed with the space bar or tabs: "Provincia: BA      Codice ISTAT: 072006".
const COLUMN_GAP = /\t+|\s{3,}/;

/** Two or more "Label: value" pairs on one line, each a known field; null when the line is one pair or none. */
function pairsSideBySide(line: string): LabelValue[] | null {
  const segments = line.split(COLUMN_GAP).map((segment) => segment.trim()).filter((segment) => segment !== '');
  if (segments.length < 2 || segments.length > 8) return null;
  const withColons = segments.map((segment) => (segment.includes(':') ? splitLabelValue(segment) : null));
  if (segments.length <= 4 && withColons.every((pair): pair is LabelValue => pair !== null && pair.value !== '')) {
    return new Set(withColons.map((pair) => pair.field)).size === withColons.length ? withColons : null;
  }
  // "Referente      Giovanni Mele      Ruolo      Segretario generale": label, value, label, value
  if (segments.length % 2 !== 0 || line.includes(':')) return null;
  const pairs: LabelValue[] = [];
  for (let index = 0; index < segments.length; index += 2) {
    const label = segments[index] ?? '';
    const value = segments[index + 1] ?? '';
    const field = labelCellField(label);
    if (!field || isCheckboxField(field) || labelCellField(value) !== null) return null;
    pairs.push({ field, value });
  }
  return new Set(pairs.map((pair) => pair.field)).size === pairs.length ? pairs : null;
}

// Values whose shape tells them from the label printed just before them, with no colon or gap in between:
// "Numero indicativo di partecipanti 20", "E-mail m.rossi@comune.bari.it", "Nome e cognome Mario Rossi".
const SHAPED_VALUES: Partial<Record<FormFieldName, RegExp>> = {
  partecipanti: /^(?:circa\s+)?\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:\s+\p{L}+)?$/u,
  giornate: /^\d{1,2}(?:\s+\p{L}+)?$/u,
  codice_istat: /^\d{6}$/,
  provincia: /^[A-Z]{2}$/,
  referente_email: /^\S+@\S+\.\S+$/,
  pec_ente: /^\S+@\S+\.\S+$/,
  referente_telefono: /^\+?[\d\s./()-]{6,20}$/,
  cup: /^[A-Z]\d{2}[A-Z]\d{11}(?:[,;\s]+[A-Z]\d{2}[A-Z]\d{11})*$/,
};
const TRAILING_NAME = /(?:^|\s)((?:[A-ZÀ-Ý][a-zà-ÿ'’]+\s+){1,3}[A-ZÀ-Ý][a-zà-ÿ'’]+)$/;
const MAX_LEADING_LABEL_WORDS = 8;

/** A known label at the start of a line, then a value whose shape fits its field. */
function splitLeadingLabel(line: string): LabelValue | null {
  const words = line.split(/\s+/);
  for (let count = Math.min(MAX_LEADING_LABEL_WORDS, words.length - 1); count >= 1; count -= 1) {
    const field = mapLabel(words.slice(0, count).join(' '));
    if (!field) continue;
    const rest = words.slice(count).join(' ');
    if (field === 'referente_nome') {
      const name = TRAILING_NAME.exec(rest)?.[1];
      // "/ Nom et prénom Mario Rossi": a translation of the label may come before the name
      if (name && (name === rest || /^[/|–-]/.test(rest))) return { field, value: name };
      continue;
    }
    if (SHAPED_VALUES[field]?.test(rest)) return { field, value: rest };
  }
  return null;
}

/**
 * Labels side by side with their values on the row below ("PROVINCIA | CODICE ISTAT" over "ME | 083072"): three or
 * more cells that each name a field, or two known labels of two different fields.
 */
// Three rows under one header row make a table of records; one or two are a form laid out in columns.
const RECORD_TABLE_ROWS = 3;

// A header row may have a column of its own ("Note", "Allegati") among the fields' labels.
const HEADER_LABELLED_SHARE = 0.75;

function isHeaderRow(filled: readonly string[]): boolean {
  if (filled.length >= 3) {
    const labelled = filled.filter((cell) => labelCellField(cell) !== null).length;
    return labelled >= 3 && labelled >= filled.length * HEADER_LABELLED_SHARE && filled.every((cell) => cell.length <= 60);
  }
  if (filled.length !== 2) return false;
  const [first, second] = filled.map((cell) => mapLabel(cell));
  return first != null && second != null && first !== second && !isCheckboxField(first) && !isCheckboxField(second);
}

// "Nominativo ref.", "gg. in presenza", "Comune richieednte": a label alone on its line, its value on the next.
const MAX_BARE_LABEL_WORDS = 5;
const MAX_BARE_LABEL_LENGTH = 45;

/** A line short and bare enough to be a label: no sentence punctuation, digits or addresses. */
function isBareLabelShape(line: string): boolean {
  return line.length <= MAX_BARE_LABEL_LENGTH && line.split(/\s+/).length <= MAX_BARE_LABEL_WORDS && !/[,;!?@\d]/.test(line);
}

/** A table cell in a label's place: a known wording, or a short phrase whose head noun names a field. */
function labelCellField(cell: string): FormFieldName | null {
  return mapLabel(cell) ?? mapLabelLoosely(cell);
}

// "Nome", "Cognome del referente", "Dati del referente – Nome": one half of the name, not "Nome e cognome"
const LAB_FIELDS: ReadonlySet<FormFieldName> = new Set(['laboratorio', 'laboratorio_2']);

const NAME_PART_LABEL = /^(?!.*\bnome e cognome\b|.*\bcognome e nome\b)(?:.*\s)?(nome|cognome|surname|last name|first name)(?: (?:del )?referente)?$/;

const AUDIENCE_LINE = /^(.{1,60}?)\s*[:=]\s*(.*)$/s;

export interface BlockReadingOptions {
  /**
   * The blocks carry continuation flags from real positions (PDF text): a free-text value then only
   * grows through flagged lines, never through the hints printed under a label.
   */
  positional?: boolean;
}

/** Reads label/value pairs out of lines and table rows, whatever the layout the sender chose. */
export function fieldsFromBlocks(blocks: readonly TextBlock[], options: BlockReadingOptions = {}): FormFields {
  return readBlockFields(blocks, options).fields;
}

/** The fields, every value read for each, and the rows they were read from (the evidence the normaliser weighs). */
export function readBlockFields(blocks: readonly TextBlock[], options: BlockReadingOptions = {}): { fields: FormFields; evidence: FormEvidence } {
  const reader = new BlockReader(options.positional ?? false);
  const fields = reader.read(blocks);
  return { fields, evidence: { candidates: reader.candidates, rows: blocksToRows(blocks) } };
}

// Enough for any real form; a hostile document does not make the registries scan a million rows.
const MAX_EVIDENCE_ROWS = 2_000;

export function blocksToRows(blocks: readonly TextBlock[]): string[][] {
  const rows: string[][] = [];
  for (const block of blocks) {
    const cells = block.cells.map((cell) => cell.trim());
    if (cells.length === 1) for (const line of (cells[0] ?? '').split('\n')) rows.push([line.trim()]);
    else rows.push(cells);
    if (rows.length >= MAX_EVIDENCE_ROWS) break;
  }
  return rows.filter((cells) => cells.some((cell) => cell !== '')).slice(0, MAX_EVIDENCE_ROWS);
}

class BlockReader {
  private readonly collector = new FieldCollector();
  private pending: FormFieldName | null = null;
  private lastField: FormFieldName | null = null;
  /** The value of lastField was written beside its label, on the same line. */
  private lastValueInline = false;
  private headerRow: string[] | null = null;
  /** After a bare "Destinatari" line: the next lines may list the audiences. */
  private inAudienceList = false;
  /** Audiences named on lines without any mark: in a printed form these may be the options, not the answer. */
  private readonly unmarkedAudiences = new Set<FormFieldName>();
  private markedAudience = false;
  /** The row under a header row, read once it is known to be the only one. */
  private underHeader: { header: string[]; cells: string[]; following: TextBlock[] } | null = null;
  /** Inside a table of records (several rows under one header row): its width. */
  private recordTableWidth: number | null = null;
  /** The field of a "label | word" row that may have been a row of two labels. */
  private possibleHeader: FormFieldName | null = null;
  /** The label of the pending field, as written. */
  private pendingLabel: string | null = null;
  /** "Nome" and "Cognome" asked for apart. */
  private readonly nameParts: { given?: string; family?: string } = {};
  /** A row whose label named no field: the label may go on on the next line. */
  private wrappedLabel: { label: string; value: string } | null = null;

  constructor(private readonly positional: boolean) {}

  get candidates(): FieldCandidates {
    return this.collector.candidates;
  }

  read(blocks: readonly TextBlock[]): FormFields {
    for (const block of blocks) this.readBlock(block);
    const record = this.underHeader;
    this.underHeader = null;
    if (record) {
      this.readUnderHeader(record.header, record.cells);
      for (const held of record.following) this.readBlock(held);
    }
    this.joinNameParts();
    // A flattened form prints all four options; without marks nothing says which were ticked.
    const allOptionsPrinted = this.positional && this.unmarkedAudiences.size === 4 && !this.markedAudience;
    if (!allOptionsPrinted) for (const field of this.unmarkedAudiences) if (isCheckboxField(field)) this.collector.assignCheckbox(field, true);
    return this.collector.fields;
  }

  /** A value read beside its label: "Nome" and "Cognome" written apart are kept to be joined. */
  private assignField(field: FormFieldName, value: string, label: string | null | undefined): boolean {
    const part = field === 'referente_nome' && label ? NAME_PART_LABEL.exec(normalizeLabel(label))?.[1] : undefined;
    if (part && value.trim() !== '') this.nameParts[part === 'cognome' || part === 'surname' || part === 'last name' ? 'family' : 'given'] ??= value.trim();
    return this.collector.assign(field, value);
  }

  /** "Nome: Anna", "Cognome: Bianchi" → "Anna Bianchi", the reading of the name before either half. */
  private joinNameParts(): void {
    const { given, family } = this.nameParts;
    if (!given || !family) return;
    const full = `${given} ${family}`;
    const candidates = (this.collector.candidates.referente_nome ??= []);
    candidates.splice(0, candidates.length, full, ...candidates.filter((value) => value !== given && value !== family && value !== full));
    this.collector.fields.referente_nome = full;
  }

  /** A written list of audiences ("dirigenti e funzionari; team di progetto") or marked options. */
  private assignAudience(text: string): boolean {
    const options = parseMarkedOptions(text);
    if (options.length > 0) {
      this.markedAudience = true;
      return this.collector.assignOptions(options);
    }
    const named = audiencesNamed(text);
    for (const field of named) this.unmarkedAudiences.add(field);
    return named.length > 0;
  }

  private readBlock(block: TextBlock): void {
    const cells = block.cells.map((cell) => cell.trim());
    const filled = cells.filter((cell) => cell !== '');
    // "Referente | Servizio" over "Anna Bianchi | Ufficio Tecnico": the row below may hold the field's value
    const headerField = this.possibleHeader;
    this.possibleHeader = null;
    if (headerField && filled.length === 2 && filled.every((cell) => labelCellField(cell) === null)) this.collector.assign(headerField, filled[0] ?? '');
    if (this.underHeader) {
      // more rows like the first under the same labels: a table of records (the catalogue), not one form in columns
      const record = this.underHeader;
      const likeRecord = filled.length >= 2 && cells.length === record.cells.length && filled.every((cell) => mapLabel(cell) === null);
      if (likeRecord && record.following.length < RECORD_TABLE_ROWS - 2) {
        record.following.push(block);
        return;
      }
      this.underHeader = null;
      if (likeRecord) {
        this.recordTableWidth = cells.length;
        return;
      }
      this.readUnderHeader(record.header, record.cells);
      for (const held of record.following) this.readBlock(held);
    }
    if (this.recordTableWidth !== null) {
      if (filled.length >= 2 && cells.length === this.recordTableWidth && !isHeaderRow(filled)) return;
      this.recordTableWidth = null;
    }
    const wrapped = this.wrappedLabel;
    this.wrappedLabel = null;
    if (wrapped && filled.length === 1) {
      const field = mapLabel(`${wrapped.label} ${filled[0] ?? ''}`);
      if (field && !isCheckboxField(field)) {
        this.collector.assign(field, wrapped.value);
        return;
      }
    }
    // a merged cell (a section title across the table) comes out of spreadsheets once per column it spans
    if (filled.length >= 2 && filled.every((cell) => cell === filled[0])) {
      this.readBlock({ ...block, cells: [filled[0] ?? ''] });
      return;
    }
    if (filled.length === 0) {
      this.lastField = null;
      return;
    }
    const only = filled.length === 1 ? (filled[0] ?? '') : null;
    if (block.continuation && this.lastField && only !== null && this.continues(block.continuation, only)) {
      this.collector.append(this.lastField, only);
      return;
    }
    if (this.pending && this.positional && (block.gapAbove ?? 0) > MAX_VALUE_GAP) this.pending = null;
    if (cells.length >= 2 && only !== null && cells[0] === only && mapLabel(only) !== null) {
      // a table row whose value cell was left empty: the field is empty, the next row is not its value
      this.pending = null;
      this.lastField = null;
      this.inAudienceList = false;
      return;
    }
    if (filled.length === 1) {
      for (const line of (filled[0] ?? '').split('\n')) this.readLine(line.trim());
      return;
    }
    this.pending = null;
    this.lastField = null;
    this.inAudienceList = false;
    if (filled.every((cell) => COLUMN_HEADING.test(normalizeLabel(cell)))) return;
    if (this.headerRow && !isHeaderRow(filled)) {
      this.underHeader = { header: this.headerRow, cells, following: [] };
      this.headerRow = null;
      return;
    }
    if (isHeaderRow(filled)) {
      this.headerRow = cells;
      return;
    }
    this.headerRow = null;
    this.readRow(cells);
  }

  private readUnderHeader(header: readonly string[], cells: readonly string[]): boolean {
    let assigned = false;
    header.forEach((label, index) => {
      const field = labelCellField(label);
      const value = cells[index] ?? '';
      if (field && value !== '') assigned = this.assignField(field, value, label) || assigned;
    });
    return assigned;
  }

  private readRow(cells: string[]): void {
    const filledIndexes = cells.flatMap((cell, index) => (cell === '' ? [] : [index]));
    let handledAny = false;
    for (let position = 0; position < filledIndexes.length; position += 1) {
      const cell = cells[filledIndexes[position] ?? -1] ?? '';
      const next = cells[filledIndexes[position + 1] ?? -1];
      const valueFollows = next !== undefined && (filledIndexes.length === 2 || mapLabel(next) === null);
      const field = mapLabel(cell) ?? (valueFollows && !isGroupLabel(cell) ? mapLabelLoosely(cell) : null);
      if ((field || isGroupLabel(cell)) && next !== undefined && valueFollows) {
        if (field) this.assignField(field, stripSpilledLabel(cell, next, field), cell);
        else this.assignAudience(next);
        this.lastField = field && this.canContinue(field) ? field : null;
        // the value sits beside its label: a new sentence on the next line is not its continuation
        this.lastValueInline = true;
        // (a lab has its own reading of catalogue tables: their first row is no value of the label above)
        if (field && !LAB_FIELDS.has(field) && filledIndexes.length === 2 && mapLabel(cell) !== null && isBareLabelShape(next)) this.possibleHeader = field;
        position += 1;
        handledAny = true;
      } else if (!field) {
        handledAny = this.readCellText(cell) || handledAny;
      }
    }
    if (!handledAny) this.readLine(cells.filter((cell) => cell !== '').join(' '));
    const [label, value] = filledIndexes.map((index) => cells[index] ?? '');
    // "NUMERO INDICATIVO DI | 7" then "PARTECIPANTI": a label wrapped in its column ends on the next line
    this.wrappedLabel = !handledAny && filledIndexes.length === 2 && label && value && isBareLabelShape(label) ? { label, value } : null;
  }

  private readCellText(cell: string): boolean {
    let handled = false;
    for (const line of cell.split('\n')) handled = this.readPairOrMarks(line.trim()) || handled;
    return handled;
  }

  private readLine(line: string): void {
    if (line === '') {
      this.lastField = null;
      this.inAudienceList = false;
      return;
    }
    if (this.inAudienceList) {
      const listed = line.replace(/^\s*(?:[-–•*·▪]|\d{1,2}[.)]|[a-d][.)])\s*/, '');
      if (parseMarkedOptions(listed).length === 0 && splitLeadingX(listed) === null && splitLabelValue(listed) === null && this.assignAudience(listed)) return;
      if (parseMarkedOptions(listed).length === 0 && splitLeadingX(listed) === null) this.inAudienceList = false;
    }
    if (this.pending) {
      const field = this.pending;
      const isHint = /^\(.*\)$/.test(line);
      if (!isHint && !this.isLabelLine(line) && !isSectionHeading(line)) {
        this.pending = null;
        if (parseMarkedOptions(line).length > 0 && this.collector.assign(field, line)) {
          this.pending = field; // more options may follow on the next lines
          return;
        }
        this.assignField(field, line, this.pendingLabel);
        this.lastField = this.canContinue(field) ? field : null;
        this.lastValueInline = false;
        return;
      }
      this.pending = null;
    }
    if (this.readPairOrMarks(line)) return;
    const leading = splitLeadingLabel(line);
    if (leading) {
      this.collector.assign(leading.field, leading.value);
      this.lastField = null;
      return;
    }
    const labelField = mapLabel(line) ?? (isBareLabelShape(line) ? mapLabelLoosely(line) : null);
    if (labelField) {
      this.pending = labelField;
      this.pendingLabel = line;
      this.lastField = null;
      return;
    }
    if (isGroupLabel(line)) {
      this.inAudienceList = true;
      this.lastField = null;
      return;
    }
    if (this.lastField && !this.positional && !looksLikeHeading(line)) {
      // "Fabbisogni: … saldo." then "I progetti hanno CUP …": a complete answer beside its label, then a new sentence
      if (this.lastValueInline && endsSentence(this.collector.fields[this.lastField]) && /^[A-ZÀ-Ý]/.test(line)) {
        this.lastField = null;
        return;
      }
      this.collector.append(this.lastField, line);
    }
  }

  private readPairOrMarks(line: string): boolean {
    const audienceLine = AUDIENCE_LINE.exec(line);
    if (audienceLine && isGroupLabel(audienceLine[1] ?? '')) {
      this.lastField = null;
      const value = (audienceLine[2] ?? '').trim();
      if (value === '') {
        this.inAudienceList = true;
        return true;
      }
      if (this.assignAudience(value)) return true;
    }
    const sideBySide = pairsSideBySide(line);
    if (sideBySide) {
      for (const each of sideBySide) this.assignField(each.field, each.value, each.label);
      this.lastField = null;
      return true;
    }
    const pair = splitLabelValue(line);
    if (pair) {
      this.lastField = this.canContinue(pair.field) ? pair.field : null;
      this.lastValueInline = pair.value !== '';
      if (pair.value === '') {
        this.pending = pair.field;
        this.pendingLabel = pair.label ?? null;
        return true;
      }
      this.assignField(pair.field, pair.value, pair.label);
      return true;
    }
    const options = parseMarkedOptions(line);
    if (options.length > 0) return this.collector.assignOptions(options);
    const afterX = splitLeadingX(line);
    const ticked = afterX ? (mapLabel(afterX) ?? (isPrivacyStatement(afterX) ? 'privacy' : null)) : null;
    if (ticked && isCheckboxField(ticked)) return this.collector.assignCheckbox(ticked, true);
    return false;
  }

  private continues(kind: 'column' | 'wrap', line: string): boolean {
    if (this.isLabelLine(line) || parseMarkedOptions(line).length > 0 || splitLeadingX(line) !== null) return false;
    return kind === 'column' || (this.lastField !== null && FREE_TEXT_FIELDS.has(this.lastField));
  }

  // With real positions any text value may wrap; without them only free text is allowed to run on.
  private canContinue(field: FormFieldName): boolean {
    return this.positional ? !isCheckboxField(field) : FREE_TEXT_FIELDS.has(field);
  }

  private isLabelLine(line: string): boolean {
    return mapLabel(line) !== null || splitLabelValue(line) !== null || isGroupLabel(line) || (isBareLabelShape(line) && mapLabelLoosely(line) !== null);
  }
}
