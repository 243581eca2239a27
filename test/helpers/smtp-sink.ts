import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import { simpleParser, type Attachment, type HeaderValue, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerAddress, type SMTPServerSession } from 'smtp-server';

export interface ReceivedMail {
  /** envelope sender (MAIL FROM); '' for the null sender <> */
  from: string;
  /** envelope recipients (RCPT TO) that were accepted */
  to: string[];
  /** AUTH user, if the client authenticated (any credentials are accepted) */
  authUser: string | undefined;
  raw: Buffer;
  messageId: string | undefined;
  subject: string | undefined;
  text: string | undefined;
  html: string | undefined;
  headers: Map<string, HeaderValue>;
  attachments: Attachment[];
  /** undefined only if mailparser failed on the raw bytes */
  parsed: ParsedMail | undefined;
  receivedAt: Date;
}

export type SmtpFailureCode = 421 | 450 | 550;
/** Where a failure is answered: MAIL FROM, RCPT TO (per recipient) or after the message data. */
export type SmtpFailureStage = 'mail' | 'rcpt' | 'data';

export interface SmtpFailureOptions {
  /** fail only these recipients (case-insensitive), at RCPT TO; the others are accepted */
  recipients?: string[];
  /** when no recipients are given: 'mail' (default) or 'data' (the data is read, then refused) */
  stage?: Exclude<SmtpFailureStage, 'rcpt'>;
  /** fail only this many times, then accept again; unlimited when absent */
  times?: number;
}

export interface SmtpRejection {
  stage: SmtpFailureStage;
  code: SmtpFailureCode;
  /** the refused recipient at 'rcpt', the sender otherwise */
  address: string;
  at: Date;
}

export interface SmtpSinkOptions {
  /** 0 (default) picks a free port */
  port?: number;
}

export type MailPredicate = (mail: ReceivedMail) => boolean;

export interface SmtpSink {
  readonly port: number;
  /** smtp://127.0.0.1:<port> */
  readonly url: string;
  /** every accepted message, oldest first */
  readonly messages: ReceivedMail[];
  /** every refusal the sink answered, oldest first */
  readonly rejections: SmtpRejection[];
  /** Resolves with all matching messages as soon as at least one matches. */
  waitFor(predicate?: MailPredicate, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** Resolves with all matching messages as soon as at least `count` match. */
  waitForCount(count: number, predicate?: MailPredicate, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** Answers with `code` from now on (for all, or for some recipients); `null` accepts everything again. */
  failWith(code: SmtpFailureCode | null, options?: SmtpFailureOptions): void;
  /** Forgets received messages and rejections. */
  clear(): void;
  close(): Promise<void>;
}

interface ActiveFailure {
  code: SmtpFailureCode;
  stage: SmtpFailureStage;
  recipients: Set<string> | undefined;
  remaining: number;
}

const DEFAULT_WAIT_MS = 5_000;
const FAILURE_TEXT: Record<SmtpFailureCode, string> = {
  421: 'Service not available, closing transmission channel (test sink)',
  450: 'Mailbox unavailable, try again later (test sink)',
  550: 'Mailbox unavailable, rejected (test sink)',
};

function smtpError(code: SmtpFailureCode): Error {
  return Object.assign(new Error(FAILURE_TEXT[code]), { responseCode: code });
}

function envelopeAddress(address: SMTPServerAddress | false): string {
  return address ? address.address : '';
}

function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

async function toReceivedMail(raw: Buffer, session: SMTPServerSession): Promise<ReceivedMail> {
  let parsed: ParsedMail | undefined;
  try {
    parsed = await simpleParser(raw);
  } catch {
    parsed = undefined;
  }
  const user = session.user;
  return {
    from: envelopeAddress(session.envelope.mailFrom),
    to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
    authUser: typeof user === 'string' ? user : undefined,
    raw,
    messageId: parsed?.messageId,
    subject: parsed?.subject,
    text: parsed?.text,
    html: parsed && parsed.html !== false ? parsed.html : undefined,
    headers: parsed?.headers ?? new Map(),
    attachments: parsed?.attachments ?? [],
    parsed,
    receivedAt: new Date(),
  };
}

/**
 * An in-process SMTP server on 127.0.0.1 that records every message, for tests of outgoing mail.
 * Plain SMTP only (STARTTLS disabled: smtp-server's fallback certificate has expired); AUTH optional.
 */
export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  const rejections: SmtpRejection[] = [];
  const arrivals = new EventEmitter();
  arrivals.setMaxListeners(0);
  let failure: ActiveFailure | undefined;

  /** Returns the code to answer, consuming one use of a limited failure. */
  function failureFor(stage: SmtpFailureStage, address: string): SmtpFailureCode | undefined {
    if (!failure || failure.stage !== stage) return undefined;
    if (failure.recipients && !failure.recipients.has(address.toLowerCase())) return undefined;
    const { code } = failure;
    failure.remaining -= 1;
    if (failure.remaining <= 0) failure = undefined;
    rejections.push({ stage, code, address, at: new Date() });
    return code;
  }

  const server: SMTPServer = new SMTPServer({
    logger: false,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    closeTimeout: 1_000,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username ?? 'anonymous' });
    },
    onMailFrom(address, _session, callback) {
      const code = failureFor('mail', address.address);
      callback(code ? smtpError(code) : undefined);
    },
    onRcptTo(address, _session, callback) {
      const code = failureFor('rcpt', address.address);
      callback(code ? smtpError(code) : undefined);
    },
    onData(stream, session, callback) {
      readAll(stream)
        .then(async (raw) => {
          const code = failureFor('data', envelopeAddress(session.envelope.mailFrom));
          if (code) return callback(smtpError(code));
          // recorded before the 250 reply, so a resolved sendMail() means the message is in `messages`
          messages.push(await toReceivedMail(raw, session));
          arrivals.emit('mail');
          callback();
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;
  // a client killed mid-session (ECONNRESET) must not crash the test process
  server.on('error', () => undefined);

  function waitForCount(count: number, predicate: MailPredicate = () => true, timeoutMs = DEFAULT_WAIT_MS) {
    return new Promise<ReceivedMail[]>((resolve, reject) => {
      const check = (): boolean => {
        const matches = messages.filter(predicate);
        if (matches.length < count) return false;
        clearTimeout(timer);
        arrivals.off('mail', onMail);
        resolve(matches);
        return true;
      };
      const onMail = () => void check();
      const timer = setTimeout(() => {
        arrivals.off('mail', onMail);
        const seen = messages.map((m) => JSON.stringify(m.subject)).join(', ') || 'none';
        reject(new Error(`smtp sink: fewer than ${count} matching message(s) after ${timeoutMs} ms; received: ${seen}`));
      }, timeoutMs);
      arrivals.on('mail', onMail);
      check();
    });
  }

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    rejections,
    waitForCount,
    waitFor: (predicate, timeoutMs) => waitForCount(1, predicate, timeoutMs),
    failWith(code, failureOptions = {}) {
      if (code === null) {
        failure = undefined;
        return;
      }
      const recipients = failureOptions.recipients?.map((address) => address.toLowerCase());
      failure = {
        code,
        stage: recipients ? 'rcpt' : (failureOptions.stage ?? 'mail'),
        recipients: recipients ? new Set(recipients) : undefined,
        remaining: failureOptions.times ?? Number.POSITIVE_INFINITY,
      };
    },
    clear() {
      messages.length = 0;
      rejections.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
