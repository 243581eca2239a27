import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { openDatabase, type Database } from '../../../src/adapters/db/database.ts';
import { migrate } from '../../../src/adapters/db/migrate.ts';
import { insertRequest, type NewRequest } from '../../../src/adapters/db/requests-repo.ts';
import { upsertWebUser, type WebRole } from '../../../src/adapters/db/web-users-repo.ts';
import { hashPassword } from '../../../src/adapters/http/auth/password-hash.ts';
import { createWebApp, type WebAppDeps } from '../../../src/adapters/http/create-web-app.ts';
import type { LabRequest } from '../../../src/core/types.ts';
import { createLogger } from '../../../src/logger.ts';
import { createTestDatabase } from '../../helpers/postgres.ts';

export const TEST_SECRET = 'test-secret-0123456789abcdef';
export const PASSWORD = 'Segreteria-2026!';

const EXPERTS_YAML = `experts:
  - id: giulia-ferraro
    name: Giulia Ferraro
    email: giulia.ferraro@example.org
  - id: marco-esposito
    name: Marco Esposito
    email: marco.esposito@example.org
`;

export interface WebKit {
  db: Database;
  app: FastifyInstance;
  expertsFile: string;
  dispose(): Promise<void>;
}

/** A migrated database (PGlite in a temp dir, or a fresh PostgreSQL database) and the web app on it. */
export async function setUpWebKit(kind: 'pglite' | 'postgres' = 'pglite', extra: Partial<WebAppDeps> = {}): Promise<WebKit> {
  const dir = await mkdtemp(join(tmpdir(), 'cap4city-web-'));
  const pg = kind === 'postgres' ? await createTestDatabase() : null;
  const db = await openDatabase({ url: pg?.url ?? null, dataDir: dir });
  await migrate(db);
  const expertsFile = join(dir, 'experts.yaml');
  await writeFile(expertsFile, EXPERTS_YAML);
  const app = await createWebApp({
    db,
    logger: createLogger({ level: 'silent', format: 'json' }),
    secureCookies: false,
    sessionSecret: TEST_SECRET,
    expertsFile,
    ...extra,
  });
  return {
    db,
    app,
    expertsFile,
    async dispose() {
      await app.close();
      await db.close();
      await pg?.drop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Cheap scrypt cost: the tests log in often; the stored hash carries its own cost. */
export async function addUser(db: Database, username: string, role: WebRole): Promise<void> {
  await upsertWebUser(db, { username, displayName: `Utente ${username}`, role, passwordHash: await hashPassword(PASSWORD, 2 ** 10) });
}

export interface Session {
  cookie: string;
  csrf: string;
}

function cookiesOf(response: LightMyRequestResponse): Record<string, string> {
  return Object.fromEntries(response.cookies.map((c) => [c.name, c.value]));
}

export async function loginForm(app: FastifyInstance): Promise<{ cookie: string; csrf: string }> {
  const page = await app.inject({ method: 'GET', url: '/login' });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
  return { cookie: `c4c_login_csrf=${cookiesOf(page).c4c_login_csrf}`, csrf };
}

export async function tryLogin(app: FastifyInstance, username: string, password: string, ip = '10.0.0.1'): Promise<LightMyRequestResponse> {
  const form = await loginForm(app);
  return app.inject({
    method: 'POST',
    url: '/login',
    remoteAddress: ip,
    headers: { cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: form.csrf, username, password, next: '/richieste' }).toString(),
  });
}

export async function login(app: FastifyInstance, username: string): Promise<Session> {
  const response = await tryLogin(app, username, PASSWORD);
  if (response.statusCode !== 303) throw new Error(`login failed: ${response.statusCode}`);
  const cookie = `c4c_session=${cookiesOf(response).c4c_session}`;
  const page = await app.inject({ method: 'GET', url: '/richieste', headers: { cookie } });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
  if (!csrf) throw new Error('no CSRF token on the list page');
  return { cookie, csrf };
}

export function post(app: FastifyInstance, session: Session, url: string, fields: Record<string, string>, withCsrf = true) {
  const body = new URLSearchParams(withCsrf ? { _csrf: session.csrf, ...fields } : fields).toString();
  return app.inject({ method: 'POST', url, headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: body });
}

export function get(app: FastifyInstance, session: Session | null, url: string) {
  return app.inject({ method: 'GET', url, headers: session ? { cookie: session.cookie } : {} });
}

export function labRequest(overrides: Partial<LabRequest> = {}): LabRequest {
  return {
    comune: { name: 'Matera', istat: '077014', province: 'MT', region: 'Basilicata', match: 'exact' },
    partnership: 'single',
    otherComuni: [],
    entityPec: 'protocollo@pec.comune.matera.it',
    contact: { name: 'Maria Rossi', role: 'Responsabile', email: 'maria.rossi@comune.matera.it', phone: '0835 123456' },
    area: 'PO',
    labs: [{ code: 'PO1', title: 'Organizzazione e performance' }],
    needs: 'Rafforzare la programmazione.',
    cup: [],
    audience: ['dirigenti'],
    participants: 20,
    days: 2,
    preferredPeriod: 'maggio',
    venue: 'Municipio',
    privacyConsent: true,
    ...overrides,
  };
}

export async function seedRequest(db: Database, data: LabRequest, extra: Partial<NewRequest> = {}): Promise<{ id: string; code: string }> {
  return insertRequest(db, {
    status: 'ready',
    sourceMessageId: null,
    comuneName: data.comune.name,
    comuneIstat: data.comune.istat,
    province: data.comune.province,
    region: data.comune.region,
    labCodes: data.labs.map((l) => l.code),
    contactEmail: data.contact.email,
    replyTo: data.contact.email,
    needsReview: false,
    data,
    missing: [],
    warnings: [],
    ...extra,
  });
}

/** Follows an action's redirect the way a browser does: with the one-time flash cookie it set. */
export function follow(app: FastifyInstance, session: Session, response: LightMyRequestResponse) {
  const flash = response.cookies.find((c) => c.name === 'c4c_flash');
  const cookie = flash ? `${session.cookie}; c4c_flash=${flash.value}` : session.cookie;
  return app.inject({ method: 'GET', url: String(response.headers.location), headers: { cookie } });
}
