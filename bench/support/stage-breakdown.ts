import { summarizeLatencies, type LatencySummary } from './percentiles.ts';
import type { TimedAppends } from './append-and-time.ts';

export interface StageBreakdown {
  /** APPEND start → the watcher has stored the message (IDLE notification, fetch, insert, enqueue) */
  pickUp: LatencySummary;
  /**
   * stored → the answer is at the SMTP sink: the intake worker parses, commits request and outbox, and sends
   * the acknowledgement itself right after the commit (no second queue hop), so the two are one stage.
   */
  intakeAndSend: LatencySummary;
}

interface LogLine {
  time?: number;
  msg?: string;
  uid?: number;
  recordId?: string;
}

/** Where the time goes, from the service's info log 'message stored' and the sink's arrival times. */
export function stageBreakdown(timed: TimedAppends, logLines: string[]): StageBreakdown {
  const storedAt = new Map<number, { at: number }>();
  for (const line of logLines) {
    let entry: LogLine;
    try {
      entry = JSON.parse(line) as LogLine;
    } catch {
      continue;
    }
    if (entry.msg === 'message stored' && entry.uid !== undefined && entry.recordId) storedAt.set(entry.uid, { at: entry.time! });
  }
  const pickUp: number[] = [];
  const intakeAndSend: number[] = [];
  for (const t of timed.timeline) {
    const stored = storedAt.get(t.uid);
    if (!stored || t.answerAt === null) continue;
    pickUp.push(stored.at - t.appendAt);
    intakeAndSend.push(t.answerAt - stored.at);
  }
  return { pickUp: summarizeLatencies(pickUp), intakeAndSend: summarizeLatencies(intakeAndSend) };
}
