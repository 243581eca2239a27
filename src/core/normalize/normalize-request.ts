// Raw form fields (any layout, already mapped onto FORM_FIELDS) → the LabRequest of the parse contract.
import type { AreaCode, Audience, ComuneRef, FormFields, LabRef, LabRequest, Partnership } from '../types.ts';
import type { Catalog } from './catalog.ts';
import { matchComune } from './match-comune.ts';
import { matchLab } from './match-lab.ts';
import { readCheckbox } from './read-checkbox.ts';
import { markedOptionText } from './marked-option.ts';
import { tidyLine, tidyParagraphs } from './tidy-text.ts';
import { readEmail, readPhone } from './contact-values.ts';
import { readContactName } from './contact-name.ts';
import { readCount } from './read-count.ts';
import { findCupCodes } from './find-cup-codes.ts';
import { foldText } from './fold-text.ts';

export interface NormalizeContext {
  catalog: Catalog;
  /** The address the message came from (the envelope's inner sender for PEC): the contact e-mail of last resort. */
  senderEmail: string | null;
}

export interface NormalizedRequest {
  request: LabRequest;
  warnings: string[];
}

const AUDIENCE_FIELDS = [
  ['dest_amministratori', 'amministratori'],
  ['dest_segretari', 'segretari'],
  ['dest_dirigenti', 'dirigenti'],
  ['dest_team', 'team'],
] as const satisfies ReadonlyArray<readonly [keyof FormFields, Audience]>;

const PARTNERSHIP_WORDS: Array<[RegExp, Partnership]> = [
  [/\bsingol[oa]\b|\bcomune singolo\b|\bsolo comune\b/, 'single'],
  [/\bunion[ei]\b/, 'union'],
  [/\bconvenzion[ei]\b|\baccordo\b/, 'agreement'],
  [/\baltr[oa]\b|\bassociazion[ei]\b|\bconsorzio\b|\bcomunita montana\b|\baggregazione\b/, 'other'],
];
const AREA_WORDS: Array<[RegExp, AreaCode]> = [
  [/\bpersonale\b|\borganizzazione\b|\bpo\b/, 'PO'],
  [/\bcoesione\b|\bprogetti e politiche\b|\bpc\b/, 'PC'],
];
const MAX_PARTICIPANTS = 10_000;
const MAX_DAYS = 60;

export function normalizeRequest(fields: FormFields, context: NormalizeContext): NormalizedRequest {
  const warnings: string[] = [];
  const text = (name: keyof FormFields): string | null => tidyLine(fields[name]);

  // The raw value, line breaks kept: the first line of a multi-line field is the likeliest name.
  const comuneText = tidyLine(fields.comune) === null ? null : (fields.comune as string);
  const comune = matchComune(comuneText, { province: text('provincia'), istat: text('codice_istat') });
  warnings.push(...comune.warnings);
  if (!comune.ref.name) {
    const fromDomain = comuneFromSenderDomain(context.senderEmail);
    if (fromDomain) {
      comune.ref = fromDomain.ref;
      warnings.push(fromDomain.warning);
    }
  }

  // Read in the order of LabRequest, so that warnings come in the order of the form.
  const partnership = readPartnership(text('forma'), warnings);
  const otherComuni = splitComuni(fields.altri_comuni);
  const entityPec = readAddress(text('pec_ente'), 'entity-pec-invalid', warnings);
  // the name's line may also carry the title, role, e-mail and phone: each fills its own field when that is empty
  const nameLine = readContactName(text('referente_nome'));
  const contact = {
    name: nameLine.name,
    role: text('referente_ruolo') ?? nameLine.role,
    email: readContactEmail(text('referente_email') ?? nameLine.email, context.senderEmail, warnings),
    phone: readPhoneField(text('referente_telefono') ?? nameLine.phone, warnings),
  };
  const labs: LabRef[] = [];
  for (const name of ['laboratorio', 'laboratorio_2'] as const) {
    const result = matchLab(text(name), context.catalog);
    // Same codes for both choices; the detail says which field when it is the second.
    warnings.push(...result.warnings.map((warning) => (name === 'laboratorio_2' ? warning.replace(/^([\w-]+): /, '$1: laboratorio_2: ') : warning)));
    for (const lab of result.labs) if (!labs.some((known) => known.code === lab.code)) labs.push(lab);
  }
  const area = readArea(text('ambito'), labs, context.catalog, warnings);
  const cup = findCupCodes(typeof fields.cup === 'string' ? fields.cup : null);
  warnings.push(...cup.invalid.map((token) => `cup-invalid: ${token}`));

  const request: LabRequest = {
    comune: comune.ref,
    partnership,
    otherComuni,
    entityPec,
    contact,
    area,
    labs,
    needs: tidyParagraphs(fields.fabbisogni),
    cup: cup.codes,
    audience: readAudience(fields, warnings),
    participants: readCountField(text('partecipanti'), MAX_PARTICIPANTS, 'participants-invalid', warnings),
    days: readCountField(text('giornate'), MAX_DAYS, 'days-invalid', warnings),
    preferredPeriod: text('periodo'),
    venue: text('sede'),
    privacyConsent: readPrivacy(fields, warnings),
  };
  return { request, warnings };
}

