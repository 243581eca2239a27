import { judgeSender, type SenderJudgement } from './judge-sender.ts';
import { readAuthenticationResults, type AuthMethodResult } from './read-authentication-results.ts';
import { readHeaderValues } from './read-header-block.ts';
import type { SenderAuthSettings } from './sender-auth-settings.ts';
import { verifyWithMailauth, type DnsResolver } from './verify-with-mailauth.ts';

export interface SenderCheckDeps {
  /** Needed in `verify` mode only; the caller decides where DNS answers come from. */
  resolver?: DnsResolver;
}

/**
 * Is the sender of this raw message who its From says? `headers`: judged from the
 * Authentication-Results our own receiving server added; `verify`: SPF/DKIM/DMARC checked here
 * with mailauth (IP and HELO from the topmost Received header). Never throws.
 */
export async function checkSender(raw: Buffer, settings: SenderAuthSettings, deps: SenderCheckDeps = {}): Promise<SenderJudgement> {
  if (settings.mode === 'off') return { verdict: 'unknown', detail: 'sender check off' };
  if (settings.mode === 'verify') {
    if (!deps.resolver) return { verdict: 'unknown', detail: 'sender-check-unavailable: no resolver' };
    return judgeSender(await verifyWithMailauth(raw, deps.resolver));
  }
  return judgeSender(trustedResults(raw, settings.trustedAuthservIds));
}

/** The results we may believe: a sender can write any Authentication-Results header it likes. */
export function trustedResults(raw: Buffer, trustedAuthservIds: readonly string[]): AuthMethodResult[] {
  const headers = readHeaderValues(raw, 'authentication-results')
    .map(readAuthenticationResults)
    .filter((h) => h !== null);
  if (trustedAuthservIds.length === 0) return headers[0]?.results ?? [];
  return headers.filter((h) => trustedAuthservIds.includes(h.authservId)).flatMap((h) => h.results);
}
