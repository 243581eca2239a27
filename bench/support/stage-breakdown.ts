import { summarizeLatencies, type LatencySummary } from './percentiles.ts';
import type { TimedAppends } from './append-and-time.ts';

export interface StageBreakdown {
  /** APPEND start → the watcher has stored the message (IDLE notification, fetch, insert, enqueue) */
  pickUp: LatencySummary;
  /** stored → the intake worker has parsed it and committed request + outbox */
  intake: LatencySummary;
  /** committed → the answer is at the SMTP sink (mail queue, render-free send) */
  send: LatencySummary;
}

interface LogLine {
  time?: number;
  msg?: string;
  uid?: number;
  recordId?: string;
  messageRecordId?: string;
}

/** Where the time goes, from the service's info logs ('message stored', 'message handled'). */
export function stageBreakdown(timed: TimedAppends, logLines: string[]): StageBreakdown {
  const storedAt = new Map<number, { at: number; recordId: string }>();
  const handledAt = new Map<string, number>();
  for (const line of logLines) {
    let entry: LogLine;
    try {
      entry = JSON.parse(line) as LogLine;
    } catch {
      continue;
    }
    if (entry.msg === 'message stored' && entry.uid !== undefined && entry.recordId) storedAt.set(entry.uid, { at: entry.time!, recordId: entry.recordId });
    if (entry.msg === 'message handled' && entry.messageRecordId) handledAt.set(entry.messageRecordId, entry.time!);
  }
  const pickUp: number[] = [];
  const intake: number[] = [];
  const send: number[] = [];
  for (const t of timed.timeline) {
    const stored = storedAt.get(t.uid);
    const handled = stored ? handledAt.get(stored.recordId) : undefined;
    if (!stored || handled === undefined || t.answerAt === null) continue;
    pickUp.push(stored.at - t.appendAt);
    intake.push(handled - stored.at);
    send.push(t.answerAt - handled);
  }
  return { pickUp: summarizeLatencies(pickUp), intake: summarizeLatencies(intake), send: summarizeLatencies(send) };
}
