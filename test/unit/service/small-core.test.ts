import { describe, expect, it } from 'vitest';
import { Backoff } from '../../../src/core/backoff.ts';
import { isPermanentDeliveryError } from '../../../src/core/delivery-error.ts';
import { peekHeaders } from '../../../src/core/peek-headers.ts';

describe('Backoff', () => {
  it('grows by 1.5 from 2 s, caps at 60 s, and resets only after a stable connection', () => {
    const b = new Backoff({ baseMs: 2000, factor: 1.5, maxMs: 60_000, stableAfterMs: 120_000, random: () => 0.5 });
    expect([b.next(0), b.next(0), b.next(0)]).toEqual([2000, 3000, 4500]);
    for (let i = 0; i < 20; i++) b.next(0);
    expect(b.next(0)).toBe(60_000);
    b.connected(1000);
    expect(b.next(2000)).toBe(60_000); // dropped after 1 s: no reset
    b.connected(10_000);
    expect(b.next(10_000 + 120_000)).toBe(2000);
  });
});

describe('isPermanentDeliveryError', () => {
  it('treats 5xx except 503 as final, 4xx and network errors as temporary', () => {
    expect(isPermanentDeliveryError({ responseCode: 550 })).toBe(true);
    expect(isPermanentDeliveryError({ responseCode: 503 })).toBe(false);
    expect(isPermanentDeliveryError({ responseCode: 421 })).toBe(false);
    expect(isPermanentDeliveryError(new Error('ECONNREFUSED'))).toBe(false);
  });
});

describe('peekHeaders', () => {
  it('reads the top-level headers only, decoding encoded words', () => {
    const raw = Buffer.from(
      'From: "Comune di Cefalù" <Protocollo@Comune.Cefalu.PA.it>\r\nSubject: =?UTF-8?Q?Richiesta_laboratorio_Cefal=C3=B9?=\r\n' +
        'Message-ID: <abc@x>\r\nIn-Reply-To: <C4C-2026-00001.acknowledgement@anci.it>\r\nReferences: <one@x>\r\n <two@x>\r\nDate: Mon, 12 Jan 2026 09:30:00 +0100\r\n\r\n' +
        'Message-ID: <body@x>\r\n',
    );
    expect(peekHeaders(raw)).toEqual({
      messageId: '<abc@x>',
      from: 'protocollo@comune.cefalu.pa.it',
      subject: 'Richiesta laboratorio Cefalù',
      date: new Date('2026-01-12T08:30:00Z'),
      threadIds: ['<C4C-2026-00001.acknowledgement@anci.it>', '<two@x>', '<one@x>'],
    });
  });

  it('copes with garbage', () => {
    expect(peekHeaders(Buffer.from([0, 1, 2, 255]))).toMatchObject({ messageId: null, from: null, subject: null, date: null });
  });
});
