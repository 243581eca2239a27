import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { testEnv } from '../helpers/env.ts';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/postgres.ts';
import { setupService, type ServiceSetup } from '../helpers/service.ts';
import type { Service } from '../../src/main.ts';

const PORT = 6391;

function dropMail(id: string): string {
  return [
    'From: Anna Russo <a.russo@comune.lecce.example.it>',
    'To: cap4city@anci.example.it',
    `Subject: Richiesta ${id}`,
    `Message-ID: <${id}@comune.lecce.example.it>`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Comune richiedente: Lecce',
    'Referente: Anna Russo',
    'E-mail: a.russo@comune.lecce.example.it',
    'Laboratorio richiesto: PC-4 Project management',
    'Fabbisogni e obiettivi: gestire meglio i progetti PNRR.',
    '',
  ].join('\r\n');
}

describe('a Redis that goes away and comes back', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cap4city-redis-'));
  let redis: ChildProcess | null = null;
  let sink: SmtpSink;
  let database: TestDatabase;
  let setup: ServiceSetup;
  let service: Service | null = null;

  async function startRedis(): Promise<void> {
    redis = spawn('redis-server', ['--port', String(PORT), '--bind', '127.0.0.1', '--appendonly', 'yes', '--save', '', '--dir', dir], { stdio: 'ignore' });
    const probe = new Redis({ port: PORT, host: '127.0.0.1', lazyConnect: true, retryStrategy: () => 100, maxRetriesPerRequest: 1 });
    probe.on('error', () => undefined);
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      try {
        if ((await probe.ping()) === 'PONG') break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    probe.disconnect();
  }

  beforeAll(async () => {
    chmodSync(dir, 0o755);
    await startRedis();
    sink = await startSmtpSink();
    database = await createTestDatabase();
    setup = setupService({ testEnv: testEnv(), databaseUrl: database.url, smtpUrl: sink.url, redisUrl: `redis://127.0.0.1:${PORT}` });
  });

  afterAll(async () => {
    await service?.stop();
    redis?.kill('SIGKILL');
    await sink?.close();
    await database?.drop();
    setup?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps working after Redis is killed and restarted, without a restart of the service', async () => {
    service = await setup.start();
    writeFileSync(path.join(setup.dataDir, 'inbox', 'one.eml'), dropMail('before-restart'));
    await sink.waitFor((m) => m.headers.get('in-reply-to') === '<before-restart@comune.lecce.example.it>', 15_000);

    const exited = new Promise((resolve) => redis!.once('exit', resolve));
    redis!.kill('SIGKILL');
    await exited;
    await new Promise((r) => setTimeout(r, 1000));
    await startRedis();

    writeFileSync(path.join(setup.dataDir, 'inbox', 'two.eml'), dropMail('after-restart'));
    const [ack] = await sink.waitFor((m) => m.headers.get('in-reply-to') === '<after-restart@comune.lecce.example.it>', 30_000);
    expect(ack!.subject).toMatch(/^\[C4C-\d{4}-\d{5}\] Richiesta ricevuta/);
    expect(sink.messages.filter((m) => /Richiesta ricevuta/.test(m.subject ?? ''))).toHaveLength(2);
  });
});
