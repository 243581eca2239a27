import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEnv, type TestEnv } from '../../helpers/env.ts';
import { createImapTestClient, type ImapTestClient } from '../../helpers/imap.ts';
import { createTestDatabase, type TestDatabase } from '../../helpers/postgres.ts';
import { setupService, type ServiceSetup } from '../../helpers/service.ts';
import { startSmtpSink, type ReceivedMail, type SmtpSink } from '../../helpers/smtp-sink.ts';
import type { Service } from '../../../src/main.ts';
import { privateDovecot, type PrivateDovecot } from '../../chaos/private-servers.ts';

const shared = testEnv();

function request(opts: { id: string; from: string; name?: string; needs?: string; headers?: string[]; fromHeader?: string }): string {
  return [
    ...(opts.headers ?? []),
    opts.fromHeader ?? `From: Referente <${opts.from}>`,
    'To: Cap4City <cap4city@anci.example.it>',
    'Subject: Richiesta Capacity Lab - Comune di Matera',
    `Message-ID: <${opts.id}@comune.test>`,
    'Date: Mon, 12 Jan 2026 09:30:00 +0100',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Comune richiedente: Matera',
    `Referente: ${opts.name ?? 'Lucia Marino'}`,
    `E-mail: ${opts.from}`,
    'Laboratorio richiesto: PO-2 Reclutamento',
    `Fabbisogni e obiettivi: ${opts.needs ?? 'assumere tecnici per il PNRR.'}`,
    '',
  ].join('\r\n');
}

describe('spoofed senders and hostile form fields, end to end', () => {
  let root: string;
  let dovecot: PrivateDovecot;
  let env: TestEnv;
  let sink: SmtpSink;
  let database: TestDatabase;
  let setup: ServiceSetup;
  let service: Service;
  let imap: ImapTestClient;

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'c4c-spoof-'));
    chmodSync(root, 0o755);
    dovecot = await privateDovecot(path.join(root, 'dovecot'));
    env = { ...shared, imap: { ...shared.imap, port: dovecot.port, caFile: undefined } };
    sink = await startSmtpSink();
    database = await createTestDatabase();
    imap = await createImapTestClient(env, { user: 'cap4city' });
    await imap.resetMailbox();
    setup = setupService({ testEnv: env, databaseUrl: database.url, smtpUrl: sink.url, imapUser: 'cap4city', imapPass: env.imap.pass, pollSeconds: 2 });
    service = await setup.start();
  });

  afterAll(async () => {
    await service?.stop();
    await imap?.close();
    await sink?.close();
    await database?.drop();
    setup?.cleanup();
    await dovecot?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  async function requestRow(messageId: string) {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const { rows } = await service.db.query<{ status: string; needs_review: boolean; warnings: string[]; code: string }>(
        `select r.status, r.needs_review, r.warnings, r.code from requests r join messages m on m.id = r.source_message_id where m.message_id = $1`,
        [messageId],
      );
      if (rows[0]) return rows[0];
      if (Date.now() > deadline) throw new Error(`no request for ${messageId}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  it('DMARC fail in our server\'s Authentication-Results: no mail, the request waits for review', async () => {
    const spoofed = 'sindaco@comune-matera.test';
    await imap.appendMessage('INBOX', request({ id: 'spoof1', from: spoofed, headers: ['Authentication-Results: mx.anci.example.it; spf=fail smtp.mailfrom=comune-matera.test; dkim=none; dmarc=fail (p=reject) header.from=comune-matera.test', 'Authentication-Results: mx.anci.example.it; dmarc=pass header.from=comune-matera.test'] }));
    // the same request from a sender that passes is answered: proves the pipeline was live
    await imap.appendMessage('INBOX', request({ id: 'genuine1', from: 'ufficio@comune-potenza.test', headers: ['Authentication-Results: mx.anci.example.it; spf=pass smtp.mailfrom=comune-potenza.test; dkim=pass header.d=comune-potenza.test; dmarc=pass header.from=comune-potenza.test'] }));
    const spoofRow = await requestRow('<spoof1@comune.test>');
    expect(spoofRow.status).toBe('needs-review');
    expect(spoofRow.warnings.some((w) => w.startsWith('sender-not-authenticated: dmarc=fail'))).toBe(true);
    await sink.waitFor((m) => m.to.includes('ufficio@comune-potenza.test'), 15_000);
    await new Promise((r) => setTimeout(r, 1500));
    expect(sink.messages.filter((m) => m.to.includes(spoofed))).toHaveLength(0);
  });

  it('HTML and encoded CR/LF in the sender and the fields reach the Comune as text, never as markup or headers', async () => {
    const crlfName = `=?utf-8?B?${Buffer.from('Mario\r\nBcc: victim@evil.test\r\nX-Injected: 1').toString('base64')}?=`;
    await imap.appendMessage(
      'INBOX',
      request({
        id: 'inject1',
        from: 'ref@comune-bari.test',
        fromHeader: `From: ${crlfName} <ref@comune-bari.test>`,
        name: '<img src=x onerror="alert(1)">Mario <b>Rossi</b>',
        needs: '</p><a href="http://evil.test/phish">Clicca qui</a><script>alert(2)</script>',
      }),
    );
    const [ack] = (await sink.waitFor((m) => m.to.includes('ref@comune-bari.test') && /Richiesta ricevuta/.test(m.subject ?? ''), 15_000)) as [ReceivedMail];
    const raw = ack.raw.toString('latin1');
    const head = raw.slice(0, raw.indexOf('\r\n\r\n'));
    expect(head).not.toMatch(/^(Bcc|X-Injected):/im);
    expect(sink.messages.some((m) => m.to.includes('victim@evil.test'))).toBe(false);
    const html = ack.html ?? '';
    expect(html).not.toMatch(/<img\b/i);
    expect(html).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/<a [^>]*href="http:\/\/evil\.test/i);
    expect(html).toContain('&lt;img');
    expect(ack.headers.get('auto-submitted')).toBe('auto-replied');
  });
});
