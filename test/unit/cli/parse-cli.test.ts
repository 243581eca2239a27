import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../helpers/service.ts';

const CONTRACT_KEYS = ['schema', 'file', 'kind', 'reason', 'message', 'pec', 'form', 'request', 'sources', 'missing', 'warnings'];
const REQUEST_KEYS = ['comune', 'partnership', 'otherComuni', 'entityPec', 'contact', 'area', 'labs', 'needs', 'cup', 'audience', 'participants', 'days', 'preferredPeriod', 'venue', 'privacyConsent'];

function runParse(files: string[]) {
  return spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin/cap4city.js'), 'parse', '--json', ...files], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    timeout: 120_000,
  });
}

describe('cap4city parse --json', () => {
  it('prints one complete JSON line per file, in order, for the whole corpus and the real samples in one call', () => {
    const corpus = readdirSync(path.join(REPO_ROOT, 'test/fixtures/messages')).filter((f) => f.endsWith('.eml')).map((f) => `test/fixtures/messages/${f}`);
    const samples = ['pec/go-pec-accettazione.eml', 'pec/go-pec-envelope-truncated.eml', 'other/java-pec-dsn-failure.eml', 'p7m/not-pkcs7.xml.p7m'].map((f) => `test/fixtures/samples/${f}`);
    const files = [...corpus, ...samples];
    const result = runParse(files);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.file)).toEqual(files);
    for (const line of lines) {
      expect(Object.keys(line).sort()).toEqual([...CONTRACT_KEYS].sort());
      expect(line.schema).toBe(1);
      expect(Object.keys(line.request as object).sort()).toEqual([...REQUEST_KEYS].sort());
    }
    const byFile = new Map(lines.map((l) => [l.file, l]));
    expect(byFile.get(samples[0]!)).toMatchObject({ kind: 'pec-receipt', reason: 'accettazione' });
    expect(byFile.get(samples[2]!)).toMatchObject({ kind: 'automatic' });
  });

  it('gives an unreadable file its own error line and exits 1, still printing the others', () => {
    const result = runParse(['no/such/file.eml', 'test/fixtures/samples/other/java-pec-simple-mail.eml']);
    expect(result.status).toBe(1);
    const [missing, ok] = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(missing).toEqual({ schema: 1, file: 'no/such/file.eml', error: 'file not found' });
    expect(ok).toMatchObject({ schema: 1, file: 'test/fixtures/samples/other/java-pec-simple-mail.eml' });
  });
});

describe('cap4city form', () => {
  it.each([
    ['pdf', '%PDF-'],
    ['docx', 'PK'],
  ])('writes the blank %s form to standard output', (format, magic) => {
    const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin/cap4city.js'), 'form', format], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      timeout: 60_000,
    });
    expect(result.status).toBe(0);
    expect(result.stdout.subarray(0, magic.length).toString('latin1')).toBe(magic);
    expect(result.stdout.length).toBeGreaterThan(5000);
  });
});
