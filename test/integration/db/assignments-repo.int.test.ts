import { describe, expect, it } from 'vitest';
import { assignmentContext, closeOffer, insertOffer } from '../../../src/adapters/db/assignments-repo.ts';
import { insertRequest, updateRequestStatus } from '../../../src/adapters/db/requests-repo.ts';
import { sampleRequest } from './sample-records.ts';
import { BACKEND_KINDS, useMigratedBackend } from './test-backends.ts';

const answerBy = new Date('2030-01-10T12:00:00Z');

describe.each(BACKEND_KINDS)('assignments repository on %s', (kind) => {
  const backend = useMigratedBackend(kind);

  it('tells the assignment what it needs: open offer, experts to skip, open work per expert, the last expert asked', async () => {
    const empty = await insertRequest(backend.db, sampleRequest());
    expect(await assignmentContext(backend.db, empty.id)).toEqual({ hasOpenOffer: false, excluded: [], loads: {}, lastOffered: null });

    const request = await insertRequest(backend.db, sampleRequest());
    const declined = await insertOffer(backend.db, { requestId: request.id, expertId: 'rossi', labCode: 'PO1', answerBy });
    await closeOffer(backend.db, declined.id, 'declined', 'link');
    const expired = await insertOffer(backend.db, { requestId: request.id, expertId: 'bianchi', labCode: 'PO1', answerBy });
    await closeOffer(backend.db, expired.id, 'expired', 'timer');
    await insertOffer(backend.db, { requestId: request.id, expertId: 'verdi', labCode: 'PO1', answerBy });

    // another request: verdi has a second open offer, neri an accepted one on a request still running, gialli on a closed one
    const other = await insertRequest(backend.db, sampleRequest());
    await insertOffer(backend.db, { requestId: other.id, expertId: 'verdi', labCode: 'PO1', answerBy });
    const running = await insertRequest(backend.db, sampleRequest());
    await updateRequestStatus(backend.db, running.id, 'assigned');
    const accepted = await insertOffer(backend.db, { requestId: running.id, expertId: 'neri', labCode: 'PO1', answerBy });
    await closeOffer(backend.db, accepted.id, 'accepted', 'link');
    const closed = await insertRequest(backend.db, sampleRequest());
    await updateRequestStatus(backend.db, closed.id, 'closed');
    const done = await insertOffer(backend.db, { requestId: closed.id, expertId: 'gialli', labCode: 'PO1', answerBy });
    await closeOffer(backend.db, done.id, 'accepted', 'link');

    expect(await assignmentContext(backend.db, request.id)).toEqual({
      hasOpenOffer: true,
      excluded: ['bianchi', 'rossi'],
      loads: { verdi: 2, neri: 1 },
      lastOffered: 'gialli',
    });
    expect(await assignmentContext(backend.db, empty.id)).toMatchObject({ hasOpenOffer: false, excluded: [], lastOffered: 'gialli' });
  });
});
