import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { testEnv } from '../helpers/env.ts';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/postgres.ts';
import { setupService, type ServiceSetup } from '../helpers/service.ts';
import { buildWorkflowContext, type Service } from '../../src/main.ts';
import { changeRequestStatus } from '../../src/adapters/http/actions/change-status.ts';
import { afterStatusChange } from '../../src/workflows/after-status-change.ts';
import { answerOfferByLink } from '../../src/workflows/answer-offer-link.ts';

// a working day lasts 0.2 s here: the feedback request (10 working days) comes after ~2 s
const FAST = 'offerTimeoutDays: 3\nofferReminderDays: 2\ninfoReminderDays: 5\ninfoExpireDays: 15\nescalationDays: 50\nfeedbackAfterDays: 10\ntestSecondsPerDay: 0.2\nanswersTo: contact-first\n';

function request(id: string, comune: string, email: string): string {
  return [
    `From: Referente <${email}>`,
    'To: cap4city@anci.example.it',
    'Subject: Richiesta laboratorio',
    `Message-ID: <${id}@test.example.it>`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    `Comune richiedente: ${comune}`,
    'Referente: Franca Leone',
    `E-mail: ${email}`,
    'Laboratorio richiesto: PC-5 Monitoraggio e valutazione',
    'Fabbisogni e obiettivi: impostare il monitoraggio dei progetti finanziati.',
    '',
  ].join('\r\n');
}

describe('what follows a status the secretariat sets', () => {
  let sink: SmtpSink;
  let database: TestDatabase;
  let setup: ServiceSetup;
  let service: Service;

  beforeAll(async () => {
    sink = await startSmtpSink();
    database = await createTestDatabase();
    setup = setupService({ testEnv: testEnv(), databaseUrl: database.url, smtpUrl: sink.url, workflowYaml: FAST });
    service = await setup.start();
  });

  afterAll(async () => {
    await service?.stop();
    await sink?.close();
    await database?.drop();
    setup?.cleanup();
  });

  async function submit(id: string, comune: string, email: string): Promise<{ requestId: string; code: string }> {
    writeFileSync(path.join(setup.dataDir, 'inbox', `${id}.eml`), request(id, comune, email));
    const [ack] = await sink.waitFor((m) => m.to.includes(email) && /Richiesta ricevuta/.test(m.subject ?? ''), 20_000);
    const code = /C4C-\d{4}-\d{5}/.exec(ack!.subject!)![0];
    const { rows } = await service.db.query<{ id: string }>('select id from requests where code = $1', [code]);
    return { requestId: rows[0]!.id, code };
  }

  it('a completed lab brings the feedback request to the Comune', async () => {
    const { requestId, code } = await submit('done-1', 'Ragusa', 'f.leone@comune.ragusa.example.it');
    const [offer] = await sink.waitFor((m) => m.subject?.includes(code) === true && /Proposta di incarico/.test(m.subject ?? ''), 20_000);
    const token = /\/incarico\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/.exec(offer!.text ?? '')![1]!;
    const ctx = buildWorkflowContext(setup.config(), service.db, service.queues);
    expect((await answerOfferByLink(ctx, token)).outcome).toBe('accepted');
    const done = await changeRequestStatus(service.db, { requestId, action: 'completed', actor: 'user:segreteria' });
    expect(done.ok).toBe(true);
    await afterStatusChange(ctx, requestId, 'completed', null);
    const expertName = ctx.experts.find((e) => e.email === offer!.to[0])!.name;
    const [feedback] = await sink.waitFor((m) => m.to.includes('f.leone@comune.ragusa.example.it') && m.subject?.includes(code) === true && m.text?.includes(expertName) === true && /Grazie/.test(m.subject ?? ''), 20_000);
    expect(feedback!.headers.get('auto-submitted')).toBe('auto-replied');
  });

  it('a rejected request tells the Comune, with the secretariat note', async () => {
    const { requestId, code } = await submit('reject-1', 'Gela', 'f.leone@comune.gela.example.it');
    // let the assignment finish first: the secretariat acts on a request that is not changing under it
    await sink.waitFor((m) => m.subject?.includes(code) === true && /Proposta di incarico/.test(m.subject ?? ''), 20_000);
    const ctx = buildWorkflowContext(setup.config(), service.db, service.queues);
    const rejected = await changeRequestStatus(service.db, { requestId, action: 'reject', actor: 'user:segreteria', note: 'Il laboratorio richiesto è già stato svolto nel 2025.' });
    expect(rejected.ok).toBe(true);
    await afterStatusChange(ctx, requestId, 'reject', 'Il laboratorio richiesto è già stato svolto nel 2025.');
    const [closed] = await sink.waitFor((m) => m.to.includes('f.leone@comune.gela.example.it') && m.subject?.includes(code) === true && /Richiesta non accolta/.test(m.subject ?? ''), 15_000);
    expect(closed!.text).toContain('già stato svolto nel 2025');
  });
});
