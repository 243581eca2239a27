import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertMessage } from '../../../src/adapters/db/messages-repo.ts';
import { statusPageUrl, verifyStatusToken } from '../../../src/adapters/http/status-token.ts';
import { addUser, follow, get, labRequest, login, post, seedRequest, setUpWebKit, TEST_SECRET, type Session, type WebKit } from './web-test-kit.ts';

const RAW = [
  'From: Comune di Matera <protocollo@comune.matera.it>',
  'To: cap4city@anci.it',
  'Subject: Richiesta Capacity Lab',
  'Message-ID: <req-1@comune.matera.it>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'In allegato la richiesta.',
  '--b1',
  'Content-Type: text/html; name="modulo.html"',
  'Content-Disposition: attachment; filename="modulo.html"',
  '',
  '<html><body><script>alert(document.cookie)</script></body></html>',
  '--b1',
  'Content-Type: application/pdf; name="richiesta.pdf"',
  'Content-Disposition: attachment; filename="richiesta.pdf"',
  'Content-Transfer-Encoding: base64',
  '',
  Buffer.from('%PDF-1.4 finto').toString('base64'),
  '--b1--',
  '',
].join('\r\n');

function message(dedupeKey: string, status: 'processed' | 'needs-review', parsed: unknown) {
  return {
    mailbox: 'drop', uidValidity: null, uid: null, messageId: `<${dedupeKey}>`, dedupeKey, contentHash: null,
    fromAddress: 'protocollo@comune.matera.it', subject: 'Richiesta Capacity Lab', sentAt: null,
    kind: status === 'processed' ? ('request' as const) : ('not-a-request' as const), reason: status === 'needs-review' ? 'no-form-found' : null,
    status, parsed, raw: Buffer.from(RAW), rawSize: RAW.length,
  };
}

