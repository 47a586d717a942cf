/**
 * Worker threads for the server's heavy jobs (workJobs.ts), so that an evaluation, an export or
 * an import never stops the event loop that syncs every workspace. Each thread has `memoryMb` of
 * heap (`resourceLimits`) and `timeoutMs` per job, after which it is terminated and the job
 * refused (WorkLimitError). A thread that ends is replaced on demand.
 *
 * Fair turns (the twentieth session): a workspace has at most one job here at a time (its own
 * queue is in WorkScheduler.ts), so the waiting jobs take their turns one workspace after
 * another. A job running longer than `costlyMs` marks its workspace costly (costlyWorkspaces.ts):
 * costly work holds at most `threads` threads, and while it holds all of them one more thread is
 * started for the other workspaces' jobs. Before, two colleagues' expensive workbooks held both
 * threads for the whole time limit and every other workspace's evaluation waited behind them.
 *
 * A job whose every requester has gone (`signal`) is not started; once it has run past
 * `costlyMs` its thread is terminated (a cheaper one is let finish: ending and starting a thread
 * costs more than its rest would).
 */
import { Worker } from 'node:worker_threads';
import { logEvent } from '../log/log.js';
import { CostlyWorkspaces } from './costlyWorkspaces.js';
import type { WorkerReply } from './workerMain.js';
import { WorkRefusal, type WorkAnswers, type WorkJob } from './workJobs.js';

const BOOTSTRAP = new URL('./workerBootstrap.mjs', import.meta.url);

export type WorkLimit = 'timeout' | 'memory' | 'queue' | 'token' | 'workspace';

/** A job refused by a limit: the request gets 503 (or 429 for the per-token bound), never the process. */
export class WorkLimitError extends Error {
  constructor(
    readonly limit: WorkLimit,
    message: string,
  ) {
    super(message);
    this.name = 'WorkLimitError';
  }
}

/** Every requester of a job had gone: it was not run, or its thread was stopped. */
export class WorkAbandoned extends Error {
  constructor(message = 'the request was abandoned before its computation started') {
    super(message);
    this.name = 'WorkAbandoned';
  }
}

/** Default of `WORK_COSTLY_MS`. */
export const DEFAULT_COSTLY_MS = 5_000;

export interface WorkPoolOptions {
  threads: number;
  memoryMb: number;
  timeoutMs: number;
  /** Jobs waiting for a thread, over all workspaces. */
  queueLimit: number;
  /** A job running longer marks its workspace costly (default DEFAULT_COSTLY_MS). */
  costlyMs?: number;
}

/** Whose job it is: its workspace (for fair turns) and whether anyone still wants its answer. */
export interface WorkOwner {
  workspaceId?: string;
  /** Aborted when every requester has gone. */
  signal?: AbortSignal;
}

interface Pending extends WorkOwner {
  id: number;
  job: WorkJob;
  resolve(answer: unknown): void;
  reject(error: unknown): void;
}

interface Thread {
  worker: Worker;
  busy: Pending | null;
  timers: NodeJS.Timeout[];
  /** The running job has run past `costlyMs`. */
  long: boolean;
  /** The thread has loaded its code: a job's time counts from then. */
  ready: boolean;
  /** When an idle thread the pool no longer needs is ended. */
  retire: NodeJS.Timeout | null;
  /** When its job started (the latest costly one gives way first, `yieldExtraThread`). */
  startedAt: number;
}

/** How long a thread the pool holds beyond `threads` may stay idle before it is ended (starting one costs a second or two of CPU). */
const SPARE_THREAD_IDLE_MS = 30_000;

let nextId = 1;

/** A time limit as the refusal says it: whole seconds, or milliseconds below 10 s ("0 s" said nothing). */
function duration(ms: number): string {
  return ms >= 10_000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}

export class WorkPool {
  private readonly threads = new Set<Thread>();
  private readonly waiting: Pending[] = [];
  private readonly costly = new CostlyWorkspaces();
  private closed = false;

  constructor(readonly options: WorkPoolOptions) {}

  /** Whether the workspace's computations are costly now (costlyWorkspaces.ts). */
  isCostly(workspaceId: string): boolean {
    return this.costly.has(workspaceId);
  }

  private get costlyMs(): number {
    return this.options.costlyMs ?? DEFAULT_COSTLY_MS;
  }

