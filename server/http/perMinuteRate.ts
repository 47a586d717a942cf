/**
 * How many times one key (a workspace) may do something costly in any minute: a sliding window
 * of the last minute's times. Past it the caller answers 429 with Retry-After (the seconds
 * `secondsUntilNext` gives) and does nothing. Versions kept (versionSaveRate.ts) and Jobindsats
 * fetches (jobindsatsFetches.ts) are counted so.
 */
const MINUTE_MS = 60_000;

/** More keys than this remembered at once: the ones with nothing in the last minute are forgotten. */
const SWEEP_AT = 1_000;

export class PerMinuteRate {
  /** Per key, when it acted in the last minute (oldest first). */
  private readonly times = new Map<string, number[]>();

  constructor(readonly perMinute: number) {}

  /**
   * Whole seconds until `key` may act again; 0 when it may now.
   * Example: with 6 per minute and six 10 s ago, 50.
   */
  secondsUntilNext(key: string, now: number = Date.now()): number {
    const recent = this.recent(key, now);
    if (recent.length < this.perMinute) return 0;
    return Math.max(1, Math.ceil((recent[recent.length - this.perMinute]! + MINUTE_MS - now) / 1000));
  }

  /** Counts an act now (a refused one does not count). */
  record(key: string, now: number = Date.now()): void {
    if (this.times.size >= SWEEP_AT) this.sweep(now);
    this.times.set(key, [...this.recent(key, now), now]);
  }

  private recent(key: string, now: number): number[] {
    return (this.times.get(key) ?? []).filter((at) => at > now - MINUTE_MS);
  }

  private sweep(now: number): void {
    for (const [key, times] of this.times) if (!times.some((at) => at > now - MINUTE_MS)) this.times.delete(key);
  }
}
