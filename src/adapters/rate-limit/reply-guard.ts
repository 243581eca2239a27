import { replyLimitWarning, type ReplyCounts, type ReplyLimits } from '../../core/reply-limits.ts';
import { checkSender } from '../../core/sender-auth/check-sender.ts';
import type { SenderAuthSettings } from '../../core/sender-auth/sender-auth-settings.ts';
import type { DnsResolver } from '../../core/sender-auth/verify-with-mailauth.ts';

export interface AutomaticReply {
  raw: Buffer;
  messageRecordId: string;
  recipient: string;
  now: Date;
}

/** Decides whether an automatic answer may go; the warnings say why not (empty: it may). */
export interface ReplyGuard {
  check(reply: AutomaticReply): Promise<string[]>;
}

export interface ReplyGuardDeps {
  senderAuth: SenderAuthSettings;
  resolver?: DnsResolver;
  limits: ReplyLimits;
  counter: { count(recipient: string, messageRecordId: string, now: Date): Promise<ReplyCounts> };
}

/**
 * A spoofed sender gets no answer (and is not counted); then the per-recipient and global limits.
 * If the counter is unreachable the answer is held back rather than sent unlimited: the intake
 * job fails and is retried, the transactional outbox keeps it from being lost.
 */
export function createReplyGuard(deps: ReplyGuardDeps): ReplyGuard {
  return {
    async check(reply) {
      const sender = await checkSender(reply.raw, deps.senderAuth, { resolver: deps.resolver });
      if (sender.verdict === 'not-authenticated') return [sender.detail];
      const counts = await deps.counter.count(reply.recipient, reply.messageRecordId, reply.now);
      const limited = replyLimitWarning(counts, deps.limits, reply.recipient);
      return limited ? [limited] : [];
    },
  };
}
