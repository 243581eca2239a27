import type { ExtractedForm, FormFieldName, FormFields } from '../types.ts';
import { formScore } from './choose-form.ts';
import { findEmails, findPhones, readPersonName } from './contact-patterns.ts';
import { extractFromProse, findComuneName } from './extract-prose.ts';
import { blocksToRows, fieldsFromBlocks, readBlockFields, type TextBlock } from './fields-from-blocks.ts';
import { htmlToText } from './html-to-text.ts';
import { mapLabel } from './map-label.ts';
import { splitLabelValue } from './split-label-value.ts';
import { hasMeaningfulValues } from './has-meaningful-values.ts';
import { supplementFromProse } from './prose-supplements.ts';
import { splitTableCells } from './table-cells.ts';

const MAX_BODY_CHARS = 200_000;
const REPLY_HEADER = /^(il giorno .{0,200}ha scritto:?|on .{0,200}wrote:?|-{2,}\s*(messaggio originale|original message)\s*-{2,}|_{10,}|(da|from):\s.+)$/i;
const FORWARD_MARKER = /^(-{2,}\s*(messaggio inoltrato|forwarded message)\s*-{2,}|(inizio messaggio inoltrato|begin forwarded message):?)$/i;
const HEADER_LINE = /^(da|from|a|to|cc|data|date|inviato|sent|oggetto|subject)\s*:/i;
const CLOSING =
  /^((cordiali|distinti|cari|molti|tanti|i migliori) saluti|saluti( cordiali| distinti)?|cordialmente|(un )?(cordiale|caro|cordialissimo|distinto) saluto|un saluto( cordiale)?|con osservanza|(molte )?grazie( mille| anticipatamente| per l'?attenzione| in anticipo)?(,? (cordiali|distinti) saluti)?|ringrazi\w* (anticipatamente|per l'?attenzione)|in attesa di (un )?(vostro |cortese |gentile )*(riscontro|risposta)[^.]{0,40}|best regards|kind regards|regards)[\s,.!]*$/i;
const FORWARDED_FROM = /^(?:da|from)\s*:\s*(.+)$/i;
const OUTLOOK_HEADER = /^(-{2,}\s*(messaggio originale|original message)\s*-{2,}|_{10,}|(da|from):\s.+)$/i;
const FORWARD_SUBJECT = /^\s*(i|fw|fwd|inoltro|inoltra|tr|wg)\s*:/i;
const FORWARD_NOTE = /\b(inoltr\w*|per competenza|giro|giriamo|ti giro|vi giro|fwd)\b/i;
const MAX_COVER_LINES = 6;
const MAX_SIGNATURE_LINES = 6;
const MAX_SIGNATURE_LINE = 90;
const TITLE_ONLY = /^(?:(?:dott|dr|ing|arch|avv|geom|rag|sig|prof)(?:\.ssa|ssa|\.ra|ra)?\.?\s+)+/i;
// Below this many fields, a mail written as a letter is read as prose too.
const STRUCTURED_MINIMUM = 3;

interface BodyParts {
  main: string[];
  signature: string[];
  /** The sender named in the header block of a forwarded message. */
  forwardedFrom: string | null;
}

/**
 * Drops quoted replies and splits off the signature ("-- " or a closing formula).
 * A forwarded message, or a reply header with nothing written above it, is read through: the request is below.
 */
function splitBody(text: string, forwardSubject: boolean): BodyParts {
  const lines = text.slice(0, MAX_BODY_CHARS).replace(/\r\n?/g, '\n').split('\n');
  const main: string[] = [];
  let signature: string[] | null = null;
  let inHeaderBlock = false;
  let forwardedFrom: string | null = null;
  let inForwardHeader = false;
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed.startsWith('>')) continue;
    if (inHeaderBlock && (trimmed === '' || HEADER_LINE.test(trimmed))) {
      const from = inForwardHeader ? FORWARDED_FROM.exec(trimmed)?.[1] : undefined;
      if (from) forwardedFrom ??= findEmails(from)[0]?.toLowerCase() ?? null;
      continue;
    }
    inHeaderBlock = false;
    inForwardHeader = false;
    // Outlook heads a forward and a reply alike: a forward subject or a cover note that says so tells them apart
    const replyHeader = REPLY_HEADER.test(trimmed);
    const forwarded = FORWARD_MARKER.test(trimmed) || (replyHeader && (forwardSubject || (OUTLOOK_HEADER.test(trimmed) && saysForwarded(main))));
    if (forwarded || replyHeader) {
      const wroteSomething = main.some((mainLine) => mainLine.trim() !== '' && !/^(buongiorno|salve|gentil)/i.test(mainLine.trim()));
      if (!forwarded && (wroteSomething || signature !== null)) break;
      inHeaderBlock = true;
      inForwardHeader = forwarded;
      // what the forwarder wrote above is a cover note: its signature is not the request's contact
      if (forwarded && signature !== null) main.length = 0;
      signature = null;
      continue;
    }
    if (signature === null && (line === '-- ' || trimmed === '--')) {
      signature = [];
      continue;
    }
    if (signature !== null) signature.push(trimmed);
    else main.push(line);
    if (signature === null && CLOSING.test(trimmed)) signature = [];
  }
  if (signature === null) return { main, signature: trailingSignature(main), forwardedFrom };
  return { main, signature, forwardedFrom };
}

