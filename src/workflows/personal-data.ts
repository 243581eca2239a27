import type { Database, SqlExecutor } from '../adapters/db/database.ts';

/** Everything we hold about one contact, as the GDPR right of access asks (art. 15). */
export interface PersonalDataExport {
  email: string;
  exportedAt: string;
  requests: Record<string, unknown>[];
  requestEvents: Record<string, unknown>[];
  messages: Record<string, unknown>[];
  outbox: Record<string, unknown>[];
}

export interface ErasureOutcome {
  requests: number;
  messages: number;
  outbox: number;
  events: number;
}

const ERASED_ADDRESS = 'cancellato@invalid';

/** Requests that name this contact: as contact, as where answers go, or in the form data. */
const REQUESTS_OF = `SELECT id FROM requests
  WHERE lower(contact_email) = $1 OR lower(reply_to) = $1 OR lower(data->'contact'->>'email') = $1`;
const MESSAGES_OF = `SELECT id FROM messages WHERE lower(from_address) = $1 OR request_id IN (${REQUESTS_OF})`;
const OUTBOX_OF = `SELECT id FROM outbox WHERE lower(to_address) = $1 OR request_id IN (${REQUESTS_OF})`;

function normalise(email: string): string {
  return email.trim().toLowerCase();
}

/** Export: the records, the raw messages as base64 (when retention has not purged them yet). */
export async function exportPersonalData(sql: SqlExecutor, email: string, now: Date = new Date()): Promise<PersonalDataExport> {
  const who = normalise(email);
  const requests = await sql.query(`SELECT * FROM requests WHERE id IN (${REQUESTS_OF}) ORDER BY id`, [who]);
  const events = await sql.query(`SELECT * FROM request_events WHERE request_id IN (${REQUESTS_OF}) ORDER BY id`, [who]);
  const messages = await sql.query<Record<string, unknown>>(`SELECT * FROM messages WHERE id IN (${MESSAGES_OF}) ORDER BY id`, [who]);
  const outbox = await sql.query(`SELECT * FROM outbox WHERE id IN (${OUTBOX_OF}) ORDER BY id`, [who]);
  return {
    email: who,
    exportedAt: now.toISOString(),
    requests: requests.rows,
    requestEvents: events.rows,
    messages: messages.rows.map(({ raw, ...rest }) => ({ ...rest, raw: raw ? Buffer.from(raw as Uint8Array).toString('base64') : null })),
    outbox: outbox.rows,
  };
}

/**
 * Erasure (art. 17): the contact's details are removed from requests, messages, mail and the
 * timeline; what statistics need (Comune, lab, status, dates, request code) stays. Mail not yet
 * sent to the contact is withdrawn. One transaction: all or nothing.
 */
export async function erasePersonalData(db: Database, email: string, actor: string): Promise<ErasureOutcome> {
  const who = normalise(email);
  return db.transaction(async (tx) => {
    const ids = (await tx.query<{ id: string }>(REQUESTS_OF, [who])).rows.map((r) => String(r.id));
    const messages = await tx.query(
      `UPDATE messages SET from_address = NULL, subject = NULL, raw = NULL, parsed = NULL WHERE id IN (${MESSAGES_OF})`,
      [who],
    );
    const outbox = await tx.query(
      `UPDATE outbox SET to_address = $2, text_body = '', html_body = NULL, attachments = '[]'::jsonb,
              status = CASE WHEN status IN ('pending', 'sending') THEN 'failed' ELSE status END,
              last_error = CASE WHEN status IN ('pending', 'sending') THEN 'dati personali cancellati' ELSE last_error END
        WHERE id IN (${OUTBOX_OF})`,
      [who, ERASED_ADDRESS],
    );
    const events = await tx.query(
      `UPDATE request_events SET details = coalesce(details, '{}'::jsonb) - 'from' - 'to' - 'subject' - 'contact' - 'email'
        WHERE request_id = ANY($1::bigint[])`,
      [ids],
    );
    const requests = await tx.query(
      `UPDATE requests SET contact_email = NULL, reply_to = NULL,
              data = jsonb_set(data, '{contact}', '{"name": null, "role": null, "email": null, "phone": null}'::jsonb),
              updated_at = now()
        WHERE id = ANY($1::bigint[])`,
      [ids],
    );
    for (const id of ids) {
      await tx.query(`INSERT INTO request_events (request_id, type, actor, details) VALUES ($1, 'personal-data-erased', $2, '{}'::jsonb)`, [id, actor]);
    }
    return { requests: requests.rowCount, messages: messages.rowCount, outbox: outbox.rowCount, events: events.rowCount };
  });
}
