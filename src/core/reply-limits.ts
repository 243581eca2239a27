/** How many automatic answers we send before a person must look: per recipient and in total. */
export interface ReplyLimits {
  perSenderPerHour: number;
  perSenderPerDay: number;
  globalPerHour: number;
}

export const DEFAULT_REPLY_LIMITS: Readonly<ReplyLimits> = Object.freeze({ perSenderPerHour: 5, perSenderPerDay: 20, globalPerHour: 300 });

/** Automatic answers in the current windows, counting the one being decided. */
export interface ReplyCounts {
  senderHour: number;
  senderDay: number;
  globalHour: number;
}

/** null: the answer may go; otherwise a `reply-limit-exceeded: …` warning and no answer. */
export function replyLimitWarning(counts: ReplyCounts, limits: ReplyLimits, recipient: string): string | null {
  if (counts.senderHour > limits.perSenderPerHour) return `reply-limit-exceeded: ${recipient} ${counts.senderHour} answers this hour (limit ${limits.perSenderPerHour})`;
  if (counts.senderDay > limits.perSenderPerDay) return `reply-limit-exceeded: ${recipient} ${counts.senderDay} answers today (limit ${limits.perSenderPerDay})`;
  if (counts.globalHour > limits.globalPerHour) return `reply-limit-exceeded: ${counts.globalHour} answers in total this hour (limit ${limits.globalPerHour})`;
  return null;
}

/** The fixed windows a moment falls in (UTC), as stable keys. */
export function replyWindows(now: Date): { hour: string; day: string } {
  const iso = now.toISOString();
  return { hour: iso.slice(0, 13), day: iso.slice(0, 10) };
}

const LIMIT_SETTINGS: Record<keyof ReplyLimits, string> = {
  perSenderPerHour: 'REPLY_LIMIT_PER_SENDER_HOUR',
  perSenderPerDay: 'REPLY_LIMIT_PER_SENDER_DAY',
  globalPerHour: 'REPLY_LIMIT_GLOBAL_HOUR',
};

/** Limits from the environment (0 or unset: the default); bad values give a warning and the default. */
export function readReplyLimits(env: Readonly<Record<string, string | undefined>>): { limits: ReplyLimits; warnings: string[] } {
  const limits: ReplyLimits = { ...DEFAULT_REPLY_LIMITS };
  const warnings: string[] = [];
  for (const key of Object.keys(LIMIT_SETTINGS) as (keyof ReplyLimits)[]) {
    const name = LIMIT_SETTINGS[key];
    const raw = env[name]?.trim();
    if (!raw) continue;
    const value = Number(raw);
    if (Number.isInteger(value) && value > 0) limits[key] = value;
    else warnings.push(`setting-invalid: ${name}=${raw}, using ${limits[key]}`);
  }
  return { limits, warnings };
}
