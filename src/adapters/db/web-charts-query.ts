import type { SqlExecutor } from './database.ts';

export interface ChartData {
  /** Monday of each of the last weeks (oldest first) and its request count. */
  perWeek: Array<{ week: string; count: number }>;
  perRegion: Array<{ label: string; count: number }>;
  perLab: Array<{ label: string; count: number }>;
  funnel: { received: number; ready: number; offered: number; assigned: number; completed: number };
  /** Milliseconds; null when nothing was measured yet. */
  medianAckMs: number | null;
  medianAssignMs: number | null;
}

const WEEKS = 12;

const numberOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));

export async function loadChartData(sql: SqlExecutor, now: Date): Promise<ChartData> {
  const weeks = await sql.query<{ week: string; count: string }>(
    `WITH weeks AS (
       SELECT generate_series(
         date_trunc('week', ($1::timestamptz AT TIME ZONE 'Europe/Rome')) - interval '${WEEKS - 1} weeks',
         date_trunc('week', ($1::timestamptz AT TIME ZONE 'Europe/Rome')),
         interval '1 week') AS week
     )
     SELECT to_char(w.week, 'YYYY-MM-DD') AS week, count(r.id) AS count
       FROM weeks w LEFT JOIN requests r ON date_trunc('week', r.created_at AT TIME ZONE 'Europe/Rome') = w.week
      GROUP BY w.week ORDER BY w.week`,
    [now],
  );
  const regions = await sql.query<{ label: string | null; count: string }>(
    'SELECT region AS label, count(*) AS count FROM requests GROUP BY region ORDER BY count(*) DESC, region',
  );
  const labs = await sql.query<{ label: string; count: string }>(
    'SELECT lab AS label, count(*) AS count FROM requests, unnest(lab_codes) AS lab GROUP BY lab ORDER BY count(*) DESC, lab',
  );
  const funnel = await sql.query<Record<string, string>>(
    `SELECT count(*) AS received,
            count(*) FILTER (WHERE status IN ('ready', 'offered', 'assigned', 'scheduled', 'completed')) AS ready,
            count(*) FILTER (WHERE status IN ('offered', 'assigned', 'scheduled', 'completed')) AS offered,
            count(*) FILTER (WHERE status IN ('assigned', 'scheduled', 'completed')) AS assigned,
            count(*) FILTER (WHERE status = 'completed') AS completed
       FROM requests`,
  );
  const ack = await sql.query<{ median: string | null }>(
    `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_sent - coalesce(m.received_at, r.created_at))) AS median
       FROM (SELECT request_id, min(sent_at) AS first_sent FROM outbox WHERE sent_at IS NOT NULL GROUP BY request_id) o
       JOIN requests r ON r.id = o.request_id
       LEFT JOIN messages m ON m.id = r.source_message_id`,
  );
  const assign = await sql.query<{ median: string | null }>(
    `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_assigned - r.created_at)) AS median
       FROM (SELECT request_id, min(created_at) AS first_assigned FROM request_events
              WHERE type = 'expert-assigned' OR details->>'to' = 'assigned' GROUP BY request_id) e
       JOIN requests r ON r.id = e.request_id`,
  );
  const f = funnel.rows[0] ?? {};
  const seconds = (v: string | null | undefined) => (numberOrNull(v) === null ? null : Number(v) * 1000);
  return {
    perWeek: weeks.rows.map((r) => ({ week: r.week, count: Number(r.count) })),
    perRegion: regions.rows.map((r) => ({ label: r.label ?? 'Non indicata', count: Number(r.count) })),
    perLab: labs.rows.map((r) => ({ label: r.label, count: Number(r.count) })),
    funnel: {
      received: Number(f.received ?? 0),
      ready: Number(f.ready ?? 0),
      offered: Number(f.offered ?? 0),
      assigned: Number(f.assigned ?? 0),
      completed: Number(f.completed ?? 0),
    },
    medianAckMs: seconds(ack.rows[0]?.median),
    medianAssignMs: seconds(assign.rows[0]?.median),
  };
}
