import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testEnv, type TestEnv } from '../../helpers/env.ts';
import { createImapTestClient } from '../../helpers/imap.ts';
import { createTestDatabase, type TestDatabase } from '../../helpers/postgres.ts';
import { setupService, type ServiceSetup } from '../../helpers/service.ts';
import { startSmtpSink, type ReceivedMail, type SmtpSink } from '../../helpers/smtp-sink.ts';
import type { Service } from '../../../src/main.ts';
import { privateDovecot, type PrivateDovecot } from '../../chaos/private-servers.ts';
import { MailRelay, waitForQuiet, type Route } from './mail-relay.ts';

// A Dovecot of our own: these tests fill mailboxes with loops and bounces, away from other suites.
const shared = testEnv();
let env: TestEnv;
let dovecot: PrivateDovecot;
let root: string;

const A = 'a@loop.test'; // service A watches the IMAP account "cap4city"
const B = 'b@loop.test'; // service B watches "other"

function requestMail(id: string, from: string, contact: string, extra: string[] = []): string {
  return [
    `From: Referente <${from}>`,
    `To: Cap4City <${A}>`,
    'Subject: Richiesta Capacity Lab - Comune di Matera',
    `Message-ID: <${id}@comune.test>`,
    'Date: Mon, 12 Jan 2026 09:30:00 +0100',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    ...extra,
    '',
    'Buongiorno, inviamo la richiesta.',
    '',
    'Comune richiedente: Matera',
    'Referente: Lucia Marino',
    `E-mail: ${contact}`,
    'Laboratorio richiesto: PO-2 Reclutamento',
    'Fabbisogni e obiettivi: assumere tecnici per il PNRR.',
    '',
  ].join('\r\n');
}

