import type { RequestRow } from '../db/web-requests-query.ts';
import { statusLabel } from './labels.ts';

const HEADER = [
  'Codice', 'Ricevuta il', 'Stato', 'Comune', 'Codice ISTAT', 'Provincia', 'Regione', 'Laboratori', 'Referente',
  'E-mail referente', 'Telefono referente', 'Partecipanti', 'Giornate', 'Periodo preferito', 'Da verificare', 'Dati mancanti',
  'Esperto', 'Date laboratorio',
];

export function requestCsvRows(rows: RequestRow[]): string[][] {
  return [
    HEADER,
    ...rows.map((r) => [
      r.code,
      r.createdAt.toISOString(),
      statusLabel(r.status),
      r.comuneName ?? '',
      r.data?.comune?.istat ?? '',
      r.province ?? '',
      r.region ?? '',
      r.labCodes.join(', '),
      r.data?.contact?.name ?? '',
      r.contactEmail ?? '',
      r.data?.contact?.phone ?? '',
      r.data?.participants === null || r.data?.participants === undefined ? '' : String(r.data.participants),
      r.data?.days === null || r.data?.days === undefined ? '' : String(r.data.days),
      r.data?.preferredPeriod ?? '',
      r.needsReview ? 'sì' : 'no',
      r.missing.join(', '),
      r.expertId ?? '',
      r.labDates.join(', '),
    ]),
  ];
}

/** The JSON of /api/richieste: the list row without the full data blob's internals renamed. */
export function requestJson(r: RequestRow): Record<string, unknown> {
  return {
    code: r.code,
    status: r.status,
    statusLabel: statusLabel(r.status),
    comune: r.comuneName,
    province: r.province,
    region: r.region,
    labs: r.labCodes,
    contactEmail: r.contactEmail,
    needsReview: r.needsReview,
    missing: r.missing,
    expertId: r.expertId,
    labDates: r.labDates,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    data: r.data,
  };
}
