import type { LabRequest } from '../../core/types.ts';
import type { SqlExecutor } from './database.ts';
import { requestCodeYear } from './request-code.ts';
import { jsonParam, stringOrNull } from './sql-values.ts';

export interface RequestDetails {
  comuneName: string | null;
  comuneIstat: string | null;
  province: string | null;
  region: string | null;
  labCodes: string[];
  contactEmail: string | null;
  /** Where answers to the Comune go. */
  replyTo: string | null;
  needsReview: boolean;
  data: LabRequest;
  missing: string[];
  warnings: string[];
}

export interface NewRequest extends RequestDetails {
  status: string;
  sourceMessageId: string | null;
  /** Also decides the year of the code; default now. */
  createdAt?: Date;
}

export interface StoredRequest extends RequestDetails {
  id: string;
  code: string;
  year: number;
  status: string;
  sourceMessageId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const COLUMNS = `id, code, year, status, comune_name, comune_istat, province, region, lab_codes, contact_email,
  reply_to, needs_review, data, missing, warnings, source_message_id, created_at, updated_at`;

/** The first entry of a new request's timeline, written by the same statement. */
export interface FirstEvent {
  type: string;
  actor: string;
  details: unknown;
}

/**
 * Inserts a request with the next code of its year (and, given one, the first event of its
 * timeline) and returns it as stored. The counter row stays locked until the surrounding
 * transaction ends, so concurrent inserts get consecutive codes and a rollback gives its number back.
 */
export async function insertRequest(sql: SqlExecutor, r: NewRequest, firstEvent?: FirstEvent): Promise<StoredRequest> {
  const createdAt = r.createdAt ?? new Date();
  const year = requestCodeYear(createdAt);
  const { rows } = await sql.query(
    `WITH counter AS (
       INSERT INTO request_code_counters (year, last) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last = request_code_counters.last + 1
       RETURNING last
     ), inserted AS (
       INSERT INTO requests (code, year, status, comune_name, comune_istat, province, region, lab_codes, contact_email,
         reply_to, needs_review, data, missing, warnings, source_message_id, created_at, updated_at)
       -- numbers past 99999 grow wider instead of being truncated by lpad
       SELECT 'C4C-' || $1::int || '-' || CASE WHEN counter.last < 100000 THEN lpad(counter.last::text, 5, '0') ELSE counter.last::text END,
         $1, $2, $3, $4, $5, $6, $7::text[], $8, $9, $10, $11::jsonb, $12::jsonb, $13::jsonb, $14, $15, $15
       FROM counter
       RETURNING ${COLUMNS}
     ), first_event AS (
       INSERT INTO request_events (request_id, type, actor, details)
       SELECT id, $16, $17, $18::jsonb FROM inserted WHERE $16::text IS NOT NULL
     )
     SELECT * FROM inserted`,
    [
      year, r.status, r.comuneName, r.comuneIstat, r.province, r.region, r.labCodes, r.contactEmail, r.replyTo,
      r.needsReview, jsonParam(r.data), jsonParam(r.missing), jsonParam(r.warnings), r.sourceMessageId, createdAt,
      firstEvent?.type ?? null, firstEvent?.actor ?? null, jsonParam(firstEvent?.details),
    ],
  );
  const row = rows[0];
  if (!row) throw new Error('insertRequest: INSERT returned no row');
  return toStoredRequest(row);
}

export async function findRequestById(sql: SqlExecutor, id: string): Promise<StoredRequest | null> {
  const { rows } = await sql.query(`SELECT ${COLUMNS} FROM requests WHERE id = $1`, [id]);
  return rows[0] ? toStoredRequest(rows[0]) : null;
}

/** The request, locked until the transaction ends: workflow steps on one request take turns. */
export async function lockRequest(sql: SqlExecutor, id: string): Promise<StoredRequest | null> {
  const { rows } = await sql.query(`SELECT ${COLUMNS} FROM requests WHERE id = $1 FOR UPDATE`, [id]);
  return rows[0] ? toStoredRequest(rows[0]) : null;
}

/** Sets (or clears) the expert the request is assigned to. */
export async function setRequestExpert(sql: SqlExecutor, id: string, expertId: string | null): Promise<void> {
  await sql.query('UPDATE requests SET expert_id = $2, updated_at = now() WHERE id = $1', [id, expertId]);
}

export async function findRequestByCode(sql: SqlExecutor, code: string): Promise<StoredRequest | null> {
  const { rows } = await sql.query(`SELECT ${COLUMNS} FROM requests WHERE code = $1`, [code.trim().toUpperCase()]);
  return rows[0] ? toStoredRequest(rows[0]) : null;
}

/**
 * Sets the status and bumps updated_at. With `from`, only a request still in that status changes
 * (compare-and-set for the state machine). Returns whether a row changed.
 */
export async function updateRequestStatus(
  sql: SqlExecutor,
  id: string,
  status: string,
  opts: { from?: string } = {},
): Promise<boolean> {
  const { rowCount } =
    opts.from === undefined
      ? await sql.query('UPDATE requests SET status = $2, updated_at = now() WHERE id = $1', [id, status])
      : await sql.query('UPDATE requests SET status = $2, updated_at = now() WHERE id = $1 AND status = $3', [id, status, opts.from]);
  return rowCount > 0;
}

const DETAIL_COLUMNS: Record<keyof RequestDetails, { column: string; cast: string; json?: true }> = {
  comuneName: { column: 'comune_name', cast: 'text' },
  comuneIstat: { column: 'comune_istat', cast: 'text' },
  province: { column: 'province', cast: 'text' },
  region: { column: 'region', cast: 'text' },
  labCodes: { column: 'lab_codes', cast: 'text[]' },
  contactEmail: { column: 'contact_email', cast: 'text' },
  replyTo: { column: 'reply_to', cast: 'text' },
  needsReview: { column: 'needs_review', cast: 'boolean' },
  data: { column: 'data', cast: 'jsonb', json: true },
  missing: { column: 'missing', cast: 'jsonb', json: true },
  warnings: { column: 'warnings', cast: 'jsonb', json: true },
};

/** Replaces the given details (e.g. when a Comune's reply completes its request); returns whether a row changed. */
export async function updateRequestDetails(sql: SqlExecutor, id: string, patch: Partial<RequestDetails>): Promise<boolean> {
  const assignments: string[] = [];
  const params: unknown[] = [id];
  for (const key of Object.keys(DETAIL_COLUMNS) as (keyof RequestDetails)[]) {
    if (patch[key] === undefined) continue;
    const { column, cast, json } = DETAIL_COLUMNS[key];
    params.push(json ? jsonParam(patch[key]) : patch[key]);
    assignments.push(`${column} = $${params.length}::${cast}`);
  }
  if (assignments.length === 0) return false;
  const { rowCount } = await sql.query(`UPDATE requests SET ${assignments.join(', ')}, updated_at = now() WHERE id = $1`, params);
  return rowCount > 0;
}

export async function countRequests(sql: SqlExecutor, filter: { status?: string } = {}): Promise<number> {
  const { rows } =
    filter.status === undefined
      ? await sql.query<{ count: string }>('SELECT count(*) AS count FROM requests')
      : await sql.query<{ count: string }>('SELECT count(*) AS count FROM requests WHERE status = $1', [filter.status]);
  return Number(rows[0]?.count ?? 0);
}

/** Newest first. */
export async function listRequests(
  sql: SqlExecutor,
  opts: { status?: string; limit: number; offset?: number },
): Promise<StoredRequest[]> {
  const { rows } = await sql.query(
    `SELECT ${COLUMNS} FROM requests WHERE ($1::text IS NULL OR status = $1)
      ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3`,
    [opts.status ?? null, opts.limit, opts.offset ?? 0],
  );
  return rows.map(toStoredRequest);
}

function toStoredRequest(row: Record<string, unknown>): StoredRequest {
  return {
    id: String(row.id),
    code: String(row.code),
    year: Number(row.year),
    status: String(row.status),
    comuneName: stringOrNull(row.comune_name),
    comuneIstat: stringOrNull(row.comune_istat),
    province: stringOrNull(row.province),
    region: stringOrNull(row.region),
    labCodes: (row.lab_codes as string[] | null) ?? [],
    contactEmail: stringOrNull(row.contact_email),
    replyTo: stringOrNull(row.reply_to),
    needsReview: Boolean(row.needs_review),
    data: row.data as LabRequest,
    missing: (row.missing as string[] | null) ?? [],
    warnings: (row.warnings as string[] | null) ?? [],
    sourceMessageId: stringOrNull(row.source_message_id),
    createdAt: row.created_at as Date,
    updatedAt: row.updated_at as Date,
  };
}
