import type { SqlExecutor } from './database.ts';

export async function recordLoginFailure(sql: SqlExecutor, keys: string[]): Promise<void> {
  for (const key of keys) await sql.query('INSERT INTO web_login_failures (key) VALUES ($1)', [key]);
}

/** Failures per key within the last `windowMs`. */
export async function countLoginFailures(sql: SqlExecutor, keys: string[], windowMs: number): Promise<Map<string, number>> {
  const { rows } = await sql.query<{ key: string; count: string }>(
    `SELECT key, count(*) AS count FROM web_login_failures
      WHERE key = ANY($1::text[]) AND created_at > now() - make_interval(secs => $2::float8 / 1000)
      GROUP BY key`,
    [keys, windowMs],
  );
  return new Map(rows.map((row) => [row.key, Number(row.count)]));
}

/** A successful login clears the username's failures (not the address's). */
export async function clearLoginFailures(sql: SqlExecutor, key: string): Promise<void> {
  await sql.query('DELETE FROM web_login_failures WHERE key = $1', [key]);
}

export async function purgeOldLoginFailures(sql: SqlExecutor, windowMs: number): Promise<void> {
  await sql.query('DELETE FROM web_login_failures WHERE created_at < now() - make_interval(secs => $1::float8 / 1000)', [windowMs]);
}
