import type { AckSink } from './ack-sink.ts';
import type { ImapTestClient } from '../../test/helpers/imap.ts';
import type { MixMessage } from './message-mix.ts';

export interface TimedAppends {
  /** ms from the start of APPEND to the answer at the sink, for each answered message */
  latencies: number[];
  /** answered messages whose answer never came */
  missing: number;
  /** per answered message: APPEND start (epoch ms), UID given by the server, answer arrival (epoch ms) */
  timeline: Array<{ messageId: string; uid: number; appendAt: number; answerAt: number | null }>;
}

/**
 * APPENDs the messages one at a time, `spacingMs` apart (without waiting for answers), then waits
 * for the answers and times each from the start of its APPEND to its arrival at the sink.
 */
export async function appendAndTime(imap: ImapTestClient, sink: AckSink, messages: MixMessage[], spacingMs: number, waitMs = 30_000): Promise<TimedAppends> {
  const startedAt = new Map<string, number>();
  const uidOf = new Map<string, number>();
  const firstAck = new Map<string, number>();
  let seen = 0;
  const index = () => {
    for (; seen < sink.acks.length; seen++) {
      const ack = sink.acks[seen]!;
      if (ack.inReplyTo && !firstAck.has(ack.inReplyTo)) firstAck.set(ack.inReplyTo, ack.at);
    }
  };
  for (const message of messages) {
    const next = performance.now() + spacingMs;
    startedAt.set(message.messageId, performance.now());
    uidOf.set(message.messageId, (await imap.appendMessage('INBOX', message.raw)).uid);
    const pause = next - performance.now();
    if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
  }
  const expected = messages.filter((m) => m.answerInReplyTo);
  await sink
    .waitUntil(() => {
      index();
      return expected.every((m) => firstAck.has(m.answerInReplyTo!));
    }, waitMs)
    .catch(() => undefined);
  index();
  const latencies: number[] = [];
  const toEpoch = (at: number) => performance.timeOrigin + at;
  const timeline = expected.map((m) => {
    const answer = firstAck.get(m.answerInReplyTo!);
    return { messageId: m.messageId, uid: uidOf.get(m.messageId)!, appendAt: toEpoch(startedAt.get(m.messageId)!), answerAt: answer === undefined ? null : toEpoch(answer) };
  });
  let missing = 0;
  for (const m of expected) {
    const at = firstAck.get(m.answerInReplyTo!);
    if (at === undefined) missing++;
    else latencies.push(at - startedAt.get(m.messageId)!);
  }
  return { latencies, missing, timeline };
}
