import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../src/adapters/db/database.ts';
import { migrate } from '../../../src/adapters/db/migrate.ts';
import { insertMessage } from '../../../src/adapters/db/messages-repo.ts';
import { insertOutboxMail } from '../../../src/adapters/db/outbox-repo.ts';
import { insertRequest } from '../../../src/adapters/db/requests-repo.ts';
import { insertRequestEvent } from '../../../src/adapters/db/request-events-repo.ts';
import { runPrivacyErase, runPrivacyExport, type PrivacyCommandIo } from '../../../src/cli/privacy-command.ts';
import { purgeExpiredRawData, readRetentionSettings } from '../../../src/workflows/retention.ts';
import { createTestDatabase, type TestDatabase } from '../../helpers/postgres.ts';
import { sampleMessage, sampleOutboxMail, sampleRequest } from '../db/sample-records.ts';

const CONTACT = 'm.rossi@comune.example.it';
const OTHER = 'g.verdi@comune.altro.example.it';

describe('data protection: retention, export and erasure', () => {
  let database: TestDatabase;
  let db: Database;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openDatabase({ url: database.url, dataDir: '/nonexistent' });
    await migrate(db);
  });

  afterAll(async () => {
    await db?.close();
    await database?.drop();
  });

  async function seed(contact: string, receivedAt: Date): Promise<{ requestId: string; messageId: string; outboxId: string }> {
    const message = await insertMessage(db, sampleMessage({ fromAddress: contact, receivedAt, raw: Buffer.from(`From: ${contact}\r\n\r\nComune richiedente: Matera\r\n`) }));
    const base = sampleRequest();
    const request = await insertRequest(db, sampleRequest({ contactEmail: contact, replyTo: contact, sourceMessageId: message.id, createdAt: receivedAt, data: { ...base.data, contact: { ...base.data.contact, email: contact } } }));
    await db.query('update messages set request_id = $1 where id = $2', [request.id, message.id]);
    await insertRequestEvent(db, { requestId: request.id, type: 'received', actor: 'comune', details: { from: contact, subject: 'Richiesta' } });
    const outbox = await insertOutboxMail(db, sampleOutboxMail({ requestId: request.id, toAddress: contact, attachments: [{ name: 'modulo.pdf', contentType: 'application/pdf', base64: 'JVBERi0=' }] }));
    await db.query(`update outbox set status = 'sent', created_at = $2 where id = $1`, [outbox.id, receivedAt]);
    return { requestId: request.id, messageId: message.id, outboxId: outbox.id };
  }

  function io(): PrivacyCommandIo & { out: () => string } {
    let out = '';
    const sink = (into: (s: string) => void) => new Writable({ write: (chunk, _e, cb) => (into(String(chunk)), cb()) });
    return { stdout: sink((s) => (out += s)), stderr: sink(() => undefined), openDb: () => openDatabase({ url: database.url, dataDir: '/nonexistent' }), now: () => new Date('2026-03-01T00:00:00Z'), out: () => out };
  }

  it('retention purges raw messages and attachments older than N months, keeping the records', async () => {
    const now = new Date('2026-03-01T00:00:00Z');
    const old = await seed('vecchio@comune.example.it', new Date('2023-01-10T00:00:00Z'));
    const recent = await seed('recente@comune.example.it', new Date('2025-12-10T00:00:00Z'));
    const outcome = await purgeExpiredRawData(db, readRetentionSettings({ RETENTION_RAW_MONTHS: '24' }).settings, now);
    expect(outcome.cutoff?.toISOString()).toBe('2024-03-01T00:00:00.000Z');
    expect(outcome.rawMessagesPurged).toBeGreaterThanOrEqual(1);
    const raw = async (id: string) => (await db.query<{ raw: unknown }>('select raw from messages where id = $1', [id])).rows[0]!.raw;
    expect(await raw(old.messageId)).toBeNull();
    expect(await raw(recent.messageId)).not.toBeNull();
    const attachments = async (id: string) => (await db.query<{ attachments: unknown[] }>('select attachments from outbox where id = $1', [id])).rows[0]!.attachments;
    expect(await attachments(old.outboxId)).toEqual([]);
    expect(await attachments(recent.outboxId)).toHaveLength(1);
    // the request record stays
    expect((await db.query('select 1 from requests where id = $1', [old.requestId])).rows).toHaveLength(1);
    expect(readRetentionSettings({ RETENTION_RAW_MONTHS: 'mai' }).warnings[0]).toMatch(/^setting-invalid/);
    expect((await purgeExpiredRawData(db, { rawMonths: 0 }, now)).cutoff).toBeNull();
  });

  it('privacy export gives every record of the contact, and nothing of others', async () => {
    const mine = await seed(CONTACT, new Date('2026-01-12T09:00:00Z'));
    await seed(OTHER, new Date('2026-01-12T09:00:00Z'));
    const cli = io();
    expect(await runPrivacyExport(`  ${CONTACT.toUpperCase()} `, cli)).toBe(0);
    const data = JSON.parse(cli.out());
    expect(data.email).toBe(CONTACT);
    expect(data.requests.map((r: { id: string }) => String(r.id))).toEqual([mine.requestId]);
    expect(data.messages).toHaveLength(1);
    expect(Buffer.from(data.messages[0].raw, 'base64').toString()).toContain(CONTACT);
    expect(data.outbox).toHaveLength(1);
    expect(data.requestEvents.length).toBeGreaterThanOrEqual(1);
    expect(cli.out()).not.toContain(OTHER);
    expect(await runPrivacyExport('not-an-address', io())).toBe(2);
  });

  it('privacy erase anonymises the contact everywhere and keeps the statistics; without --yes it only tells', async () => {
    const dry = io();
    expect(await runPrivacyErase(CONTACT, { yes: false }, dry)).toBe(1);
    expect(dry.out()).toMatch(/Verrebbero anonimizzati: 1 richieste/);
    expect((await db.query('select 1 from requests where contact_email = $1', [CONTACT])).rows).toHaveLength(1);

    const [{ id: requestId }] = (await db.query<{ id: string }>('select id from requests where contact_email = $1', [CONTACT])).rows as [{ id: string }];
    const cli = io();
    expect(await runPrivacyErase(CONTACT, { yes: true, actor: 'cli:test' }, cli)).toBe(0);
    const dumpOf = async (where: string) =>
      JSON.stringify([
        (await db.query(`select * from requests where ${where.replace(/REQ/g, 'id')}`, [requestId])).rows,
        (await db.query(`select id, from_address, subject, parsed, encode(raw, 'escape') raw from messages where ${where.replace(/REQ/g, 'request_id')}`, [requestId])).rows,
        (await db.query(`select * from outbox where ${where.replace(/REQ/g, 'request_id')}`, [requestId])).rows,
        (await db.query(`select * from request_events where ${where.replace(/REQ/g, 'request_id')}`, [requestId])).rows,
      ]);
    const erased = await dumpOf('REQ = $1');
    expect(erased.toLowerCase()).not.toContain(CONTACT);
    // the sample form names the contact "Maria Rossi": gone from the erased request, mail and timeline
    expect(erased).not.toContain('Maria Rossi');
    expect(await dumpOf('REQ <> $1')).toContain(OTHER);
    const { rows } = await db.query<{ comune_name: string; lab_codes: string[]; status: string; code: string }>('select comune_name, lab_codes, status, code from requests where contact_email is null and reply_to is null');
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows[0]!.comune_name).toBeTruthy();
    expect(rows[0]!.lab_codes.length).toBeGreaterThan(0);
    expect((await db.query(`select 1 from request_events where type = 'personal-data-erased' and actor = 'cli:test'`)).rows).toHaveLength(1);
    const again = io();
    await runPrivacyExport(CONTACT, again);
    expect(JSON.parse(again.out()).requests).toHaveLength(0);
  });
});
