import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueues, type Queues } from '../../../src/adapters/queue/queues.ts';
import { addUser, get, login, setUpWebKit, type Session, type WebKit } from './web-test-kit.ts';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('queue view, service status and readiness with a real Redis', () => {
  let kit: WebKit;
  let queues: Queues;
  let session: Session;

  beforeAll(async () => {
    queues = createQueues(REDIS_URL, `c4cwebtest${randomBytes(4).toString('hex')}`);
    kit = await setUpWebKit('pglite', { queues });
    await addUser(kit.db, 'anna', 'operator');
    await addUser(kit.db, 'lettore', 'readonly');
    session = await login(kit.app, 'anna');
    await queues.mail.add('send', { outboxId: '999' }, { jobId: 'out-999', delay: 3_600_000 });
  });
  afterAll(async () => {
    await kit?.dispose();
    await queues?.intake.obliterate({ force: true });
    await queues?.mail.obliterate({ force: true });
    await queues?.close();
  });

  it('mounts bull-board at /code behind the login', async () => {
    expect((await get(kit.app, null, '/code')).statusCode).toBe(303);
    expect((await get(kit.app, null, '/code/api/queues')).statusCode).toBe(401);
    const board = await get(kit.app, session, '/code');
    expect(board.statusCode).toBe(200);
    expect(board.body).toMatch(/<base href="\/code\/?"/);
    const script = /src="(static\/js\/main[^"]+)"/.exec(board.body)?.[1];
    expect((await get(kit.app, session, `/code/${script}`)).statusCode).toBe(200);
    expect((await get(kit.app, null, `/code/${script}`)).statusCode).toBe(303);
    const api = await get(kit.app, session, '/code/api/queues');
    expect(api.statusCode).toBe(200);
    const names = (api.json() as { queues: Array<{ name: string }> }).queues.map((q) => q.name).sort();
    expect(names).toEqual(['intake', 'mail']);
  });

  it('refuses changes to jobs from a read-only user and from another origin', async () => {
    const reader = await login(kit.app, 'lettore');
    const url = '/code/api/queues/mail/out-999/promote';
    const readOnly = await kit.app.inject({ method: 'PUT', url, headers: { cookie: reader.cookie, origin: 'http://localhost:80', host: 'localhost:80' } });
    expect(readOnly.statusCode).toBe(403);
    const crossSite = await kit.app.inject({ method: 'PUT', url, headers: { cookie: session.cookie, origin: 'https://evil.example' } });
    expect(crossSite.statusCode).toBe(403);
    expect(await queues.mail.getJobCounts('delayed')).toEqual({ delayed: 1 });
  });

  it('reports Redis in /readyz, queue counts on /stato and in /metrics', async () => {
    expect((await get(kit.app, null, '/readyz')).json()).toMatchObject({ status: 'ready', redis: { ok: true } });
    const status = await get(kit.app, session, '/stato');
    expect(status.body).toContain('Invio delle e-mail');
    expect(status.body).toMatch(/<span class="num">1<\/span><span>Rinviati<\/span>/);
    const metrics = await get(kit.app, null, '/metrics');
    expect(metrics.body).toContain('cap4city_queue_jobs{queue="mail",state="delayed"} 1');
  });
});
