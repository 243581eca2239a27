import type { SqlExecutor } from '../adapters/db/database.ts';

/** The request whose outgoing mail a reply points at through In-Reply-To or References. */
export async function findRequestByThread(sql: SqlExecutor, ids: string[]): Promise<{ id: string; code: string } | null> {
  if (!ids.length) return null;
  const { rows } = await sql.query<{ id: string; code: string }>(
    `SELECT r.id, r.code FROM outbox o JOIN requests r ON r.id = o.request_id WHERE o.message_id = ANY($1::text[]) ORDER BY o.id DESC LIMIT 1`,
    [ids],
  );
  return rows[0] ?? null;
}
