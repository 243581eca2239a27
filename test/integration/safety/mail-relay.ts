import type { TestEnv } from '../../helpers/env.ts';
import { createImapTestClient, type ImapTestClient } from '../../helpers/imap.ts';
import type { ReceivedMail, SmtpSink } from '../../helpers/smtp-sink.ts';

/** What happens to a mail the sink accepted for one address. */
export type Route =
  | { kind: 'mailbox'; user: string }
  /** An auto-responder: its answer (built from the mail) lands in the mailbox of the mail's sender. */
  | { kind: 'responder'; answer: (mail: ReceivedMail, n: number) => string };

/**
 * Plays the Internet between the SMTP sink and the test's IMAP accounts: each accepted mail is
 * delivered to the mailbox its recipient maps to, or answered by a responder, so that services
 * and responders can talk to each other for real.
 */
export class MailRelay {
  private readonly clients = new Map<string, ImapTestClient>();
  private next = 0;
  private answers = 0;
  private timer: NodeJS.Timeout | null = null;
  private busy = false;
  readonly delivered: Array<{ to: string; subject: string | undefined }> = [];

  constructor(
    private readonly sink: SmtpSink,
    private readonly env: TestEnv,
    /** address (lower-case) → route */
    private readonly routes: Map<string, Route>,
    /** address (lower-case) → IMAP user whose INBOX receives mail for it */
    private readonly mailboxOf: Map<string, string>,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.pump(), 100);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    while (this.busy) await new Promise((r) => setTimeout(r, 20));
    for (const client of this.clients.values()) await client.close().catch(() => undefined);
    this.clients.clear();
  }

  async append(user: string, raw: string | Buffer): Promise<void> {
    let client = this.clients.get(user);
    if (!client) {
      client = await createImapTestClient(this.env, { user });
      this.clients.set(user, client);
    }
    await client.appendMessage('INBOX', raw);
  }

  private async pump(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      while (this.next < this.sink.messages.length) {
        const mail = this.sink.messages[this.next++]!;
        for (const to of mail.to) {
          const route = this.routes.get(to.toLowerCase());
          if (!route) continue;
          this.delivered.push({ to, subject: mail.subject });
          if (route.kind === 'mailbox') {
            await this.append(route.user, mail.raw);
            continue;
          }
          const sender = (mail.parsed?.from?.value[0]?.address ?? '').toLowerCase();
          const user = this.mailboxOf.get(sender);
          if (user) await this.append(user, route.answer(mail, ++this.answers));
        }
      }
    } finally {
      this.busy = false;
    }
  }
}

/** Resolves once the sink has accepted nothing new for `quietMs` (or throws after `timeoutMs`). */
export async function waitForQuiet(sink: SmtpSink, quietMs: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let count = sink.messages.length;
  let since = Date.now();
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    if (sink.messages.length !== count) {
      count = sink.messages.length;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      return count;
    }
  }
  throw new Error(`mail kept flowing for ${timeoutMs} ms (${sink.messages.length} mails): a loop`);
}
