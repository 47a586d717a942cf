/**
 * Who may start how much heavy work, and what is answered from the cache: in front of the
 * WorkPool. Per request, in this order:
 * 1. a result cached for the same document state (and job and options) is answered at once;
 * 2. a token may have `perToken` jobs in progress (else 429);
 * 3. a workspace may have `perWorkspace` jobs queued or running (else 503); its jobs run one at
 *    a time, so one busy workspace holds at most one thread;
 * 4. the same job for the same state already under way is shared, not run twice;
 * 5. a job whose every requester has gone (its connection closed: the planner's newer choice
 *    aborted the preview's request) by the time its turn in the workspace's queue comes is not
 *    run (WorkAbandoned); once it is running, the pool stops it when it has run past
 *    `WORK_COSTLY_MS` (WorkPool.ts).
 */
import { createHash } from 'node:crypto';
import { WorkAbandoned, WorkLimitError, type WorkPool } from './WorkPool.js';
import type { WorkAnswers, WorkJob } from './workJobs.js';

export interface WorkSchedulerOptions {
  perToken: number;
  perWorkspace: number;
  /** Bytes of cached results kept, over all workspaces. */
  cacheBytes: number;
}

export interface WorkRequest<K extends WorkJob['kind']> {
  workspaceId: string;
  /** The requester's token hash (never the token). */
  tokenHash: string;
  job: Extract<WorkJob, { kind: K }>;
  /** Caches the answer under the job's state and this key (options that shape the answer). */
  cacheAs?: { key: string; size(answer: WorkAnswers[K]): number };
  /** Aborted when the requester has gone: a job still waiting in its workspace's queue is then not run. */
  signal?: AbortSignal;
}

/** A job under way and who waits for it; `unwanted` aborts once every requester has gone. */
interface SharedJob {
  running: Promise<unknown>;
  requesters: Array<AbortSignal | undefined>;
  unwanted: AbortController;
}

interface Cached {
  answer: unknown;
  size: number;
}

/** Stopped computations remembered (each a key and a short message), oldest dropped first. */
const MAX_STOPPED_REMEMBERED = 1_000;
/**
 * How long a stop is remembered: a computation stopped only because the machine was busy is
 * tried again after this even without an edit, while a workbook that costs minutes still holds a
 * thread at most once per period instead of on every request.
 */
const STOPPED_REMEMBERED_MS = 10 * 60_000;

/**
 * Digests by state: a workspace's encoded state is one shared array per document state
 * (work/encodedState.ts), so a burst of requests on an unchanged workspace hashes it once. Before,
 * 200 evaluations of a 1.7 MB workspace hashed 340 MB on the event loop (`npm run bench -- --only=work`).
 */
const digests = new WeakMap<Uint8Array, string>();

/** A short digest of a document state: the cache key part that changes with every edit. */
export function stateDigest(state: Uint8Array): string {
  let digest = digests.get(state);
  if (digest === undefined) {
    digest = createHash('sha256').update(state).digest('base64url');
    digests.set(state, digest);
  }
  return digest;
}

export class WorkScheduler {
  private readonly byToken = new Map<string, number>();
  private readonly byWorkspace = new Map<string, { count: number; tail: Promise<unknown> }>();
  private readonly inFlight = new Map<string, SharedJob>();
  private readonly cache = new Map<string, Cached>();
  private cachedBytes = 0;
  /**
   * Computations stopped at the time or memory limit, by the same key as the cache: a workbook of
   * formulas costing minutes otherwise held a worker thread for the whole limit again on every
   * request for the same state (a page open, a viewer's reload), leaving the other workspaces the
   * remaining threads. An edit makes a new state, which is tried again.
   */
  private readonly stopped = new Map<string, { error: WorkLimitError; at: number }>();

  constructor(
    private readonly pool: Pick<WorkPool, 'run'>,
    readonly options: WorkSchedulerOptions,
  ) {}

