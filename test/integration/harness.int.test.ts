import { once } from 'node:events';
import { Redis } from 'ioredis';
import { createTransport } from 'nodemailer';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testEnv } from '../helpers/env.ts';
import { connectImap, createImapTestClient, type ImapTestClient } from '../helpers/imap.ts';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.ts';

const env = testEnv();

function rawMail(subject: string): Buffer {
  const id = `${Date.now()}.${Math.random().toString(36).slice(2)}@harness.test`;
  return Buffer.from(
    `From: comune@example.test\r\nTo: cap4city@example.test\r\nSubject: ${subject}\r\n` +
      `Message-ID: <${id}>\r\nDate: ${new Date().toUTCString()}\r\n\r\nRichiesta ${subject}\r\n`,
  );
}

function rejectAfter(ms: number, what: string): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(`${what} not seen in ${ms} ms`)), ms).unref());
}

describe('Dovecot test server', () => {
  let mailbox: ImapTestClient;

  beforeAll(async () => {
    mailbox = await createImapTestClient(env).catch((error: unknown) => {
      throw new Error(`no IMAP test server on ${env.imap.host}:${env.imap.port}; run scripts/test-servers/up.sh (${String(error)})`);
    });
    await mailbox.resetMailbox();
  });

  afterAll(async () => {
    await mailbox?.resetMailbox();
    await mailbox?.close();
  });

  it('announces a message APPENDed by another connection to an IDLE client within a few seconds', async () => {
    await mailbox.appendMessage('INBOX', rawMail('before idle'));
    const watcher = await connectImap(env);
    try {
      const lock = await watcher.getMailboxLock('INBOX');
      const existsBefore = watcher.mailbox ? watcher.mailbox.exists : -1;
      lock.release(); // imapflow never IDLEs while a lock is held
      const exists = once(watcher, 'exists') as Promise<[{ count: number; prevCount: number }]>;
      void watcher.idle();
      await new Promise((resolve) => setTimeout(resolve, 100));

      const appendedAt = performance.now();
      await mailbox.appendMessage('INBOX', rawMail('during idle'));
      const [event] = await Promise.race([exists, rejectAfter(5_000, 'EXISTS')]);
      const latencyMs = performance.now() - appendedAt;

      console.info(`[harness] IDLE EXISTS latency: ${latencyMs.toFixed(0)} ms`);
      expect(existsBefore).toBe(1);
      expect(event.count).toBe(2);
      expect(latencyMs).toBeLessThan(3_000);
    } finally {
      await watcher.logout();
    }
  });

  it('lists UIDs, creates folders on APPEND and waits for folder counts', async () => {
    const first = await mailbox.appendMessage('Lavorate/2026', rawMail('one'), ['\\Seen']);
    const second = await mailbox.appendMessage('Lavorate/2026', rawMail('two'));
    expect(await mailbox.folderExists('Lavorate/2026')).toBe(true);
    expect(await mailbox.folderExists('Missing')).toBe(false);
    expect(await mailbox.listUids('Lavorate/2026')).toEqual([first.uid, second.uid]);
    expect(second.uid).toBeGreaterThan(first.uid);
    expect(await mailbox.waitForFolderCount('Lavorate/2026', 2, 1_000)).toBe(2);
    await expect(mailbox.waitForFolderCount('Lavorate/2026', 3, 300)).rejects.toThrow(/holds 2 message/);
  });

  it('accepts folder names with dots, as real servers do', async () => {
    await mailbox.appendMessage('Comune di S. Giovanni', rawMail('dotted'));
    expect(await mailbox.listUids('Comune di S. Giovanni')).toHaveLength(1);
  });

  it('resets a mailbox to an empty INBOX', async () => {
    await mailbox.appendMessage('Review', rawMail('to be wiped'));
    await mailbox.resetMailbox();
    const paths = (await mailbox.client.list()).map((box) => box.path);
    expect(paths).toEqual(['INBOX']);
    expect(await mailbox.listUids('INBOX')).toEqual([]);
  });

  it('serves the other accounts, and IMAPS with the pinned self-signed certificate', async () => {
    const other = await createImapTestClient(env, { user: env.imap.user2, secure: true });
    const pec = await createImapTestClient(env, { user: env.imap.pecUser });
    try {
      expect(env.imap.caFile).toBeDefined(); // pinned, not rejectUnauthorized: false
      expect(other.client.secureConnection).toBe(true);
      await other.resetMailbox();
      await pec.resetMailbox();
      await other.appendMessage('INBOX', rawMail('for other'));
      await pec.appendMessage('INBOX', rawMail('for pec'));
      await pec.appendMessage('INBOX', rawMail('for pec again'));
      expect(await other.listUids('INBOX')).toHaveLength(1);
      expect(await pec.listUids('INBOX')).toHaveLength(2);
      expect(await mailbox.listUids('INBOX')).toEqual([]);

      await mailbox.resetMailbox(env.imap.user2);
      expect(await other.waitForFolderCount('INBOX', 0, 2_000)).toBe(0);
      expect(await pec.waitForFolderCount('INBOX', 2, 500)).toBe(2);
      await mailbox.resetMailbox(env.imap.pecUser);
      expect(await pec.waitForFolderCount('INBOX', 0, 2_000)).toBe(0);
    } finally {
      await other.close();
      await pec.close();
    }
  });

  it('refuses a wrong password', async () => {
    await expect(connectImap(env, { pass: 'wrong' })).rejects.toMatchObject({ authenticationFailed: true });
  });
});

