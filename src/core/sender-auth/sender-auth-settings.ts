export type SenderAuthMode = 'off' | 'headers' | 'verify';

export interface SenderAuthSettings {
  mode: SenderAuthMode;
  /**
   * authserv-ids of our own receiving servers, whose Authentication-Results we trust; empty:
   * the topmost header only (the one the last hop, our server, prepended).
   */
  trustedAuthservIds: string[];
}

export const DEFAULT_SENDER_AUTH: Readonly<SenderAuthSettings> = Object.freeze({ mode: 'headers', trustedAuthservIds: [] });

/** SENDER_AUTH=off|headers|verify (default headers), SENDER_AUTH_SERVIDS=mx.anci.it,… ; bad values give warnings and the default. */
export function readSenderAuthSettings(env: Readonly<Record<string, string | undefined>>): { settings: SenderAuthSettings; warnings: string[] } {
  const warnings: string[] = [];
  const raw = env.SENDER_AUTH?.trim().toLowerCase() || DEFAULT_SENDER_AUTH.mode;
  const mode: SenderAuthMode = raw === 'off' || raw === 'headers' || raw === 'verify' ? raw : DEFAULT_SENDER_AUTH.mode;
  if (mode !== raw) warnings.push(`setting-invalid: SENDER_AUTH=${raw}, using ${mode}`);
  const trustedAuthservIds = (env.SENDER_AUTH_SERVIDS ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  return { settings: { mode, trustedAuthservIds }, warnings };
}
