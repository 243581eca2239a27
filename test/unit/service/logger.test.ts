import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { createLogger, redactUrl } from '../../../src/logger.ts';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'info', format: 'json', destination }) };
}

describe('logger', () => {
  it('writes JSON lines and never the secrets it is handed', () => {
    const { lines, logger } = capture();
    logger.info({ mailbox: { user: 'cap4city@example.it', password: 'hunter2' }, smtpUrl: 'smtp://u:pw@h', auth: { pass: 'pw2' } }, 'connecting');
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(line.msg).toBe('connecting');
    expect(lines[0]).not.toMatch(/hunter2|pw2|u:pw@/);
    expect(line.mailbox).toEqual({ user: 'cap4city@example.it', password: '[redacted]' });
  });

  it('masks the password in URLs it logs', () => {
    expect(redactUrl('postgres://cap4city:s3cret@db:5432/c4c')).toBe('postgres://cap4city:redacted@db:5432/c4c');
    expect(redactUrl(null)).toBeNull();
  });
});
