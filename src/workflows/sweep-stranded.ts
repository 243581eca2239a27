import type { SqlExecutor } from '../adapters/db/database.ts';
import { DEFAULT_STALE_SENDING_MS } from '../adapters/db/outbox-repo.ts';

/**
 * Work whose queue job may have been lost (a crash between commit and enqueue, a flushed Redis, a
 * worker killed mid-job): messages stored but not parsed, mails queued but not sent — or claimed by
 * a sender that died (`sending` for longer than `staleSendingMs`). Re-queueing is harmless: the
 * intake checks the message's status and a send claims its outbox row first.
 */
export async function findStrandedWork(
  sql: SqlExecutor,
  olderThanMs: number,
  staleSendingMs: number = DEFAULT_STALE_SENDING_MS,
): Promise<{ messageIds: string[]; outboxIds: string[]; readyRequestIds: string[] }> {
  const messages = await sql.query<{ id: string }>(
    `SELECT id FROM messages WHERE status = 'received' AND received_at < now() - make_interval(secs => $1::float8 / 1000) ORDER BY id LIMIT 500`,
    [olderThanMs],
  );
  const outbox = await sql.query<{ id: string }>(
    `SELECT id FROM outbox
      WHERE (status = 'pending' AND created_at < now() - make_interval(secs => $1::float8 / 1000))
         OR (status = 'sending' AND claimed_at < now() - make_interval(secs => $2::float8 / 1000))
      ORDER BY id LIMIT 500`,
    [olderThanMs, staleSendingMs],
  );
  // a ready request with no open offer waits for an assign job that may have been lost
  const ready = await sql.query<{ id: string }>(
    `SELECT r.id FROM requests r WHERE r.status = 'ready' AND r.updated_at < now() - make_interval(secs => $1::float8 / 1000)
        AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.request_id = r.id AND a.status = 'offered') ORDER BY r.id LIMIT 500`,
    [olderThanMs],
  );
  return { messageIds: messages.rows.map((r) => r.id), outboxIds: outbox.rows.map((r) => r.id), readyRequestIds: ready.rows.map((r) => r.id) };
}
