/**
 * Which workspaces' computations are costly: one of their jobs ran longer than `WORK_COSTLY_MS`,
 * or was stopped at a limit, in the last ten minutes. The pool (WorkPool.ts) lets costly work hold
 * at most `WORK_THREADS` threads and keeps one more thread for everyone else's, so one colleague's
 * expensive workbook (or two) cannot make every other workspace's evaluation wait out the time
 * limit (the twentieth session; before, two costly workspaces held both threads for 180 s each).
 */

/** How long a workspace stays costly after its last long job: a page's next opens and edits of the same workbook. */
const COSTLY_REMEMBERED_MS = 10 * 60_000;
/** Workspaces remembered at once, the longest unmarked forgotten first: a bound on what a stream of new workspaces can make the server keep. */
const MAX_REMEMBERED = 1_000;

export class CostlyWorkspaces {
  private readonly markedAt = new Map<string, number>();

  /** The workspace's computations cost more than `WORK_COSTLY_MS` (a job ran that long, or was stopped). */
  mark(workspaceId: string): void {
    this.markedAt.delete(workspaceId);
    this.markedAt.set(workspaceId, Date.now());
    if (this.markedAt.size > MAX_REMEMBERED) this.markedAt.delete(this.markedAt.keys().next().value!);
  }

  has(workspaceId: string | undefined): boolean {
    if (workspaceId === undefined) return false;
    const at = this.markedAt.get(workspaceId);
    if (at === undefined) return false;
    if (Date.now() - at < COSTLY_REMEMBERED_MS) return true;
    this.markedAt.delete(workspaceId);
    return false;
  }
}
