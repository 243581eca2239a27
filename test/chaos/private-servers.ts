import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, chmodSync, chownSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../helpers/service.ts';

const run = promisify(execFile);
const SCRIPTS = path.join(REPO_ROOT, 'scripts/test-servers');

/** A free TCP port on loopback (asked of the kernel, then released). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} not ready after ${timeoutMs} ms`);
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (pidAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
}

/** A Dovecot of our own (accounts cap4city/secret, other/secret2, pec/secret3), restartable. */
export interface PrivateDovecot {
  port: number;
  dir: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function privateDovecot(dir: string): Promise<PrivateDovecot> {
  const port = await freePort();
  const securePort = await freePort();
  const env = { ...process.env, IMAP_PORT: String(port), IMAPS_PORT: String(securePort) };
  const self: PrivateDovecot = {
    port,
    dir,
    async start() {
      await run('bash', [path.join(SCRIPTS, 'start-dovecot.sh'), dir], { env });
    },
    async stop() {
      await run('bash', [path.join(SCRIPTS, 'stop-dovecot.sh'), dir], { env }).catch(() => undefined);
    },
  };
  await self.start();
  return self;
}

/** A Redis of our own with an append-only file, so a restart keeps the queues. */
export interface PrivateRedisServer {
  url: string;
  start(): Promise<void>;
  /** SIGKILL-free stop: SHUTDOWN lets it fsync its AOF, as a planned restart would. */
  stop(): Promise<void>;
}

export async function privateRedisServer(dir: string): Promise<PrivateRedisServer> {
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const pidFile = path.join(dir, 'redis.pid');
  const ping = async () => (await run('redis-cli', ['-p', String(port), 'ping'])).stdout.includes('PONG');
  const self: PrivateRedisServer = {
    url: `redis://127.0.0.1:${port}`,
    async start() {
      await run('redis-server', ['--bind', '127.0.0.1', '--port', String(port), '--daemonize', 'yes', '--appendonly', 'yes', '--appendfsync', 'everysec', '--save', '', '--dir', dir, '--pidfile', pidFile, '--logfile', path.join(dir, 'redis.log')]);
      await waitUntil(ping, 10_000, 'redis');
    },
    async stop() {
      const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8')) : 0;
      await run('redis-cli', ['-p', String(port), 'shutdown']).catch(() => undefined);
      if (pid) await waitForExit(pid, 10_000);
    },
  };
  await self.start();
  return self;
}

/** A PostgreSQL cluster of our own (initdb; run as the postgres user), restartable without touching the shared one. */
export interface PrivatePostgres {
  url: string;
  start(): Promise<void>;
  /** Immediate shutdown: open connections are cut, as in a crash. */
  stop(): Promise<void>;
}

export async function privatePostgres(dir: string): Promise<PrivatePostgres> {
  const versions = readdirSync('/usr/lib/postgresql').sort();
  const bin = path.join('/usr/lib/postgresql', versions.at(-1)!, 'bin');
  const port = await freePort();
  const asPostgres = (args: string[]) => run('runuser', ['-u', 'postgres', '--', ...args]);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  chmodSync(path.dirname(dir), 0o755);
  const { stdout } = await run('id', ['-u', 'postgres']);
  const { stdout: gid } = await run('id', ['-g', 'postgres']);
  chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  await asPostgres([path.join(bin, 'initdb'), '-D', path.join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const self: PrivatePostgres = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async start() {
      await asPostgres([path.join(bin, 'pg_ctl'), '-D', path.join(dir, 'data'), '-l', path.join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
    },
    async stop() {
      await asPostgres([path.join(bin, 'pg_ctl'), '-D', path.join(dir, 'data'), '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
    },
  };
  await self.start();
  return self;
}