  async run<K extends WorkJob['kind']>(request: WorkRequest<K>): Promise<WorkAnswers[K]> {
    const key = request.cacheAs && 'state' in request.job ? `${request.workspaceId} ${request.job.kind} ${request.cacheAs.key} ${stateDigest(request.job.state)}` : null;
    const hit = key === null ? undefined : this.cache.get(key);
    if (hit) {
      // Most recently used last.
      this.cache.delete(key!);
      this.cache.set(key!, hit);
      return hit.answer as WorkAnswers[K];
    }
    const stoppedBefore = key === null ? undefined : this.stopped.get(key);
    if (stoppedBefore && Date.now() - stoppedBefore.at < STOPPED_REMEMBERED_MS) throw stoppedBefore.error;
    const tokenCount = this.byToken.get(request.tokenHash) ?? 0;
    if (tokenCount >= this.options.perToken) {
      throw new WorkLimitError('token', `at most ${this.options.perToken} computations per token at a time; wait for the others to finish`);
    }
    this.byToken.set(request.tokenHash, tokenCount + 1);
    try {
      const shared = key === null ? undefined : this.inFlight.get(key);
      if (shared) {
        shared.requesters.push(request.signal);
        this.wantedBy(shared, request.signal);
        return (await shared.running) as WorkAnswers[K];
      }
      // Issue: the server still ran a preview's goals-moved job after the planner's newer choice
      // had aborted the request; with a few quick choices the workspace's queue held engine
      // builds nobody would read, and the newest choice waited behind them.
      const requesters = [request.signal];
      const unwanted = new AbortController();
      const running = this.inWorkspaceQueue(request.workspaceId, () =>
        requesters.every((signal) => signal?.aborted === true) ? Promise.reject(new WorkAbandoned()) : this.pool.run(request.job, { workspaceId: request.workspaceId, signal: unwanted.signal }),
      );
      const job = { running, requesters, unwanted };
      this.wantedBy(job, request.signal);
      if (key !== null) this.inFlight.set(key, job);
      try {
        const answer = await running;
        if (key !== null && request.cacheAs) this.remember(key, answer, request.cacheAs.size(answer));
        return answer;
      } catch (error) {
        if (key !== null && error instanceof WorkLimitError && (error.limit === 'timeout' || error.limit === 'memory')) this.rememberStopped(key, error);
        throw error;
      } finally {
        if (key !== null) this.inFlight.delete(key);
      }
    } finally {
      const left = (this.byToken.get(request.tokenHash) ?? 1) - 1;
      if (left > 0) this.byToken.set(request.tokenHash, left);
      else this.byToken.delete(request.tokenHash);
    }
  }

  /** A requester of `job`: when it goes and no other requester is left, the job is unwanted. */
  private wantedBy(job: SharedJob, signal: AbortSignal | undefined): void {
    signal?.addEventListener(
      'abort',
      () => {
        if (job.requesters.every((requester) => requester?.aborted === true)) job.unwanted.abort();
      },
      { once: true },
    );
  }

  /** Runs `work` after the workspace's earlier jobs; refuses when its queue is full. */
  private inWorkspaceQueue<T>(workspaceId: string, work: () => Promise<T>): Promise<T> {
    const queue = this.byWorkspace.get(workspaceId) ?? { count: 0, tail: Promise.resolve() };
    if (queue.count >= this.options.perWorkspace) {
      return Promise.reject(new WorkLimitError('workspace', `this workspace has ${queue.count} computations waiting; try again shortly`));
    }
    queue.count++;
    this.byWorkspace.set(workspaceId, queue);
    const result = queue.tail.then(work, work);
    queue.tail = result.catch(() => undefined).finally(() => {
      queue.count--;
      if (queue.count === 0 && this.byWorkspace.get(workspaceId) === queue) this.byWorkspace.delete(workspaceId);
    });
    return result;
  }

  private rememberStopped(key: string, error: WorkLimitError): void {
    this.stopped.delete(key);
    this.stopped.set(key, { error, at: Date.now() });
    // A bound on what a stream of edits, each stopped, can make the server keep.
    if (this.stopped.size > MAX_STOPPED_REMEMBERED) this.stopped.delete(this.stopped.keys().next().value!);
  }

  private remember(key: string, answer: unknown, size: number): void {
    if (size > this.options.cacheBytes / 4) return;
    this.cache.set(key, { answer, size });
    this.cachedBytes += size;
    for (const [oldKey, entry] of this.cache) {
      if (this.cachedBytes <= this.options.cacheBytes) break;
      this.cache.delete(oldKey);
      this.cachedBytes -= entry.size;
    }
  }
}
