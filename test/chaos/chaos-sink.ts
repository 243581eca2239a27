import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface SinkMail {
  messageId: string | undefined;
  to: string[];
  subject: string | undefined;
  at: Date;
}

/**
 * The SMTP server of the fault test: records what it accepted (before answering 250, like a real
 * MTA that has queued the mail), answers 421 to everything or 550 to some recipients on request,
 * and survives clients that are killed mid-conversation.
 */
export interface ChaosSink {
  url: string;
  messages: SinkMail[];
  rejections: number;
  /** refusals by SMTP code */
  rejectionsByCode: Record<number, number>;
  /** 421 for every transaction while true. */
  setUnavailable(on: boolean): void;
  /** These recipients are refused with 550 for good. */
  refuse(recipients: Iterable<string>): void;
  close(): Promise<void>;
}

function header(raw: string, name: string): string | undefined {
  const head = raw.slice(0, raw.search(/\r?\n\r?\n/) >>> 0);
  return new RegExp(`^${name}:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)`, 'im').exec(head)?.[1]?.replace(/\r?\n[ \t]+/g, ' ').trim();
}

export async function startChaosSink(): Promise<ChaosSink> {
  const messages: SinkMail[] = [];
  const refused = new Set<string>();
  let unavailable = false;
  let rejections = 0;
  const rejectionsByCode: Record<number, number> = {};
  const fail = (code: number, text: string) => {
    rejections++;
    rejectionsByCode[code] = (rejectionsByCode[code] ?? 0) + 1;
    return Object.assign(new Error(text), { responseCode: code });
  };
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    closeTimeout: 1_000,
    onMailFrom(_address, _session, callback) {
      callback(unavailable ? fail(421, 'Service not available (chaos sink)') : undefined);
    },
    onRcptTo(address, _session, callback) {
      callback(refused.has(address.address.toLowerCase()) ? fail(550, 'Mailbox unavailable (chaos sink)') : undefined);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('error', () => undefined);
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('latin1');
        messages.push({ messageId: header(raw, 'Message-ID'), subject: header(raw, 'Subject'), to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), at: new Date() });
        callback();
      });
    },
  });
  // a client killed with -9 resets its connection: that is expected here, not a crash of the test
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    get rejections() {
      return rejections;
    },
    rejectionsByCode,
    setUnavailable(on) {
      unavailable = on;
    },
    refuse(recipients) {
      for (const r of recipients) refused.add(r.toLowerCase());
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
