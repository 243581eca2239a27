import { describe, expect, it } from 'vitest';
import {
  claimOutboxMail,
  findOutboxById,
  findOutboxByMessageId,
  insertOutboxMail,
  listOutbox,
  markOutboxFailed,
  markOutboxSent,
} from '../../../src/adapters/db/outbox-repo.ts';
import { sampleOutboxMail } from './sample-records.ts';
import { BACKEND_KINDS, useMigratedBackend } from './test-backends.ts';

describe.each(BACKEND_KINDS)('outbox repository on %s', (kind) => {
  const backend = useMigratedBackend(kind);

  it('queues a mail once per Message-ID and keeps every field', async () => {
    const mail = sampleOutboxMail({
      inReplyTo: '<abc@comune.it>',
      referencesHeader: '<abc@comune.it>',
      headers: { 'Auto-Submitted': 'auto-replied' },
      htmlBody: '<p>Gentile Maria Rossi</p>',
      attachments: [{ name: 'riepilogo.pdf', contentType: 'application/pdf', base64: 'JVBERi0=' }],
    });
    const first = await insertOutboxMail(backend.db, mail);
    const second = await insertOutboxMail(backend.db, { ...mail, subject: 'altro' });
    expect(first.inserted).toBe(true);
    expect(second).toEqual({ id: first.id, inserted: false });

    expect(await findOutboxByMessageId(backend.db, mail.messageId)).toMatchObject({
      id: first.id,
      messageId: mail.messageId,
      subject: mail.subject,
      inReplyTo: '<abc@comune.it>',
      referencesHeader: '<abc@comune.it>',
      headers: { 'Auto-Submitted': 'auto-replied' },
      htmlBody: '<p>Gentile Maria Rossi</p>',
      attachments: [{ name: 'riepilogo.pdf', contentType: 'application/pdf', base64: 'JVBERi0=' }],
      status: 'pending',
      attempts: 0,
      sentAt: null,
    });
  });

  it('lets exactly one of two concurrent claims win', async () => {
    const { id } = await insertOutboxMail(backend.db, sampleOutboxMail());
    const claims = await Promise.all([claimOutboxMail(backend.db, id), claimOutboxMail(backend.db, id)]);
    const winners = claims.filter((claim) => claim !== null);
    expect(winners).toHaveLength(1);
    expect(winners[0]).toMatchObject({ id, status: 'sending', attempts: 1 });
    expect(winners[0]?.claimedAt).toBeInstanceOf(Date);
  });

  it.runIf(kind === 'postgres')('makes a claim wait for a concurrent claim that has not committed yet', async () => {
    const { id } = await insertOutboxMail(backend.db, sampleOutboxMail());
    let releaseFirst!: () => void;
    const firstMayCommit = new Promise<void>((resolve) => (releaseFirst = resolve));
    const first = backend.db.transaction(async (tx) => {
      const claim = await claimOutboxMail(tx, id);
      await firstMayCommit;
      return claim;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = claimOutboxMail(backend.db, id);
    await new Promise((resolve) => setTimeout(resolve, 50));
    releaseFirst();
    expect((await first)?.attempts).toBe(1);
    expect(await second).toBeNull();
  });

  it('takes over a mail left in sending by a crashed sender only after it went stale', async () => {
    const { id } = await insertOutboxMail(backend.db, sampleOutboxMail());
    expect(await claimOutboxMail(backend.db, id)).not.toBeNull();
    expect(await claimOutboxMail(backend.db, id, { staleAfterMs: 60_000 })).toBeNull();

    await backend.db.query(`UPDATE outbox SET claimed_at = now() - interval '2 minutes' WHERE id = $1`, [id]);
    expect(await claimOutboxMail(backend.db, id, { staleAfterMs: 10 * 60_000 })).toBeNull();
    expect(await claimOutboxMail(backend.db, id, { staleAfterMs: 60_000 })).toMatchObject({ status: 'sending', attempts: 2 });
  });

  it('puts a temporary failure back to pending and ends a permanent one', async () => {
    const { id } = await insertOutboxMail(backend.db, sampleOutboxMail());
    await claimOutboxMail(backend.db, id);
    expect(await markOutboxFailed(backend.db, id, '451 4.7.1 try later', { permanent: false })).toBe(true);
    expect(await findOutboxById(backend.db, id)).toMatchObject({ status: 'pending', lastError: '451 4.7.1 try later', attempts: 1, claimedAt: null });

    expect(await claimOutboxMail(backend.db, id)).toMatchObject({ attempts: 2 });
    expect(await markOutboxFailed(backend.db, id, '550 5.1.1 no such user', { permanent: true })).toBe(true);
    expect(await findOutboxById(backend.db, id)).toMatchObject({ status: 'failed', lastError: '550 5.1.1 no such user' });

    expect(await claimOutboxMail(backend.db, id)).toBeNull();
    expect(await markOutboxFailed(backend.db, id, 'again', { permanent: false })).toBe(false);
    expect((await findOutboxById(backend.db, id))?.status).toBe('failed');
  });

  it('records the sending, after which the mail cannot be claimed or failed again', async () => {
    const { id } = await insertOutboxMail(backend.db, sampleOutboxMail());
    await claimOutboxMail(backend.db, id);
    expect(await markOutboxSent(backend.db, id, '250 2.0.0 Ok: queued as 4F1A2')).toBe(true);
    const sent = await findOutboxById(backend.db, id);
    expect(sent).toMatchObject({ status: 'sent', smtpResponse: '250 2.0.0 Ok: queued as 4F1A2', lastError: null });
    expect(sent?.sentAt).toBeInstanceOf(Date);

    expect(await claimOutboxMail(backend.db, id, { staleAfterMs: 0 })).toBeNull();
    expect(await markOutboxSent(backend.db, id, 'second')).toBe(false);
    expect(await markOutboxFailed(backend.db, id, 'late error', { permanent: true })).toBe(false);
    expect((await findOutboxById(backend.db, id))?.smtpResponse).toBe('250 2.0.0 Ok: queued as 4F1A2');
  });

  it('lists by status, oldest first', async () => {
    const a = await insertOutboxMail(backend.db, sampleOutboxMail({ template: 'listing' }));
    const b = await insertOutboxMail(backend.db, sampleOutboxMail({ template: 'listing' }));
    await claimOutboxMail(backend.db, a.id);
    const pending = await listOutbox(backend.db, { status: 'pending', limit: 1000 });
    expect(pending.map((mail) => mail.id)).toContain(b.id);
    expect(pending.map((mail) => mail.id)).not.toContain(a.id);
    expect(pending.every((mail) => mail.status === 'pending')).toBe(true);
    const all = await listOutbox(backend.db, { limit: 1000 });
    expect(all.map((mail) => Number(mail.id))).toEqual([...all.map((mail) => Number(mail.id))].sort((x, y) => x - y));
    expect(await listOutbox(backend.db, { limit: 2 })).toHaveLength(2);
  });
});
