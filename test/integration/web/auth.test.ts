import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, get, labRequest, login, post, seedRequest, tryLogin, PASSWORD, setUpWebKit, type WebKit } from './web-test-kit.ts';

describe('dashboard authentication', () => {
  let kit: WebKit;
  let code: string;

  beforeAll(async () => {
    kit = await setUpWebKit('pglite');
    await addUser(kit.db, 'anna', 'operator');
    await addUser(kit.db, 'lettore', 'readonly');
    await addUser(kit.db, 'bersaglio', 'operator');
    code = (await seedRequest(kit.db, labRequest())).code;
  });
  afterAll(async () => {
    await kit?.dispose();
  });

  it('sends anonymous visitors of every page to the login page and refuses every API with 401', async () => {
    const pages = ['/richieste', `/richieste/${code}`, '/richieste.csv', '/messaggi', '/grafici', '/stato', '/code', '/messaggi/1/raw', '/messaggi/1/allegati/0'];
    for (const url of pages) {
      const response = await get(kit.app, null, url);
      expect(response.statusCode, url).toBe(303);
      expect(response.headers.location, url).toBe(`/login?next=${encodeURIComponent(url)}`);
    }
    for (const url of ['/api/richieste', `/api/richieste/${code}`]) {
      expect((await get(kit.app, null, url)).statusCode, url).toBe(401);
    }
    const anonymousPost = await kit.app.inject({ method: 'POST', url: `/richieste/${code}/stato`, payload: { action: 'reject' } });
    expect(anonymousPost.statusCode).toBe(401);
  });

  it('keeps health, readiness and metrics public', async () => {
    expect((await get(kit.app, null, '/healthz')).statusCode).toBe(200);
    expect((await get(kit.app, null, '/readyz')).json()).toMatchObject({ status: 'ready', database: { ok: true } });
    const metrics = await get(kit.app, null, '/metrics');
    expect(metrics.statusCode).toBe(200);
    expect(metrics.body).toContain('cap4city_requests{status="ready"} 1');
  });

  it('logs in with the right password, sets a safe session cookie, and logs out', async () => {
    const response = await tryLogin(kit.app, 'anna', PASSWORD);
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/richieste');
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/c4c_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');

    const session = await login(kit.app, 'anna');
    const list = await get(kit.app, session, '/richieste');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Utente anna');

    const out = await post(kit.app, session, '/logout', {});
    expect(out.statusCode).toBe(303);
    expect((await get(kit.app, session, '/richieste')).statusCode).toBe(303);
  });

  it('refuses a wrong password and, after five failures, the username for 15 minutes with 429', async () => {
    for (let i = 0; i < 5; i++) {
      const failed = await tryLogin(kit.app, 'bersaglio', 'sbagliata', `10.1.0.${i}`);
      expect(failed.statusCode).toBe(401);
      expect(failed.body).toContain('Nome utente o password non corretti');
    }
    const blocked = await tryLogin(kit.app, 'bersaglio', PASSWORD, '10.1.0.99');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.body).toContain('Troppi tentativi');
  });

  it('refuses a login post without the login form token', async () => {
    const response = await kit.app.inject({
      method: 'POST',
      url: '/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `username=anna&password=${encodeURIComponent(PASSWORD)}`,
    });
    expect(response.statusCode).toBe(403);
    expect(response.headers['set-cookie'] ?? '').not.toContain('c4c_session=');
  });

  it('refuses every POST without the CSRF token with 403 and changes nothing', async () => {
    const session = await login(kit.app, 'anna');
    const actions: Array<[string, Record<string, string>]> = [
      [`/richieste/${code}/correggi`, { field: 'comune', value: 'Potenza' }],
      [`/richieste/${code}/stato`, { action: 'reject' }],
      [`/richieste/${code}/esperto`, { expertId: 'giulia-ferraro' }],
      [`/richieste/${code}/date`, { dates: '2026-06-01' }],
      [`/richieste/${code}/reinvia`, { outboxId: '1' }],
      ['/messaggi/1/archivia', {}],
      ['/messaggi/1/crea-richiesta', {}],
      ['/logout', {}],
    ];
    for (const [url, fields] of actions) {
      expect((await post(kit.app, session, url, fields, false)).statusCode, url).toBe(403);
      expect((await post(kit.app, session, url, { ...fields, _csrf: 'x'.repeat(43) }, false)).statusCode, url).toBe(403);
    }
    const { rows } = await kit.db.query<{ status: string; comune_name: string }>('SELECT status, comune_name FROM requests WHERE code = $1', [code]);
    expect(rows[0]).toEqual({ status: 'ready', comune_name: 'Matera' });
    expect((await get(kit.app, session, '/richieste')).statusCode).toBe(200);
  });

  it('lets a read-only user look but not act', async () => {
    const session = await login(kit.app, 'lettore');
    const detail = await get(kit.app, session, `/richieste/${code}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.body).toContain('sola lettura');
    expect(detail.body).not.toContain(`/richieste/${code}/correggi`);
    const response = await post(kit.app, session, `/richieste/${code}/stato`, { action: 'reject' });
    expect(response.statusCode).toBe(403);
    const { rows } = await kit.db.query<{ status: string }>('SELECT status FROM requests WHERE code = $1', [code]);
    expect(rows[0]?.status).toBe('ready');
    expect((await post(kit.app, session, '/logout', {})).statusCode).toBe(303);
  });

  it('never redirects outside the site after login', async () => {
    const { safeNext } = await import('../../../src/adapters/http/routes/login-routes.ts');
    expect(safeNext('//evil.example/x')).toBe('/richieste');
    expect(safeNext('https://evil.example')).toBe('/richieste');
    expect(safeNext('/richieste?stato=ready')).toBe('/richieste?stato=ready');
  });
});
