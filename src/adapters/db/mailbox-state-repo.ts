import type { SqlExecutor } from './database.ts';
import { numberOrNull, stringOrNull } from './sql-values.ts';

export interface MailboxStatePatch {
  uidValidity?: string | null;
  lastUid?: number | null;
  lastCheckAt?: Date | null;
  lastError?: string | null;
  connected?: boolean;
}

export interface MailboxState {
  mailbox: string;
  uidValidity: string | null;
  lastUid: number | null;
  lastCheckAt: Date | null;
  lastError: string | null;
  connected: boolean;
  updatedAt: Date;
}

const PATCH_COLUMNS: Record<keyof MailboxStatePatch, string> = {
  uidValidity: 'uid_validity',
  lastUid: 'last_uid',
  lastCheckAt: 'last_check_at',
  lastError: 'last_error',
  connected: 'connected',
};

const COLUMNS = 'mailbox, uid_validity, last_uid, last_check_at, last_error, connected, updated_at';

/** Creates or updates the watcher's bookkeeping; only the fields present in `patch` change. */
export async function upsertMailboxState(sql: SqlExecutor, mailbox: string, patch: MailboxStatePatch): Promise<MailboxState> {
  const columns: string[] = [];
  const params: unknown[] = [mailbox];
  for (const key of Object.keys(PATCH_COLUMNS) as (keyof MailboxStatePatch)[]) {
    if (patch[key] === undefined) continue;
    columns.push(PATCH_COLUMNS[key]);
    params.push(patch[key]);
  }
  const insertColumns = ['mailbox', ...columns].join(', ');
  const placeholders = params.map((_, index) => `$${index + 1}`).join(', ');
  const updates = [...columns.map((column) => `${column} = EXCLUDED.${column}`), 'updated_at = now()'].join(', ');
  const { rows } = await sql.query(
    `INSERT INTO mailbox_state (${insertColumns}) VALUES (${placeholders})
     ON CONFLICT (mailbox) DO UPDATE SET ${updates}
     RETURNING ${COLUMNS}`,
    params,
  );
  const row = rows[0];
  if (!row) throw new Error('upsertMailboxState: upsert returned no row');
  return toMailboxState(row);
}

export async function getMailboxState(sql: SqlExecutor, mailbox: string): Promise<MailboxState | null> {
  const { rows } = await sql.query(`SELECT ${COLUMNS} FROM mailbox_state WHERE mailbox = $1`, [mailbox]);
  return rows[0] ? toMailboxState(rows[0]) : null;
}

export async function listMailboxStates(sql: SqlExecutor): Promise<MailboxState[]> {
  const { rows } = await sql.query(`SELECT ${COLUMNS} FROM mailbox_state ORDER BY mailbox`);
  return rows.map(toMailboxState);
}

function toMailboxState(row: Record<string, unknown>): MailboxState {
  return {
    mailbox: String(row.mailbox),
    uidValidity: stringOrNull(row.uid_validity),
    lastUid: numberOrNull(row.last_uid),
    lastCheckAt: (row.last_check_at as Date | null) ?? null,
    lastError: stringOrNull(row.last_error),
    connected: Boolean(row.connected),
    updatedAt: row.updated_at as Date,
  };
}
