import { SaxesParser } from 'saxes';
import type { PecInfo } from '../types.ts';

const ELEMENT_PATHS: Record<string, keyof Omit<DaticertFields, 'type' | 'zone'>> = {
  'postacert/intestazione/mittente': 'sender',
  'postacert/dati/identificativo': 'identifier',
  'postacert/dati/data/giorno': 'day',
  'postacert/dati/data/ora': 'time',
};

interface DaticertFields {
  type: string | null;
  sender: string | null;
  identifier: string | null;
  day: string | null;
  time: string | null;
  zone: string | null;
}

export interface DaticertResult {
  info: PecInfo | null;
  warnings: string[];
}

/**
 * Reads a PEC daticert.xml. saxes never fetches a DTD and never expands entities it was not
 * told about, so a DOCTYPE cannot pull anything in; an unknown entity is a well-formedness error.
 */
export function parseDaticert(xml: Buffer): DaticertResult {
  const fields: DaticertFields = { type: null, sender: null, identifier: null, day: null, time: null, zone: null };
  const path: string[] = [];
  let text = '';
  let firstError: string | null = null;
  const parser = new SaxesParser({ position: true });
  parser.on('error', (error) => {
    firstError ??= error.message;
  });
  parser.on('opentag', (tag) => {
    path.push(tag.name.toLowerCase());
    text = '';
    const joined = path.join('/');
    if (joined === 'postacert') fields.type = attribute(tag.attributes, 'tipo');
    if (joined === 'postacert/dati/data') fields.zone = attribute(tag.attributes, 'zona');
  });
  parser.on('text', (chunk) => {
    text += chunk;
  });
  parser.on('closetag', () => {
    const key = ELEMENT_PATHS[path.join('/')];
    if (key && fields[key] === null) fields[key] = text.trim() || null;
    path.pop();
    text = '';
  });
  try {
    parser.write(stripByteOrderMark(xml.toString('utf8'))).close();
  } catch (error) {
    firstError ??= error instanceof Error ? error.message : String(error);
  }

  const warnings = firstError ? [`pec-daticert-unreadable: ${firstError}`] : [];
  const found = fields.type ?? fields.sender ?? fields.identifier ?? fields.day;
  if (!found) return { info: null, warnings: warnings.length ? warnings : ['pec-daticert-unreadable: no postacert element'] };
  return {
    info: {
      type: fields.type?.trim().toLowerCase() || null,
      sender: fields.sender?.toLowerCase() ?? null,
      identifier: fields.identifier,
      date: toIsoDate(fields.day, fields.time, fields.zone),
    },
    warnings,
  };
}

function attribute(attributes: Record<string, unknown>, name: string): string | null {
  const value = attributes[name];
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** `15/11/2024` + `18:20:38` + `+0100` -> `2024-11-15T17:20:38.000Z`. */
export function toIsoDate(day: string | null, time: string | null, zone: string | null): string | null {
  const dayMatch = day ? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(day.trim()) : null;
  if (!dayMatch) return null;
  const timeMatch = time ? /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(time.trim()) : null;
  const zoneMatch = zone ? /^([+-])(\d{2}):?(\d{2})$/.exec(zone.trim()) : null;
  const [, dd, mm, yyyy] = dayMatch;
  const hh = timeMatch?.[1] ?? '0';
  const min = timeMatch?.[2] ?? '00';
  const ss = timeMatch?.[3] ?? '00';
  const offset = zoneMatch ? `${zoneMatch[1]}${zoneMatch[2]}:${zoneMatch[3]}` : 'Z';
  const iso = `${yyyy}-${mm!.padStart(2, '0')}-${dd!.padStart(2, '0')}T${hh.padStart(2, '0')}:${min}:${ss}${offset}`;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
