import type { ExtractedForm, FormFieldName, FormFields } from '../types.ts';
import { findPhones, readPersonName } from './contact-patterns.ts';
import { extractFromProse } from './extract-prose.ts';
import { fieldsFromBlocks, type TextBlock } from './fields-from-blocks.ts';
import { htmlToText } from './html-to-text.ts';
import { mapLabel } from './map-label.ts';
import { splitLabelValue } from './split-label-value.ts';
import { hasMeaningfulValues } from './has-meaningful-values.ts';

const MAX_BODY_CHARS = 200_000;
const REPLY_HEADER = /^(il giorno .{0,200}ha scritto:?|on .{0,200}wrote:?|-{2,}\s*(messaggio originale|original message)\s*-{2,}|_{10,}|(da|from):\s.+)$/i;
const FORWARD_MARKER = /^(-{2,}\s*(messaggio inoltrato|forwarded message)\s*-{2,}|(inizio messaggio inoltrato|begin forwarded message):?)$/i;
const HEADER_LINE = /^(da|from|a|to|cc|data|date|inviato|sent|oggetto|subject)\s*:/i;
const CLOSING = /^(cordiali saluti|distinti saluti|cordialmente|saluti|un cordiale saluto|i migliori saluti|con osservanza|grazie(,? cordiali saluti)?|best regards|regards)[\s,.!]*$/i;
// Below this many fields, a mail written as a letter is read as prose too.
const STRUCTURED_MINIMUM = 3;

interface BodyParts {
  main: string[];
  signature: string[];
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
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed.startsWith('>')) continue;
    if (inHeaderBlock && (trimmed === '' || HEADER_LINE.test(trimmed))) continue;
    inHeaderBlock = false;
    const forwarded = FORWARD_MARKER.test(trimmed);
    if (forwarded || REPLY_HEADER.test(trimmed)) {
      const wroteSomething = main.some((mainLine) => mainLine.trim() !== '' && !/^(buongiorno|salve|gentil)/i.test(mainLine.trim()));
      if (!forwarded && (wroteSomething || signature !== null)) break;
      inHeaderBlock = true;
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
  return { main, signature: signature ?? [] };
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
}

/** Reads the request from the mail body: "Label: value" lines, tables of an HTML mail, and as a last resort the prose. */
export function extractFromBody(text: string | null, html: string | null): ExtractedForm | null {
  const plain = text?.trim() ? text : html?.trim() ? htmlToText(html) : '';
  if (plain.trim() === '') return null;
  const { main, signature } = splitBody(plain);
  const fields: FormFields = fieldsFromBlocks(toBlocks(main));
  const warnings: string[] = [];
  if (Object.keys(fields).length < STRUCTURED_MINIMUM) {
    const proseLines = main.filter((line) => splitLabelValue(line.trim()) === null && mapLabel(line.trim()) === null);
    const prose = extractFromProse(proseLines.join('\n'));
    const guessed = Object.keys(prose).filter((key) => fields[key as FormFieldName] === undefined);
    for (const key of guessed) fields[key as FormFieldName] = prose[key as FormFieldName];
    if (guessed.length > 0) warnings.push(`body-prose: campi ricavati dal testo libero (${guessed.join(', ')})`);
  }
  fillFromSignature(fields, signature);
  if (!hasMeaningfulValues(fields)) return null;
  return { source: 'body', filename: null, fields, warnings };
}
