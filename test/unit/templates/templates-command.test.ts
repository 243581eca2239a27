import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { runTemplatesList, runTemplatesPreview } from '../../../src/cli/templates-command.ts';
import { TEMPLATE_NAMES } from '../../../src/core/mail-templates.ts';

const TEMPLATES_DIR = path.resolve(import.meta.dirname, '../../../templates');

describe('cap4city templates', () => {
  let dir: string;
  let stdout: string[];
  let stderr: string[];

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'c4c-templates-'));
    stdout = [];
    stderr = [];
    vi.stubEnv('CAP4CITY_TEMPLATES_DIR', TEMPLATES_DIR);
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (stdout.push(String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (stderr.push(String(chunk)), true));
  });

  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes an HTML preview to the given file and prints its path', async () => {
    const file = path.join(dir, 'nested', 'offerta.html');
    expect(await runTemplatesPreview('offer-to-expert', { output: file, format: 'html' })).toBe(0);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('<html lang="it">');
    expect(html).toContain('Gentile Dott.ssa Laura Esposito,');
    expect(stdout.join('')).toBe(`${file}\n`);
  });

  it('writes a text preview with the subject on top', async () => {
    const file = path.join(dir, 'ack.txt');
    expect(await runTemplatesPreview('acknowledgement', { output: file, format: 'text' })).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('Oggetto: [C4C-2026-00042] Richiesta ricevuta - Comune di Matera\n\nGentile Giuseppe Santoro,')).toBe(true);
  });

  it('writes an .eml that a mail reader opens, addressed to who reads the template', async () => {
    const file = path.join(dir, 'offerta.eml');
    expect(await runTemplatesPreview('offer-to-expert', { output: file, format: 'eml' })).toBe(0);
    const parsed = await simpleParser(readFileSync(file));
    expect(parsed.subject).toBe('[C4C-2026-00042] Proposta di incarico: Capacity Lab PO-4 - Comune di Matera');
    expect(parsed.text).toContain('NON DISPONIBILE');
    expect(parsed.html).toContain('Dott.ssa Laura Esposito');
    const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
    expect(to?.value[0]?.address).toBe('laura.esposito@esperti.anci.it');
  });

  it('defaults to ./preview-<name>.<ext>', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect(await runTemplatesPreview('escalation', { output: null, format: 'text' })).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    expect(existsSync(path.join(dir, 'preview-escalation.txt'))).toBe(true);
  });

  it('refuses an unknown template with exit 2 and lists the names', async () => {
    expect(await runTemplatesPreview('acknowledgment', { output: path.join(dir, 'x.html'), format: 'html' })).toBe(2);
    const message = stderr.join('');
    expect(message).toContain('unknown template "acknowledgment"');
    for (const name of TEMPLATE_NAMES) expect(message).toContain(name);
    expect(existsSync(path.join(dir, 'x.html'))).toBe(false);
  });

  it('says so when the templates folder cannot be loaded', async () => {
    vi.stubEnv('CAP4CITY_TEMPLATES_DIR', path.join(dir, 'absent'));
    expect(await runTemplatesPreview('acknowledgement', { output: path.join(dir, 'x.html'), format: 'html' })).toBe(1);
    expect(stderr.join('')).toContain('cannot load the templates');
  });

  it('lists every template with who reads it', async () => {
    expect(await runTemplatesList()).toBe(0);
    const lines = stdout.join('').trimEnd().split('\n');
    expect(lines).toHaveLength(TEMPLATE_NAMES.length);
    expect(lines).toContain('offer-to-expert             expert');
    expect(lines.join('\n')).not.toContain('(missing in');
  });
});
