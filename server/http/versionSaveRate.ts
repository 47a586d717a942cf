/**
 * How many versions one workspace may keep per minute (VERSION_SAVES_PER_MINUTE, 6 by default).
 * Each version is the workspace's whole state, encoded and fsynced (by the version writer thread,
 * server/store/VersionWriter.ts; before, on the event loop, where a burst of 20 saves of a 1.8 MB
 * workspace held every colleague's sync and /healthz for seconds). The thread keeps the event loop
 * free, but a burst still writes 2 MB a save and competes for the disk and the machine's cores. A
 * planner saves a version, restores one or replaces the workspace now and then; past the rate the
 * server answers 429 with Retry-After and keeps nothing. Every way a version is kept counts, as
 * for MAX_VERSION_BYTES (server/store/versionSpace.ts).
 */
const MINUTE_MS = 60_000;

/** More workspaces than this remembered at once: the ones with no save in the last minute are forgotten. */
const SWEEP_AT = 1_000;

export const DEFAULT_VERSION_SAVES_PER_MINUTE = 6;

export class VersionSaveRate {
  /** Per workspace, when its versions of the last minute were kept (oldest first). */
  private readonly saves = new Map<string, number[]>();

  constructor(private readonly perMinute: number) {}

  /**
   * Whole seconds until `workspaceId` may keep another version; 0 when it may now.
   * Example: with 6 per minute and six saves 10 s ago, 50.
   */
  secondsUntilNext(workspaceId: string, now: number = Date.now()): number {
    const recent = this.recent(workspaceId, now);
    if (recent.length < this.perMinute) return 0;
    return Math.max(1, Math.ceil((recent[recent.length - this.perMinute]! + MINUTE_MS - now) / 1000));
  }

  /** Counts a version kept now (a refused save does not count). */
  record(workspaceId: string, now: number = Date.now()): void {
    if (this.saves.size >= SWEEP_AT) this.sweep(now);
    this.saves.set(workspaceId, [...this.recent(workspaceId, now), now]);
  }

  private recent(workspaceId: string, now: number): number[] {
    return (this.saves.get(workspaceId) ?? []).filter((at) => at > now - MINUTE_MS);
  }

  private sweep(now: number): void {
    for (const [workspaceId, times] of this.saves) if (!times.some((at) => at > now - MINUTE_MS)) this.saves.delete(workspaceId);
  }
}