// "segreteria@comune.matera.it", "protocollo@pec.comune.altamura.ba.it", "x@comune.lamezia-terme.cz.it"
const COMUNE_DOMAIN = /(?:^|\.)comune\.([a-z0-9-]{2,60})(?:\.([a-z]{2}))?\.it$/;

/** The Comune a sender's mail domain names, as a fallback when the request does not say: never better than fuzzy. */
function comuneFromSenderDomain(senderEmail: string | null): { ref: ComuneRef; warning: string } | null {
  const domain = senderEmail?.split('@')[1]?.toLowerCase().trim();
  const match = domain ? COMUNE_DOMAIN.exec(domain) : null;
  if (!domain || !match?.[1]) return null;
  const found = matchComune(match[1].replace(/-/g, ' '), { province: match[2]?.toUpperCase() ?? null });
  if (!found.ref.istat || (found.ref.match !== 'exact' && found.ref.match !== 'fuzzy')) return null;
  return { ref: { ...found.ref, match: 'fuzzy' }, warning: `comune-from-domain: ${domain} → ${found.ref.name}` };
}

function readPartnership(value: string | null, warnings: string[]): Partnership | null {
  if (!value) return null;
  const chosen = foldText(markedOptionText(value));
  const found = [...new Set(PARTNERSHIP_WORDS.filter(([pattern]) => pattern.test(chosen)).map(([, partnership]) => partnership))];
  if (found.length === 1) return found[0] ?? null;
  warnings.push(`partnership-unclear: ${value}`);
  return null;
}

function readArea(value: string | null, labs: LabRef[], catalog: Catalog, warnings: string[]): AreaCode | null {
  const labArea = labs[0] ? (catalog.labs.find((lab) => lab.code === labs[0]?.code)?.area ?? null) : null;
  if (!value) return labArea;
  const chosen = foldText(markedOptionText(value));
  const found = [...new Set(AREA_WORDS.filter(([pattern]) => pattern.test(chosen)).map(([, area]) => area))];
  if (found.length !== 1) {
    warnings.push(`area-unclear: ${value}`);
    return labArea;
  }
  const area = found[0] ?? null;
  if (labArea && area !== labArea) warnings.push(`area-mismatch: ambito ${area}, ${labs[0]?.code} è dell'area ${labArea}`);
  return area;
}

function splitComuni(value: string | boolean | undefined): string[] {
  if (typeof value !== 'string') return [];
  return value
    .split(/[,;\n]+|\s+e\s+|\s+ed\s+/)
    .map((name) => tidyLine(name.replace(/^\s*(?:[-–•*·▪]|\d+[.)])\s*/, '')))
    .filter((name): name is string => name !== null);
}

function readAddress(value: string | null, invalidCode: string, warnings: string[]): string | null {
  if (!value) return null;
  const address = readEmail(value);
  if (!address) warnings.push(`${invalidCode}: ${value}`);
  return address;
}

function readContactEmail(value: string | null, senderEmail: string | null, warnings: string[]): string | null {
  const address = readAddress(value, 'contact-email-invalid', warnings);
  if (address) return address;
  const sender = readEmail(senderEmail);
  if (sender) warnings.push(`contact-email-from-sender: ${sender}`);
  return sender;
}

function readPhoneField(value: string | null, warnings: string[]): string | null {
  if (!value) return null;
  const phone = readPhone(value);
  if (!phone) warnings.push(`phone-invalid: ${value}`);
  return phone;
}

function readAudience(fields: FormFields, warnings: string[]): Audience[] {
  const audience: Audience[] = [];
  for (const [name, group] of AUDIENCE_FIELDS) {
    const checked = readCheckbox(fields[name]);
    if (checked === null && fields[name] !== undefined) warnings.push(`checkbox-unclear: ${name}=${String(fields[name])}`);
    if (checked) audience.push(group);
  }
  return audience;
}

function readCountField(value: string | null, max: number, invalidCode: string, warnings: string[]): number | null {
  if (!value) return null;
  const count = readCount(value, max);
  if (count === null) warnings.push(`${invalidCode}: ${value}`);
  return count;
}

/** null when the form has no privacy field at all, false when it is there but not ticked. */
function readPrivacy(fields: FormFields, warnings: string[]): boolean | null {
  const value = fields.privacy;
  const consent = value === undefined ? null : readCheckbox(value);
  if (consent !== true) warnings.push(`privacy-not-accepted: ${value === undefined ? 'campo assente' : String(value) || 'non selezionato'}`);
  return consent;
}
