/** What the dashboard and metrics need to know about one watched mailbox. */
export type MailboxHealthStatus = 'ok' | 'stale' | 'down' | 'never-checked';

export interface MailboxHealth {
  status: MailboxHealthStatus;
  /** Seconds since the last successful check of INBOX, null if never. */
  secondsSinceCheck: number | null;
  /** Italian, for the secretariat; null when all is well. */
  alert: string | null;
}

/** Default alert threshold: a mailbox not read successfully for this long needs a person. */
export const DEFAULT_MAILBOX_ALERT_AFTER_MS = 10 * 60_000;

/**
 * Judges a mailbox by its last successful check (mailbox_state.last_check_at, written only after
 * a scan of INBOX succeeded): a connection that hangs without closing, a login that fails, a
 * server that is gone, all end up here as a check that is too old.
 */
export function mailboxHealth(
  state: { connected: boolean; lastCheckAt: Date | null; lastError: string | null },
  now: Date,
  alertAfterMs: number = DEFAULT_MAILBOX_ALERT_AFTER_MS,
): MailboxHealth {
  const secondsSinceCheck = state.lastCheckAt ? Math.max(0, Math.round((now.getTime() - state.lastCheckAt.getTime()) / 1000)) : null;
  const error = state.lastError ? ` (ultimo errore: ${state.lastError})` : '';
  if (secondsSinceCheck === null) {
    return { status: 'never-checked', secondsSinceCheck, alert: state.lastError ? `La casella non è mai stata letta${error}.` : null };
  }
  const stale = secondsSinceCheck * 1000 > alertAfterMs;
  if (!stale) return { status: 'ok', secondsSinceCheck, alert: null };
  const minutes = Math.round(secondsSinceCheck / 60);
  return {
    status: state.connected ? 'stale' : 'down',
    secondsSinceCheck,
    alert: `La casella non viene letta da ${minutes} minut${minutes === 1 ? 'o' : 'i'}${error}.`,
  };
}
