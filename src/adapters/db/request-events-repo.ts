import type { SqlExecutor } from './database.ts';

export interface NewRequestEvent {
  requestId: string;
  type: string;
  /** system | comune | expert:<id> | user:<name> */
  actor: string;
  details?: unknown;
}

export interface RequestEvent {
  id: string;
  requestId: string;
  type: string;
  actor: string;
  details: unknown;
  createdAt: Date;
}

export async function insertRequestEvent(sql: SqlExecutor, e: NewRequestEvent): Promise<string> {
  const { rows } = await sql.query<{ id: string }>(
    'INSERT INTO request_events (request_id, type, actor, details) VALUES ($1, $2, $3, $4::jsonb) RETURNING id',
    [e.requestId, e.type, e.actor, e.details === undefined ? null : JSON.stringify(e.details)],
  );
  const row = rows[0];
  if (!row) throw new Error('insertRequestEvent: INSERT returned no row');
  return String(row.id);
}

/** The request's timeline, oldest first. */
export async function listRequestEvents(sql: SqlExecutor, requestId: string): Promise<RequestEvent[]> {
  const { rows } = await sql.query<Record<string, unknown>>(
    'SELECT id, request_id, type, actor, details, created_at FROM request_events WHERE request_id = $1 ORDER BY created_at, id',
    [requestId],
  );
  return rows.map((row) => ({
    id: String(row.id),
    requestId: String(row.request_id),
    type: String(row.type),
    actor: String(row.actor),
    details: row.details ?? null,
    createdAt: row.created_at as Date,
  }));
}
