import { ImapFlow } from 'imapflow';
import nodemailer from 'nodemailer';

export interface FloorLoopOptions {
  host: string;
  port: number;
  user: string;
  pass: string;
  smtpUrl: string;
  /** NOOP every this many ms instead of IDLE; 0: IDLE */
  idleNoopMs: number;
}

export interface FloorLoop {
  stop(): Promise<void>;
}

/**
 * The least any IMAP-to-SMTP service can do: IDLE (or NOOP-poll), fetch new mail, send a reply
 * with In-Reply-To, move the original away. No queue, database or parsing: the latency floor.
 */
export async function startFloorLoop(opts: FloorLoopOptions): Promise<FloorLoop> {
  const smtp = new URL(opts.smtpUrl);
  const transport = nodemailer.createTransport({ host: smtp.hostname, port: Number(smtp.port), ignoreTLS: true, pool: true, maxConnections: 4 });
  const client = new ImapFlow({ host: opts.host, port: opts.port, secure: false, doSTARTTLS: false, auth: { user: opts.user, pass: opts.pass }, logger: false, disableAutoIdle: true });
  client.on('error', () => undefined);
  await client.connect();
  if (!(await client.list()).some((f) => f.path === 'Elaborati')) await client.mailboxCreate('Elaborati');
  await client.mailboxOpen('INBOX');
  let stopped = false;
  let scanning: Promise<void> | null = null;
  let rescan = false;

  const scanOnce = async () => {
    const uids = (await client.search({ deleted: false }, { uid: true })) || [];
    if (!uids.length) return;
    const sends: Promise<unknown>[] = [];
    for await (const msg of client.fetch(uids.join(','), { uid: true, envelope: true }, { uid: true })) {
      const messageId = msg.envelope?.messageId;
      sends.push(transport.sendMail({ from: 'cap4city@anci.example.it', to: 'comune@example.it', subject: 'Ricevuta', text: 'Ricevuta.', inReplyTo: messageId }));
    }
    await Promise.all(sends);
    await client.messageMove(uids.join(','), 'Elaborati', { uid: true });
  };
  const requestScan = () => {
    if (stopped) return;
    if (scanning) {
      rescan = true;
      return;
    }
    scanning = (async () => {
      do {
        rescan = false;
        await scanOnce().catch(() => undefined);
      } while (rescan && !stopped);
      if (!stopped && opts.idleNoopMs === 0) client.idle().catch(() => undefined);
    })().finally(() => {
      scanning = null;
    });
  };
  client.on('exists', requestScan);
  const noopTimer = opts.idleNoopMs > 0 ? setInterval(() => { if (!scanning) client.noop().catch(() => undefined); }, opts.idleNoopMs) : null;
  requestScan();
  return {
    async stop() {
      stopped = true;
      if (noopTimer) clearInterval(noopTimer);
      await scanning;
      await client.logout().catch(() => client.close());
      transport.close();
    },
  };
}
