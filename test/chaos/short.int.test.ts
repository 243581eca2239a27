import { describe, expect, it } from 'vitest';
import { runChaos } from './chaos-scenario.ts';

// The short version of `npm run chaos`, for CI: ~50 messages, 3 kill -9, one Redis restart, 421 for a while.
describe('fault test, short version', () => {
  it('loses nothing, answers nothing twice, leaves nothing in INBOX, and shows refused mail as failed', async () => {
    const lines: string[] = [];
    const figures = await runChaos({
      messages: 50,
      kills: 3,
      workProcesses: 2,
      redisRestarts: 1,
      postgresRestarts: 0,
      dovecotRestarts: 0,
      smtp421Ms: 4_000,
      rejectEvery: 25,
      chaosMs: 5_000,
      settleTimeoutMs: 150_000,
      privatePostgres: false,
      seed: Number(process.env.CHAOS_SEED ?? 7),
      log: (line) => lines.push(line),
    });
    const report = `${lines.join('\n')}\n${JSON.stringify(figures, null, 1)}`;
    if (process.env.CHAOS_VERBOSE) console.log(report);
    expect(figures.settled, report).toBe(true);
    expect(figures.distinctMessages).toBe(50);
    expect(figures.lostMessages, report).toBe(0);
    expect(figures.duplicateRecords, report).toBe(0);
    expect(figures.leftInInbox, report).toBe(0);
    expect(figures.requestsWithoutAnswer, report).toBe(0);
    expect(figures.duplicateMailsAtSink, report).toBe(0);
    expect(figures.outboxPending, report).toBe(0);
    // a mail whose sender was killed is taken over and sent: none stays behind, every answer arrives
    expect(figures.outboxStuckSending, report).toBe(0);
    expect(figures.acknowledgementsDelivered, report).toBe(figures.acknowledgementsExpected);
    expect(figures.refusedVisibleAsFailed, report).toBe(figures.refusedRecipients);
    expect(figures.failedWithoutEvent, report).toBe(0);
    expect(figures.kills).toBe(3);
  }, 200_000);
});
