import type { ExtractedForm, FormFieldName, FormFields } from '../types.ts';
import { formScore } from './choose-form.ts';
import { findEmails, findPhones, readPersonName } from './contact-patterns.ts';
import { extractFromProse, findComuneName } from './extract-prose.ts';
import { fieldsFromBlocks, type TextBlock } from './fields-from-blocks.ts';
import { htmlToText } from './html-to-text.ts';
import { mapLabel } from './map-label.ts';
import { splitLabelValue } from './split-label-value.ts';
import { hasMeaningfulValues } from './has-meaningful-values.ts';

const MAX_BODY_CHARS = 200_000;
const REPLY_HEADER = /^(il giorno .{0,200}ha scritto:?|on .{0,200}wrote:?|-{2,}\s*(messaggio originale|original message)\s*-{2,}|_{10,}|(da|from):\s.+)$/i;
const FORWARD_MARKER = /^(-{2,}\s*(messaggio inoltrato|forwarded message)\s*-{2,}|(inizio messaggio inoltrato|begin forwarded message):?)$/i;
const HEADER_LINE = /^(da|from|a|to|cc|data|date|inviato|sent|oggetto|subject)\s*:/i;
const CLOSING =
  /^((cordiali|distinti|cari|molti|tanti|i migliori) saluti|saluti( cordiali| distinti)?|cordialmente|(un )?(cordiale|caro|cordialissimo|distinto) saluto|un saluto( cordiale)?|con osservanza|(molte )?grazie( mille| anticipatamente| per l'?attenzione| in anticipo)?(,? (cordiali|distinti) saluti)?|ringrazi\w* (anticipatamente|per l'?attenzione)|in attesa di (un )?(vostro |cortese |gentile )*(riscontro|risposta)[^.]{0,40}|best regards|kind regards|regards)[\s,.!]*$/i;
const FORWARDED_FROM = /^(?:da|from)\s*:\s*(.+)$/i;
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
function splitBody(text: string): BodyParts {
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
    const forwarded = FORWARD_MARKER.test(trimmed);
    if (forwarded || REPLY_HEADER.test(trimmed)) {
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
  return { main, signature: signature ?? [], forwardedFrom };
}

function toBlocks(lines: readonly string[]): TextBlock[] {
  return lines.map((line) => ({ cells: line.split(/\t+|\s+\|\s+|^\||\|$/).map((cell) => cell.trim()) }));
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
    if (fields.referente_ruolo === undefined && role && !/[@\d]/.test(role) && role.length <= 80) fields.referente_ruolo = role;
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
export function readBody(text: string | null, html: string | null): BodyReading {
  const fromText = text?.trim() ? readPlainBody(text) : NO_BODY;
  const fromHtml = html?.trim() ? readPlainBody(htmlToText(html)) : NO_BODY;
  if (!fromHtml.form) return fromText.form || !html ? fromText : { ...fromHtml, mainText: fromText.mainText || fromHtml.mainText };
  if (!fromText.form) return fromHtml;
  return formScore(fromHtml.form) > formScore(fromText.form) ? fromHtml : fromText;
}

/** The form found in the mail body, or null. */
export function extractFromBody(text: string | null, html: string | null): ExtractedForm | null {
  return readBody(text, html).form;
}

function readPlainBody(plain: string): BodyReading {
  if (plain.trim() === '') return NO_BODY;
  const { main, signature, forwardedFrom } = splitBody(plain);
  const mainText = main.join('\n').trim();
  const fields: FormFields = fieldsFromBlocks(toBlocks(main));
  const labelledFields = Object.keys(fields) as FormFieldName[];
  const warnings: string[] = [];
  if (labelledFields.length < STRUCTURED_MINIMUM) {
    const proseLines = main.filter((line) => splitLabelValue(line.trim()) === null && mapLabel(line.trim()) === null);
    const prose = extractFromProse(proseLines.join('\n'));
    const guessed = Object.keys(prose).filter((key) => fields[key as FormFieldName] === undefined);
    for (const key of guessed) fields[key as FormFieldName] = prose[key as FormFieldName];
    if (guessed.length > 0) warnings.push(`body-prose: campi ricavati dal testo libero (${guessed.join(', ')})`);
  }
  fillFromSignature(fields, signature);
  const form: ExtractedForm | null = hasMeaningfulValues(fields) ? { source: 'body', filename: null, fields, warnings } : null;
  return { form, labelledFields, mainText, forwardedFrom };
}
