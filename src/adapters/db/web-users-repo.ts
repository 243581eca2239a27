import type { SqlExecutor } from './database.ts';

export type WebRole = 'admin' | 'operator' | 'readonly';
export const WEB_ROLES: readonly WebRole[] = ['admin', 'operator', 'readonly'];

export interface WebUser {
  id: string;
  username: string;
  displayName: string;
  role: WebRole;
  disabled: boolean;
  createdAt: Date;
}

export interface WebUserWithHash extends WebUser {
  passwordHash: string;
}

const COLUMNS = 'id, username, display_name, role, disabled, created_at, password_hash';

/** Creates the user, or replaces name, role and password of an existing one (re-running `users add` resets a password). */
export async function upsertWebUser(
  sql: SqlExecutor,
  user: { username: string; displayName: string; role: WebRole; passwordHash: string },
): Promise<{ id: string; created: boolean }> {
  const { rows } = await sql.query<{ id: string; created: boolean }>(
    `INSERT INTO web_users (username, display_name, role, password_hash) VALUES ($1, $2, $3, $4)
     ON CONFLICT (username) DO UPDATE SET display_name = EXCLUDED.display_name, role = EXCLUDED.role,
       password_hash = EXCLUDED.password_hash, disabled = false, updated_at = now()
     RETURNING id, (xmax = 0) AS created`,
    [user.username, user.displayName, user.role, user.passwordHash],
  );
  const row = rows[0];
  if (!row) throw new Error('upsertWebUser: no row returned');
  return { id: String(row.id), created: Boolean(row.created) };
}

export async function findWebUserByUsername(sql: SqlExecutor, username: string): Promise<WebUserWithHash | null> {
  const { rows } = await sql.query(`SELECT ${COLUMNS} FROM web_users WHERE username = $1`, [username]);
  return rows[0] ? toUser(rows[0]) : null;
}

export async function listWebUsers(sql: SqlExecutor): Promise<WebUser[]> {
  const { rows } = await sql.query(`SELECT ${COLUMNS} FROM web_users ORDER BY username`);
  return rows.map((row) => {
    const { passwordHash: _hash, ...user } = toUser(row);
    return user;
  });
}

function toUser(row: Record<string, unknown>): WebUserWithHash {
  return {
    id: String(row.id),
    username: String(row.username),
    displayName: String(row.display_name),
    role: row.role as WebRole,
    disabled: Boolean(row.disabled),
    createdAt: row.created_at as Date,
    passwordHash: String(row.password_hash),
  };
}
