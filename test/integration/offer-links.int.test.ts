import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { testEnv } from '../helpers/env.ts';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/postgres.ts';
import { setupService, type ServiceSetup } from '../helpers/service.ts';
import { buildWorkflowContext, type Service } from '../../src/main.ts';
import { answerOfferByLink, describeOfferLink, offerLinksFor } from '../../src/workflows/answer-offer-link.ts';
import { createWebApp } from '../../src/adapters/http/create-web-app.ts';
import { webDepsFromConfig } from '../../src/cli/web-command.ts';
import { createLogger } from '../../src/logger.ts';
import { assignExpert } from '../../src/adapters/http/actions/assign-expert.ts';
import { notifyManualAssignment } from '../../src/workflows/manual-assignment.ts';

describe('accepting an offer through the signed link in the mail', () => {
  let sink: SmtpSink;
  let database: TestDatabase;
  let setup: ServiceSetup;
  let service: Service;

  beforeAll(async () => {
    sink = await startSmtpSink();
    database = await createTestDatabase();
    setup = setupService({ testEnv: testEnv(), databaseUrl: database.url, smtpUrl: sink.url });
    service = await setup.start();
  });

  afterAll(async () => {
    await service?.stop();
    await sink?.close();
    await database?.drop();
    setup?.cleanup();
  });

  it('accepts once with a valid link, refuses a forged or reused one', async () => {
    writeFileSync(
      path.join(setup.dataDir, 'inbox', 'melfi.eml'),
      [
        'From: Rocco Lauria <r.lauria@comune.melfi.example.it>',
        'To: cap4city@anci.example.it',
        'Subject: Richiesta laboratorio',
        'Message-ID: <link-1@comune.melfi.example.it>',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Comune richiedente: Melfi',
        'Referente: Rocco Lauria',
        'E-mail: r.lauria@comune.melfi.example.it',
        'Laboratorio richiesto: PC-2 Gestione finanziaria',
        'Fabbisogni e obiettivi: migliorare la rendicontazione dei fondi europei.',
        '',
      ].join('\r\n'),
    );
    const [offer] = await sink.waitFor((m) => /Proposta di incarico/.test(m.subject ?? ''), 20_000);
    const accept = /http:\/\/127\.0\.0\.1:8080\/incarico\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/.exec(offer!.text ?? '');
    expect(accept).not.toBeNull();
    const token = accept![1]!;
    const ctx = buildWorkflowContext(setup.config(), service.db, service.queues);

    const forged = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(await answerOfferByLink(ctx, forged)).toEqual({ outcome: 'invalid', code: null });
    const shown = await describeOfferLink(ctx, token);
    expect(shown).toMatchObject({ valid: true, action: 'accept' });

    // through the dashboard's public route: GET only asks for confirmation (mail scanners open links), POST answers
    const app = await createWebApp(webDepsFromConfig({ config: setup.config(), db: service.db, queues: null, logger: createLogger({ level: 'silent' }), offerLinks: offerLinksFor(ctx) }));
    const confirm = await app.inject({ method: 'GET', url: `/incarico/${token}` });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('Accetto l’incarico');
    const { rows: still } = await service.db.query<{ status: string }>('select status from requests where code = $1', [shown.code]);
    expect(still[0]!.status).toBe('offered');
    const answered = await app.inject({ method: 'POST', url: `/incarico/${token}` });
    expect(answered.statusCode).toBe(200);
    expect(answered.body).toContain('l’incarico è confermato');
    expect((await app.inject({ method: 'POST', url: `/incarico/${forged}` })).statusCode).toBe(404);
    await app.close();
    const [confirmed] = await sink.waitFor((m) => m.to.includes('r.lauria@comune.melfi.example.it') && /esperto/i.test(m.subject ?? ''), 15_000);
    expect(confirmed!.text).toContain(offer!.to[0]!);
    expect(await answerOfferByLink(ctx, token)).toEqual({ outcome: 'no-longer-open', code: shown.code });
    const { rows } = await service.db.query<{ status: string }>('select status from requests where code = $1', [shown.code]);
    expect(rows[0]!.status).toBe('assigned');
  });

  it('a manual assignment by the secretariat withdraws the open offer and tells the Comune and the expert', async () => {
    writeFileSync(
      path.join(setup.dataDir, 'inbox', 'lecce.eml'),
      [
        'From: Paola Greco <p.greco@comune.lecce.example.it>',
        'To: cap4city@anci.example.it',
        'Subject: Richiesta laboratorio',
        'Message-ID: <manual-1@comune.lecce.example.it>',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Comune richiedente: Lecce',
        'Referente: Paola Greco',
        'E-mail: p.greco@comune.lecce.example.it',
        'Laboratorio richiesto: PO-3 Valorizzazione e retention del personale',
        'Fabbisogni e obiettivi: trattenere i giovani funzionari assunti con il PNRR.',
        '',
      ].join('\r\n'),
    );
    const [offer] = await sink.waitFor((m) => /Proposta di incarico/.test(m.subject ?? '') && m.text?.includes('Lecce') === true, 20_000);
    const code = /C4C-\d{4}-\d{5}/.exec(offer!.subject!)![0];
    const ctx = buildWorkflowContext(setup.config(), service.db, service.queues);
    const chosen = ctx.experts.find((e) => e.email !== offer!.to[0] && e.active)!;
    const { rows } = await service.db.query<{ id: string }>('select id from requests where code = $1', [code]);
    const requestId = rows[0]!.id;
    const result = await assignExpert(service.db, { requestId, expertId: chosen.id, experts: ctx.experts.map((e) => ({ id: e.id, name: e.name, email: e.email, active: e.active })), actor: 'user:segreteria' });
    expect(result.ok).toBe(true);
    await notifyManualAssignment(ctx, requestId, chosen.id);
    const [toComune] = await sink.waitFor((m) => m.to.includes('p.greco@comune.lecce.example.it') && m.subject?.includes(code) === true && m.text?.includes(chosen.name) === true, 15_000);
    expect(toComune!.text).toContain(chosen.email);
    await sink.waitFor((m) => m.to.includes(chosen.email) && m.subject?.includes(code) === true, 15_000);
    const offers = await service.db.query<{ expert_id: string; status: string }>('select expert_id, status from assignments where request_id = $1 order by id', [requestId]);
    expect(offers.rows).toEqual([
      { expert_id: expect.any(String), status: 'cancelled' },
      { expert_id: chosen.id, status: 'accepted' },
    ]);
  });
});
