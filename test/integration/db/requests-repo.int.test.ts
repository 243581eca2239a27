import { describe, expect, it } from 'vitest';
import { findOutboxByMessageId, insertOutboxMail } from '../../../src/adapters/db/outbox-repo.ts';
import { insertRequestEvent, listRequestEvents } from '../../../src/adapters/db/request-events-repo.ts';
import {
  countRequests,
  findRequestByCode,
  findRequestById,
  insertRequest,
  listRequests,
  updateRequestDetails,
  updateRequestStatus,
} from '../../../src/adapters/db/requests-repo.ts';
import { sampleOutboxMail, sampleRequest } from './sample-records.ts';
import { BACKEND_KINDS, useMigratedBackend } from './test-backends.ts';

/** Each test numbers requests in its own year, so the counters do not interfere. */
const inYear = (year: number) => new Date(`${year}-06-15T10:00:00Z`);

describe.each(BACKEND_KINDS)('requests repository on %s', (kind) => {
  const backend = useMigratedBackend(kind);

  it('numbers requests C4C-<year>-00001, -00002, … separately for each year', async () => {
    const codes = [];
    for (const year of [2026, 2026, 2027, 2026]) {
      codes.push((await insertRequest(backend.db, sampleRequest({ createdAt: inYear(year) }))).code);
    }
    expect(codes).toEqual(['C4C-2026-00001', 'C4C-2026-00002', 'C4C-2027-00001', 'C4C-2026-00003']);
  });

  it('takes the year from the Italian calendar', async () => {
    const newYearsEveUtc = new Date('2030-12-31T23:30:00Z'); // already 1 January 2031 in Rome
    const { code } = await insertRequest(backend.db, sampleRequest({ createdAt: newYearsEveUtc }));
    expect(code).toBe('C4C-2031-00001');
    expect(await findRequestByCode(backend.db, code)).toMatchObject({ year: 2031 });
  });

  it('stores every field and reads it back by id and by code', async () => {
    const input = sampleRequest({ createdAt: inYear(2032), labCodes: ['PO-04', 'PC-02'], needsReview: true, missing: ['request.needs'] });
    const { id, code } = await insertRequest(backend.db, input);
    const stored = await findRequestById(backend.db, id);
    expect(stored).toEqual({
      id,
      code,
      year: 2032,
      status: 'received',
      comuneName: "Sant'Agata de' Goti",
      comuneIstat: '062070',
      province: 'BN',
      region: 'Campania',
      labCodes: ['PO-04', 'PC-02'],
      contactEmail: 'm.rossi@comune.example.it',
      replyTo: 'protocollo@pec.comune.example.it',
      needsReview: true,
      data: input.data,
      missing: ['request.needs'],
      warnings: input.warnings,
      sourceMessageId: null,
      createdAt: inYear(2032),
      updatedAt: inYear(2032),
    });
    expect(await findRequestByCode(backend.db, code.toLowerCase())).toMatchObject({ id });
    expect(await findRequestByCode(backend.db, 'C4C-1999-00001')).toBeNull();
  });

  it('never hands out the same code twice to 20 concurrent transactions', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        backend.db.transaction(async (tx) => {
          const created = await insertRequest(tx, sampleRequest({ createdAt: inYear(2033) }));
          await insertRequestEvent(tx, { requestId: created.id, type: 'received', actor: 'system' });
          return created.code;
        }),
      ),
    );
    const expected = Array.from({ length: 20 }, (_, index) => `C4C-2033-${String(index + 1).padStart(5, '0')}`);
    expect([...results].sort()).toEqual(expected);
  });

  it('gives the number back when the transaction rolls back, and leaves no request, event or mail behind', async () => {
    const before = await countRequests(backend.db);
    const outboxMessageId = '<rollback-test@cap4city.example.it>';
    await expect(
      backend.db.transaction(async (tx) => {
        const created = await insertRequest(tx, sampleRequest({ createdAt: inYear(2034) }));
        await insertRequestEvent(tx, { requestId: created.id, type: 'received', actor: 'comune' });
        await insertOutboxMail(tx, sampleOutboxMail({ messageId: outboxMessageId, requestId: created.id }));
        throw new Error('render failed');
      }),
    ).rejects.toThrow('render failed');

    expect(await countRequests(backend.db)).toBe(before);
    expect(await findOutboxByMessageId(backend.db, outboxMessageId)).toBeNull();
    const { rows } = await backend.db.query<{ count: string }>(
      `SELECT count(*) AS count FROM request_events e JOIN requests r ON r.id = e.request_id WHERE r.year = 2034`,
    );
    expect(rows[0]?.count).toBe('0');
    expect((await insertRequest(backend.db, sampleRequest({ createdAt: inYear(2034) }))).code).toBe('C4C-2034-00001');
  });

  it('commits request, events and outbox together', async () => {
    const outboxMessageId = '<commit-test@cap4city.example.it>';
    const id = await backend.db.transaction(async (tx) => {
      const created = await insertRequest(tx, sampleRequest({ createdAt: inYear(2035) }));
      await insertRequestEvent(tx, { requestId: created.id, type: 'received', actor: 'comune', details: { source: 'pdf-form' } });
      await insertRequestEvent(tx, { requestId: created.id, type: 'mail-queued', actor: 'system' });
      await insertOutboxMail(tx, sampleOutboxMail({ messageId: outboxMessageId, requestId: created.id }));
      return created.id;
    });
    const events = await listRequestEvents(backend.db, id);
    expect(events.map((event) => [event.type, event.actor, event.details])).toEqual([
      ['received', 'comune', { source: 'pdf-form' }],
      ['mail-queued', 'system', null],
    ]);
    expect(events[0]?.createdAt).toBeInstanceOf(Date);
    expect((await findOutboxByMessageId(backend.db, outboxMessageId))?.requestId).toBe(id);
  });

  it('changes status, with compare-and-set when asked', async () => {
    const { id } = await insertRequest(backend.db, sampleRequest({ createdAt: inYear(2016) }));
    expect(await updateRequestStatus(backend.db, id, 'assigning', { from: 'incomplete' })).toBe(false);
    expect((await findRequestById(backend.db, id))?.status).toBe('received');
    expect(await updateRequestStatus(backend.db, id, 'assigning', { from: 'received' })).toBe(true);
    expect(await updateRequestStatus(backend.db, id, 'assigned')).toBe(true);
    const stored = await findRequestById(backend.db, id);
    expect(stored?.status).toBe('assigned');
    expect(stored!.updatedAt.getTime()).toBeGreaterThan(inYear(2016).getTime());
    expect(await countRequests(backend.db, { status: 'assigned' })).toBeGreaterThanOrEqual(1);
  });

  it('replaces only the details given', async () => {
    const { id } = await insertRequest(backend.db, sampleRequest({ createdAt: inYear(2037), missing: ['request.needs'], needsReview: true }));
    expect(await updateRequestDetails(backend.db, id, { missing: [], needsReview: false, labCodes: ['PC-01'] })).toBe(true);
    expect(await updateRequestDetails(backend.db, id, {})).toBe(false);
    expect(await findRequestById(backend.db, id)).toMatchObject({
      missing: [],
      needsReview: false,
      labCodes: ['PC-01'],
      comuneName: "Sant'Agata de' Goti",
    });
  });

  it('lists newest first, filtered by status', async () => {
    const older = await insertRequest(backend.db, sampleRequest({ createdAt: new Date('2038-01-10T00:00:00Z'), status: 'listed' }));
    const newer = await insertRequest(backend.db, sampleRequest({ createdAt: new Date('2038-02-10T00:00:00Z'), status: 'listed' }));
    const listed = await listRequests(backend.db, { status: 'listed', limit: 10 });
    expect(listed.map((request) => request.id)).toEqual([newer.id, older.id]);
    expect(await listRequests(backend.db, { status: 'listed', limit: 1, offset: 1 })).toHaveLength(1);
  });

  it('refuses an event for a request that does not exist', async () => {
    await expect(insertRequestEvent(backend.db, { requestId: '987654321', type: 'x', actor: 'system' })).rejects.toMatchObject({
      code: '23503',
    });
  });
});
