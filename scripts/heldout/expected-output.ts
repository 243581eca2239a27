import { DEFAULT_CATALOG } from '../../src/core/form/default-catalog.ts';
import type { Audience, ComuneMatch, Partnership } from '../../src/core/types.ts';
import type { HeldoutComune } from './heldout-comuni.ts';

/** What a person reading the message is sure of; anything left undefined is not asserted. */
export interface ExpectedRequestInput {
  comune?: HeldoutComune;
  match?: ComuneMatch;
  partnership?: Partnership;
  otherComuni?: string[];
  entityPec?: string;
  contact?: { name?: string; role?: string; email?: string; phone?: string };
  labs?: string[];
  needs?: string;
  cup?: string[];
  audience?: Audience[];
  participants?: number;
  days?: number;
  period?: string;
  venue?: string;
  privacy?: boolean;
}

export function labRef(code: string): { code: string; title: string } {
  const lab = DEFAULT_CATALOG.labs.find((entry) => entry.code === code);
  if (!lab) throw new Error(`unknown lab ${code}`);
  return { code: lab.code, title: lab.title };
}

function labArea(code: string): string {
  return DEFAULT_CATALOG.labs.find((entry) => entry.code === code)?.area ?? '';
}

function definedOnly(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/** The `request` block of the expected output (deep partial). */
export function expectedRequest(input: ExpectedRequestInput): Record<string, unknown> {
  const comune = input.comune
    ? definedOnly({ name: input.comune.name, istat: input.comune.istat, province: input.comune.province, region: input.comune.region, match: input.match })
    : undefined;
  const firstLab = input.labs?.[0];
  return definedOnly({
    comune,
    partnership: input.partnership,
    otherComuni: input.otherComuni ? { $contains: input.otherComuni } : undefined,
    entityPec: input.entityPec,
    contact: input.contact ? definedOnly({ ...input.contact }) : undefined,
    area: firstLab ? labArea(firstLab) : undefined,
    labs: input.labs?.map(labRef),
    needs: input.needs,
    cup: input.cup,
    audience: input.audience,
    participants: input.participants,
    days: input.days,
    preferredPeriod: input.period,
    venue: input.venue,
    privacyConsent: input.privacy,
  });
}

export interface HeaderView {
  from: string;
  subject: string;
  /** ISO date with offset, as the mail was written. */
  date: string;
}

export const expectedMessage = (header: HeaderView): Record<string, unknown> => ({ from: header.from, subject: header.subject, date: new Date(header.date).toISOString() });

/** A lab request; `missing` defaults to none, `form` is asserted only when given. */
export function expectedRequestMessage(
  header: HeaderView,
  request: ExpectedRequestInput,
  extra: { missing?: string[]; form?: Record<string, unknown> | null; pec?: Record<string, unknown> | null; message?: Record<string, unknown> } = {},
): Record<string, unknown> {
  return definedOnly({
    kind: 'request',
    message: extra.message ?? expectedMessage(header),
    pec: extra.pec,
    form: extra.form,
    request: expectedRequest(request),
    missing: extra.missing ?? [],
  });
}
