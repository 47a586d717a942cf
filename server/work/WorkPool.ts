/**
 * Worker threads for the server's heavy jobs (workJobs.ts), so that an evaluation, an export or
 * an import never stops the event loop that syncs every workspace. At most `threads` run at
 * once; each has `memoryMb` of heap (`resourceLimits`) and `timeoutMs` per job, after which it is
 * terminated and the job refused (WorkLimitError). A thread that ends is replaced on demand.
 */
import { Worker } from 'node:worker_threads';
import { logEvent } from '../log/log.js';
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

export interface WorkPoolOptions {
  threads: number;
  memoryMb: number;
  timeoutMs: number;
  /** Jobs waiting for a thread, over all workspaces. */
  queueLimit: number;
}

interface Pending {
  job: WorkJob;
  resolve(answer: unknown): void;
  reject(error: unknown): void;
}

interface Thread {
  worker: Worker;
  busy: Pending | null;
  timer: NodeJS.Timeout | null;
}

let nextId = 1;

/** A time limit as the refusal says it: whole seconds, or milliseconds below 10 s ("0 s" said nothing). */
function duration(ms: number): string {
  return ms >= 10_000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}

export class WorkPool {
  private readonly threads = new Set<Thread>();
  private readonly waiting: Pending[] = [];
  private closed = false;

  constructor(readonly options: WorkPoolOptions) {}

  /** Runs the job on a worker thread; rejects with WorkLimitError, WorkRefusal or an internal Error. */
  run<K extends WorkJob['kind']>(job: Extract<WorkJob, { kind: K }>): Promise<WorkAnswers[K]> {
    if (this.closed) return Promise.reject(new WorkLimitError('queue', 'the server is shutting down'));
    if (this.waiting.length >= this.options.queueLimit) {
      return Promise.reject(new WorkLimitError('queue', 'the server is busy with other computations; try again shortly'));
    }
    return new Promise<WorkAnswers[K]>((resolve, reject) => {
      this.waiting.push({ job, resolve: resolve as (answer: unknown) => void, reject });
      this.dispatch();
    });
  }

  /** Terminates every thread; waiting jobs are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.waiting.splice(0)) pending.reject(new WorkLimitError('queue', 'the server is shutting down'));
    await Promise.allSettled([...this.threads].map((thread) => this.end(thread, new WorkLimitError('queue', 'the server is shutting down'))));
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      let thread = [...this.threads].find((t) => t.busy === null);
      if (!thread && this.threads.size < this.options.threads) thread = this.spawn();
      if (!thread) return;
      this.start(thread, this.waiting.shift()!);
    }
  }

  private spawn(): Thread {
    const worker = new Worker(BOOTSTRAP, {
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, this.options.memoryMb / 8)) },
      // The thread needs none of the server's environment (it holds the admin token).
      env: {},
      stdout: false,
      stderr: false,
    });
    const thread: Thread = { worker, busy: null, timer: null };
    worker.unref();
    worker.on('message', (reply: WorkerReply | { ready: true }) => {
      if ('id' in reply) this.answered(thread, reply);
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
    thread.busy = pending;
    thread.timer = setTimeout(() => {
      void this.end(thread, new WorkLimitError('timeout', `the computation took longer than ${duration(this.options.timeoutMs)} and was stopped`));
    }, this.options.timeoutMs);
    const id = nextId++;
    (pending as Pending & { id: number }).id = id;
    thread.worker.postMessage({ id, job: pending.job });
  }

  private answered(thread: Thread, reply: WorkerReply): void {
    const pending = thread.busy as (Pending & { id: number }) | null;
    if (!pending || pending.id !== reply.id) return;
    this.free(thread);
    if (reply.ok) pending.resolve(reply.answer);
    else if (reply.refused) pending.reject(new WorkRefusal(reply.refused.status, reply.refused.message));
    else pending.reject(new Error(`work failed: ${reply.failed ?? 'unknown'}`));
    this.dispatch();
  }

  private free(thread: Thread): void {
    if (thread.timer) clearTimeout(thread.timer);
    thread.timer = null;
    thread.busy = null;
  }

  /** Stops a thread (limit hit, crash, shutdown); its job, if any, is rejected with `reason`. */
  private async end(thread: Thread, reason: unknown): Promise<void> {
    if (!this.threads.delete(thread)) return;
    const pending = thread.busy;
    this.free(thread);
    if (pending) {
      if (reason instanceof WorkLimitError) logEvent('work.stopped', { job: pending.job.kind, limit: reason.limit }, 'err');
      pending.reject(reason);
    }
    await thread.worker.terminate();
    if (!this.closed) this.dispatch();
  }
}