  /** Runs the job on a worker thread; rejects with WorkLimitError, WorkAbandoned, WorkRefusal or an internal Error. */
  run<K extends WorkJob['kind']>(job: Extract<WorkJob, { kind: K }>, owner: WorkOwner = {}): Promise<WorkAnswers[K]> {
    if (this.closed) return Promise.reject(new WorkLimitError('queue', 'the server is shutting down'));
    if (owner.signal?.aborted) return Promise.reject(new WorkAbandoned());
    if (this.waiting.length >= this.options.queueLimit) {
      return Promise.reject(new WorkLimitError('queue', 'the server is busy with other computations; try again shortly'));
    }
    return new Promise<WorkAnswers[K]>((resolve, reject) => {
      const pending: Pending = { ...owner, id: nextId++, job, resolve: resolve as (answer: unknown) => void, reject };
      this.waiting.push(pending);
      owner.signal?.addEventListener('abort', () => this.abandoned(pending), { once: true });
      this.dispatch();
    });
  }

  /** Terminates every thread; waiting jobs are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.waiting.splice(0)) pending.reject(new WorkLimitError('queue', 'the server is shutting down'));
    await Promise.allSettled([...this.threads].map((thread) => this.end(thread, new WorkLimitError('queue', 'the server is shutting down'))));
  }

  /** Threads busy with costly work: a job past `costlyMs`, or any job of a costly workspace. */
  private costlyBusy(): number {
    let count = 0;
    for (const thread of this.threads) if (thread.busy && (thread.long || this.costly.has(thread.busy.workspaceId))) count++;
    return count;
  }

  /** Threads the pool may hold now: one more than `threads` while costly work holds all of those. */
  private room(): number {
    return this.options.threads + (this.costlyBusy() >= this.options.threads ? 1 : 0);
  }

  /** Whether `pending` may take `idle` (or a new thread, without one) now. */
  private mayStart(pending: Pending, idle: Thread | undefined): boolean {
    if (this.costly.has(pending.workspaceId) && this.costlyBusy() >= this.options.threads) return false;
    return idle !== undefined || this.threads.size < this.room();
  }

  private dispatch(): void {
    for (;;) {
      const idle = [...this.threads].find((t) => t.busy === null);
      const index = this.waiting.findIndex((pending) => this.mayStart(pending, idle));
      if (index < 0) break;
      const [pending] = this.waiting.splice(index, 1);
      this.start(idle ?? this.spawn(), pending!);
    }
    this.yieldExtraThread();
    // The extra thread goes once costly work no longer holds all the others (each holds up to
    // `memoryMb`), after a while idle: ending it at once made every open of a costly workspace
    // start and end a thread, a second or two of CPU each.
    for (const thread of this.threads) {
      if (this.threads.size <= this.room()) break;
      if (thread.busy === null && thread.retire === null) thread.retire = setTimeout(() => this.retireIfSpare(thread), SPARE_THREAD_IDLE_MS).unref();
    }
  }

  /**
   * Costly work holding more than `threads` threads (a workspace found costly while its job ran on
   * the extra thread) gives way to another workspace's job that cannot start: the latest started
   * costly job's thread is ended and the job goes back to the front of the queue, where it waits
   * for a costly thread (`work.yielded` on stdout). Eighteenth hostile pass: three workbooks never
   * computed before took every thread, the extra one too, and every other workspace's evaluation
   * waited for one of them to end (up to `WORK_TIMEOUT_MS`).
   */
  private yieldExtraThread(): void {
    if (this.costlyBusy() <= this.options.threads) return;
    if (!this.waiting.some((pending) => !this.costly.has(pending.workspaceId))) return;
    const costly = [...this.threads].filter((t) => t.busy !== null && (t.long || this.costly.has(t.busy.workspaceId)));
    const latest = costly.reduce((a, b) => (b.startedAt > a.startedAt ? b : a));
    const pending = latest.busy!;
    this.free(latest);
    this.waiting.unshift(pending);
    logEvent('work.yielded', { job: pending.job.kind, workspace: (pending.workspaceId ?? '').slice(0, 40) });
    void this.end(latest, null);
  }

  private retireIfSpare(thread: Thread): void {
    thread.retire = null;
    if (thread.busy === null && this.threads.size > this.room()) void this.end(thread, null);
  }

