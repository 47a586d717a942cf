/**
 * Group commit across workspaces: every append requested in one event-loop turn, whichever
 * workspace it is for, goes into one SQLite transaction and so costs one fsync. With one
 * transaction per workspace, 98 busy workspaces meant about 900 fsyncs a second and a p99 of
 * 130 ms in the capacity benchmark (bench/README.md); grouped, about 15–35 ms.
 *
 * Appends are committed in the order they were made, and their promises resolve in that order
 * (UpdateBatcher relies on it). The statement and the transaction function are made once: made
 * per flush they cost about 0.1 ms of every edit's path (CPU profile of the sync benchmark).
 */
import type Database from 'better-sqlite3';

interface PendingAppend {
  workspaceId: string;
  updates: readonly Uint8Array[];
  resolve(seq: number): void;
  reject(error: unknown): void;
}

export class AppendGroup {
  private pending: PendingAppend[] = [];
  private scheduled = false;
  private readonly writeAll: (batch: readonly PendingAppend[]) => number[];

  constructor(db: Database.Database) {
    const insert = db.prepare('INSERT INTO updates (workspace_id, data) VALUES (?, ?)');
    this.writeAll = db.transaction((batch: readonly PendingAppend[]) =>
      batch.map(({ workspaceId, updates }) => {
        let seq = 0;
        for (const update of updates) seq = Number(insert.run(workspaceId, update).lastInsertRowid);
        return seq;
      }),
    );
  }

  /** Resolves with the last seq written for this workspace once the shared transaction committed. */
  append(workspaceId: string, updates: readonly Uint8Array[]): Promise<number> {
    return new Promise((resolve, reject) => {
      this.pending.push({ workspaceId, updates, resolve, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      setImmediate(() => this.flush());
    });
  }

  /** Writes whatever is pending now (also called before the database closes). */
  flush(): void {
    this.scheduled = false;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    let seqs: number[];
    try {
      seqs = this.writeAll(batch);
    } catch (error) {
      // The transaction rolled back whole: every workspace in it sees the failure.
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, i) => item.resolve(seqs[i]!));
  }
}