describe('messages, attachments, public status page and operations', () => {
  let kit: WebKit;
  let session: Session;
  let requestId: string;
  let code: string;
  let otherCode: string;
  let messageId: string;

  beforeAll(async () => {
    kit = await setUpWebKit('pglite', { metricsToken: 'metrics-token' });
    await addUser(kit.db, 'anna', 'operator');
    session = await login(kit.app, 'anna');
    messageId = (await insertMessage(kit.db, message('m1', 'processed', null))).id;
    ({ id: requestId, code } = await seedRequest(kit.db, labRequest(), { sourceMessageId: messageId, status: 'incomplete', missing: ['request.needs'] }));
    await kit.db.query('UPDATE messages SET request_id = $1 WHERE id = $2', [requestId, messageId]);
    otherCode = (await seedRequest(kit.db, labRequest({ comune: { name: 'Lecce', istat: null, province: 'LE', region: 'Puglia', match: 'exact' } }))).code;
  });
  afterAll(async () => {
    await kit?.dispose();
  });

  it('lists the attachments on the detail page and serves an HTML attachment as a download that cannot render', async () => {
    const detail = await get(kit.app, session, `/richieste/${code}`);
    expect(detail.body).toContain(`/messaggi/${messageId}/allegati/0`);
    expect(detail.body).toContain('modulo.html');
    expect(detail.body).toContain('richiesta.pdf');

    const html = await get(kit.app, session, `/messaggi/${messageId}/allegati/0`);
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toBe('application/octet-stream');
    expect(html.headers['content-disposition']).toMatch(/^attachment; filename="modulo.html"/);
    expect(html.headers['x-content-type-options']).toBe('nosniff');
    expect(html.headers['content-security-policy']).toMatch(/^sandbox/);
    expect(html.body).toContain('<script>');

    const pdf = await get(kit.app, session, `/messaggi/${messageId}/allegati/1`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.body).toBe('%PDF-1.4 finto');
    expect((await get(kit.app, session, `/messaggi/${messageId}/allegati/7`)).statusCode).toBe(404);
  });

  it('downloads the original message as message/rfc822', async () => {
    const raw = await get(kit.app, session, `/messaggi/${messageId}/raw`);
    expect(raw.headers['content-type']).toBe('message/rfc822');
    expect(raw.headers['content-disposition']).toContain('attachment;');
    expect(raw.body).toBe(RAW);
  });

  it('shows a Comune only its own request on the status page, and nothing for a forged or expired token', async () => {
    const url = statusPageUrl('https://cap4city.example', requestId, TEST_SECRET);
    const path = new URL(url).pathname;
    const page = await get(kit.app, null, path);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(code);
    expect(page.body).toContain('Fabbisogni formativi');
    expect(page.body).not.toContain(otherCode);
    expect(page.body).not.toContain('maria.rossi@comune.matera.it');
    expect(page.body).not.toContain('/richieste');

    const token = path.split('/').pop()!;
    const otherId = String(Number(requestId) + 1);
    const forged = token.replace(/^\d+\./, `${otherId}.`);
    expect((await get(kit.app, null, `/stato-richiesta/${forged}`)).statusCode).toBe(404);
    const expired = statusPageUrl('https://x', requestId, TEST_SECRET, { now: new Date('2020-01-01'), validDays: 1 });
    expect((await get(kit.app, null, new URL(expired).pathname)).statusCode).toBe(404);
    expect(verifyStatusToken(token, 'another-secret-0123456789', new Date())).toBeNull();
  });

  it('turns a message awaiting review into a request, and dismisses another', async () => {
    const parsed = { request: labRequest({ comune: { name: 'Potenza', istat: '076063', province: 'PZ', region: 'Basilicata', match: 'exact' } }), warnings: ['w: x'] };
    const toConvert = (await insertMessage(kit.db, message('m2', 'needs-review', parsed))).id;
    const toDismiss = (await insertMessage(kit.db, message('m3', 'needs-review', null))).id;
    const list = await get(kit.app, session, '/messaggi');
    expect(list.body).toContain(`/messaggi/${toConvert}/crea-richiesta`);

    const created = await post(kit.app, session, `/messaggi/${toConvert}/crea-richiesta`, {});
    expect(created.headers.location).toMatch(/^\/richieste\/C4C-\d{4}-\d{5}$/);
    const page = await follow(kit.app, session, created);
    expect(page.body).toContain('Potenza');
    expect(page.body).toContain('Creata la richiesta');

    await post(kit.app, session, `/messaggi/${toDismiss}/archivia`, {});
    const { rows } = await kit.db.query<{ id: string; status: string }>('SELECT id, status FROM messages WHERE id = ANY($1::bigint[]) ORDER BY id', [[toConvert, toDismiss]]);
    expect(rows.map((r) => r.status)).toEqual(['processed', 'ignored']);
    expect((await get(kit.app, session, '/messaggi')).body).toContain('Nessun messaggio in attesa');
  });

  it('draws the charts and the service status page', async () => {
    const charts = await get(kit.app, session, '/grafici');
    expect(charts.statusCode).toBe(200);
    expect(charts.body).toContain('<svg class="chart"');
    expect(charts.body).toContain('Basilicata');
    expect(charts.body).toContain('Puglia');
    const status = await get(kit.app, session, '/stato');
    expect(status.statusCode).toBe(200);
    expect(status.body).toContain('Nessuna e-mail in errore');
    // a mailbox not read for an hour raises the alert on the status page
    await kit.db.query(`insert into mailbox_state (mailbox, connected, last_check_at, last_error) values ('pec', false, now() - interval '1 hour', 'Authentication failed')`);
    const alerted = await get(kit.app, session, '/stato');
    expect(alerted.body).toMatch(/<strong>pec<\/strong>: La casella non viene letta da 60 minuti \(ultimo errore: Authentication failed\)/);
  });

  it('protects /metrics with the bearer token when one is configured', async () => {
    expect((await get(kit.app, null, '/metrics')).statusCode).toBe(401);
    const metrics = await kit.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer metrics-token' } });
    expect(metrics.statusCode).toBe(200);
    expect(metrics.body).toMatch(/cap4city_messages\{kind="request",status="processed"\} 1/);
  });
});
