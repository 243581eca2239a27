import { generateKeyPairSync } from 'node:crypto';
import { dkimSign } from 'mailauth';
import { describe, expect, it } from 'vitest';
import { checkSender, trustedResults } from '../../../src/core/sender-auth/check-sender.ts';
import { judgeSender } from '../../../src/core/sender-auth/judge-sender.ts';
import { readAuthenticationResults } from '../../../src/core/sender-auth/read-authentication-results.ts';
import { readSenderAuthSettings } from '../../../src/core/sender-auth/sender-auth-settings.ts';
import type { DnsResolver } from '../../../src/core/sender-auth/verify-with-mailauth.ts';

const body = 'Comune richiedente: Matera\r\nLaboratorio richiesto: PO-2\r\n';
function mail(headers: string[], from = 'Ufficio <protocollo@comune.test>'): Buffer {
  return Buffer.from([...headers, `From: ${from}`, 'To: cap4city@anci.test', 'Subject: Richiesta', 'Message-ID: <m1@comune.test>', 'Date: Mon, 12 Jan 2026 09:30:00 +0100', '', body].join('\r\n'));
}

describe('Authentication-Results reading', () => {
  it('reads methods, results and properties, dropping comments', () => {
    const ar = readAuthenticationResults('mx.anci.test 1; spf=fail (sender IP is 203.0.113.9) smtp.mailfrom=comune.test; dkim=none (no signature); dmarc=fail (p=reject) header.from=comune.test');
    expect(ar?.authservId).toBe('mx.anci.test');
    expect(ar?.results.map((r) => `${r.method}=${r.result}`)).toEqual(['spf=fail', 'dkim=none', 'dmarc=fail']);
    expect(ar?.results[2]?.properties['header.from']).toBe('comune.test');
  });

  it('judges DMARC fail, and SPF fail without a passing DKIM, as not authenticated', () => {
    const r = (s: string) => readAuthenticationResults(`mx; ${s}`)!.results;
    expect(judgeSender(r('dmarc=fail header.from=x.it')).verdict).toBe('not-authenticated');
    expect(judgeSender(r('spf=fail; dkim=none')).detail).toMatch(/^sender-not-authenticated: spf=fail/);
    expect(judgeSender(r('spf=fail; dkim=pass header.d=x.it')).verdict).toBe('authenticated');
    expect(judgeSender(r('spf=pass; dmarc=pass')).verdict).toBe('authenticated');
    expect(judgeSender([]).verdict).toBe('unknown');
  });

  it('trusts only our own server: a forged "pass" below it, or from a foreign authserv-id, changes nothing', () => {
    const raw = mail(['Authentication-Results: mx.anci.test; dmarc=fail header.from=comune.test', 'Authentication-Results: mx.anci.test; dmarc=pass header.from=comune.test']);
    expect(judgeSender(trustedResults(raw, [])).verdict).toBe('not-authenticated');
    const forged = mail(['Authentication-Results: evil.example; dmarc=pass', 'Authentication-Results: mx.anci.test; spf=fail; dkim=none']);
    expect(judgeSender(trustedResults(forged, ['mx.anci.test'])).verdict).toBe('not-authenticated');
  });

  it('reads SENDER_AUTH settings with a warning for bad values', () => {
    expect(readSenderAuthSettings({}).settings).toEqual({ mode: 'headers', trustedAuthservIds: [] });
    expect(readSenderAuthSettings({ SENDER_AUTH: 'VERIFY', SENDER_AUTH_SERVIDS: 'mx1.anci.it, MX2.anci.it' }).settings).toEqual({ mode: 'verify', trustedAuthservIds: ['mx1.anci.it', 'mx2.anci.it'] });
    expect(readSenderAuthSettings({ SENDER_AUTH: 'maybe' }).warnings[0]).toMatch(/^setting-invalid: SENDER_AUTH/);
  });

  it('mode off judges nothing', async () => {
    const raw = mail(['Authentication-Results: mx; dmarc=fail']);
    expect((await checkSender(raw, { mode: 'off', trustedAuthservIds: [] })).verdict).toBe('unknown');
  });
});

describe('mailauth verification against DNS answers the test controls', () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const dkimKey = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  const zone: Record<string, string[][]> = {
    'TXT comune.test': [['v=spf1 ip4:192.0.2.10 -all']],
    'TXT _dmarc.comune.test': [['v=DMARC1; p=reject']],
    'TXT sel._domainkey.comune.test': [[`v=DKIM1; k=rsa; p=${dkimKey}`]],
  };
  const lookups: string[] = [];
  const resolver: DnsResolver = async (name, rrtype) => {
    lookups.push(`${rrtype} ${name}`);
    const answer = zone[`${rrtype} ${name.toLowerCase()}`];
    if (answer) return answer;
    throw Object.assign(new Error(`no ${rrtype} for ${name}`), { code: 'ENOTFOUND' });
  };
  const received = (ip: string) => `Received: from mail.comune.test (mail.comune.test [${ip}]) by mx.anci.test with ESMTP id abc; Mon, 12 Jan 2026 09:30:01 +0100`;
  const verify = { mode: 'verify' as const, trustedAuthservIds: [] };

  it('a spoofed sender (wrong IP, no DKIM) fails SPF and DMARC', async () => {
    const raw = mail(['Return-Path: <protocollo@comune.test>', received('203.0.113.9')]);
    const judgement = await checkSender(raw, verify, { resolver });
    expect(judgement.verdict).toBe('not-authenticated');
    expect(judgement.detail).toMatch(/^sender-not-authenticated: dmarc=fail/);
    expect(lookups).toContain('TXT _dmarc.comune.test');
  });

  it('the real sender (its IP) passes', async () => {
    const raw = mail(['Return-Path: <protocollo@comune.test>', received('192.0.2.10')]);
    expect((await checkSender(raw, verify, { resolver })).verdict).toBe('authenticated');
  });

  it('a DKIM signature of the From domain passes even from a forwarding IP', async () => {
    const unsigned = mail(['Return-Path: <protocollo@comune.test>', received('198.51.100.7')]);
    // mailauth's types name the options flat; its code reads them from signatureData
    const signing = { signatureData: [{ signingDomain: 'comune.test', selector: 'sel', privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string }] };
    const { signatures } = await dkimSign(unsigned, signing as unknown as Parameters<typeof dkimSign>[1]);
    expect(signatures).toMatch(/^DKIM-Signature: /);
    const signed = Buffer.concat([Buffer.from(signatures), unsigned]);
    expect((await checkSender(signed, verify, { resolver })).verdict).toBe('authenticated');
  });

  it('no resolver in verify mode is unknown, not a crash', async () => {
    expect((await checkSender(mail([]), verify)).verdict).toBe('unknown');
  });
});
