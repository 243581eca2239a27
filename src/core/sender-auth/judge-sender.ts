import type { AuthMethodResult } from './read-authentication-results.ts';

export type SenderVerdict = 'authenticated' | 'not-authenticated' | 'unknown';

export interface SenderJudgement {
  verdict: SenderVerdict;
  /** Why, in `code: detail` form when not authenticated. */
  detail: string;
}

/**
 * The rule: DMARC fail, or SPF fail with no passing DKIM signature, means the sender is not who
 * the From says. DMARC pass, or an SPF/DKIM pass, is authenticated; nothing to judge by is unknown.
 */
export function judgeSender(results: readonly AuthMethodResult[]): SenderJudgement {
  const of = (method: string) => results.filter((r) => r.method === method).map((r) => r.result);
  const dmarc = of('dmarc');
  const spf = of('spf');
  const dkim = of('dkim');
  if (dmarc.includes('fail')) return { verdict: 'not-authenticated', detail: `sender-not-authenticated: dmarc=fail${fromDomain(results)}` };
  const dkimPass = dkim.includes('pass');
  if (spf.includes('fail') && !dkimPass) return { verdict: 'not-authenticated', detail: `sender-not-authenticated: spf=fail, dkim=${dkim[0] ?? 'none'}${fromDomain(results)}` };
  if (dmarc.includes('pass') || dkimPass || spf.includes('pass')) return { verdict: 'authenticated', detail: 'sender authenticated' };
  return { verdict: 'unknown', detail: 'no authentication results' };
}

function fromDomain(results: readonly AuthMethodResult[]): string {
  const domain = results.map((r) => r.properties['header.from'] ?? r.properties['smtp.mailfrom']).find(Boolean);
  return domain ? ` (${domain})` : '';
}
