/**
 * Group commit for one workspace's update log. Updates applied in one turn of the event loop are
 * written as one store call (one SQLite transaction, one fsync); writes run one at a time, in
 * order. Anything that reveals document state to a client (a broadcast, a sync step 2, a REST
 * read) waits in `whenDurable` until every update applied before it is in the store, so a client
 * never holds an update that a crash could take back.
 */
export type DurableCallback = (error?: unknown) => void;

interface Batch {
  updates: Uint8Array[];
  callbacks: DurableCallback[];
}

export interface UpdateBatcherOptions {
  /** Durably appends the updates in order; resolves with the last sequence number. */
  write(updates: readonly Uint8Array[]): Promise<number>;
  /** After each successful write. */
  onWritten(lastSeq: number, count: number): void;
  /** After a failed write; the batcher then refuses everything. */
  onFailed(error: unknown): void;
}

export class UpdateBatcher {
  private pending: Batch = { updates: [], callbacks: [] };
  private inFlight: Batch | null = null;
  private scheduled: NodeJS.Immediate | null = null;
  private failure: unknown = null;
  private stopped = false;

  constructor(private readonly options: UpdateBatcherOptions) {}

  /** Queues an update for the next write; `afterDurable` runs once it is stored. */
  add(update: Uint8Array, afterDurable: DurableCallback): void {
    if (this.failure !== null || this.stopped) return afterDurable(this.failure ?? new Error('workspace unloaded'));
    this.pending.updates.push(update);
    this.pending.callbacks.push(afterDurable);
    this.scheduled ??= setImmediate(() => {
      this.scheduled = null;
      this.startWrite();
    });
  }

  /** Runs `callback` once every update added so far is stored (at once when all are). */
  whenDurable(callback: DurableCallback): void {
    if (this.failure !== null || this.stopped) return callback(this.failure ?? new Error('workspace unloaded'));
    if (this.pending.updates.length > 0) this.pending.callbacks.push(callback);
    else if (this.inFlight) this.inFlight.callbacks.push(callback);
    else callback();
  }

  /** Resolves once every update added so far is stored; rejects if a write failed. */
  drain(): Promise<void> {
    if (this.scheduled) {
      clearImmediate(this.scheduled);
      this.scheduled = null;
      this.startWrite();
    }
    return new Promise((resolve, reject) => this.whenDurable((error) => (error === undefined ? resolve() : reject(error))));
  }

  get idle(): boolean {
    return this.pending.updates.length === 0 && this.inFlight === null;
  }

  /** Drops what is queued (its callbacks see an error) and refuses further updates. */
  stop(): void {
    this.stopped = true;
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = null;
    this.failAll(new Error('workspace unloaded'));
  }

  private startWrite(): void {
    if (this.inFlight || this.pending.updates.length === 0 || this.failure !== null || this.stopped) return;
    const batch = this.pending;
    this.pending = { updates: [], callbacks: [] };
    this.inFlight = batch;
    this.options.write(batch.updates).then(
      (lastSeq) => {
        if (this.inFlight !== batch) return;
        this.inFlight = null;
        this.options.onWritten(lastSeq, batch.updates.length);
        for (const callback of batch.callbacks) callback();
        this.startWrite();
      },
      (error: unknown) => {
        if (this.inFlight !== batch) return;
        this.failure = error;
        this.failAll(error);
        this.options.onFailed(error);
      },
    );
  }

  private failAll(error: unknown): void {
    const batches = [this.inFlight, this.pending].filter((b): b is Batch => b !== null);
    this.inFlight = null;
    this.pending = { updates: [], callbacks: [] };
    for (const batch of batches) for (const callback of batch.callbacks) callback(error);
  }
}
