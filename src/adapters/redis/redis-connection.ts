import { Redis, type RedisOptions } from 'ioredis';

/** ioredis options for a redis:// or unix:// URL, as BullMQ needs them (no per-request retry cap). */
export function redisOptions(url: string): RedisOptions {
  const u = new URL(url);
  const base: RedisOptions = {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    // reconnect forever, 0.2 s growing to 5 s: a restarted Redis is picked up without a restart of ours
    retryStrategy: (times) => Math.min(200 * times, 5000),
  };
  if (u.protocol === 'unix:') return { ...base, path: u.pathname };
  return {
    ...base,
    host: u.hostname,
    port: u.port ? Number(u.port) : 6379,
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
  };
}

export function createRedis(url: string, name: string): Redis {
  return new Redis({ ...redisOptions(url), connectionName: name });
}
