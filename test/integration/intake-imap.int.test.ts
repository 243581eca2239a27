import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/service.ts';
import { testEnv } from '../helpers/env.ts';
import { createImapTestClient, type ImapTestClient } from '../helpers/imap.ts';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/postgres.ts';
import { setupService, type ServiceSetup } from '../helpers/service.ts';
import type { Service } from '../../src/main.ts';

const env = testEnv();
const USER = env.imap.user2; // this file's own account: other suites use the first one

function requestMail(id: string): string {
  return [
    'From: Maria Bianchi <m.bianchi@comune.matera.example.it>',
    'To: Cap4City <cap4city@anci.example.it>',
    `Subject: Richiesta Capacity Lab ${id}`,
    `Message-ID: <${id}@comune.matera.example.it>`,
    'Date: Mon, 12 Jan 2026 09:30:00 +0100',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Buongiorno,',
    'con la presente il Comune chiede di partecipare a un Capacity Lab.',
    '',
    'Comune richiedente: Matera',
    'Referente: Maria Bianchi',
    'Ruolo: Responsabile ufficio personale',
    'E-mail: m.bianchi@comune.matera.example.it',
    'Telefono: 0835 123456',
    'Laboratorio richiesto: PO-4 PIAO e programmazione delle assunzioni',
    'Fabbisogni e obiettivi: aggiornare il PIAO e programmare le assunzioni 2026-2028.',
    '',
    'Cordiali saluti',
    'Maria Bianchi',
    '',
  ].join('\r\n');
}

function autoReply(id: string): string {
  return [
    'From: Ufficio Protocollo <protocollo@comune.bari.example.it>',
    'To: Cap4City <cap4city@anci.example.it>',
    'Subject: Risposta automatica: [C4C-2026-00001] Richiesta ricevuta',
    `Message-ID: <${id}@comune.bari.example.it>`,
    'Auto-Submitted: auto-replied',
    'Date: Mon, 12 Jan 2026 09:31:00 +0100',
    'Content-Type: text/plain; charset=utf-8',
    '',
    "L'ufficio è chiuso fino al 7 gennaio.",
    '',
  ].join('\r\n');
}

