import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createWebApp } from '../../src/adapters/http/create-web-app.ts';
import { createLogger } from '../../src/logger.ts';
import type { Service } from '../../src/main.ts';
import { testEnv } from '../helpers/env.ts';
import { createImapTestClient, type ImapTestClient } from '../helpers/imap.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/postgres.ts';
import { setupService, type ServiceSetup } from '../helpers/service.ts';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.ts';
import { addUser, get, login, TEST_SECRET } from './web/web-test-kit.ts';

const env = testEnv();
const USER = env.imap.user2;
const COMUNE = 'protocollo@comune.matera.example.it';
const MESSAGE_ID = '<unreadable-e2e-1@comune.matera.example.it>';

/** A Comune's protocol office sends the request form as a PDF protected by a password, with a bare covering note. */
function protectedFormMail(pdf: Buffer): string {
  const boundary = 'protected-boundary';
  return [
    'From: Protocollo Comune di Matera <protocollo@comune.matera.example.it>',
    'To: Cap4City <cap4city@anci.example.it>',
    'Subject: Trasmissione richiesta Capacity Lab',
    `Message-ID: ${MESSAGE_ID}`,
    'Date: Mon, 09 Feb 2026 10:30:00 +0100',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Buongiorno,',
    'si trasmette in allegato il modulo di richiesta del Comune.',
    '',
    'Ufficio Protocollo',
    `--${boundary}`,
    'Content-Type: application/pdf; name="modulo.pdf"',
    'Content-Disposition: attachment; filename="modulo.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    pdf.toString('base64').replace(/.{76}/g, '$&\r\n'),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

describe('a request whose form is password-protected, through the real mailbox', () => {
  let sink: SmtpSink;
  let database: TestDatabase;
  let imap: ImapTestClient;
  let setup: ServiceSetup;
  let service: Service | null = null;
  let web: FastifyInstance | null = null;

  beforeAll(async () => {
    sink = await startSmtpSink();
    database = await createTestDatabase();
    imap = await createImapTestClient(env, { user: USER });
    await imap.resetMailbox();
    setup = setupService({ testEnv: env, databaseUrl: database.url, smtpUrl: sink.url, imapUser: USER, pollSeconds: 300 });
  });

  afterAll(async () => {
    await web?.close();
    await service?.stop();
    await imap?.close();
    await sink?.close();
    await database?.drop();
    setup?.cleanup();
  });

  it('gets one Italian receipt naming the file, and waits in review with the reason, on the dashboard too', async () => {
    service = await setup.start();
    const pdf = readFileSync(new URL('../fixtures/unreadable/modulo-protetto.pdf', import.meta.url));
    await imap.appendMessage('INBOX', protectedFormMail(pdf));

    const [receipt] = await sink.waitFor((mail) => mail.to.includes(COMUNE), 20_000);
    expect(receipt!.subject).toMatch(/^\[C4C-\d{4}-\d{5}\] Richiesta ricevuta: allegato non leggibile$/);
    const code = /^\[(C4C-\d{4}-\d{5})\]/.exec(receipt!.subject ?? '')![1]!;
    // threaded to the Comune's message, like every answer
    expect(receipt!.headers.get('in-reply-to')).toBe(MESSAGE_ID);
    expect(String(receipt!.headers.get('references'))).toContain(MESSAGE_ID);
    expect(receipt!.headers.get('auto-submitted')).toBe('auto-replied');
    expect(receipt!.text).toContain(`le abbiamo assegnato il codice ${code}`);
    expect(receipt!.text).toContain('«modulo.pdf»: protetto da password');
    expect(receipt!.text).toContain('come file PDF o DOCX, non protetto da password');
    expect(receipt!.html).toContain('&laquo;modulo.pdf&raquo;: protetto da password');
    expect(receipt!.attachments.map((attachment) => attachment.contentType)).toEqual(['application/pdf']);
    await imap.waitForFolderCount('Elaborati', 1, 5_000);

    // one receipt and nothing else: no "informazioni mancanti", no offer to an expert
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(sink.messages.map((mail) => mail.subject)).toEqual([receipt!.subject]);

    const db = service.db;
    const { rows } = await db.query<{ code: string; status: string; needs_review: boolean; reply_to: string; warnings: string[] }>(
      'select code, status, needs_review, reply_to, warnings from requests',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ code, status: 'needs-review', needs_review: true, reply_to: COMUNE });
    expect(rows[0]!.warnings).toContain('attachment-unreadable: modulo.pdf: protetto da password');
    const outbox = await db.query<{ template: string; status: string }>('select template, status from outbox');
    expect(outbox.rows).toEqual([{ template: 'attachment-unreadable', status: 'sent' }]);
    const message = await db.query<{ kind: string; status: string }>('select kind, status from messages');
    expect(message.rows).toEqual([{ kind: 'request', status: 'needs-review' }]);

    web = await createWebApp({ db, logger: createLogger({ level: 'silent', format: 'json' }), secureCookies: false, sessionSecret: TEST_SECRET });
    await addUser(db, 'segreteria', 'operator');
    const session = await login(web, 'segreteria');
    const list = await get(web, session, '/richieste?verifica=si');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(code);
    expect(list.body).toContain('Allegato illeggibile: modulo.pdf (protetto da password)');
    const detail = await get(web, session, `/richieste/${code}`);
    expect(detail.body).toContain('Da verificare.');
    expect(detail.body).toContain('<li>Allegato illeggibile: modulo.pdf (protetto da password)</li>');
  }, 60_000);
});
