import type { SqlExecutor } from '../adapters/db/database.ts';

export interface RetentionSettings {
  /** Raw messages and outgoing attachments older than this are purged; 0 keeps them for ever. */
  rawMonths: number;
}

export const DEFAULT_RETENTION: Readonly<RetentionSettings> = Object.freeze({ rawMonths: 24 });

/** RETENTION_RAW_MONTHS (default 24; 0 = never purge); a bad value gives a warning and the default. */
export function readRetentionSettings(env: Readonly<Record<string, string | undefined>>): { settings: RetentionSettings; warnings: string[] } {
  const raw = env.RETENTION_RAW_MONTHS?.trim();
  if (!raw) return { settings: { ...DEFAULT_RETENTION }, warnings: [] };
  const months = Number(raw);
  if (Number.isInteger(months) && months >= 0 && months <= 1200) return { settings: { rawMonths: months }, warnings: [] };
  return { settings: { ...DEFAULT_RETENTION }, warnings: [`setting-invalid: RETENTION_RAW_MONTHS=${raw}, using ${DEFAULT_RETENTION.rawMonths}`] };
}

export interface RetentionOutcome {
  cutoff: Date | null;
  rawMessagesPurged: number;
  outboxAttachmentsPurged: number;
}

/**
 * Purges what the retention period no longer allows us to keep: the raw bytes of messages and
 * the attachments of sent (or failed) mail older than the cutoff. The records themselves (the
 * request, what was parsed, the timeline) stay. A message not yet parsed is never purged.
 */
export async function purgeExpiredRawData(sql: SqlExecutor, settings: RetentionSettings, now: Date): Promise<RetentionOutcome> {
  if (settings.rawMonths <= 0) return { cutoff: null, rawMessagesPurged: 0, outboxAttachmentsPurged: 0 };
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - settings.rawMonths);
  const messages = await sql.query(
    `UPDATE messages SET raw = NULL WHERE raw IS NOT NULL AND status <> 'received' AND received_at < $1`,
    [cutoff],
  );
  const outbox = await sql.query(
    `UPDATE outbox SET attachments = '[]'::jsonb
      WHERE attachments <> '[]'::jsonb AND status IN ('sent', 'failed') AND created_at < $1`,
    [cutoff],
  );
  return { cutoff, rawMessagesPurged: messages.rowCount, outboxAttachmentsPurged: outbox.rowCount };
}

const DAY_MS = 24 * 3600_000;

/**
 * Runs the purge a minute after start and then daily (each work process does; the updates are
 * idempotent). Returns the function that stops it.
 */
export function scheduleRetention(
  db: SqlExecutor,
  env: Readonly<Record<string, string | undefined>>,
  log: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void },
  opts: { firstAfterMs?: number; everyMs?: number; now?: () => Date } = {},
): () => void {
  const { settings, warnings } = readRetentionSettings(env);
  for (const warning of warnings) log.warn({ warning }, 'setting ignored');
  const run = async () => {
    try {
      const outcome = await purgeExpiredRawData(db, settings, (opts.now ?? (() => new Date()))());
      if (outcome.rawMessagesPurged || outcome.outboxAttachmentsPurged) log.info({ ...outcome, rawMonths: settings.rawMonths }, 'retention: raw data purged');
    } catch (err) {
      log.warn({ err }, 'retention purge failed; tried again tomorrow');
    }
  };
  const first = setTimeout(() => void run(), opts.firstAfterMs ?? 60_000);
  const daily = setInterval(() => void run(), opts.everyMs ?? DAY_MS);
  first.unref();
  daily.unref();
  return () => {
    clearTimeout(first);
    clearInterval(daily);
  };
}