function bounce(id: string): string {
  const boundary = 'dsn-boundary';
  return [
    'From: Mail Delivery System <MAILER-DAEMON@mx.example.it>',
    'To: cap4city@anci.example.it',
    'Subject: Undelivered Mail Returned to Sender',
    `Message-ID: <${id}@mx.example.it>`,
    'Date: Mon, 12 Jan 2026 09:32:00 +0100',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'Your message could not be delivered.',
    `--${boundary}`,
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.it',
    '',
    'Final-Recipient: rfc822; nobody@comune.example.it',
    'Action: failed',
    'Status: 5.1.1',
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

describe('intake from a real IMAP mailbox', () => {
  let sink: SmtpSink;
  let database: TestDatabase;
  let imap: ImapTestClient;
  let setup: ServiceSetup;
  const services: Service[] = [];

  beforeAll(async () => {
    sink = await startSmtpSink();
    database = await createTestDatabase();
    imap = await createImapTestClient(env, { user: USER });
    await imap.resetMailbox();
    setup = setupService({ testEnv: env, databaseUrl: database.url, smtpUrl: sink.url, imapUser: USER, pollSeconds: 300 });
  });

  afterEach(async () => {
    while (services.length) await services.pop()!.stop();
  });

  afterAll(async () => {
    await imap?.close();
    await sink?.close();
    await database?.drop();
    setup?.cleanup();
  });

  async function start(roles = { watch: true, work: true }): Promise<Service> {
    const service = await setup.start(roles);
    services.push(service);
    return service;
  }

  async function counts(service: Service) {
    const q = async (sql: string) => Number((await service.db.query<{ n: string }>(sql)).rows[0]!.n);
    return {
      messages: await q('select count(*) as n from messages'),
      requests: await q('select count(*) as n from requests'),
      outbox: await q('select count(*) as n from outbox'),
    };
  }

  it('answers a request appended to INBOX within seconds, once, and files the message', async () => {
    const service = await start();
    const t0 = Date.now();
    await imap.appendMessage('INBOX', requestMail('first-request'));
    const [ack] = await sink.waitFor((m) => m.to.includes('m.bianchi@comune.matera.example.it'), 10_000);
    const elapsed = Date.now() - t0;
    expect(elapsed).toBeLessThan(10_000); // the poll is 300 s: only IDLE can have been this quick
    expect(ack!.subject).toMatch(/^\[C4C-\d{4}-\d{5}\] Richiesta ricevuta/);
    expect(ack!.headers.get('auto-submitted')).toBe('auto-replied');
    expect(ack!.headers.get('in-reply-to')).toBe('<first-request@comune.matera.example.it>');
    expect(ack!.text).toContain('Matera');
    expect(ack!.html).toContain('PIAO');
    expect(ack!.text).toMatch(/http:\/\/127\.0\.0\.1:8080\/stato-richiesta\/\S+/); // the Comune's own status page
    await imap.waitForFolderCount('Elaborati', 1, 5_000);
    await imap.waitForFolderCount('INBOX', 0, 5_000);

    const { rows } = await service.db.query<{ code: string; comune_name: string; lab_codes: string[] }>('select code, comune_name, lab_codes from requests');
    expect(rows).toHaveLength(1);
    expect(ack!.subject).toContain(rows[0]!.code);
    expect(rows[0]!.comune_name).toBe('Matera');
    expect(rows[0]!.lab_codes).toEqual(['PO-4']);
    const events = await service.db.query<{ type: string }>('select type from request_events order by id');
    expect(events.rows.map((e) => e.type).slice(0, 3)).toEqual(['received', 'parsed-complete', 'mail-queued']);

  });

  it('creates nothing new for the same message appended again, a restarted watcher or a second watcher', async () => {
    const service = await start();
    const before = await counts(service);
    const sentBefore = sink.messages.length;
    await imap.appendMessage('INBOX', requestMail('first-request'));
    await imap.waitForFolderCount('INBOX', 0, 8_000);
    await service.stop();
    services.pop();

    const again = await start();
    const second = await start({ watch: true, work: false });
    await imap.appendMessage('INBOX', requestMail('first-request'));
    await imap.waitForFolderCount('INBOX', 0, 8_000);
    // give any wrongly queued mail the time to arrive
    await new Promise((r) => setTimeout(r, 1500));
    expect(await counts(again)).toEqual({ messages: before.messages, requests: before.requests, outbox: before.outbox });
    expect(sink.messages.length).toBe(sentBefore);
    // one active watcher per mailbox: the second process stands by on the Redis lease
    expect(again.watcherStates().map((w) => w.status)).toEqual(['connected']);
    expect(second.watcherStates().map((w) => w.status)).toEqual(['standby']);
  });

  it('records automatic mail and a DSN bounce without answering them', async () => {
    const service = await start();
    const sentBefore = sink.messages.length;
    await imap.appendMessage('INBOX', autoReply('ooo-1'));
    await imap.appendMessage('INBOX', bounce('dsn-1'));
    await imap.waitForFolderCount('INBOX', 0, 8_000);
    const deadline = Date.now() + 8_000;
    let rows: { kind: string; status: string; reason: string | null }[] = [];
    while (Date.now() < deadline) {
      rows = (await service.db.query<{ kind: string; status: string; reason: string | null }>(
        `select kind, status, reason from messages where message_id in ('<ooo-1@comune.bari.example.it>', '<dsn-1@mx.example.it>') and status <> 'received'`,
      )).rows;
      if (rows.length === 2) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.kind === 'automatic' && r.status === 'ignored' && r.reason)).toBe(true);
    await new Promise((r) => setTimeout(r, 1000));
    expect(sink.messages.length).toBe(sentBefore);
  });

  it('reads a PEC envelope carrying a .p7m-signed PDF form and answers the contact, not the PEC provider', async () => {
    const service = await start();
    const raw = readFileSync(path.join(REPO_ROOT, 'test/fixtures/messages/029-pec-envelope-p7m-agrigento.eml'));
    await imap.appendMessage('INBOX', raw);
    const [ack] = await sink.waitFor((m) => m.subject?.includes('Agrigento') ?? false, 15_000);
    expect(ack!.to).toEqual(['c.sciascia@comune.agrigento.it']);
    expect(ack!.headers.get('in-reply-to')).toBe('<opec21010.20260128093000.205894.55.1.53@pec.aruba.it>');
    const { rows } = await service.db.query<{ comune_name: string; comune_istat: string; lab_codes: string[]; signature: { signer: string; taxCode: string } }>(
      `select r.comune_name, r.comune_istat, r.lab_codes, m.parsed->'form'->'signature' as signature
         from requests r join messages m on m.id = r.source_message_id where r.comune_name = 'Agrigento'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ comune_istat: '084001', lab_codes: ['PO-2'], signature: { signer: 'MARIO ROSSI', taxCode: 'RSSMRA80A01H501U' } });
  });

  it('reconnects by itself when the IMAP server drops the connection', async () => {
    // the Dovecot that answers may have been started by an earlier run of up.sh, in the default run dir
    const candidates = [process.env.CAP4CITY_TEST_RUN_DIR, '/tmp/cap4city-test-servers'].filter(Boolean).map((dir) => `${dir}/dovecot/dovecot.conf`);
    const conf = candidates.find((file) => existsSync(file));
    if (!conf) throw new Error(`no Dovecot config in ${candidates.join(', ')}: run scripts/test-servers/up.sh`);
    await start();
    await new Promise((r) => setTimeout(r, 500));
    execFileSync('doveadm', ['-c', conf, 'kick', USER]);
    const sentBefore = sink.messages.length;
    await imap.close();
    imap = await createImapTestClient(env, { user: USER });
    await imap.appendMessage('INBOX', requestMail('after-kick'));
    const acks = await sink.waitForCount(sentBefore + 1, undefined, 20_000);
    expect(acks.at(-1)!.headers.get('in-reply-to')).toBe('<after-kick@comune.matera.example.it>');
  });
});
