import type { SqlExecutor } from '../../db/database.ts';
import { clearLoginFailures, countLoginFailures, recordLoginFailure } from '../../db/web-login-failures-repo.ts';

export const LOGIN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_USERNAME = 5;
/** Higher than per username: an office behind one address has several people. */
export const MAX_FAILURES_PER_IP = 20;

function keysOf(ip: string, username: string): { ipKey: string; userKey: string } {
  return { ipKey: `ip:${ip}`, userKey: `user:${username.toLowerCase()}` };
}

export async function isLoginThrottled(sql: SqlExecutor, ip: string, username: string): Promise<boolean> {
  const { ipKey, userKey } = keysOf(ip, username);
  const counts = await countLoginFailures(sql, [ipKey, userKey], LOGIN_WINDOW_MS);
  return (counts.get(ipKey) ?? 0) >= MAX_FAILURES_PER_IP || (counts.get(userKey) ?? 0) >= MAX_FAILURES_PER_USERNAME;
}

export async function noteLoginFailure(sql: SqlExecutor, ip: string, username: string): Promise<void> {
  const { ipKey, userKey } = keysOf(ip, username);
  await recordLoginFailure(sql, [ipKey, userKey]);
}

export async function noteLoginSuccess(sql: SqlExecutor, username: string): Promise<void> {
  await clearLoginFailures(sql, keysOf('', username).userKey);
}
