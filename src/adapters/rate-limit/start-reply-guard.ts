import { promises as dns } from 'node:dns';
import type { Logger } from '../../logger.ts';
import { readReplyLimits } from '../../core/reply-limits.ts';
import { readSenderAuthSettings } from '../../core/sender-auth/sender-auth-settings.ts';
import type { DnsResolver } from '../../core/sender-auth/verify-with-mailauth.ts';
import { createRedis } from '../redis/redis-connection.ts';
import { RedisReplyCounter } from './redis-reply-counter.ts';
import { createReplyGuard, type ReplyGuard } from './reply-guard.ts';

/**
 * The guard on automatic answers for the work role, from the environment: SENDER_AUTH,
 * SENDER_AUTH_SERVIDS, REPLY_LIMIT_PER_SENDER_HOUR, REPLY_LIMIT_PER_SENDER_DAY, REPLY_LIMIT_GLOBAL_HOUR.
 */
export function startReplyGuard(opts: { redisUrl: string; prefix: string; logger: Logger; env?: NodeJS.ProcessEnv; resolver?: DnsResolver }): { guard: ReplyGuard; close(): Promise<void> } {
  const env = opts.env ?? process.env;
  const senderAuth = readSenderAuthSettings(env);
  const limits = readReplyLimits(env);
  for (const warning of [...senderAuth.warnings, ...limits.warnings]) opts.logger.warn({ warning }, 'setting ignored');
  const redis = createRedis(opts.redisUrl, 'cap4city-reply-limits');
  redis.on('error', () => undefined);
  const resolver: DnsResolver = opts.resolver ?? ((name, rrtype) => dns.resolve(name, rrtype) as Promise<string[][] | string[]>);
  const guard = createReplyGuard({ senderAuth: senderAuth.settings, resolver, limits: limits.limits, counter: new RedisReplyCounter(redis, opts.prefix) });
  opts.logger.info({ senderAuth: senderAuth.settings.mode, replyLimits: limits.limits }, 'automatic answers guarded');
  return {
    guard,
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
