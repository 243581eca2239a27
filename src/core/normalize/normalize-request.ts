// Raw form fields (any layout, already mapped onto FORM_FIELDS) → the LabRequest of the parse contract.
import type { AreaCode, Audience, ComuneRef, FormEvidence, FormFieldName, FormFields, LabRef, LabRequest, Partnership } from '../types.ts';
import type { Catalog } from './catalog.ts';
import { matchComune } from './match-comune.ts';
import { choiceOf, lowConfidenceWarnings, type EvidenceSource, type FieldSources } from './field-choice.ts';
import { resolveComune } from './resolve-comune.ts';
import { candidateValues } from './candidate-values.ts';
import { resolveLabs } from './resolve-labs.ts';
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
  /** Our own addresses: a letter addressed to us names them, and they are never the contact's. */
  ownAddresses?: readonly string[];
}

export interface NormalizedRequest {
  request: LabRequest;
  warnings: string[];
  /** Where each key field was found and how far it is trusted. */
  sources: FieldSources;
}

/** What the extractor knows about how the fields were read, beyond their first values. */
export interface FieldReading {
  evidence?: FormEvidence;
  /** Fields guessed from a letter's sentences rather than read beside a label. */
  fromProse?: ReadonlySet<FormFieldName>;
  /** The fields are AcroForm fields of the official form. */
  fromFormFields?: boolean;
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

export function normalizeRequest(fields: FormFields, context: NormalizeContext, reading: FieldReading = {}): NormalizedRequest {
  const warnings: string[] = [];
  const sources: FieldSources = {};
  const evidence = reading.evidence;
  const text = (name: keyof FormFields): string | null => tidyLine(fields[name]);
  const sourceOf = (name: FormFieldName, later = false): EvidenceSource =>
    reading.fromFormFields ? 'form-field' : reading.fromProse?.has(name) ? 'prose' : later ? 'label-later' : 'label';

  const comune = resolveComune(fields, evidence, { province: text('provincia'), istat: text('codice_istat') }, reading.fromFormFields ?? false);
  warnings.push(...comune.warnings);
  // an ambiguous or unknown Comune carries its own warning, which already sends the request to review
  if (comune.choice && comune.ref.istat) sources.comune = comune.choice;
  if (!comune.ref.name) {
    const fromDomain = comuneFromSenderDomain(context.senderEmail);
    if (fromDomain) {
      comune.ref = fromDomain.ref;
      warnings.push(fromDomain.warning);
      sources.comune = choiceOf('sender-domain', true);
    }
  }

  // Read in the order of LabRequest, so that warnings come in the order of the form.
  const partnership = readPartnership(text('forma'), warnings);
  const otherComuni = splitComuni(fields.altri_comuni);
  const entityPec = readAddress(text('pec_ente'), 'entity-pec-invalid', warnings);
  // the name's line may also carry the title, role, e-mail and phone: each fills its own field when that is empty
  const names = candidateValues('referente_nome', fields, evidence?.candidates);
  const nameIndex = names.findIndex((value) => isPersonName(readContactName(value).name));
  const nameLine = readContactName(names[Math.max(0, nameIndex)] ?? null);
  if (nameIndex < 0 && nameLine.name !== null && !isPersonName(nameLine.name)) {
    // an office ("Ufficio Personale") or a heading ("REFERENTE") in the name's place: nobody was named
    if (nameLine.name) warnings.push(`contact-name-not-a-person: ${nameLine.name}`);
    nameLine.name = null;
  }
  if (nameLine.name) sources['contact.name'] = choiceOf(sourceOf('referente_nome', nameIndex > 0), true);
  const own = new Set((context.ownAddresses ?? []).map((address) => address.toLowerCase()));
  const isTheirs = (value: string | null) => {
    const address = readEmail(value);
    return address !== null && !own.has(address);
  };
  const emails = candidateValues('referente_email', fields, evidence?.candidates).filter((value) => readEmail(value) === null || isTheirs(value));
  if (nameLine.email && !isTheirs(nameLine.email)) nameLine.email = null;
  const emailIndex = emails.findIndex((value) => isTheirs(value));
  // what the contact's own line says beats what was guessed from the letter's sentences (a letterhead's switchboard)
  const labelled = (field: FormFieldName, fromNameLine: string | null): string | null => {
    const value = text(field);
    return value !== null && reading.fromProse?.has(field) && fromNameLine !== null ? fromNameLine : (value ?? fromNameLine);
  };
  const contact = {
    name: nameLine.name,
    role: labelled('referente_ruolo', nameLine.role),
    email: readContactEmail(reading.fromProse?.has('referente_email') && nameLine.email ? nameLine.email : (emails[Math.max(0, emailIndex)] ?? nameLine.email), context.senderEmail, warnings),
    // the number on the contact's own line is theirs; a separate "Tel." may be the office's switchboard
    phone: readPhoneField(nameLine.phone ?? labelled('referente_telefono', nameLine.phone), warnings),
  };
  if (contact.email) sources['contact.email'] = emailIndex >= 0 || nameLine.email ? choiceOf(sourceOf('referente_email', emailIndex > 0), true) : choiceOf('sender', true);
  const resolvedLabs = resolveLabs({ fields, evidence, fromProse: reading.fromProse?.has('laboratorio'), fromFormFields: reading.fromFormFields }, context.catalog);
  warnings.push(...resolvedLabs.warnings);
  const labs = resolvedLabs.labs;
  if (resolvedLabs.choice && labs.length > 0) sources.labs = resolvedLabs.choice;
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
    participants: readCountCandidates(candidateValues('partecipanti', fields, evidence?.candidates), MAX_PARTICIPANTS, 'participants-invalid', warnings),
    days: readCountCandidates(candidateValues('giornate', fields, evidence?.candidates), MAX_DAYS, 'days-invalid', warnings),
    preferredPeriod: text('periodo'),
    venue: text('sede'),
    privacyConsent: readPrivacy(fields, warnings),
  };
  warnings.push(...lowConfidenceWarnings(sources));
  return { request, warnings, sources };
}

// Offices and headings, not people.
const NOT_A_PERSON = /^(ufficio|uffici|settore|servizio|servizi|area|segreteria|protocollo|comune|ente|direzione|dipartimento|unit[aà]|u\.?o\.?|staff|sportello|gabinetto|referente|nominativo|nome|cognome|responsabile)\b/i;

/** A person's name: not an office or a label, not a single word in capitals, and written with capitals. */
function isPersonName(name: string | null): boolean {
  if (!name || NOT_A_PERSON.test(name.trim())) return false;
  const words = name.trim().split(/\s+/);
  if (words.length === 1 && name === name.toUpperCase()) return false;
  // lower-case letters only (a scan's dotted line read as letters) is no one's name
  return words.some((word) => /^[^\p{L}]*\p{Lu}/u.test(word));
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

/** The first candidate that is a count in range; the first one's complaint when none is. */
function readCountCandidates(values: readonly string[], max: number, invalidCode: string, warnings: string[]): number | null {
  for (const value of values) {
    const count = readCount(value, max);
    if (count !== null) return count;
  }
  if (values[0] !== undefined) warnings.push(`${invalidCode}: ${values[0]}`);
  return null;
}

/** null when the form has no privacy field at all, false when it is there but not ticked. */
function readPrivacy(fields: FormFields, warnings: string[]): boolean | null {
  const value = fields.privacy;
  const consent = value === undefined ? null : readCheckbox(value);
  if (consent !== true) warnings.push(`privacy-not-accepted: ${value === undefined ? 'campo assente' : String(value) || 'non selezionato'}`);
  return consent;
}
