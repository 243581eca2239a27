/**
 * The fault script (`npm run chaos`): needs the test servers' binaries (Dovecot, Redis, PostgreSQL)
 * and runs as root (Dovecot and PostgreSQL drop to their own users). Settings by environment:
 * CHAOS_MESSAGES (500), CHAOS_KILLS (12), CHAOS_WORKERS (2), CHAOS_SECONDS (60), CHAOS_SETTLE_SECONDS (300),
 * CHAOS_SEED, CHAOS_KEEP=1 keeps the run folder (process logs) for inspection.
 */
import { writeFileSync } from 'node:fs';
import { chaosPassed, runChaos } from './chaos-scenario.ts';

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const figures = await runChaos({
  messages: num('CHAOS_MESSAGES', 500),
  kills: num('CHAOS_KILLS', 12),
  workProcesses: num('CHAOS_WORKERS', 2),
  redisRestarts: 2,
  postgresRestarts: 2,
  dovecotRestarts: 1,
  smtp421Ms: 20_000,
  rejectEvery: 25,
  chaosMs: num('CHAOS_SECONDS', 60) * 1000,
  settleTimeoutMs: num('CHAOS_SETTLE_SECONDS', 300) * 1000,
  privatePostgres: true,
  seed: num('CHAOS_SEED', 4242),
  log: (line) => console.log(line),
});
console.log('\n== figures');
for (const [key, value] of Object.entries(figures)) console.log(`${key.padEnd(28)} ${Array.isArray(value) ? value.join(', ') : typeof value === 'object' ? JSON.stringify(value) : String(value)}`);
const passed = chaosPassed(figures);
console.log(`\n${passed ? 'PASS' : 'FAIL'}: lost messages ${figures.lostMessages}, duplicate acknowledgements ${figures.duplicateMailsAtSink}, left in INBOX ${figures.leftInInbox}, stuck mails ${figures.outboxPending + figures.outboxStuckSending}`);
if (process.env.CHAOS_FIGURES_FILE) writeFileSync(process.env.CHAOS_FIGURES_FILE, JSON.stringify({ at: new Date().toISOString(), passed, ...figures }, null, 2));
process.exit(passed ? 0 : 1);
