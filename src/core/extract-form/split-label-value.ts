import type { FormFieldName } from '../types.ts';
import { mapLabel } from './map-label.ts';
import { mapLabelLoosely } from './map-label-loosely.ts';
import { runEnd } from './sticky-run.ts';

export interface LabelValue {
  field: FormFieldName;
  value: string;
  /** The label as written, when the line had one. */
  label?: string;
}

const MAX_LABEL_LENGTH = 120;

/** "Comune richiedente: Bari", "Tel. - 080 123", "Sede ...... Sala consiliare": a known label, then its value. */
export function splitLabelValue(line: string): LabelValue | null {
  return splitAtColon(line) ?? splitAtSeparator(line) ?? splitAbbreviatedPhone(line);
}

// "Tel. 0831 307111", "Cell. +39 333 1234567": the abbreviation's dot is the only separator before a number.
const ABBREVIATED_PHONE = /^((?:tel|cell|telefono|cellulare)\.?)\s+(\+?[\d(][\d\s./()-]{5,})$/i;

function splitAbbreviatedPhone(line: string): LabelValue | null {
  const match = ABBREVIATED_PHONE.exec(line.trim());
  if (!match?.[1] || !match[2] || mapLabel(match[1]) !== 'referente_telefono') return null;
  return { field: 'referente_telefono', value: match[2].trim() };
}

// The longest label wins: the official "Referente: nome e cognome: Mario Rossi" holds a colon itself.
function splitAtColon(line: string): LabelValue | null {
  let best: LabelValue | null = null;
  for (let index = line.indexOf(':'); index > 0 && index <= MAX_LABEL_LENGTH; index = line.indexOf(':', index + 1)) {
    const label = line.slice(0, index);
    // only a label that holds no colon of its own may be read by its head noun
    const field: FormFieldName | null = mapLabel(label) ?? (label.includes(':') ? null : mapLabelLoosely(label));
    if (field) best = { field, value: withoutLabelRest(label, line.slice(index + 1).trim(), field), label };
  }
  return best;
}

/**
 * "Referente: nome e cognome" (the name on the next line), "Regerente: nome e cognome: Anna Rossi": the rest of a
 * label that holds a colon is not its value.
 */
function withoutLabelRest(label: string, value: string, field: FormFieldName): string {
  if (value === '') return value;
  const rest = /^([^:]{1,60})(?::\s*(.*))?$/s.exec(value);
  if (!rest?.[1]) return value;
  // without a colon of its own, only a known wording is the label's rest: "Comune: Comune di Bari" is a value
  const loose = (rest[2] !== undefined || rest[1] === rest[1].toLowerCase()) && mapLabelLoosely(rest[1]) === field;
  const isRest = mapLabel(`${label} ${rest[1]}`) === field || mapLabel(rest[1]) === field || loose;
  if (!isRest || /[@\d]/.test(rest[1])) return value;
  return (rest[2] ?? '').trim();
}

function splitAtSeparator(line: string): LabelValue | null {
  const separator = firstSeparator(line);
  if (!separator || separator.start === 0) return null;
  const label = line.slice(0, separator.start);
  const field = mapLabel(label);
  if (!field) return null;
  return { field, value: line.slice(separator.end).trim(), label };
}

// Sticky and unable to fail: from `lastIndex`, each consumes its whole run and never backtracks.
const SPACES = /\s*/y;
const TABS = /\t*/y;
const DOTS = /[._]*/y;
const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);

export interface Separator {
  start: number;
  end: number;
}

/**
 * The first " - ", tab run, "......" or " | " that starts within a label's length, as
 * `/\s+[-–—]\s+|\t+|\s*[._]{3,}\s*|\s+\|\s+/.exec` found it, in linear time: that pattern rescanned a run of
 * white space from each of its characters, so a line of 100 KB of spaces took seconds.
 */
export function firstSeparator(line: string): Separator | null {
  // The end of the white-space run that `at` lies in: every position of a run sees the same character after it.
  let spacesEnd = 0;
  const last = Math.min(line.length - 1, MAX_LABEL_LENGTH);
  for (let at = 0; at <= last; at++) {
    if (at >= spacesEnd) spacesEnd = runEnd(SPACES, line, at);
    const end = separatorEnd(line, at, spacesEnd);
    if (end !== null) return { start: at, end };
  }
  return null;
}

/** The end of a separator starting at `at`, trying the alternatives in the old pattern's order; null if none starts there. */
function separatorEnd(line: string, at: number, spacesEnd: number): number | null {
  const inSpaces = spacesEnd > at;
  const next = line[spacesEnd] ?? '';
  const afterDash = inSpaces && DASHES.has(next) ? spacedAfter(line, spacesEnd + 1) : null;
  if (afterDash !== null) return afterDash;
  if (line[at] === '\t') return runEnd(TABS, line, at);
  const dotsStart = inSpaces ? spacesEnd : at;
  const dotsEnd = runEnd(DOTS, line, dotsStart);
  if (dotsEnd - dotsStart >= 3) return runEnd(SPACES, line, dotsEnd);
  if (inSpaces && next === '|') return spacedAfter(line, spacesEnd + 1);
  return null;
}

/** The end of the white space that follows a dash or a bar, or null if there is none. */
function spacedAfter(line: string, from: number): number | null {
  const end = runEnd(SPACES, line, from);
  return end > from ? end : null;
}
