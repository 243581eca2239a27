import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../helpers/service.ts';

const CONTRACT_KEYS = ['schema', 'file', 'kind', 'reason', 'message', 'pec', 'form', 'request', 'sources', 'missing', 'warnings'];
const REQUEST_KEYS = ['comune', 'partnership', 'otherComuni', 'entityPec', 'contact', 'area', 'labs', 'needs', 'cup', 'audience', 'participants', 'days', 'preferredPeriod', 'venue', 'privacyConsent'];

function runParse(files: string[], options: string[] = []) {
  return spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin/cap4city.js'), 'parse', '--json', ...options, ...files], {
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

/** A Comune's mail with its form scanned: the retyped form with black boxes (test/fixtures/scans). */
function scannedFormMail(): string {
  const png = readFileSync(path.join(REPO_ROOT, 'test/fixtures/scans/clean-boxed-crotone.png'));
  return [
    'From: Protocollo <protocollo@comune.crotone.it>',
    'To: cap4city@anci.example.it',
    'Subject: Richiesta Capacity Lab - Comune di Crotone',
    'Message-ID: <scan-cli@comune.crotone.it>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Si trasmette il modulo compilato e scansionato.',
    '--b',
    'Content-Type: image/png; name="modulo.png"',
    'Content-Transfer-Encoding: base64',
    '',
    png.toString('base64').replace(/.{76}/g, '$&\r\n'),
    '--b--',
    '',
  ].join('\r\n');
}

describe('cap4city parse reads scanned forms as the service does', () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'parse-cli-scan-')), 'scan.eml');
  writeFileSync(file, scannedFormMail());

  it('reads the scan with OCR by default, with the flags the OCR job leaves on the request', () => {
    const result = runParse([file]);
    expect(result.status).toBe(0);
    const line = JSON.parse(result.stdout) as { form: { source: string }; request: { comune: { name: string }; labs: Array<{ code: string }>; contact: { name: string; email: string } }; warnings: string[] };
    expect(line.form.source).toBe('ocr');
    expect(line.request.comune.name).toBe('Crotone');
    expect(line.request.labs[0]?.code).toBe('PO-3');
    expect(line.request.contact).toMatchObject({ name: 'Nicolò Rossi', email: 'n.rossi@comune.crotone.it' });
    expect(line.warnings).toContain('scanned-document: modulo.png');
    // every key field in doubt is named, below the threshold (80)
    for (const warning of line.warnings.filter((w) => w.startsWith('ocr-uncertain:'))) {
      expect(Number(/, (\d+)\)$/.exec(warning)?.[1])).toBeLessThan(80);
    }
  }, 120_000);

  it('leaves the scan unread with --no-ocr', () => {
    const result = runParse([file], ['--no-ocr']);
    expect(result.status).toBe(0);
    const line = JSON.parse(result.stdout) as { form: { source: string } | null; warnings: string[] };
    expect(line.form?.source).not.toBe('ocr');
    expect(line.warnings).toContain('scanned-document: modulo.png');
    expect(line.warnings.some((w) => w.startsWith('ocr-'))).toBe(false);
  });

  it('says so in its help', () => {
    const help = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin/cap4city.js'), 'parse', '--help'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(help.stdout).toContain('--no-ocr');
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
