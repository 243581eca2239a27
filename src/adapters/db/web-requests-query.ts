import type { LabRequest } from '../../core/types.ts';
import type { SqlExecutor } from './database.ts';
import { stringOrNull } from './sql-values.ts';

export const REQUEST_SORT_KEYS = ['code', 'created', 'updated', 'comune', 'province', 'region', 'status'] as const;
export type RequestSortKey = (typeof REQUEST_SORT_KEYS)[number];

export interface RequestFilter {
  status?: string;
  region?: string;
  province?: string;
  lab?: string;
  needsReview?: boolean;
  /** Created on or after (inclusive). */
  from?: Date;
  /** Created before (exclusive). */
  to?: Date;
  /** Matches Comune, code or contact e-mail. */
  search?: string;
}

export interface RequestPage {
  sort: RequestSortKey;
  descending: boolean;
  limit: number;
  offset: number;
}

export interface RequestRow {
  id: string;
  code: string;
  status: string;
  comuneName: string | null;
  province: string | null;
  region: string | null;
  labCodes: string[];
  contactEmail: string | null;
  needsReview: boolean;
  missing: string[];
  warnings: string[];
  replyTo: string | null;
  sourceMessageId: string | null;
  expertId: string | null;
  labDates: string[];
  data: LabRequest;
  createdAt: Date;
  updatedAt: Date;
}

const SORT_COLUMNS: Record<RequestSortKey, string> = {
  code: 'code',
  created: 'created_at',
  updated: 'updated_at',
  comune: 'lower(comune_name)',
  province: 'province',
  region: 'region',
  status: 'status',
};

/** The WHERE clause of a filter; every value is a parameter. */
export function requestFilterSql(filter: RequestFilter, params: unknown[]): string {
  const clauses: string[] = [];
  const add = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (filter.status) clauses.push(`status = ${add(filter.status)}`);
  if (filter.region) clauses.push(`region = ${add(filter.region)}`);
  if (filter.province) clauses.push(`upper(province) = upper(${add(filter.province)})`);
  if (filter.lab) clauses.push(`${add(filter.lab)} = ANY(lab_codes)`);
  if (filter.needsReview !== undefined) clauses.push(`needs_review = ${add(filter.needsReview)}`);
  if (filter.from) clauses.push(`created_at >= ${add(filter.from)}`);
  if (filter.to) clauses.push(`created_at < ${add(filter.to)}`);
  if (filter.search) {
    const pattern = add(`%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    clauses.push(`(comune_name ILIKE ${pattern} OR code ILIKE ${pattern} OR contact_email ILIKE ${pattern})`);
  }
  return clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
}

export async function searchRequests(
  sql: SqlExecutor,
  filter: RequestFilter,
  page: RequestPage,
): Promise<{ rows: RequestRow[]; total: number }> {
  const params: unknown[] = [];
  const where = requestFilterSql(filter, params);
  const order = `${SORT_COLUMNS[page.sort]} ${page.descending ? 'DESC' : 'ASC'} NULLS LAST, id ${page.descending ? 'DESC' : 'ASC'}`;
  const counted = await sql.query<{ count: string }>(`SELECT count(*) AS count FROM requests ${where}`, params);
  const { rows } = await sql.query(
    `SELECT id, code, status, comune_name, province, region, lab_codes, contact_email, needs_review, missing,
            warnings, reply_to, source_message_id,
            expert_id, lab_dates, data, created_at, updated_at
       FROM requests ${where} ORDER BY ${order} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, page.limit, page.offset],
  );
  return { rows: rows.map(toRequestRow), total: Number(counted.rows[0]?.count ?? 0) };
}

export async function findRequestRowByCode(sql: SqlExecutor, code: string): Promise<RequestRow | null> {
  const { rows } = await sql.query(
    `SELECT id, code, status, comune_name, province, region, lab_codes, contact_email, needs_review, missing,
            warnings, reply_to, source_message_id,
            expert_id, lab_dates, data, created_at, updated_at
       FROM requests WHERE code = $1`,
    [code.trim().toUpperCase()],
  );
  return rows[0] ? toRequestRow(rows[0]) : null;
}

/** Requests created today and this week (Monday first), in Italian time. */
export async function countRecentRequests(sql: SqlExecutor): Promise<{ today: number; week: number }> {
  const { rows } = await sql.query<{ today: string; week: string }>(
    `SELECT
       count(*) FILTER (WHERE created_at >= date_trunc('day', now() AT TIME ZONE 'Europe/Rome') AT TIME ZONE 'Europe/Rome') AS today,
       count(*) FILTER (WHERE created_at >= date_trunc('week', now() AT TIME ZONE 'Europe/Rome') AT TIME ZONE 'Europe/Rome') AS week
     FROM requests`,
  );
  return { today: Number(rows[0]?.today ?? 0), week: Number(rows[0]?.week ?? 0) };
}

/** Distinct values for the filter drop-downs. */
export async function listFilterChoices(sql: SqlExecutor): Promise<{ regions: string[]; provinces: string[]; labs: string[] }> {
  const regions = await sql.query<{ v: string }>('SELECT DISTINCT region AS v FROM requests WHERE region IS NOT NULL ORDER BY 1');
  const provinces = await sql.query<{ v: string }>('SELECT DISTINCT upper(province) AS v FROM requests WHERE province IS NOT NULL ORDER BY 1');
  const labs = await sql.query<{ v: string }>('SELECT DISTINCT unnest(lab_codes) AS v FROM requests ORDER BY 1');
  return { regions: regions.rows.map((r) => r.v), provinces: provinces.rows.map((r) => r.v), labs: labs.rows.map((r) => r.v) };
}

function toRequestRow(row: Record<string, unknown>): RequestRow {
  return {
    id: String(row.id),
    code: String(row.code),
    status: String(row.status),
    comuneName: stringOrNull(row.comune_name),
    province: stringOrNull(row.province),
    region: stringOrNull(row.region),
    labCodes: (row.lab_codes as string[] | null) ?? [],
    contactEmail: stringOrNull(row.contact_email),
    needsReview: Boolean(row.needs_review),
    missing: (row.missing as string[] | null) ?? [],
    warnings: (row.warnings as string[] | null) ?? [],
    replyTo: stringOrNull(row.reply_to),
    sourceMessageId: stringOrNull(row.source_message_id),
    expertId: stringOrNull(row.expert_id),
    labDates: (row.lab_dates as string[] | null) ?? [],
    data: row.data as LabRequest,
    createdAt: row.created_at as Date,
    updatedAt: row.updated_at as Date,
  };
}
