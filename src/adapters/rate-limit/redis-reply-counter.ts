import type { Redis } from 'ioredis';
import { replyWindows, type ReplyCounts } from '../../core/reply-limits.ts';

/**
 * Counts automatic answers in Redis, per recipient (hour, day) and in total (hour). Each window is
 * a set of message record ids, so a retried intake of the same message is counted once.
 */
export class RedisReplyCounter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async count(recipient: string, messageRecordId: string, now: Date): Promise<ReplyCounts> {
    const { hour, day } = replyWindows(now);
    const who = recipient.trim().toLowerCase();
    const keys = {
      senderHour: `${this.prefix}:replies:to:${who}:${hour}`,
      senderDay: `${this.prefix}:replies:to:${who}:${day}`,
      globalHour: `${this.prefix}:replies:all:${hour}`,
    };
    const pipeline = this.redis.multi();
    for (const [name, key] of Object.entries(keys)) {
      pipeline.sadd(key, messageRecordId);
      pipeline.expire(key, name === 'senderDay' ? 2 * 86_400 : 2 * 3600);
      pipeline.scard(key);
    }
    const replies = (await pipeline.exec()) ?? [];
    const card = (index: number) => {
      const [err, value] = replies[index * 3 + 2] ?? [new Error('no reply'), 0];
      if (err) throw err;
      return Number(value);
    };
    return { senderHour: card(0), senderDay: card(1), globalHour: card(2) };
  }
}