describe('SMTP sink', () => {
  let sink: SmtpSink;
  const transport = () => createTransport({ host: '127.0.0.1', port: sink.port, secure: false });

  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterEach(() => {
    sink.failWith(null);
    sink.clear();
  });
  afterAll(async () => {
    await sink.close();
  });

  it('records envelope, raw bytes and the parsed message', async () => {
    const mailer = transport();
    const info = await mailer.sendMail({
      from: 'segreteria@cap4city.test',
      to: 'comune@example.test',
      envelope: { from: 'bounces@cap4city.test', to: ['comune@example.test', 'archivio@cap4city.test'] },
      subject: 'Richiesta ricevuta [C4C-2026-00042]',
      text: 'Abbiamo ricevuto la vostra richiesta.',
      html: '<p>Abbiamo ricevuto la vostra richiesta.</p>',
      messageId: '<c4c-2026-00042.ack@cap4city.test>',
      attachments: [{ filename: 'riepilogo.txt', content: 'riepilogo' }],
    });
    mailer.close();
    expect(info.accepted).toEqual(['comune@example.test', 'archivio@cap4city.test']);

    const [mail] = await sink.waitFor((m) => m.subject?.includes('C4C-2026-00042') ?? false, 1_000);
    expect(sink.url).toBe(`smtp://127.0.0.1:${sink.port}`);
    expect(mail).toMatchObject({
      from: 'bounces@cap4city.test',
      to: ['comune@example.test', 'archivio@cap4city.test'],
      messageId: '<c4c-2026-00042.ack@cap4city.test>',
      text: 'Abbiamo ricevuto la vostra richiesta.',
      html: '<p>Abbiamo ricevuto la vostra richiesta.</p>',
    });
    expect(mail?.raw.toString('latin1')).toContain('Subject: Richiesta ricevuta [C4C-2026-00042]');
    expect(mail?.attachments.map((a) => a.filename)).toEqual(['riepilogo.txt']);
    expect(mail?.headers.get('message-id')).toBe('<c4c-2026-00042.ack@cap4city.test>');
  });

  it('waits for messages still to come, and times out with what it saw', async () => {
    const waiting = sink.waitForCount(2, (m) => m.to.includes('b@example.test'), 2_000);
    const mailer = transport();
    await mailer.sendMail({ from: 'x@cap4city.test', to: 'a@example.test', subject: 'uno', text: '1' });
    await mailer.sendMail({ from: 'x@cap4city.test', to: 'b@example.test', subject: 'due', text: '2' });
    await mailer.sendMail({ from: 'x@cap4city.test', to: 'b@example.test', subject: 'tre', text: '3' });
    mailer.close();
    expect((await waiting).map((m) => m.subject)).toEqual(['due', 'tre']);
    await expect(sink.waitFor((m) => m.subject === 'quattro', 200)).rejects.toThrow(/"uno", "due", "tre"/);
  });

  it('answers 421 to everything after failWith(421)', async () => {
    sink.failWith(421);
    const mailer = transport();
    await expect(
      mailer.sendMail({ from: 'x@cap4city.test', to: 'a@example.test', subject: 'rifiutata', text: '-' }),
    ).rejects.toMatchObject({ responseCode: 421 });
    mailer.close();
    expect(sink.messages).toHaveLength(0);
    expect(sink.rejections).toMatchObject([{ stage: 'mail', code: 421, address: 'x@cap4city.test' }]);
  });

  it('rejects only the listed recipients after failWith(550, { recipients })', async () => {
    sink.failWith(550, { recipients: ['Bad@Example.test'] });
    const mailer = transport();
    const info = await mailer.sendMail({
      from: 'x@cap4city.test',
      to: ['good@example.test', 'bad@example.test'],
      subject: 'mista',
      text: '-',
    });
    expect(info.accepted).toEqual(['good@example.test']);
    expect(info.rejected).toEqual(['bad@example.test']);
    await expect(
      mailer.sendMail({ from: 'x@cap4city.test', to: 'bad@example.test', subject: 'sola', text: '-' }),
    ).rejects.toMatchObject({ responseCode: 550 });
    mailer.close();
    expect(sink.messages.map((m) => m.to)).toEqual([['good@example.test']]);
  });

  it('fails a limited number of times, then accepts again', async () => {
    sink.failWith(450, { stage: 'data', times: 1 });
    const mailer = transport();
    const send = () => mailer.sendMail({ from: 'x@cap4city.test', to: 'a@example.test', subject: 'ritenta', text: '-' });
    await expect(send()).rejects.toMatchObject({ responseCode: 450 });
    await expect(send()).resolves.toMatchObject({ accepted: ['a@example.test'] });
    mailer.close();
    expect(sink.messages).toHaveLength(1);
    expect(sink.rejections.map((r) => r.stage)).toEqual(['data']);
  });
});

describe('Redis and PostgreSQL', () => {
  it('answers PING on Redis', async () => {
    const redis = new Redis(env.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
    try {
      await redis.connect();
      expect(await redis.ping()).toBe('PONG');
    } finally {
      redis.disconnect();
    }
  });

  it('answers select 1 on PostgreSQL', async () => {
    const client = new pg.Client({ connectionString: env.pgUrl });
    await client.connect();
    try {
      const result = await client.query<{ one: number }>('select 1 as one');
      expect(result.rows).toEqual([{ one: 1 }]);
    } finally {
      await client.end();
    }
  });
});
