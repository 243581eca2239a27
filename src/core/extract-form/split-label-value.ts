import type { FormFieldName } from '../types.ts';
import { mapLabel } from './map-label.ts';

export interface LabelValue {
  field: FormFieldName;
  value: string;
}

const MAX_LABEL_LENGTH = 120;

/** "Comune richiedente: Bari", "Tel. - 080 123", "Sede ...... Sala consiliare": a known label, then its value. */
export function splitLabelValue(line: string): LabelValue | null {
  return splitAtColon(line) ?? splitAtSeparator(line, /\s+[-–—]\s+|\t+|\s*[._]{3,}\s*|\s+\|\s+/) ?? splitAbbreviatedPhone(line);
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
    const field = mapLabel(line.slice(0, index));
    if (field) best = { field, value: line.slice(index + 1).trim() };
  }
  return best;
}

function splitAtSeparator(line: string, separator: RegExp): LabelValue | null {
  const match = separator.exec(line);
  if (!match || match.index === 0 || match.index > MAX_LABEL_LENGTH) return null;
  const field = mapLabel(line.slice(0, match.index));
  if (!field) return null;
  return { field, value: line.slice(match.index + match[0].length).trim() };
}

