import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { Redis } from 'ioredis';
import { IntakeError } from '../../core/errors.ts';
import type { Logger } from '../../logger.ts';

export interface PrivateRedis {
  url: string;
  stop(): Promise<void>;
}

export function findRedisServer(): string | null {
  try {
    return execFileSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/**
 * Local default when REDIS_URL is unset: a redis-server child on a unix socket in the data dir,
 * append-only so queued work survives a restart. Stopped with the process.
 */
export async function startPrivateRedis(dataDir: string, logger: Logger): Promise<PrivateRedis> {
  const binary = findRedisServer();
  if (!binary) {
    throw new IntakeError(
      'redis-missing',
      'REDIS_URL is not set and redis-server is not installed: install Redis (Debian/Ubuntu: apt-get install redis-server; macOS: brew install redis) or set REDIS_URL=redis://host:6379',
    );
  }
  const dir = path.join(dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  // unix socket paths are limited to ~107 bytes: fall back to a short path when the data dir is deep
  let socket = path.join(dir, 'redis.sock');
  if (socket.length > 100) socket = path.join('/tmp', `cap4city-redis-${process.pid}.sock`);
  const child: ChildProcess = spawn(
    binary,
    [
      '--port', '0',
      '--unixsocket', socket,
      '--unixsocketperm', '700',
      '--dir', dir,
      '--appendonly', 'yes',
      '--save', '',
      '--daemonize', 'no',
      '--maxmemory-policy', 'noeviction',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => { output = (output + d.toString()).slice(-4000); });
  child.stderr?.on('data', (d: Buffer) => { output = (output + d.toString()).slice(-4000); });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `unix://${socket}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new IntakeError('redis-start-failed', `redis-server exited: ${output.trim().split('\n').pop() ?? ''}`);
    if (existsSync(socket) && (await ping(socket))) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new IntakeError('redis-start-failed', 'redis-server did not answer within 10 s');
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  logger.info({ socket, dir }, 'started a private redis-server (REDIS_URL unset)');
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function ping(socket: string): Promise<boolean> {
  const client = new Redis({ path: socket, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}
