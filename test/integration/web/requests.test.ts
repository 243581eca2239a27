import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertOutboxMail } from '../../../src/adapters/db/outbox-repo.ts';
import { addUser, follow, get, labRequest, login, post, seedRequest, setUpWebKit, type Session, type WebKit } from './web-test-kit.ts';

describe.each(['pglite', 'postgres'] as const)('requests list, export and actions on %s', (kind) => {
  let kit: WebKit;
  let session: Session;
  let matera: string;
  let bari: string;
  let incomplete: string;

  beforeAll(async () => {
    kit = await setUpWebKit(kind);
    await addUser(kit.db, 'anna', 'operator');
    session = await login(kit.app, 'anna');
    matera = (await seedRequest(kit.db, labRequest())).code;
    bari = (
      await seedRequest(
        kit.db,
        labRequest({
          comune: { name: 'Bari', istat: '072006', province: 'BA', region: 'Puglia', match: 'exact' },
          contact: { name: 'Luca Bianchi', role: null, email: 'l.bianchi@comune.bari.it', phone: null },
          labs: [{ code: 'PC2', title: 'Progettazione europea' }],
        }),
        { status: 'received', createdAt: new Date('2026-01-10T10:00:00Z') },
      )
    ).code;
    incomplete = (
      await seedRequest(kit.db, labRequest({ comune: { name: '=HYPERLINK("x")', istat: null, province: null, region: null, match: 'none' }, needs: null }), {
        status: 'incomplete',
        needsReview: true,
        missing: ['request.needs'],
      })
    ).code;
  });
  afterAll(async () => {
    await kit?.dispose();
  });

  const codesIn = (body: string) => [...body.matchAll(/href="\/richieste\/(C4C-\d{4}-\d{5})"/g)].map((m) => m[1]);

  it('filters by status, region, lab, needs-review and date, and searches Comune, code and e-mail', async () => {
    expect(codesIn((await get(kit.app, session, '/richieste')).body).sort()).toEqual([matera, bari, incomplete].sort());
    expect(codesIn((await get(kit.app, session, '/richieste?stato=received')).body)).toEqual([bari]);
    expect(codesIn((await get(kit.app, session, '/richieste?regione=Basilicata')).body)).toEqual([matera]);
    expect(codesIn((await get(kit.app, session, '/richieste?lab=pc2')).body)).toEqual([bari]);
    expect(codesIn((await get(kit.app, session, '/richieste?verifica=si')).body)).toEqual([incomplete]);
    expect(codesIn((await get(kit.app, session, '/richieste?dal=2026-01-01&al=2026-01-31')).body)).toEqual([bari]);
    expect(codesIn((await get(kit.app, session, '/richieste?q=bianchi@comune')).body)).toEqual([bari]);
    expect(codesIn((await get(kit.app, session, `/richieste?q=${matera}`)).body)).toEqual([matera]);
    expect(codesIn((await get(kit.app, session, '/richieste?q=%25')).body)).toEqual([]);
    const sorted = codesIn((await get(kit.app, session, '/richieste?ordina=comune&verso=asc')).body);
    expect(sorted).toEqual([incomplete, bari, matera]);
  });

  it('serves the same filters as JSON', async () => {
    const response = await get(kit.app, session, '/api/richieste?regione=Puglia');
    expect(response.statusCode).toBe(200);
    const body = response.json() as { total: number; requests: Array<{ code: string; labs: string[] }> };
    expect(body.total).toBe(1);
    expect(body.requests[0]).toMatchObject({ code: bari, labs: ['PC2'] });
  });

  it('exports CSV with BOM, semicolons, CRLF and formulas defused, honouring the filters', async () => {
    const all = await get(kit.app, session, '/richieste.csv');
    expect(all.headers['content-type']).toContain('text/csv');
    expect(all.headers['content-disposition']).toMatch(/^attachment; filename="richieste-cap4city-/);
    expect(all.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = all.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toMatch(/^Codice;Ricevuta il;Stato;Comune;/);
    expect(lines).toHaveLength(5);
    expect(all.body).toContain(`;"'=HYPERLINK(""x"")";`);
    const filtered = await get(kit.app, session, '/richieste.csv?regione=Puglia');
    expect(filtered.body.split('\r\n').filter(Boolean)).toHaveLength(2);
    expect(filtered.body).toContain(`${bari};`);
  });

  it('corrects a field, re-validates the request and records who did it', async () => {
    const page = await get(kit.app, session, `/richieste/${incomplete}`);
    expect(page.body).toContain('Fabbisogni formativi');
    expect(page.body).toContain('Dati obbligatori mancanti');

    const response = await post(kit.app, session, `/richieste/${incomplete}/correggi`, { field: 'needs', value: 'Formazione sul PNRR' });
    expect(response.statusCode).toBe(303);
    const { rows } = await kit.db.query<{ id: string; missing: string[]; data: { needs: string } }>(
      'SELECT id, missing, data FROM requests WHERE code = $1',
      [incomplete],
    );
    expect(rows[0]?.missing).toEqual([]);
    expect(rows[0]?.data.needs).toBe('Formazione sul PNRR');
    const events = await kit.db.query<{ type: string; actor: string; details: { field: string; to: string } }>(
      'SELECT type, actor, details FROM request_events WHERE request_id = $1',
      [rows[0]!.id],
    );
    expect(events.rows).toEqual([expect.objectContaining({ type: 'field-corrected', actor: 'user:anna', details: expect.objectContaining({ field: 'needs', to: 'Formazione sul PNRR' }) })]);

    const after = await follow(kit.app, session, response);
    expect(after.body).toContain('La richiesta ora è completa');
    expect(after.body).not.toContain('Dati obbligatori mancanti');

    // the audit trail: who looked at the request, who changed it
    const audit = await kit.db.query<{ actor: string; action: string; target: string }>(
      `SELECT actor, action, target FROM web_audit_log WHERE target LIKE $1 ORDER BY id`,
      [`/richieste/${incomplete}%`],
    );
    expect(audit.rows).toEqual(
      expect.arrayContaining([
        { actor: 'user:anna', action: 'view', target: `/richieste/${incomplete}` },
        { actor: 'user:anna', action: 'change', target: `/richieste/${incomplete}/correggi` },
      ]),
    );
  });

  it('clears a required field and the request lacks it again; a bad e-mail is refused', async () => {
    await post(kit.app, session, `/richieste/${matera}/correggi`, { field: 'contactEmail', value: '' });
    let row = (await kit.db.query<{ missing: string[]; contact_email: string | null }>('SELECT missing, contact_email FROM requests WHERE code = $1', [matera])).rows[0];
    expect(row).toEqual({ missing: ['request.contact.email'], contact_email: null });
    await post(kit.app, session, `/richieste/${matera}/correggi`, { field: 'contactEmail', value: 'non-una-mail' });
    row = (await kit.db.query<{ missing: string[]; contact_email: string | null }>('SELECT missing, contact_email FROM requests WHERE code = $1', [matera])).rows[0];
    expect(row?.contact_email).toBeNull();
    await post(kit.app, session, `/richieste/${matera}/correggi`, { field: 'contactEmail', value: 'Maria.Rossi@Comune.Matera.it' });
    row = (await kit.db.query<{ missing: string[]; contact_email: string | null }>('SELECT missing, contact_email FROM requests WHERE code = $1', [matera])).rows[0];
    expect(row).toEqual({ missing: [], contact_email: 'maria.rossi@comune.matera.it' });
  });

  it('assigns and reassigns an expert, sets the dates, and closes the request through the state machine', async () => {
    await post(kit.app, session, `/richieste/${matera}/esperto`, { expertId: 'giulia-ferraro' });
    await post(kit.app, session, `/richieste/${matera}/esperto`, { expertId: 'marco-esposito' });
    let row = (await kit.db.query<{ id: string; status: string; expert_id: string }>('SELECT id, status, expert_id FROM requests WHERE code = $1', [matera])).rows[0]!;
    expect(row).toMatchObject({ status: 'assigned', expert_id: 'marco-esposito' });
    const assigned = await kit.db.query<{ details: { previousExpertId: string | null } }>(
      `SELECT details FROM request_events WHERE request_id = $1 AND type = 'expert-assigned' ORDER BY id`,
      [row.id],
    );
    expect(assigned.rows.map((r) => r.details.previousExpertId)).toEqual([null, 'giulia-ferraro']);

    await post(kit.app, session, `/richieste/${matera}/date`, { dates: '2026-06-10, 2026-06-03' });
    row = (await kit.db.query<{ id: string; status: string; expert_id: string; lab_dates: string[] }>('SELECT id, status, expert_id, lab_dates FROM requests WHERE code = $1', [matera])).rows[0]!;
    expect(row).toMatchObject({ status: 'scheduled', lab_dates: ['2026-06-03', '2026-06-10'] });

    await post(kit.app, session, `/richieste/${matera}/stato`, { action: 'completed' });
    expect((await kit.db.query<{ status: string }>('SELECT status FROM requests WHERE code = $1', [matera])).rows[0]?.status).toBe('completed');
    // a completed request cannot be rejected: the state machine refuses and the page says so
    const refused = await post(kit.app, session, `/richieste/${matera}/stato`, { action: 'reject' });
    const page = await follow(kit.app, session, refused);
    expect(page.body).toContain('Operazione non consentita');
    expect((await kit.db.query<{ status: string }>('SELECT status FROM requests WHERE code = $1', [matera])).rows[0]?.status).toBe('completed');
  });

  it('resends a mail as a new pending copy with a deterministic Message-ID', async () => {
    const { rows } = await kit.db.query<{ id: string }>('SELECT id FROM requests WHERE code = $1', [bari]);
    const requestId = rows[0]!.id;
    const original = await insertOutboxMail(kit.db, {
      messageId: `<${bari}.ack@cap4city.test>`,
      requestId,
      template: 'ack',
      toAddress: 'l.bianchi@comune.bari.it',
      fromAddress: 'cap4city@cap4city.test',
      subject: `[${bari}] Richiesta ricevuta`,
      textBody: 'Gentile referente...',
    });
    await kit.db.query(`UPDATE outbox SET status = 'failed', last_error = '550 mailbox unavailable' WHERE id = $1`, [original.id]);
    const detail = await get(kit.app, session, `/richieste/${bari}`);
    expect(detail.body).toContain('550 mailbox unavailable');
    await post(kit.app, session, `/richieste/${bari}/reinvia`, { outboxId: original.id });
    await post(kit.app, session, `/richieste/${bari}/reinvia`, { outboxId: original.id });
    const copies = await kit.db.query<{ message_id: string; status: string; text_body: string }>(
      'SELECT message_id, status, text_body FROM outbox WHERE request_id = $1 AND id <> $2 ORDER BY id',
      [requestId, original.id],
    );
    expect(copies.rows).toEqual([
      { message_id: `<${bari}.ack.resend-1@cap4city.test>`, status: 'pending', text_body: 'Gentile referente...' },
      { message_id: `<${bari}.ack.resend-2@cap4city.test>`, status: 'pending', text_body: 'Gentile referente...' },
    ]);
    // a mail of another request cannot be resent from this one
    await post(kit.app, session, `/richieste/${matera}/reinvia`, { outboxId: original.id });
    expect((await kit.db.query('SELECT id FROM outbox')).rowCount).toBe(3);
  });
});
