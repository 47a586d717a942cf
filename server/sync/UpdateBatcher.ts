/**
 * "Durable before anyone sees it" for one workspace's update log. Each update is handed to the
 * store as soon as it is applied; the store's group commit (store/appendGroup.ts) puts every
 * append of one event-loop turn, whichever workspace it is for, into one SQLite transaction (one
 * fsync). Anything that reveals document state to a client (a broadcast, a sync step 2, a REST
 * read) waits in `whenDurable` until every update applied before it is in the store, so a client
 * never holds an update that a crash could take back.
 *
 * Why no timer of its own: this class used to gather a turn's updates behind a setImmediate and
 * keep one write in flight; the store then waited for a second setImmediate before committing,
 * and updates arriving during a commit waited for the next one to start. Handing each update on
 * at once leaves one hop between the update and its commit (sync benchmark, bench/README.md).
 */
export type DurableCallback = (error?: unknown) => void;

interface Append {
  /** This append's own callback first, then `whenDurable` callbacks registered after it. */
  callbacks: DurableCallback[];
  /** The sequence number the store gave it; null until stored. */
  seq: number | null;
}

export interface UpdateBatcherOptions {
  /**
   * Durably appends the updates; resolves with the last sequence number. Appends made in order
   * are stored in that order (the WorkspaceStore contract).
   */
  write(updates: readonly Uint8Array[]): Promise<number>;
  /** After each successful write, in the order the updates were added. */
  onWritten(lastSeq: number, count: number): void;
  /** After a failed write; the batcher then refuses everything. */
  onFailed(error: unknown): void;
}

export class UpdateBatcher {
  /** Appends not yet confirmed, oldest first. */
  private appends: Append[] = [];
  private failure: unknown = null;
  private stopped = false;

  constructor(private readonly options: UpdateBatcherOptions) {}

  /** Sends an update to the store; `afterDurable` runs once it and every earlier one are stored. */
  add(update: Uint8Array, afterDurable: DurableCallback): void {
    if (this.failure !== null || this.stopped) return afterDurable(this.failure ?? new Error('workspace unloaded'));
    const append: Append = { callbacks: [afterDurable], seq: null };
    this.appends.push(append);
    this.options.write([update]).then(
      (lastSeq) => this.stored(append, lastSeq),
      (error: unknown) => this.failed(error),
    );
  }

  /** Runs `callback` once every update added so far is stored (at once when all are). */
  whenDurable(callback: DurableCallback): void {
    if (this.failure !== null || this.stopped) return callback(this.failure ?? new Error('workspace unloaded'));
    const last = this.appends.at(-1);
    if (last) last.callbacks.push(callback);
    else callback();
  }

  /** Resolves once every update added so far is stored; rejects if a write failed. */
  drain(): Promise<void> {
    return new Promise((resolve, reject) => this.whenDurable((error) => (error === undefined ? resolve() : reject(error))));
  }

  get idle(): boolean {
    return this.appends.length === 0;
  }

  /** Drops what is in flight (its callbacks see an error) and refuses further updates. */
  stop(): void {
    this.stopped = true;
    this.failAll(new Error('workspace unloaded'));
  }

  /**
   * Callbacks run strictly in the order the updates were added, even if a store confirmed a later
   * append first: an update is only released once everything before it is stored as well.
   */
  private stored(append: Append, lastSeq: number): void {
    if (this.failure !== null || this.stopped) return;
    append.seq = lastSeq;
    for (;;) {
      const done = this.appends[0];
      if (done === undefined || done.seq === null) return;
      this.appends.shift();
      this.options.onWritten(done.seq, 1);
      for (const callback of done.callbacks) callback();
    }
  }

  private failed(error: unknown): void {
    if (this.failure !== null || this.stopped) return;
    this.failure = error;
    this.failAll(error);
    this.options.onFailed(error);
  }

  private failAll(error: unknown): void {
    const appends = this.appends;
    this.appends = [];
    for (const append of appends) for (const callback of append.callbacks) callback(error);
  }
}