  private spawn(): Thread {
    const worker = new Worker(BOOTSTRAP, {
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, this.options.memoryMb / 8)) },
      // The thread needs none of the server's environment (it holds the admin token).
      env: {},
      stdout: false,
      stderr: false,
    });
    const thread: Thread = { worker, busy: null, timers: [], long: false, ready: false, retire: null, startedAt: 0 };
    worker.unref();
    worker.on('message', (reply: WorkerReply | { ready: true }) => {
      if ('id' in reply) this.answered(thread, reply);
      else this.loaded(thread);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const limit = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      void this.end(thread, limit ? new WorkLimitError('memory', `the computation needed more than ${this.options.memoryMb} MB and was stopped`) : error);
    });
    worker.on('exit', () => void this.end(thread, new Error('the worker thread ended')));
    this.threads.add(thread);
    return thread;
  }

  private start(thread: Thread, pending: Pending): void {
    if (thread.retire !== null) clearTimeout(thread.retire);
    thread.retire = null;
    thread.busy = pending;
    thread.startedAt = performance.now();
    // A new thread's start (loading its code: seconds on a busy 2-core machine) is bounded by the
    // time limit but is not the job's time: counted in, it made a first evaluation "costly".
    thread.timers = thread.ready ? this.jobTimers(thread, pending) : [this.timeLimit(thread)];
    thread.worker.postMessage({ id: pending.id, job: pending.job });
  }

  private loaded(thread: Thread): void {
    thread.ready = true;
    const pending = thread.busy;
    if (!pending) return;
    for (const timer of thread.timers) clearTimeout(timer);
    thread.timers = this.jobTimers(thread, pending);
  }

  private jobTimers(thread: Thread, pending: Pending): NodeJS.Timeout[] {
    return [this.timeLimit(thread), setTimeout(() => this.ranLong(thread, pending), this.costlyMs)];
  }

  private timeLimit(thread: Thread): NodeJS.Timeout {
    return setTimeout(() => {
      void this.end(thread, new WorkLimitError('timeout', `the computation took longer than ${duration(this.options.timeoutMs)} and was stopped`));
    }, this.options.timeoutMs);
  }

  /** The job has run past `costlyMs`: its workspace is costly, and the other workspaces may need the extra thread. */
  private ranLong(thread: Thread, pending: Pending): void {
    if (thread.busy !== pending) return;
    thread.long = true;
    if (pending.workspaceId !== undefined) this.costly.mark(pending.workspaceId);
    logEvent('work.costly', { job: pending.job.kind, workspace: (pending.workspaceId ?? '').slice(0, 40), ms: this.costlyMs });
    if (pending.signal?.aborted) void this.end(thread, new WorkAbandoned('every requester had gone; the computation was stopped'));
    else this.dispatch();
  }

  /** Every requester has gone: a waiting job is dropped, a long running one stopped. */
  private abandoned(pending: Pending): void {
    const index = this.waiting.indexOf(pending);
    if (index >= 0) {
      this.waiting.splice(index, 1);
      pending.reject(new WorkAbandoned());
      return;
    }
    const thread = [...this.threads].find((t) => t.busy === pending);
    if (thread?.long) void this.end(thread, new WorkAbandoned('every requester had gone; the computation was stopped'));
  }

  private answered(thread: Thread, reply: WorkerReply): void {
    const pending = thread.busy;
    if (!pending || pending.id !== reply.id) return;
    this.free(thread);
    if (reply.ok) pending.resolve(reply.answer);
    else if (reply.refused) pending.reject(new WorkRefusal(reply.refused.status, reply.refused.message));
    else pending.reject(new Error(`work failed: ${reply.failed ?? 'unknown'}`));
    this.dispatch();
  }

  private free(thread: Thread): void {
    for (const timer of thread.timers) clearTimeout(timer);
    thread.timers = [];
    thread.busy = null;
    thread.long = false;
  }

  /** Stops a thread (limit hit, abandoned, crash, shutdown, not needed); its job, if any, is rejected with `reason`. */
  private async end(thread: Thread, reason: unknown): Promise<void> {
    if (!this.threads.delete(thread)) return;
    if (thread.retire !== null) clearTimeout(thread.retire);
    thread.retire = null;
    const pending = thread.busy;
    this.free(thread);
    if (pending) {
      if (reason instanceof WorkLimitError && (reason.limit === 'timeout' || reason.limit === 'memory') && pending.workspaceId !== undefined) this.costly.mark(pending.workspaceId);
      if (reason instanceof WorkLimitError) logEvent('work.stopped', { job: pending.job.kind, limit: reason.limit }, 'err');
      if (reason instanceof WorkAbandoned) logEvent('work.stopped', { job: pending.job.kind, limit: 'abandoned' }, 'err');
      pending.reject(reason);
    }
    await thread.worker.terminate();
    if (!this.closed) this.dispatch();
  }
}
