import type { Catalog } from '../../../core/normalize/catalog.ts';
import type { LabRef, LabRequest } from '../../../core/types.ts';
import { findMissing } from '../../../core/validate-request.ts';
import type { Database } from '../../db/database.ts';
import { insertRequestEvent } from '../../db/request-events-repo.ts';
import { findRequestById, updateRequestDetails } from '../../db/requests-repo.ts';
import { fail, ok, type ActionResult } from './action-result.ts';

export const CORRECTABLE_FIELDS = {
  comune: 'Comune',
  istat: 'Codice ISTAT',
  province: 'Provincia (sigla)',
  region: 'Regione',
  contactName: 'Nome del referente',
  contactRole: 'Ruolo del referente',
  contactEmail: 'E-mail del referente',
  contactPhone: 'Telefono del referente',
  labs: 'Laboratori (codici, separati da virgola)',
  needs: 'Fabbisogni formativi',
  participants: 'Numero di partecipanti',
  days: 'Giornate',
  preferredPeriod: 'Periodo preferito',
  venue: 'Sede',
} as const;
export type CorrectableField = keyof typeof CORRECTABLE_FIELDS;

export function isCorrectableField(value: unknown): value is CorrectableField {
  return typeof value === 'string' && Object.hasOwn(CORRECTABLE_FIELDS, value);
}

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

type Applied = { data: LabRequest; from: unknown; to: unknown } | { error: string };

function positiveIntOrNull(value: string): number | null | undefined {
  if (value === '') return null;
  return /^\d{1,6}$/.test(value) ? Number(value) : undefined;
}

function parseLabs(value: string, current: LabRef[], catalog: Catalog | null): LabRef[] | string {
  const codes = [...new Set(value.toUpperCase().split(/[\s,;]+/).filter(Boolean))];
  const labs: LabRef[] = [];
  for (const code of codes) {
    const known = current.find((l) => l.code === code) ?? catalog?.labs.find((l) => l.code === code);
    if (!known && catalog) return `Codice laboratorio sconosciuto: ${code}`;
    labs.push({ code, title: known?.title ?? code });
  }
  return labs;
}

/** The request's data with one field replaced; pure, so the rules can be tested without a database. */
export function applyCorrection(data: LabRequest, field: CorrectableField, rawValue: string, catalog: Catalog | null): Applied {
  const value = rawValue.trim().slice(0, 4000);
  const next: LabRequest = structuredClone(data);
  const orNull = value === '' ? null : value;
  switch (field) {
    case 'comune':
      next.comune = { ...next.comune, name: orNull, match: orNull ? 'exact' : 'none' };
      return { data: next, from: data.comune.name, to: orNull };
    case 'istat':
      if (orNull && !/^\d{6}$/.test(value)) return { error: 'Il codice ISTAT ha 6 cifre.' };
      next.comune = { ...next.comune, istat: orNull };
      return { data: next, from: data.comune.istat, to: orNull };
    case 'province':
      if (orNull && !/^[A-Za-z]{2}$/.test(value)) return { error: 'La provincia è una sigla di due lettere.' };
      next.comune = { ...next.comune, province: orNull?.toUpperCase() ?? null };
      return { data: next, from: data.comune.province, to: next.comune.province };
    case 'region':
      next.comune = { ...next.comune, region: orNull };
      return { data: next, from: data.comune.region, to: orNull };
    case 'contactEmail':
      if (orNull && !EMAIL.test(value)) return { error: 'Indirizzo e-mail non valido.' };
      next.contact = { ...next.contact, email: orNull?.toLowerCase() ?? null };
      return { data: next, from: data.contact.email, to: next.contact.email };
    case 'contactName':
    case 'contactRole':
    case 'contactPhone': {
      const key = ({ contactName: 'name', contactRole: 'role', contactPhone: 'phone' } as const)[field];
      next.contact = { ...next.contact, [key]: orNull };
      return { data: next, from: data.contact[key], to: orNull };
    }
    case 'labs': {
      const labs = parseLabs(value, data.labs, catalog);
      if (typeof labs === 'string') return { error: labs };
      next.labs = labs;
      return { data: next, from: data.labs.map((l) => l.code), to: labs.map((l) => l.code) };
    }
    case 'participants':
    case 'days': {
      const number = positiveIntOrNull(value);
      if (number === undefined) return { error: 'Indicare un numero intero.' };
      next[field] = number;
      return { data: next, from: data[field], to: number };
    }
    case 'needs':
    case 'preferredPeriod':
    case 'venue':
      next[field] = orNull;
      return { data: next, from: data[field], to: orNull };
  }
}

/** Corrects one parsed field, re-validates the request and records who did it. */
export async function correctRequestField(
  db: Database,
  input: { requestId: string; field: CorrectableField; value: string; actor: string; catalog: Catalog | null },
): Promise<ActionResult> {
  return db.transaction(async (tx) => {
    const request = await findRequestById(tx, input.requestId);
    if (!request) return fail('Richiesta non trovata.');
    const applied = applyCorrection(request.data, input.field, input.value, input.catalog);
    if ('error' in applied) return fail(applied.error);
    const data = applied.data;
    const missing = findMissing(data);
    await updateRequestDetails(tx, request.id, {
      data,
      missing,
      comuneName: data.comune.name,
      comuneIstat: data.comune.istat,
      province: data.comune.province,
      region: data.comune.region,
      labCodes: data.labs.map((l) => l.code),
      contactEmail: data.contact.email,
    });
    await insertRequestEvent(tx, {
      requestId: request.id,
      type: 'field-corrected',
      actor: input.actor,
      details: { field: input.field, from: applied.from, to: applied.to, missing },
    });
    const still = missing.length ? ` Mancano ancora ${missing.length} dati obbligatori.` : ' La richiesta ora è completa.';
    return ok(`${CORRECTABLE_FIELDS[input.field]} aggiornato.${still}`);
  });
}
