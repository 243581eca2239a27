/**
 * Reconnect delays: base × factor^n, capped, with ±20 % jitter. Reset only once a connection has
 * stayed up for `stableAfterMs`, so a server that accepts and drops at once is not hammered.
 */
export class Backoff {
  private attempt = 0;
  private connectedAt: number | null = null;

  constructor(
    private readonly options: { baseMs: number; factor: number; maxMs: number; stableAfterMs: number; random?: () => number } = {
      baseMs: 2000,
      factor: 1.5,
      maxMs: 60_000,
      stableAfterMs: 120_000,
    },
  ) {}

  /** Delay before the next attempt. */
  next(now: number): number {
    if (this.connectedAt !== null && now - this.connectedAt >= this.options.stableAfterMs) this.attempt = 0;
    this.connectedAt = null;
    const raw = Math.min(this.options.maxMs, this.options.baseMs * this.options.factor ** this.attempt);
    this.attempt += 1;
    const jitter = 0.8 + 0.4 * (this.options.random ?? Math.random)();
    return Math.round(Math.min(this.options.maxMs, raw * jitter));
  }

  connected(now: number): void {
    this.connectedAt = now;
  }

  get attempts(): number {
    return this.attempt;
  }
}
