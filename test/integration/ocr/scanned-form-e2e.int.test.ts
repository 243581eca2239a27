import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runParseCommand } from '../../../src/cli/parse-command.ts';
import { testEnv } from '../../helpers/env.ts';
import { createImapTestClient, type ImapTestClient } from '../../helpers/imap.ts';
import { createTestDatabase, type TestDatabase } from '../../helpers/postgres.ts';
import { setupService, type ServiceSetup } from '../../helpers/service.ts';
import { startSmtpSink, type SmtpSink } from '../../helpers/smtp-sink.ts';
import type { Service } from '../../../src/main.ts';

const env = testEnv();
const USER = env.imap.user2;

/** A Comune's protocol office sends the printed, signed and scanned form (an image-only PDF) and little else. */
function scannedFormMail(pdf: Buffer): string {
  const boundary = 'scan-boundary';
  const base64 = pdf.toString('base64').replace(/.{76}/g, '$&\r\n');
  return [
    'From: Protocollo Comune di Sassari <protocollo@comune.sassari.it>',
    'To: Cap4City <cap4city@anci.example.it>',
    'Subject: Trasmissione richiesta Capacity Lab - Comune di Sassari',
    'Message-ID: <scan-e2e-1@comune.sassari.it>',
    'Date: Mon, 09 Feb 2026 10:30:00 +0100',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Buongiorno,',
    'si trasmette in allegato la scansione del modulo di richiesta di Capacity Lab del Comune di Sassari, firmato.',
    '',
    'Ufficio Protocollo',
    `--${boundary}`,
    'Content-Type: application/pdf; name="SCAN_20260209_101522.pdf"',
    'Content-Disposition: attachment; filename="SCAN_20260209_101522.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    base64,
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

interface OcrEvent {
  source: string;
  applied: boolean;
  filename: string;
  fields: Record<string, { value: string | boolean; confidence: number | null }>;
  keyFields: Array<{ field: string; confidence: number; flagged: boolean }>;
}

describe('a scanned form through the real mailbox', () => {
  let sink: SmtpSink;
  let database: TestDatabase;
  let imap: ImapTestClient;
  let setup: ServiceSetup;
  let service: Service | null = null;

  beforeAll(async () => {
    sink = await startSmtpSink();
    database = await createTestDatabase();
    imap = await createImapTestClient(env, { user: USER });
    await imap.resetMailbox();
    setup = setupService({ testEnv: env, databaseUrl: database.url, smtpUrl: sink.url, imapUser: USER, pollSeconds: 300 });
  });

  afterAll(async () => {
    await service?.stop();
    await imap?.close();
    await sink?.close();
    await database?.drop();
    setup?.cleanup();
  });

  it('is acknowledged, then read with OCR in its own queue: the request holds the values read, for the secretariat to confirm', async () => {
    service = await setup.start();
    const pdf = readFileSync(new URL('../../fixtures/scans/pdf-sassari.pdf', import.meta.url));
    const raw = scannedFormMail(pdf);
    await imap.appendMessage('INBOX', raw);
    const [ack] = await sink.waitFor((m) => m.to.includes('protocollo@comune.sassari.it'), 20_000);
    expect(ack!.subject).toMatch(/^\[C4C-\d{4}-\d{5}\]/);

    const db = service.db;
    let event: OcrEvent | null = null;
    const deadline = Date.now() + 90_000;
    while (!event && Date.now() < deadline) {
      const { rows } = await db.query<{ details: OcrEvent }>(`select details from request_events where type = 'ocr-completed'`);
      event = rows[0]?.details ?? null;
      if (!event) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(event, 'no ocr-completed event within 90 s').not.toBeNull();
    expect(event).toMatchObject({ source: 'ocr', applied: true, filename: 'SCAN_20260209_101522.pdf' });
    expect(event!.fields.comune?.value).toBe('Sassari');
    expect(event!.fields.referente_email?.value).toBe('segreteria.generale@comune.sassari.it');
    expect(event!.keyFields.map((check) => check.field)).toEqual(['comune', 'laboratorio', 'referente_email']);

    const { rows } = await db.query<{ status: string; needs_review: boolean; comune_name: string; comune_istat: string; lab_codes: string[]; contact_email: string; warnings: string[]; data: { contact: { name: string } } }>(
      'select status, needs_review, comune_name, comune_istat, lab_codes, contact_email, warnings, data from requests',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      status: 'needs-review',
      needs_review: true,
      comune_name: 'Sassari',
      lab_codes: ['PO-6'],
      contact_email: 'segreteria.generale@comune.sassari.it',
    });
    expect(rows[0]!.data.contact.name).toBe('Giovanni Maria Satta');
    expect(rows[0]!.warnings.some((warning) => warning.startsWith('scanned-document:'))).toBe(true);

    // `cap4city parse` prints what the service ended up with: the same values and the same OCR flags
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'scan-e2e-')), 'scan.eml');
    writeFileSync(file, raw);
    let output = '';
    const out = new Writable({
      write(chunk: Buffer, _encoding, done) {
        output += chunk.toString();
        done();
      },
    });
    expect(await runParseCommand([file], { json: true }, out)).toBe(0);
    const printed = JSON.parse(output) as { form: { source: string }; request: { comune: { name: string; istat: string }; labs: Array<{ code: string }>; contact: unknown }; warnings: string[] };
    const stored = rows[0]! as unknown as { data: { comune: { name: string; istat: string }; labs: Array<{ code: string }>; contact: unknown } };
    expect(printed.form.source).toBe('ocr');
    expect(printed.request.comune).toMatchObject({ name: stored.data.comune.name, istat: stored.data.comune.istat });
    expect(printed.request.labs).toEqual(stored.data.labs);
    expect(printed.request.contact).toEqual(stored.data.contact);
    const ocrFlags = (warnings: string[]) => warnings.filter((warning) => warning.startsWith('ocr-')).sort();
    expect(ocrFlags(printed.warnings)).toEqual(ocrFlags(rows[0]!.warnings));
  }, 150_000);
});
