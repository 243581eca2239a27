import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../../src/config/config.ts';
import { REPO_ROOT } from '../../helpers/service.ts';

function configDir(mailboxes?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'c4c-config-'));
  copyFileSync(path.join(REPO_ROOT, 'config/catalog.yaml'), path.join(dir, 'catalog.yaml'));
  if (mailboxes !== undefined) writeFileSync(path.join(dir, 'mailboxes.yaml'), mailboxes);
  return dir;
}

describe('loadConfig', () => {
  it('has local defaults: data dir, no database, Redis or SMTP URL, the drop folder', () => {
    const config = loadConfig({ CAP4CITY_CONFIG_DIR: configDir() }, '/srv/app');
    expect(config.dataDir).toBe('/srv/app/data');
    expect(config.databaseUrl).toBeNull();
    expect(config.redisUrl).toBeNull();
    expect(config.smtpUrl).toBeNull();
    expect(config.mailboxes).toEqual([]);
    expect(config.webPort).toBe(8080);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads mailboxes with the password from the variable they name', () => {
    const dir = configDir('mailboxes:\n  - name: segreteria\n    host: imap.example.it\n    user: a@example.it\n    passwordEnv: IMAP_PW\n    idleNoopMs: 100\n');
    const config = loadConfig({ CAP4CITY_CONFIG_DIR: dir, IMAP_PW: 's3cret' });
    expect(config.mailboxes).toHaveLength(1);
    expect(config.mailboxes[0]).toMatchObject({ name: 'segreteria', port: 993, tls: true, password: 's3cret', idleNoopMs: 100, pollSeconds: 60 });
    expect(config.mailboxes[0]!.folders).toEqual({ inbox: 'INBOX', processed: 'Cap4City/Elaborati' });
  });

  it.each([
    [{ WEB_PORT: '99999' }, 'WEB_PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'not a url' }, 'REDIS_URL'],
    [{ MAIL_FROM: 'nobody' }, 'MAIL_FROM'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ QUEUE_PREFIX: 'a:b' }, 'QUEUE_PREFIX'],
  ])('names the bad setting %o', (env, name) => {
    expect(() => loadConfig({ CAP4CITY_CONFIG_DIR: configDir(), ...env })).toThrowError(new RegExp(`^configuration error: ${name}: `));
  });

  it('names a bad mailbox field and an unknown one', () => {
    const badPort = configDir('mailboxes:\n  - name: x\n    host: h\n    port: 0\n    user: u\n    passwordEnv: P\n');
    expect(() => loadConfig({ CAP4CITY_CONFIG_DIR: badPort, P: 'x' })).toThrowError(/config\/mailboxes.yaml: mailboxes.0.port/);
    const typo = configDir('mailboxes:\n  - name: x\n    host: h\n    usr: u\n    passwordEnv: P\n');
    expect(() => loadConfig({ CAP4CITY_CONFIG_DIR: typo, P: 'x' })).toThrow(ConfigError);
  });

  it('derives the Message-ID domain from MAIL_FROM', () => {
    const config = loadConfig({ CAP4CITY_CONFIG_DIR: configDir(), MAIL_FROM: 'Segreteria <Cap4City@ANCI.example.it>' });
    expect(config.mailFromAddress).toBe('cap4city@anci.example.it');
    expect(config.messageIdDomain).toBe('anci.example.it');
  });
});
