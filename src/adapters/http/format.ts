const DATE_TIME = new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const DATE = new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', day: '2-digit', month: '2-digit', year: 'numeric' });

export function formatDateTime(date: Date | null | undefined): string {
  return date ? DATE_TIME.format(date) : '—';
}

export function formatDate(date: Date | null | undefined): string {
  return date ? DATE.format(date) : '—';
}

/** A duration in hours or days, rounded, in Italian. */
export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return '—';
  const hours = ms / 3_600_000;
  if (hours < 1) return `${Math.max(1, Math.round(ms / 60_000))} min`;
  if (hours < 48) return `${hours.toFixed(1).replace('.', ',')} ore`;
  return `${(hours / 24).toFixed(1).replace('.', ',')} giorni`;
}
