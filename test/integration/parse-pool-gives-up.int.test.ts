// A message that exhausts a parse thread's memory is given up at once (no retries) and waits for the secretariat
// among the messages to review, with the reason; the other mail goes through the same service as usual.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBigAttachmentMessage } from '../../bench/support/big-attachment-message.ts';
import { testEnv } from '../helpers/env.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/postgres.ts';
import { setupService, type ServiceSetup } from '../helpers/service.ts';
import { intakeJobId } from '../../src/adapters/queue/queues.ts';
import { listMessagesNeedingReview } from '../../src/adapters/db/web-timeline-query.ts';
import { createLogger } from '../../src/logger.ts';
import { startService, type Service } from '../../src/main.ts';

const REQUEST = [
  'From: Lucia Marino <l.marino@comune.matera.example.it>',
  'To: Cap4City <cap4city@anci.example.it>',
  'Subject: Richiesta Capacity Lab - Comune di Matera',
  'Message-ID: <light@comune.matera.example.it>',
  'Date: Mon, 12 Jan 2026 09:30:00 +0100',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Comune richiedente: Matera',
  'Referente: Lucia Marino',
  'E-mail: l.marino@comune.matera.example.it',
  'Laboratorio richiesto: PO-2 Reclutamento',
  'Fabbisogni e obiettivi: assumere tecnici per il PNRR.',
  '',
].join('\r\n');

describe('a message too heavy for a parse thread', () => {
  let database: TestDatabase;
  let setup: ServiceSetup;
  let service: Service;

  beforeAll(async () => {
    database = await createTestDatabase();
    setup = setupService({ testEnv: testEnv(), databaseUrl: database.url, smtpUrl: null });
    // a heap far below what a 29 MB attachment needs, enough for a plain-text request
    const config = { ...setup.config(), parseThreads: 1, parseThreadMaxHeapMb: 32 };
    service = await startService(config, createLogger({ level: 'silent', format: 'json' }), { watch: true, work: true });
  });

  afterAll(async () => {
    await service?.stop();
    await database?.drop();
    setup?.cleanup();
  });

  it('fails for good on the first attempt, with its reason, among the messages to review', async () => {
    const inbox = path.join(setup.dataDir, 'inbox');
    writeFileSync(path.join(inbox, 'heavy.eml'), await buildBigAttachmentMessage(29 * 1024 * 1024, '<heavy@comune.bari.example.it>'));
    writeFileSync(path.join(inbox, 'light.eml'), REQUEST);

    type Row = { id: string; message_id: string; status: string; reason: string | null; request_id: string | null };
    let rows: Row[] = [];
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      ({ rows } = await service.db.query<Row>(`SELECT id, message_id, status, reason, request_id FROM messages ORDER BY id`));
      if (rows.length === 2 && rows.every((row) => row.status !== 'received')) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const heavy = rows.find((row) => row.message_id.includes('heavy'));
    const light = rows.find((row) => row.message_id.includes('light'));

    expect(heavy).toMatchObject({ status: 'failed', request_id: null });
    expect(heavy!.reason).toMatch(/^intake failed: parse-resource-limit: La lettura del messaggio richiede più memoria/);
    const job = await service.queues.intake.getJob(intakeJobId(heavy!.id));
    expect(job?.attemptsMade).toBe(1);

    expect(light?.status).toBe('processed');
    expect(light?.request_id).not.toBeNull();

    const toReview = await listMessagesNeedingReview(service.db, 50);
    expect(toReview.find((message) => message.id === heavy!.id)?.reason).toBe(heavy!.reason);
  });
});