describe('mail loops stop by themselves', () => {
  let sink: SmtpSink;
  let relay: MailRelay;
  const databases: TestDatabase[] = [];
  const setups: ServiceSetup[] = [];
  const services: Service[] = [];
  const savedEnv = { ...process.env };

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'c4c-loops-'));
    chmodSync(root, 0o755);
    dovecot = await privateDovecot(path.join(root, 'dovecot'));
    env = { ...shared, imap: { ...shared.imap, port: dovecot.port, caFile: undefined } };
  });

  afterEach(async () => {
    await relay?.stop();
    while (services.length) await services.pop()!.stop();
    await sink?.close();
    while (databases.length) await databases.pop()!.drop();
    while (setups.length) setups.pop()!.cleanup();
    for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
  });

  afterAll(async () => {
    await dovecot?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  async function startInstance(user: string, mailFrom: string): Promise<Service> {
    const database = await createTestDatabase();
    databases.push(database);
    const reset = await createImapTestClient(env, { user });
    await reset.resetMailbox();
    await reset.close();
    const setup = setupService({ testEnv: env, databaseUrl: database.url, smtpUrl: sink.url, imapUser: user, imapPass: user === 'cap4city' ? env.imap.pass : env.imap.pass2, mailFrom: `Cap4City <${mailFrom}>`, pollSeconds: 2 });
    setups.push(setup);
    const service = await setup.start();
    services.push(service);
    return service;
  }

  async function begin(routes: Record<string, Route>): Promise<void> {
    sink = await startSmtpSink();
    relay = new MailRelay(sink, env, new Map(Object.entries(routes)), new Map([[A, 'cap4city'], [B, 'other']]));
    relay.start();
  }

  async function settled(service: Service, count: number): Promise<void> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const { rows } = await service.db.query<{ n: string; waiting: string }>(`select count(*) n, count(*) filter (where status = 'received') waiting from messages`);
      if (Number(rows[0]!.n) >= count && rows[0]!.waiting === '0') return;
      if (Date.now() > deadline) throw new Error(`only ${rows[0]!.n} of ${count} messages handled`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  it('two instances answering each other: one acknowledgement, and our Auto-Submitted mail is never answered', async () => {
    await begin({ [A]: { kind: 'mailbox', user: 'cap4city' }, [B]: { kind: 'mailbox', user: 'other' } });
    const serviceA = await startInstance('cap4city', A);
    const serviceB = await startInstance('other', B);
    // B's address sends A a request; A's acknowledgement goes to B, whose answer would go back to A
    await relay.append('cap4city', requestMail('loop1', B, B));
    await sink.waitFor(() => true, 15_000);
    await waitForQuiet(sink, 4_000, 30_000);
    // a complete request also offers the lab to an expert: count only what went to the two instances
    const between = sink.messages.filter((m) => m.to.some((to) => to === A || to === B));
    expect(between).toHaveLength(1);
    const [ack] = between as [ReceivedMail];
    expect(ack.to).toEqual([B]);
    expect(ack.headers.get('auto-submitted')).toBe('auto-replied');
    expect(ack.headers.get('x-auto-response-suppress')).toBe('All');
    expect(ack.headers.get('in-reply-to')).toBe('<loop1@comune.test>');
    await settled(serviceB, 1);
    const { rows } = await serviceB.db.query<{ kind: string; status: string }>('select kind, status from messages');
    expect(rows).toEqual([{ kind: 'automatic', status: 'ignored' }]);
    expect((await serviceB.db.query('select 1 from requests')).rows).toHaveLength(0);
    expect((await serviceA.db.query('select 1 from requests')).rows).toHaveLength(1);
  }, 60_000);

  it('an auto-responder that says so (Auto-Submitted) is ignored: one mail each way', async () => {
    const ooo = 'ooo@comune.test';
    await begin({
      [ooo]: {
        kind: 'responder',
        answer: (mail, n) =>
          [`From: <${ooo}>`, `To: <${A}>`, `Subject: Risposta automatica: ${mail.subject ?? ''}`, `Message-ID: <ooo${n}@comune.test>`, 'Auto-Submitted: auto-replied', `In-Reply-To: ${mail.messageId ?? ''}`, '', 'Sono fuori ufficio fino al 20 gennaio.', ''].join('\r\n'),
      },
    });
    const service = await startInstance('cap4city', A);
    await relay.append('cap4city', requestMail('ooo-req', ooo, ooo));
    await sink.waitFor(() => true, 15_000);
    await waitForQuiet(sink, 4_000, 30_000);
    expect(sink.messages.filter((m) => m.to.includes(ooo))).toHaveLength(1);
    await settled(service, 2);
    const { rows } = await service.db.query<{ kind: string }>('select kind from messages order by id');
    expect(rows.map((r) => r.kind)).toEqual(['request', 'automatic']);
  }, 60_000);

  it('an auto-responder that hides it and quotes the request back: the per-sender limit ends the loop', async () => {
    process.env.REPLY_LIMIT_PER_SENDER_HOUR = '3';
    const quoter = 'quoter@comune.test';
    await begin({
      // strips every loop signal: no Auto-Submitted, no In-Reply-To, no request code, a fresh Message-ID
      [quoter]: { kind: 'responder', answer: (_mail, n) => requestMail(`quoted${n}`, quoter, quoter).replace(`To: Cap4City <${A}>`, `To: <${A}>`) },
    });
    const service = await startInstance('cap4city', A);
    await relay.append('cap4city', requestMail('quoter-req', quoter, quoter));
    const toQuoter = (m: ReceivedMail) => m.to.includes(quoter);
    await sink.waitForCount(3, toQuoter, 30_000);
    await waitForQuiet(sink, 5_000, 40_000);
    expect(sink.messages.filter(toQuoter)).toHaveLength(3);
    await settled(service, 4);
    const { rows } = await service.db.query<{ status: string; warnings: string[] }>('select status, warnings from requests order by id');
    expect(rows).toHaveLength(4);
    expect(rows[3]!.status).toBe('needs-review');
    expect(rows[3]!.warnings.some((w) => w.startsWith(`reply-limit-exceeded: ${quoter}`))).toBe(true);
  }, 60_000);

  it('a bounce storm gets no answer at all', async () => {
    await begin({});
    const service = await startInstance('cap4city', A);
    const bounces = Array.from({ length: 25 }, (_, i) =>
      [
        'From: Mail Delivery System <MAILER-DAEMON@mx.comune.test>',
        `To: <${A}>`,
        'Subject: Undelivered Mail Returned to Sender',
        `Message-ID: <bounce${i}@mx.comune.test>`,
        'MIME-Version: 1.0',
        'Content-Type: multipart/report; report-type=delivery-status; boundary="R"',
        '',
        '--R',
        'Content-Type: text/plain',
        '',
        `I'm sorry to have to inform you that your message could not be delivered (${i}).`,
        '--R',
        'Content-Type: message/delivery-status',
        '',
        'Reporting-MTA: dns; mx.comune.test',
        '',
        'Final-Recipient: rfc822; nobody@comune.test',
        'Action: failed',
        'Status: 5.1.1',
        '--R--',
        '',
      ].join('\r\n'),
    );
    const bareBounces = Array.from({ length: 10 }, (_, i) => [`From: postmaster@comune${i}.test`, `To: <${A}>`, 'Subject: Delivery Status Notification (Failure)', `Message-ID: <ndr${i}@comune.test>`, '', 'Delivery has failed to these recipients.', ''].join('\r\n'));
    for (const raw of [...bounces, ...bareBounces]) await relay.append('cap4city', raw);
    await settled(service, 35);
    await waitForQuiet(sink, 3_000, 20_000);
    expect(sink.messages).toHaveLength(0);
    const { rows } = await service.db.query<{ kind: string; n: string }>('select kind, count(*) n from messages group by kind order by kind');
    expect(rows.find((r) => r.kind === 'request')).toBeUndefined();
  }, 60_000);
});
