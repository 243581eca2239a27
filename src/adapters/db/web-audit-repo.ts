import type { SqlExecutor } from './database.ts';

export interface AuditEntry {
  /** user:<name> | anonymous */
  actor: string;
  action: string;
  target?: string | null;
  details?: unknown;
  ip?: string | null;
}

export async function insertAuditEntry(sql: SqlExecutor, e: AuditEntry): Promise<void> {
  await sql.query('INSERT INTO web_audit_log (actor, action, target, details, ip) VALUES ($1, $2, $3, $4::jsonb, $5)', [
    e.actor,
    e.action,
    e.target ?? null,
    e.details === undefined ? null : JSON.stringify(e.details),
    e.ip ?? null,
  ]);
}
