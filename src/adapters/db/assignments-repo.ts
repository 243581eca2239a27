import type { SqlExecutor } from './database.ts';

export type AssignmentStatus = 'offered' | 'accepted' | 'declined' | 'expired' | 'cancelled';

export interface Assignment {
  id: string;
  requestId: string;
  expertId: string;
  labCode: string | null;
  status: AssignmentStatus;
  offeredAt: Date;
  answerBy: Date | null;
  answeredAt: Date | null;
  remindedAt: Date | null;
  answeredVia: string | null;
}

const COLUMNS = 'id, request_id, expert_id, lab_code, status, offered_at, answer_by, answered_at, reminded_at, answered_via';

function toAssignment(row: Record<string, unknown>): Assignment {
  return {
    id: String(row.id),
    requestId: String(row.request_id),
    expertId: String(row.expert_id),
    labCode: (row.lab_code as string | null) ?? null,
    status: row.status as AssignmentStatus,
    offeredAt: row.offered_at as Date,
    answerBy: (row.answer_by as Date | null) ?? null,
    answeredAt: (row.answered_at as Date | null) ?? null,
    remindedAt: (row.reminded_at as Date | null) ?? null,
    answeredVia: (row.answered_via as string | null) ?? null,
  };
}

/** A new open offer; the unique index refuses a second open offer for the same request. */
export async function insertOffer(sql: SqlExecutor, offer: { requestId: string; expertId: string; labCode: string | null; answerBy: Date }): Promise<Assignment> {
  const { rows } = await sql.query(
    `INSERT INTO assignments (request_id, expert_id, lab_code, status, answer_by) VALUES ($1, $2, $3, 'offered', $4) RETURNING ${COLUMNS}`,
    [offer.requestId, offer.expertId, offer.labCode, offer.answerBy],
  );
  return toAssignment(rows[0]!);
}

/** An assignment made by the secretariat: recorded as accepted so it counts in the expert's load. */
export async function insertManualAssignment(sql: SqlExecutor, a: { requestId: string; expertId: string }): Promise<Assignment> {
  const { rows } = await sql.query(
    `INSERT INTO assignments (request_id, expert_id, status, answered_at, answered_via) VALUES ($1, $2, 'accepted', now(), 'secretariat') RETURNING ${COLUMNS}`,
    [a.requestId, a.expertId],
  );
  return toAssignment(rows[0]!);
}

export async function findOpenOffer(sql: SqlExecutor, requestId: string): Promise<Assignment | null> {
  const { rows } = await sql.query(`SELECT ${COLUMNS} FROM assignments WHERE request_id = $1 AND status = 'offered' FOR UPDATE`, [requestId]);
  return rows[0] ? toAssignment(rows[0]) : null;
}

export async function findAssignment(sql: SqlExecutor, id: string): Promise<Assignment | null> {
  const { rows } = await sql.query(`SELECT ${COLUMNS} FROM assignments WHERE id = $1`, [id]);
  return rows[0] ? toAssignment(rows[0]) : null;
}

/** Closes an open offer; false when it was no longer open (answered or expired meanwhile). */
export async function closeOffer(sql: SqlExecutor, id: string, status: Exclude<AssignmentStatus, 'offered'>, via: string): Promise<boolean> {
  const { rowCount } = await sql.query(
    `UPDATE assignments SET status = $2, answered_at = now(), answered_via = $3 WHERE id = $1 AND status = 'offered'`,
    [id, status, via],
  );
  return rowCount > 0;
}

export async function markOfferReminded(sql: SqlExecutor, id: string): Promise<boolean> {
  const { rowCount } = await sql.query(`UPDATE assignments SET reminded_at = now() WHERE id = $1 AND status = 'offered' AND reminded_at IS NULL`, [id]);
  return rowCount > 0;
}

/** What choosing an expert for a request needs to know, read in one round trip. */
export interface AssignmentContext {
  hasOpenOffer: boolean;
  /** Experts who declined this request or let an offer of it expire. */
  excluded: string[];
  /** Open work per expert: offers awaiting an answer and accepted requests not yet closed. */
  loads: Record<string, number>;
  /** The expert of the most recent offer: the round-robin cursor. */
  lastOffered: string | null;
}

export async function assignmentContext(sql: SqlExecutor, requestId: string): Promise<AssignmentContext> {
  const { rows } = await sql.query<{ has_open_offer: boolean; excluded: string[] | null; loads: Record<string, number | string> | null; last_offered: string | null }>(
    `SELECT
       EXISTS (SELECT 1 FROM assignments WHERE request_id = $1 AND status = 'offered') AS has_open_offer,
       ARRAY(SELECT DISTINCT expert_id FROM assignments WHERE request_id = $1 AND status IN ('declined', 'expired') ORDER BY expert_id) AS excluded,
       (SELECT jsonb_object_agg(l.expert_id, l.n) FROM (
          SELECT a.expert_id, count(*) AS n FROM assignments a JOIN requests r ON r.id = a.request_id
           WHERE a.status = 'offered' OR (a.status = 'accepted' AND r.status IN ('assigned', 'scheduled'))
           GROUP BY a.expert_id) l) AS loads,
       (SELECT expert_id FROM assignments ORDER BY id DESC LIMIT 1) AS last_offered`,
    [requestId],
  );
  const row = rows[0]!;
  return {
    hasOpenOffer: Boolean(row.has_open_offer),
    excluded: row.excluded ?? [],
    loads: Object.fromEntries(Object.entries(row.loads ?? {}).map(([expert, n]) => [expert, Number(n)])),
    lastOffered: row.last_offered ?? null,
  };
}

