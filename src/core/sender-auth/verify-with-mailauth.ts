import { authenticate } from 'mailauth';
import type { AuthMethodResult } from './read-authentication-results.ts';

/** mailauth's resolver signature: like dns.promises.resolve. */
export type DnsResolver = (name: string, rrtype: string) => Promise<string[][] | string[]>;

/**
 * SPF, DKIM and DMARC of a raw message, checked by mailauth against the given resolver (the
 * caller injects it: real DNS in the service, fixed answers in tests). Failures to check become
 * `temperror` results, never exceptions.
 */
export async function verifyWithMailauth(raw: Buffer, resolver: DnsResolver): Promise<AuthMethodResult[]> {
  try {
    const result = await authenticate(raw, { trustReceived: true, resolver, disableArc: true, disableBimi: true, mta: 'cap4city-intake' });
    const results: AuthMethodResult[] = [];
    if (result.spf && typeof result.spf === 'object') {
      results.push({ method: 'spf', result: result.spf.status.result, properties: { 'smtp.mailfrom': result.spf.domain ?? '' } });
    }
    for (const sig of result.dkim?.results ?? []) {
      results.push({ method: 'dkim', result: sig.status.result, properties: { 'header.d': sig.signingDomain ?? '' } });
    }
    if (result.dmarc && typeof result.dmarc === 'object') {
      const dmarc = result.dmarc as { status?: { result?: string }; domain?: string };
      results.push({ method: 'dmarc', result: dmarc.status?.result ?? 'none', properties: { 'header.from': dmarc.domain ?? '' } });
    }
    return results;
  } catch (err) {
    return [{ method: 'dmarc', result: 'temperror', properties: { error: (err as Error).message ?? String(err) } }];
  }
}
