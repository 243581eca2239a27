import { readFileSync } from 'node:fs';
import { ImapFlow, type ImapFlowOptions, type ListResponse } from 'imapflow';
import { imapAccounts, type ImapTestEnv, type TestEnv } from './env.ts';

export interface ImapConnectOptions {
  /** log in as this account of the test server (default: the first, `cap4city`) */
  user?: string;
  /** defaults to the account's password from the test env */
  pass?: string;
  /** implicit TLS on the secure port, the server certificate pinned when its PEM is known */
  secure?: boolean;
  /** let imapflow IDLE by itself after this many ms of inactivity (default: its own 15 s) */
  autoIdleDelay?: number;
}

export interface AppendedMessage {
  uid: number;
  uidValidity: bigint;
}

export interface ImapTestClient {
  /** the connected imapflow client, logged in as the chosen account */
  readonly client: ImapFlow;
  readonly user: string;
  /** APPENDs raw bytes to `folder`, creating the folder first when it is missing. */
  appendMessage(folder: string, raw: string | Buffer, flags?: string[]): Promise<AppendedMessage>;
  /** UIDs in `folder`, ascending. */
  listUids(folder: string): Promise<number[]>;
  folderExists(path: string): Promise<boolean>;
  /** Deletes every message and every folder except INBOX of `user` (default: this client's user). */
  resetMailbox(user?: string): Promise<void>;
  /** Polls STATUS until `folder` holds exactly `count` messages (a missing folder holds 0); returns the count. */
  waitForFolderCount(folder: string, count: number, timeoutMs?: number): Promise<number>;
  close(): Promise<void>;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);
const POLL_MS = 100;
const DEFAULT_WAIT_MS = 5_000;

function passwordOf(imap: ImapTestEnv, user: string): string {
  const account = imapAccounts(imap).find((candidate) => candidate.user === user);
  if (!account) throw new Error(`no password known for IMAP test user ${user}`);
  return account.pass;
}

/** imapflow options for the test server: logging off, no automatic STARTTLS on the plain port. */
export function imapFlowOptions(imap: ImapTestEnv, options: ImapConnectOptions = {}): ImapFlowOptions {
  const user = options.user ?? imap.user;
  const secure = options.secure ?? false;
  const tls = imap.caFile ? { ca: readFileSync(imap.caFile) } : { rejectUnauthorized: false };
  return {
    host: imap.host,
    port: secure ? imap.securePort : imap.port,
    secure,
    doSTARTTLS: secure ? undefined : false,
    tls,
    auth: { user, pass: options.pass ?? passwordOf(imap, user) },
    logger: false,
    ...(options.autoIdleDelay === undefined ? {} : { autoIdleDelay: options.autoIdleDelay }),
  };
}

/** A new, connected imapflow client; the caller logs it out. */
export async function connectImap(env: TestEnv, options: ImapConnectOptions = {}): Promise<ImapFlow> {
  const client = new ImapFlow(imapFlowOptions(env.imap, options));
  // an unhandled 'error' event would crash the test process; failures surface through the rejected commands
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

function depth(box: ListResponse): number {
  return box.parent.length;
}

function isInbox(path: string): boolean {
  return path.toUpperCase() === 'INBOX';
}

async function emptyAndPrune(client: ImapFlow): Promise<void> {
  const folders = (await client.list()).filter((box) => !isInbox(box.path));
  // children before parents; parents that are only hierarchy (\Noselect) may already be gone with them
  for (const box of folders.sort((a, b) => depth(b) - depth(a))) {
    await client.mailboxUnsubscribe(box.path).catch(() => undefined);
    await client.mailboxDelete(box.path).catch(() => undefined);
  }
  const left = (await client.list()).filter((box) => !isInbox(box.path) && !box.flags.has('\\NonExistent'));
  if (left.length > 0) throw new Error(`resetMailbox: could not delete ${left.map((box) => box.path).join(', ')}`);

  const lock = await client.getMailboxLock('INBOX');
  try {
    if (client.mailbox && client.mailbox.exists > 0) await client.messageDelete('1:*');
  } finally {
    lock.release();
  }
}

/** An imapflow client for the test Dovecot plus the helpers tests keep needing. */
export async function createImapTestClient(env: TestEnv, options: ImapConnectOptions = {}): Promise<ImapTestClient> {
  const user = options.user ?? env.imap.user;
  const client = await connectImap(env, options);

  async function folderExists(path: string): Promise<boolean> {
    const boxes = await client.list();
    return boxes.some((box) => (isInbox(path) ? isInbox(box.path) : box.path === path) && !box.flags.has('\\Noselect'));
  }

  async function messageCount(folder: string): Promise<number> {
    // Dovecot answers STATUS on the selected mailbox from this session's view; NOOP brings it up to date
    if (client.mailbox && client.mailbox.path === folder) {
      await client.noop();
      return client.mailbox ? client.mailbox.exists : 0;
    }
    try {
      const status = await client.status(folder, { messages: true });
      return status ? (status.messages ?? 0) : 0;
    } catch {
      return 0; // the folder does not exist (yet)
    }
  }

  return {
    client,
    user,
    folderExists,

    async appendMessage(folder, raw, flags) {
      if (!(await folderExists(folder))) await client.mailboxCreate(folder);
      const appended = await client.append(folder, raw, flags);
      if (!appended || appended.uid === undefined || appended.uidValidity === undefined) {
        throw new Error(`APPEND to ${folder} gave no UID (result: ${String(appended)})`);
      }
      return { uid: appended.uid, uidValidity: appended.uidValidity };
    },

    async listUids(folder) {
      const lock = await client.getMailboxLock(folder, { readOnly: true });
      try {
        const uids = await client.search({ all: true }, { uid: true });
        if (!Array.isArray(uids)) throw new Error(`SEARCH in ${folder} failed`);
        return [...uids].sort((a, b) => a - b);
      } finally {
        lock.release();
      }
    },

    async resetMailbox(targetUser = user) {
      if (!LOOPBACK_HOSTS.has(env.imap.host)) {
        throw new Error(`resetMailbox refuses to wipe a mailbox on ${env.imap.host}: test servers live on loopback`);
      }
      if (targetUser === user) return emptyAndPrune(client);
      const other = await connectImap(env, { user: targetUser, secure: options.secure });
      try {
        await emptyAndPrune(other);
      } finally {
        await other.logout().catch(() => undefined);
      }
    },

    async waitForFolderCount(folder, count, timeoutMs = DEFAULT_WAIT_MS) {
      const deadline = Date.now() + timeoutMs;
      let last = await messageCount(folder);
      while (last !== count) {
        if (Date.now() >= deadline) {
          throw new Error(`${folder} holds ${last} message(s), not ${count}, after ${timeoutMs} ms`);
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        last = await messageCount(folder);
      }
      return last;
    },

    async close() {
      await client.logout().catch(() => undefined);
    },
  };
}
