import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/service.ts';

const CLI = path.join(REPO_ROOT, 'bin/cap4city.js');

/** The environment of a fresh shell: none of the service's settings. */
function bareEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LOG_FORMAT: 'json', ...extra };
  return env;
}

async function waitUntil<T>(fn: () => T | null | undefined | false, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = fn();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('cap4city start with no configuration at all', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'cap4city-cli-'));
  let child: ChildProcess | null = null;

  afterAll(() => {
    child?.kill('SIGKILL');
    rmSync(root, { recursive: true, force: true });
  });

  it('reads a dropped .eml from data/inbox and writes the acknowledgement to data/outbox, then stops cleanly', async () => {
    const dataDir = path.join(root, 'data');
    mkdirSync(path.join(dataDir, 'inbox'), { recursive: true });
    let output = '';
    child = spawn(process.execPath, [CLI, 'start'], { cwd: REPO_ROOT, env: bareEnv({ CAP4CITY_DATA_DIR: dataDir, WEB_PORT: '0' }), stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    await waitUntil(() => output.includes('cap4city is running'), 60_000, `the service to start; output so far:\n${output}`);
    const port = Number(/"port":(\d+)[^\n]*dashboard listening/.exec(output)?.[1]);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    const anonymous = await fetch(`http://127.0.0.1:${port}/richieste`, { redirect: 'manual' });
    expect(anonymous.status).toBe(303); // the dashboard is up, and sends anonymous visitors to the login page
    expect(anonymous.headers.get('location')).toMatch(/^\/login/);

    writeFileSync(
      path.join(dataDir, 'inbox', 'richiesta.eml'),
      [
        'From: Giuseppe Verdi <g.verdi@comune.cosenza.example.it>',
        'To: cap4city@localhost',
        'Subject: Richiesta laboratorio',
        'Message-ID: <drop-1@comune.cosenza.example.it>',
        'Date: Tue, 13 Jan 2026 10:00:00 +0100',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Comune richiedente: Cosenza',
        'Referente: Giuseppe Verdi',
        'E-mail: g.verdi@comune.cosenza.example.it',
        'Laboratorio richiesto: PC-3',
        'Fabbisogni e obiettivi: rafforzare le procedure di affidamento.',
        '',
      ].join('\r\n'),
    );
    const outbox = path.join(dataDir, 'outbox');
    const [file] = await waitUntil(() => existsSync(outbox) && readdirSync(outbox).length > 0 && readdirSync(outbox), 30_000, `an acknowledgement in data/outbox; output:\n${output}`);
    const eml = readFileSync(path.join(outbox, file!), 'utf8');
    expect(eml).toMatch(/^To: g\.verdi@comune\.cosenza\.example\.it/m);
    expect(eml).toMatch(/^Subject: \[C4C-\d{4}-\d{5}\] Richiesta ricevuta/m);
    expect(eml).toMatch(/^Auto-Submitted: auto-replied/m);
    await waitUntil(() => existsSync(path.join(dataDir, 'inbox/processed/richiesta.eml')), 5_000, 'the dropped file to move to processed/');

    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    child = null;
  });

  it('stops at start-up with one clear line naming a bad setting', () => {
    const result = spawnSync(process.execPath, [CLI, 'start'], {
      cwd: REPO_ROOT,
      env: bareEnv({ CAP4CITY_DATA_DIR: path.join(root, 'bad'), WEB_PORT: 'eighty' }),
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^cap4city: configuration error: WEB_PORT: /);
  });

  it('names a mailbox password variable that is not set', () => {
    const configDir = path.join(root, 'config-missing-password');
    mkdirSync(configDir, { recursive: true });
    writeFileSync(path.join(configDir, 'catalog.yaml'), readFileSync(path.join(REPO_ROOT, 'config/catalog.yaml')));
    writeFileSync(path.join(configDir, 'mailboxes.yaml'), 'mailboxes:\n  - name: segreteria\n    host: imap.example.it\n    user: x@example.it\n    passwordEnv: SEGRETERIA_PASSWORD\n');
    const result = spawnSync(process.execPath, [CLI, 'watch'], {
      cwd: REPO_ROOT,
      env: bareEnv({ CAP4CITY_DATA_DIR: path.join(root, 'bad2'), CAP4CITY_CONFIG_DIR: configDir }),
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('cap4city: configuration error: SEGRETERIA_PASSWORD: not set (password of mailbox "segreteria" in config/mailboxes.yaml)');
  });
});
