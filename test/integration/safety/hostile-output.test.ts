import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { afterAll, describe, expect, it } from 'vitest';
import type { OutboxMail } from '../../../src/adapters/db/outbox-repo.ts';
import { contentDisposition } from '../../../src/adapters/http/message-attachments.ts';
import { createFileTransport, toMailOptions } from '../../../src/adapters/smtp/mail-transport.ts';
import { parseMessage } from '../../../src/core/parse-message.ts';
import { buildDaticert, buildPecEnvelope, INNER_REQUEST } from '../../unit/message/build-pec.ts';
import { fuzzParseContext } from '../../unit/fuzz/parse-safely.ts';

const root = mkdtempSync(path.join(tmpdir(), 'c4c-hostile-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function outboxMail(patch: Partial<OutboxMail>): OutboxMail {
  return {
    id: '1',
    messageId: '<C4C-2026-00001.acknowledgement@cap4city.test>',
    requestId: '1',
    template: 'acknowledgement',
    toAddress: 'ref@comune.test',
    fromAddress: 'Cap4City <cap4city@anci.test>',
    subject: '[C4C-2026-00001] Richiesta ricevuta',
    inReplyTo: null,
    referencesHeader: null,
    headers: { 'Auto-Submitted': 'auto-replied' },
    textBody: 'testo',
    htmlBody: '<p>testo</p>',
    attachments: [],
    createdAt: new Date('2026-01-12T09:00:00Z'),
    ...patch,
  } as OutboxMail;
}

function headerBlock(raw: Buffer): string {
  const text = raw.toString('latin1');
  return text.slice(0, text.indexOf('\r\n\r\n'));
}

describe('our mail cannot be made to carry extra headers', () => {
  it('CR/LF in subject, recipient name and reply ids stay inside their header', async () => {
    const raw = await new MailComposer(
      toMailOptions(
        outboxMail({
          subject: '[C4C-2026-00001] Richiesta ricevuta - Comune di X\r\nBcc: victim@evil.test\r\n\r\n<script>',
          toAddress: '"Mario\r\nBcc: victim@evil.test" <ref@comune.test>',
          inReplyTo: '<a@b>\r\nBcc: victim@evil.test',
          attachments: [{ name: '../../x\r\nBcc: victim@evil.test.pdf', contentType: 'application/pdf', base64: 'JVBERi0=' }],
        }),
      ),
    )
      .compile()
      .build();
    const head = headerBlock(raw);
    expect(head).not.toMatch(/^Bcc:/im);
    expect(head).toMatch(/^Auto-Submitted: auto-replied$/m);
    expect(raw.toString('latin1')).not.toMatch(/^Bcc:/im);
  });

  it('download names of attachments cannot carry CR/LF, quotes or path separators', () => {
    const value = contentDisposition('../../etc/passwd\r\nSet-Cookie: x="1"');
    expect(value).not.toMatch(/[\r\n]/);
    expect(value).not.toContain('../');
    expect(value.split('"').length).toBe(3);
  });
});

describe('the file transport writes inside its folder only', () => {
  it('a hostile Message-ID cannot escape <data>/outbox', async () => {
    const dir = path.join(root, 'data', 'outbox');
    const transport = createFileTransport(dir);
    for (const messageId of ['<../../escaped@evil.test>', '<..\\..\\escaped@x>', '</etc/cron.d/evil@x>', '<a/../../../b@c>', '<\0nul@x>', '<..>']) {
      const { response } = await transport.send(outboxMail({ messageId }));
      const file = response.replace(/^written to /, '');
      expect(path.dirname(file)).toBe(dir);
    }
    expect(readdirSync(path.join(root, 'data'))).toEqual(['outbox']);
    expect(readdirSync(root)).toEqual(['data']);
  });
});

describe('XML parsers load no external entities', () => {
  it('daticert.xml with an external entity (local file) and an external DTD (HTTP) loads neither', async () => {
    const secret = `SECRET-${Date.now()}`;
    const secretFile = path.join(root, 'secret.txt');
    writeFileSync(secretFile, secret);
    let fetched = 0;
    const server = http.createServer((_req, res) => {
      fetched++;
      res.end(`<!ENTITY leak "${secret}">`);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    try {
      const doctype = `<!DOCTYPE postacert [<!ENTITY xxe SYSTEM "file://${secretFile}"><!ENTITY % remote SYSTEM "http://127.0.0.1:${port}/evil.dtd"> %remote;]>`;
      const daticert = buildDaticert('posta-certificata', doctype).replace('<oggetto>Richiesta laboratorio</oggetto>', '<oggetto>&xxe;</oggetto>');
      const raw = buildPecEnvelope({ inner: INNER_REQUEST, daticert });
      const parsed = await parseMessage(raw, fuzzParseContext());
      expect(JSON.stringify(parsed)).not.toContain(secret);
      expect(fetched).toBe(0);
    } finally {
      server.close();
    }
  });

  it('a billion-laughs daticert is refused quickly, not expanded', async () => {
    const lol = ['<!ENTITY a "lollollollollol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`)].join('');
    const daticert = buildDaticert('posta-certificata', `<!DOCTYPE postacert [${lol}]>`).replace('<oggetto>Richiesta laboratorio</oggetto>', '<oggetto>&j;</oggetto>');
    const started = performance.now();
    const parsed = await parseMessage(buildPecEnvelope({ inner: INNER_REQUEST, daticert }), fuzzParseContext());
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(JSON.stringify(parsed).length).toBeLessThan(200_000);
    expect(readFileSync(path.join(root, 'secret.txt'), 'utf8')).toMatch(/^SECRET-/);
  });
});
