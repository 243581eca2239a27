import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface Ack {
  inReplyTo: string | null;
  at: number;
}

export interface AckSink {
  readonly url: string;
  readonly acks: Ack[];
  /** Resolves when `predicate` holds after an arrival, or rejects after `timeoutMs`. */
  waitUntil(predicate: () => boolean, timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

const HEADER_LIMIT = 64 * 1024;

function inReplyToOf(raw: Buffer): string | null {
  const head = raw.subarray(0, HEADER_LIMIT).toString('latin1');
  const end = head.search(/\r?\n\r?\n/);
  const block = (end < 0 ? head : head.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
  return /^in-reply-to:\s*(<[^<>\s]+>)/im.exec(block)?.[1] ?? null;
}

/**
 * A lean SMTP sink for benchmarks: it records only the arrival time and In-Reply-To, so the
 * benchmark process spends no CPU parsing the service's mail (the cores are what is measured).
 */
export async function startAckSink(): Promise<AckSink> {
  const acks: Ack[] = [];
  const listeners = new Set<() => void>();
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    closeTimeout: 1_000,
    size: 0,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        acks.push({ inReplyTo: inReplyToOf(Buffer.concat(chunks)), at: performance.now() });
        for (const listener of listeners) listener();
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    acks,
    waitUntil(predicate, timeoutMs) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!predicate()) return;
          clearTimeout(timer);
          listeners.delete(check);
          resolve();
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`ack sink: condition not met after ${timeoutMs} ms (${acks.length} mail received)`));
        }, timeoutMs);
        listeners.add(check);
        check();
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
