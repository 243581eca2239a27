import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../src/adapters/db/migrate.ts';
import { findOutboxById, insertOutboxMail } from '../../src/adapters/db/outbox-repo.ts';
import { listRequestEvents } from '../../src/adapters/db/request-events-repo.ts';
import { insertRequest } from '../../src/adapters/db/requests-repo.ts';
import { createSmtpTransport, type MailTransport } from '../../src/adapters/smtp/mail-transport.ts';
import { findStrandedWork } from '../../src/workflows/sweep-stranded.ts';
import { sendNowOrQueue } from '../../src/workflows/send-mail-now.ts';
import { sendOutboxMail } from '../../src/workflows/send-mail.ts';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.ts';
import { sampleOutboxMail, sampleRequest } from './db/sample-records.ts';
import { setUpBackend, type TestBackend } from './db/test-backends.ts';

describe('a worker sends the mail it queued at once, and the mail queue takes over what fails', () => {
  let backend: TestBackend;
  let sink: SmtpSink;
  let transport: MailTransport;
  let queued: string[];
  let counter = 0;

  beforeAll(async () => {
    backend = await setUpBackend('postgres');
    await migrate(backend.db);
    sink = await startSmtpSink();
    transport = createSmtpTransport(`${sink.url}?ignoreTLS=true`);
  });
  afterAll(async () => {
    transport?.close();
    await sink?.close();
    await backend?.dispose();
  });
  beforeEach(() => {
    queued = [];
    sink.failWith(null);
    sink.clear();
  });

  async function claimedMail() {
    const request = await insertRequest(backend.db, sampleRequest());
    const stored = await insertOutboxMail(backend.db, sampleOutboxMail({ requestId: request.id, messageId: `<now-${++counter}@cap4city.test>` }), { claimed: true });
    if (!stored.inserted) throw new Error('expected a new mail');
    return { request, mail: stored.mail };
  }
  const sendNow = (timeoutMs = 10_000) => sendNowOrQueue({ db: backend.db, transport, enqueue: async (id) => void queued.push(id), timeoutMs });

  it('stores the mail claimed, sends it, marks it sent with one mail-sent event, and queues nothing', async () => {
    const { request, mail } = await claimedMail();
    expect(mail.status).toBe('sending');
    await sendNow()(mail);

    expect(sink.messages.map((m) => m.messageId)).toEqual([mail.messageId]);
    expect(await findOutboxById(backend.db, mail.id)).toMatchObject({ status: 'sent', attempts: 1 });
    expect((await listRequestEvents(backend.db, request.id)).filter((e) => e.type === 'mail-sent')).toHaveLength(1);
    expect(queued).toEqual([]);
    // a retried or duplicated job after that sends nothing
    expect(await sendOutboxMail({ db: backend.db, transport }, mail.id)).toBe('skipped');
    expect(sink.messages).toHaveLength(1);
  });

  it('a temporary refusal puts the mail back to pending and hands it to the mail queue, which sends it later', async () => {
    const { mail } = await claimedMail();
    sink.failWith(450, { stage: 'mail', times: 1 });
    await sendNow()(mail);

    expect(queued).toEqual([mail.id]);
    expect(await findOutboxById(backend.db, mail.id)).toMatchObject({ status: 'pending' });
    expect(await sendOutboxMail({ db: backend.db, transport }, mail.id)).toBe('sent');
    expect(sink.messages.map((m) => m.messageId)).toEqual([mail.messageId]);
  });

  it('while the SMTP server is in trouble, the next mails go straight to the queue instead of each waiting for it', async () => {
    let clock = 1_000_000;
    const send = sendNowOrQueue({ db: backend.db, transport, enqueue: async (id) => void queued.push(id), timeoutMs: 10_000, pauseAfterTroubleMs: 30_000, now: () => clock });
    const first = await claimedMail();
    sink.failWith(421, { stage: 'mail' });
    await send(first.mail);
    const attempts = sink.rejections.length;
    expect(attempts).toBeGreaterThan(0);

    const second = await claimedMail();
    clock += 29_000;
    await send(second.mail);
    expect(queued).toEqual([first.mail.id, second.mail.id]);
    expect(sink.rejections.length).toBe(attempts); // the server was not asked
    expect(await findOutboxById(backend.db, second.mail.id)).toMatchObject({ status: 'pending', attempts: 0 });

    sink.failWith(null);
    const third = await claimedMail();
    clock += 2_000;
    await send(third.mail);
    expect(sink.messages.map((m) => m.messageId)).toEqual([third.mail.messageId]);
    expect(queued).toHaveLength(2);
    // the mail queue's job sends what was handed to it
    expect(await sendOutboxMail({ db: backend.db, transport }, second.mail.id)).toBe('sent');
    expect(sink.messages).toHaveLength(2);
  });

  it('a refusal for good is recorded and not queued again', async () => {
    const { mail } = await claimedMail();
    sink.failWith(550);
    await sendNow()(mail);

    expect(queued).toEqual([]);
    expect(await findOutboxById(backend.db, mail.id)).toMatchObject({ status: 'failed' });
  });

  it('a mail claimed by a worker that died before sending is found by the sweep once its claim is stale', async () => {
    const { mail } = await claimedMail();
    expect((await findStrandedWork(backend.db, 60_000, 60_000)).outboxIds).not.toContain(mail.id);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect((await findStrandedWork(backend.db, 60_000, 10)).outboxIds).toContain(mail.id);
    expect(await sendOutboxMail({ db: backend.db, transport, staleSendingMs: 10 }, mail.id)).toBe('sent');
  });
});
