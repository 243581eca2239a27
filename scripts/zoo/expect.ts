import { REQUIRED_PATHS } from '../../src/core/types.ts';
import type { ZooComune } from './comuni.ts';

const LAB_CODES = ['PO-1', 'PO-2', 'PO-3', 'PO-4', 'PO-5', 'PO-6', 'PC-1', 'PC-2', 'PC-3', 'PC-4', 'PC-5', 'PC-6'] as const;
export type LabCode = (typeof LAB_CODES)[number];
export type RequiredPath = (typeof REQUIRED_PATHS)[number];

/** What a person reading the message is sure of; anything left out is not asserted. */
export interface ZooRequest {
  comune?: ZooComune;
  contact?: { name?: string; role?: string; email?: string; phone?: string };
  labs?: LabCode[];
  needs?: string;
  participants?: number;
  days?: number;
  entityPec?: string;
}

/** The outer mail as its headers read (not asserted for PEC envelopes). */
export interface MailHeader {
  from: string;
  subject: string;
  /** ISO date with offset, as written in the mail. */
  date: string;
}

export interface ZooExpectOptions {
  /** Required fields truly absent from the message, in FORM.md order. */
  missing?: RequiredPath[];
  pec?: { type: string; sender: string };
  signature?: 'cades';
}

function definedOnly(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

function requestBlock(request: ZooRequest): Record<string, unknown> {
  const comune = request.comune
    ? definedOnly({ name: request.comune.name, istat: request.comune.istat, province: request.comune.province, region: request.comune.region })
    : undefined;
  return definedOnly({
    comune,
    entityPec: request.entityPec,
    contact: request.contact ? definedOnly({ ...request.contact }) : undefined,
    labs: request.labs?.map((code) => ({ code })),
    needs: request.needs,
    participants: request.participants,
    days: request.days,
  });
}

/** The deep partial `parse --json` must contain for a lab request (complete unless `missing` says otherwise). */
export function expectRequest(header: MailHeader | null, request: ZooRequest, options: ZooExpectOptions = {}): Record<string, unknown> {
  for (const code of request.labs ?? []) if (!(LAB_CODES as readonly string[]).includes(code)) throw new Error(`unknown lab ${code}`);
  const missing = options.missing ?? [];
  const order = REQUIRED_PATHS as readonly string[];
  if (missing.some((path, i) => i > 0 && order.indexOf(path) < order.indexOf(missing[i - 1] ?? ''))) throw new Error('missing must follow FORM.md order');
  return definedOnly({
    kind: 'request',
    message: header ? { from: header.from, subject: header.subject, date: new Date(header.date).toISOString() } : undefined,
    pec: options.pec,
    form: options.signature ? { signature: { type: options.signature } } : undefined,
    request: requestBlock(request),
    missing,
  });
}
