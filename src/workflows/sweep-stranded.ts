import type { SqlExecutor } from '../adapters/db/database.ts';

/**
 * Work whose queue job may have been lost (a crash between commit and enqueue, a flushed Redis):
 * messages stored but not parsed, mails queued but not sent. Job ids make re-enqueueing harmless.
 */
export async function findStrandedWork(sql: SqlExecutor, olderThanMs: number): Promise<{ messageIds: string[]; outboxIds: string[]; readyRequestIds: string[] }> {
  const messages = await sql.query<{ id: string }>(
    `SELECT id FROM messages WHERE status = 'received' AND received_at < now() - make_interval(secs => $1::float8 / 1000) ORDER BY id LIMIT 500`,
    [olderThanMs],
  );
  const outbox = await sql.query<{ id: string }>(
    `SELECT id FROM outbox WHERE status = 'pending' AND created_at < now() - make_interval(secs => $1::float8 / 1000) ORDER BY id LIMIT 500`,
    [olderThanMs],
  );
  // a ready request with no open offer waits for an assign job that may have been lost
  const ready = await sql.query<{ id: string }>(
    `SELECT r.id FROM requests r WHERE r.status = 'ready' AND r.updated_at < now() - make_interval(secs => $1::float8 / 1000)
        AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.request_id = r.id AND a.status = 'offered') ORDER BY r.id LIMIT 500`,
    [olderThanMs],
  );
  return { messageIds: messages.rows.map((r) => r.id), outboxIds: outbox.rows.map((r) => r.id), readyRequestIds: ready.rows.map((r) => r.id) };
}