const SIGNER_ROLE = /^(il|la|l['’])\s*([^\d@]{3,50})$/i;

function isBareName(line: string): boolean {
  return line !== '' && readPersonName(line) === line.replace(TITLE_ONLY, '').replace(/[,.]$/, '');
}

// A signature may label its phone and address ("Tel. 080 …", "PEC: …"); any other label makes the block part of the form.
const SIGNATURE_FIELDS: ReadonlySet<FormFieldName> = new Set(['referente_telefono', 'referente_email', 'pec_ente', 'referente_ruolo']);

function isFormLine(line: string): boolean {
  const pair = splitLabelValue(line);
  return pair !== null && !SIGNATURE_FIELDS.has(pair.field);
}

function saysForwarded(cover: readonly string[]): boolean {
  const written = cover.filter((line) => line.trim() !== '');
  return written.length <= MAX_COVER_LINES && FORWARD_NOTE.test(written.join(' '));
}

/**
 * A letter without a closing formula still ends with a signature: a last paragraph of a few short lines that opens
 * with a bare name ("Michele Grasso" / role / office / contacts). It is moved out of `main`.
 */
function trailingSignature(main: string[]): string[] {
  let end = main.length;
  while (end > 0 && (main[end - 1] ?? '').trim() === '') end -= 1;
  let start = end;
  while (start > 0 && (main[start - 1] ?? '').trim() !== '') start -= 1;
  const block = main.slice(start, end).map((line) => line.trim());
  if (start === 0 || block.length === 0 || block.length > MAX_SIGNATURE_LINES || block.some((line) => line.length > MAX_SIGNATURE_LINE)) return [];
  // "Michele Grasso" / …, or "Il Segretario comunale" / "Luigi Ventura" / …
  const opensWithName = isBareName(block[0] ?? '') || (SIGNER_ROLE.test(block[0] ?? '') && isBareName(block[1] ?? ''));
  if (!opensWithName || block.some(isFormLine)) return [];
  main.length = start;
  return block;
}

function toBlocks(lines: readonly string[]): TextBlock[] {
  return lines.map((line) => ({ cells: splitTableCells(line) }));
}

function fillFromSignature(fields: FormFields, signature: readonly string[]): void {
  const fromLabels = fieldsFromBlocks(toBlocks(signature));
  const fallbacks: FormFieldName[] = ['referente_nome', 'referente_ruolo', 'referente_telefono'];
  for (const field of fallbacks) {
    const value = fromLabels[field];
    if (fields[field] === undefined && typeof value === 'string') fields[field] = value;
  }
  const lines = signature.filter((line) => line !== '');
  const nameIndex = lines.findIndex((line) => readPersonName(line) !== null && mapLabel(line) === null);
  if (fields.referente_nome === undefined && nameIndex >= 0) {
    fields.referente_nome = readPersonName(lines[nameIndex] ?? '') ?? undefined;
    const role = lines[nameIndex + 1];
    // "Il Segretario comunale" above the name is the role too
    const roleAbove = SIGNER_ROLE.exec(lines[nameIndex - 1] ?? '')?.[2];
    if (fields.referente_ruolo === undefined && role && !/[@\d]/.test(role) && role.length <= 80) fields.referente_ruolo = role;
    else if (fields.referente_ruolo === undefined && roleAbove) fields.referente_ruolo = roleAbove.trim();
  }
  const phone = findPhones(signature.join('\n'))[0];
  if (fields.referente_telefono === undefined && phone) fields.referente_telefono = phone;
  const comune = fields.comune === undefined ? findComuneName(signature.join('\n')) : null;
  if (comune) fields.comune = comune;
}

export interface BodyReading {
  form: ExtractedForm | null;
  /** How many fields came from "Label: value" lines or table rows the sender wrote (not prose, not the signature). */
  labelledFields: FormFieldName[];
  /** What the sender wrote, without quoted replies, forwarded headers and signature. */
  mainText: string;
  /** The original sender of a forwarded message, from its header block. */
  forwardedFrom: string | null;
}

const NO_BODY: BodyReading = { form: null, labelledFields: [], mainText: '', forwardedFrom: null };

/**
 * Reads the request from the mail body: "Label: value" lines, tables of an HTML mail, and as a last resort the prose.
 * The plain part and the HTML part are both read when present: a plain part derived from HTML by the sender's
 * client often runs table cells together, so the better reading wins.
 */
export interface BodyOptions {
  /** The message's subject: "I:", "Fwd:" say that a quoted "Messaggio originale" is a forwarded request. */
  subject?: string | null;
  /**
   * The message answers none of ours: a form it quotes ("> Comune richiedente: …") is the request itself, pasted
   * as a quotation; in a reply, quoted text is what we or others wrote before and is never read as the form.
   */
  readQuotedForm?: boolean;
}

export function readBody(text: string | null, html: string | null, options: BodyOptions = {}): BodyReading {
  const forwardSubject = FORWARD_SUBJECT.test(options.subject ?? '');
  const plainText = text?.trim() ? text : null;
  const htmlText = html?.trim() ? htmlToText(html) : null;
  const fromText = plainText ? readWithQuotedForm(plainText, forwardSubject, options) : NO_BODY;
  let fromHtml = htmlText ? readWithQuotedForm(htmlText, forwardSubject, options) : NO_BODY;
  if (html && options.readQuotedForm && fromHtml.labelledFields.length < STRUCTURED_MINIMUM && /<blockquote\b/i.test(html)) {
    const quoted = readPlainBody(afterReplyHeader(htmlToText(html, { keepQuotes: true })), forwardSubject);
    if (quoted.labelledFields.length >= STRUCTURED_MINIMUM) fromHtml = quoted;
  }
  if (!fromHtml.form) return fromText.form || !html ? fromText : { ...fromHtml, mainText: fromText.mainText || fromHtml.mainText };
  if (!fromText.form) return fromHtml;
  const [chosen, other] = formScore(fromHtml.form) > formScore(fromText.form) ? [fromHtml, fromText] : [fromText, fromHtml];
  // a client's plain rendering puts each table cell on a line of its own: the HTML's rows keep a ticked or ranked
  // lab beside its mark, so the registries look at both renderings' rows
  if (!chosen.form || !other.form?.evidence) return chosen;
  const evidence = chosen.form.evidence ?? { candidates: {}, rows: [] };
  return { ...chosen, form: { ...chosen.form, evidence: { ...evidence, rows: [...evidence.rows, ...other.form.evidence.rows] } } };
}

/** The form found in the mail body, or null. */
export function extractFromBody(text: string | null, html: string | null): ExtractedForm | null {
  return readBody(text, html).form;
}

const QUOTE_MARK = /^[ \t]*>+[ \t]?/gm;

/** The body as written; when it holds no form of its own and quotes one, the quotation read as the body. */
function readWithQuotedForm(plain: string, forwardSubject: boolean, options: BodyOptions): BodyReading {
  const reading = readPlainBody(plain, forwardSubject);
  if (!options.readQuotedForm || reading.labelledFields.length >= STRUCTURED_MINIMUM || !/^[ \t]*>/m.test(plain)) return reading;
  const quotation = plain
    .split('\n')
    .filter((line) => /^[ \t]*>/.test(line))
    .join('\n')
    .replace(QUOTE_MARK, '');
  const unquoted = readPlainBody(quotation, forwardSubject);
  const better = unquoted.labelledFields.length >= STRUCTURED_MINIMUM && (!reading.form || (unquoted.form !== null && formScore(unquoted.form) > formScore(reading.form)));
  return better ? unquoted : reading;
}

/** The quotation under "Il giorno … ha scritto:", read as if the sender had written it. */
function afterReplyHeader(text: string): string {
  const lines = text.split('\n');
  const header = lines.findIndex((line) => REPLY_HEADER.test(line.trim()));
  return header < 0 ? text : lines.slice(header + 1).join('\n');
}

function readPlainBody(plain: string, forwardSubject: boolean): BodyReading {
  if (plain.trim() === '') return NO_BODY;
  const { main, signature, forwardedFrom } = splitBody(plain, forwardSubject);
  const mainText = main.join('\n').trim();
  const { fields, evidence } = readBlockFields(toBlocks(main));
  const labelledFields = Object.keys(fields) as FormFieldName[];
  const warnings: string[] = [];
  const proseText = main.filter((line) => splitLabelValue(line.trim()) === null && mapLabel(line.trim()) === null).join('\n');
  const guessed: FormFieldName[] = [];
  if (labelledFields.length < STRUCTURED_MINIMUM) {
    const prose = extractFromProse(proseText);
    for (const key of Object.keys(prose) as FormFieldName[]) {
      if (fields[key] !== undefined) continue;
      fields[key] = prose[key];
      guessed.push(key);
    }
  }
  guessed.push(...supplementFromProse(fields, proseText, mainText));
  if (guessed.length > 0) warnings.push(`body-prose: campi ricavati dal testo libero (${guessed.join(', ')})`);
  fillFromSignature(fields, signature);
  evidence.rows.push(...blocksToRows(toBlocks(signature)));
  const form: ExtractedForm | null = hasMeaningfulValues(fields) ? { source: 'body', filename: null, fields, evidence, warnings } : null;
  return { form, labelledFields, mainText, forwardedFrom };
}
