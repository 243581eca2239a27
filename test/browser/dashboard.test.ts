import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/adapters/db/database.ts';
import { migrate } from '../../src/adapters/db/migrate.ts';
import { upsertWebUser } from '../../src/adapters/db/web-users-repo.ts';
import { hashPassword } from '../../src/adapters/http/auth/password-hash.ts';
import { startWebServer } from '../../src/adapters/http/create-web-app.ts';
import { parseCatalog } from '../../src/core/normalize/catalog.ts';
import { createLogger } from '../../src/logger.ts';
import { seedDashboard } from './seed-dashboard.ts';

const CHROMIUM = '/usr/bin/chromium';
const REPO = resolve(import.meta.dirname, '../..');
const SCREENSHOTS = join(REPO, 'docs/screenshots');
const PASSWORD = 'Segreteria-2026!';

describe.skipIf(!existsSync(CHROMIUM))('the dashboard in a real browser', () => {
  let dir: string;
  let db: Database;
  let server: { close(): Promise<void>; port: number };
  let browser: Browser;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cap4city-browser-'));
    db = await openDatabase({ url: null, dataDir: dir });
    await migrate(db);
    await seedDashboard(db);
    await upsertWebUser(db, { username: 'segreteria', displayName: 'Laura Conti', role: 'operator', passwordHash: await hashPassword(PASSWORD, 2 ** 12) });
    server = await startWebServer({
      db,
      logger: createLogger({ level: 'silent', format: 'json' }),
      secureCookies: false,
      sessionSecret: 'browser-test-secret-0123456789',
      expertsFile: join(REPO, 'config/experts.yaml'),
      catalog: parseCatalog(await readFile(join(REPO, 'config/catalog.yaml'), 'utf8')),
      port: 0,
      host: '127.0.0.1',
    });
    base = `http://127.0.0.1:${server.port}`;
    await mkdir(SCREENSHOTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--lang=it-IT'],
    });
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'it-IT', acceptDownloads: true });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('logs in and shows the list', async () => {
    await page.goto(`${base}/richieste`);
    await expect.poll(() => page.url()).toContain('/login');
    await page.fill('input[name=username]', 'segreteria');
    await page.fill('input[name=password]', PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForURL(`${base}/richieste`);
    expect(await page.locator('table.list tbody tr').count()).toBe(10);
    expect(await page.textContent('header')).toContain('Laura Conti');
    await page.screenshot({ path: join(SCREENSHOTS, 'elenco-richieste.png'), fullPage: true });
  });

  it('filters by region', async () => {
    await page.selectOption('select[name=regione]', 'Puglia');
    await page.click('form.filters button[type=submit]');
    await page.waitForURL(/regione=Puglia/);
    const comuni = await page.locator('td[data-label=Comune]').allTextContents();
    expect(comuni.sort()).toEqual(['Foggia', 'Lecce']);
  });

  it('opens a request, corrects a field and reassigns the expert', async () => {
    await page.goto(`${base}/richieste?q=Cosenza`);
    await page.click('table.list a.code');
    await page.waitForURL(/\/richieste\/C4C-/);
    expect(await page.textContent('.alert')).toContain('E-mail del referente');

    await page.selectOption('#correggi select[name=field]', 'contactEmail');
    await page.fill('#correggi textarea[name=value]', 'a.deluca@comune.cosenza.it');
    await page.click('#correggi button[type=submit]');
    await page.waitForSelector('.notice');
    expect(await page.textContent('.notice')).toContain('E-mail del referente aggiornato');
    expect(await page.textContent('.main-col')).toContain('a.deluca@comune.cosenza.it');

    await page.selectOption('#esperto select[name=expertId]', 'anna-russo');
    await page.click('#esperto button[type=submit]');
    await page.waitForSelector('.notice');
    expect(await page.textContent('.notice')).toContain('assegnata a Anna Russo');
    await page.selectOption('#esperto select[name=expertId]', 'giulia-ferraro');
    await page.click('#esperto button[type=submit]');
    await page.waitForSelector('.notice');
    expect(await page.textContent('.notice')).toContain('riassegnata a Giulia Ferraro');
    expect(await page.textContent('.head-status')).toContain('Assegnata');
    await page.screenshot({ path: join(SCREENSHOTS, 'dettaglio-richiesta.png'), fullPage: true });
  });

  it('exports the filtered list as CSV', async () => {
    await page.goto(`${base}/richieste?regione=Puglia`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Esporta CSV')]);
    const file = await download.path();
    const bytes = await readFile(file!);
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = bytes.toString('utf8').trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('Codice;Ricevuta il;Stato;Comune');
  });

  it('renders the charts, the status page and a phone-sized list', async () => {
    await page.goto(`${base}/grafici`);
    expect(await page.locator('svg.chart').count()).toBe(4);
    await page.screenshot({ path: join(SCREENSHOTS, 'grafici.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/richieste`);
    await page.screenshot({ path: join(SCREENSHOTS, 'elenco-telefono.png') });
    const statusLink = await (async () => {
      await page.goto(`${base}/richieste?q=Matera`);
      await page.click('table.list a.code');
      return page.inputValue('input.copy');
    })();
    await page.goto(statusLink);
    expect(await page.textContent('h1')).toContain('C4C-');
    await page.screenshot({ path: join(SCREENSHOTS, 'pagina-stato-comune.png') });
  });
});
