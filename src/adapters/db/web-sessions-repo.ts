import type { SqlExecutor } from './database.ts';
import type { WebRole } from './web-users-repo.ts';

export interface SessionUser {
  userId: string;
  username: string;
  displayName: string;
  role: WebRole;
  csrfToken: string;
  lastSeenAt: Date;
}

export async function insertWebSession(
  sql: SqlExecutor,
  s: { idHash: string; userId: string; csrfToken: string; ip: string | null; userAgent: string | null },
): Promise<void> {
  await sql.query(
    'INSERT INTO web_sessions (id_hash, user_id, csrf_token, ip, user_agent) VALUES ($1, $2, $3, $4, $5)',
    [s.idHash, s.userId, s.csrfToken, s.ip, s.userAgent],
  );
}

/** The session's user when the session exists, was used within `idleMs` and its user is enabled. */
export async function findActiveSession(sql: SqlExecutor, idHash: string, idleMs: number): Promise<SessionUser | null> {
  const { rows } = await sql.query<Record<string, unknown>>(
    `SELECT s.user_id, s.csrf_token, s.last_seen_at, u.username, u.display_name, u.role
       FROM web_sessions s JOIN web_users u ON u.id = s.user_id
      WHERE s.id_hash = $1 AND NOT u.disabled
        AND s.last_seen_at > now() - make_interval(secs => $2::float8 / 1000)`,
    [idHash, idleMs],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    userId: String(row.user_id),
    username: String(row.username),
    displayName: String(row.display_name),
    role: row.role as WebRole,
    csrfToken: String(row.csrf_token),
    lastSeenAt: row.last_seen_at as Date,
  };
}

export async function touchWebSession(sql: SqlExecutor, idHash: string): Promise<void> {
  await sql.query('UPDATE web_sessions SET last_seen_at = now() WHERE id_hash = $1', [idHash]);
}

export async function deleteWebSession(sql: SqlExecutor, idHash: string): Promise<void> {
  await sql.query('DELETE FROM web_sessions WHERE id_hash = $1', [idHash]);
}

/** Drops sessions idle for longer than `idleMs`; returns how many. */
export async function deleteIdleWebSessions(sql: SqlExecutor, idleMs: number): Promise<number> {
  const { rowCount } = await sql.query(
    'DELETE FROM web_sessions WHERE last_seen_at < now() - make_interval(secs => $1::float8 / 1000)',
    [idleMs],
  );
  return rowCount;
}
