import { describe, expect, it } from 'vitest';
import { DEFAULT_MAILBOX_ALERT_AFTER_MS, mailboxHealth } from '../../../src/core/mailbox-health.ts';

const now = new Date('2026-01-12T10:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('mailbox health from the last successful check', () => {
  it('is ok within the threshold, whatever the connection says', () => {
    expect(mailboxHealth({ connected: true, lastCheckAt: ago(60_000), lastError: null }, now)).toEqual({ status: 'ok', secondsSinceCheck: 60, alert: null });
    expect(mailboxHealth({ connected: false, lastCheckAt: ago(60_000), lastError: 'connection closed' }, now).status).toBe('ok');
  });

  it('a connection that looks alive but has not checked for too long is stale, with an Italian alert', () => {
    const health = mailboxHealth({ connected: true, lastCheckAt: ago(DEFAULT_MAILBOX_ALERT_AFTER_MS + 60_000), lastError: null }, now);
    expect(health.status).toBe('stale');
    expect(health.alert).toBe('La casella non viene letta da 11 minuti.');
  });

  it('a failing login is down, and the alert carries the last error', () => {
    const health = mailboxHealth({ connected: false, lastCheckAt: ago(3_600_000), lastError: 'Authentication failed' }, now, 15 * 60_000);
    expect(health).toMatchObject({ status: 'down', secondsSinceCheck: 3600 });
    expect(health.alert).toBe('La casella non viene letta da 60 minuti (ultimo errore: Authentication failed).');
  });

  it('a mailbox never read says so only when something went wrong', () => {
    expect(mailboxHealth({ connected: false, lastCheckAt: null, lastError: null }, now).alert).toBeNull();
    expect(mailboxHealth({ connected: false, lastCheckAt: null, lastError: 'ECONNREFUSED' }, now)).toMatchObject({ status: 'never-checked', alert: 'La casella non è mai stata letta (ultimo errore: ECONNREFUSED).' });
  });
});
