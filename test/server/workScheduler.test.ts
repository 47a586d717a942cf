/**
 * The bounds in front of the worker threads (server/work/WorkScheduler.ts, server/README.md
 * "Heavy work" steps 1–4), on a pool whose jobs finish when the test says so: deterministic,
 * where the real server's bursts (test/server/heavyWork.test.ts) depend on timing.
 */
import { describe, expect, it } from 'vitest';
import { WorkLimitError, type WorkPool } from '../../server/work/WorkPool.js';
import { WorkScheduler } from '../../server/work/WorkScheduler.js';
import type { WorkAnswers, WorkJob } from '../../server/work/workJobs.js';

type Evaluation = WorkAnswers['evaluate'];

/** A pool that starts every job at once and finishes it when the test calls `finish`. */
class HeldPool implements Pick<WorkPool, 'run'> {
  readonly started: Array<{ job: WorkJob; finish(answer: Evaluation): void; fail(error: Error): void }> = [];

  run<K extends WorkJob['kind']>(job: Extract<WorkJob, { kind: K }>): Promise<WorkAnswers[K]> {
    return new Promise((resolve, reject) => this.started.push({ job, finish: (answer) => resolve(answer as WorkAnswers[K]), fail: reject }));
  }
}

const stateA = new Uint8Array([1, 2, 3]);
const stateB = new Uint8Array([1, 2, 4]);

function report(title: string): Evaluation {
  return { title, adoptedPlan: null, scenarios: [] };
}

function evaluation(workspaceId: string, tokenHash: string, state: Uint8Array) {
  return { workspaceId, tokenHash, job: { kind: 'evaluate' as const, state }, cacheAs: { key: '', size: () => 100 } };
}

/** Lets the scheduler's promise chains move on. */
function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** The answer if `request` was answered at once (from the cache), else 'still computing'. */
function answeredAtOnce<T>(request: Promise<T>): Promise<T | 'still computing'> {
  return Promise.race([request, settle().then(() => 'still computing' as const)]);
}

/** The limit that refused `request` at once, or what happened instead. */
async function refusal(request: Promise<unknown>): Promise<string> {
  const outcome = request.then(
    () => 'answered',
    (error: unknown) => (error instanceof WorkLimitError ? error.limit : `failed: ${String(error)}`),
  );
  return Promise.race([outcome, settle().then(() => 'not refused at once')]);
}

describe('WorkScheduler', () => {
  it('[work 2] a token beyond its computations at a time is refused at once (429), and may start again once one finished', async () => {
    const pool = new HeldPool();
    const scheduler = new WorkScheduler(pool, { perToken: 2, perWorkspace: 10, cacheBytes: 0 });
    const first = scheduler.run(evaluation('w1', 'viewer', stateA));
    const second = scheduler.run(evaluation('w2', 'viewer', stateA));
    expect(await refusal(scheduler.run(evaluation('w3', 'viewer', stateA)))).toBe('token');
    const otherToken = scheduler.run(evaluation('w3', 'editor', stateA));
    await settle();
    expect(pool.started, "another token's computation is not held back").toHaveLength(3);
    pool.started[0]!.finish(report('one'));
    await expect(first).resolves.toEqual(report('one'));
    const third = scheduler.run(evaluation('w4', 'viewer', stateA));
    await settle();
    expect(pool.started).toHaveLength(4);
    for (const started of pool.started.slice(1)) started.finish(report('later'));
    await expect(Promise.all([second, otherToken, third])).resolves.toHaveLength(3);
  });

  it("[work 3] a workspace's computations run one at a time, and beyond its queue they are refused (503)", async () => {
    const pool = new HeldPool();
    const scheduler = new WorkScheduler(pool, { perToken: 10, perWorkspace: 2, cacheBytes: 0 });
    const first = scheduler.run(evaluation('w1', 'editor', stateA));
    const second = scheduler.run(evaluation('w1', 'viewer', stateB));
    expect(await refusal(scheduler.run(evaluation('w1', 'editor', new Uint8Array([9]))))).toBe('workspace');
    const elsewhere = scheduler.run(evaluation('w2', 'editor', stateA));
    await settle();
    expect(pool.started, 'w1 runs its first job; w2 runs beside it').toHaveLength(2);
    pool.started[0]!.finish(report('first'));
    await expect(first).resolves.toEqual(report('first'));
    await settle();
    expect(pool.started, "w1's second job starts once its first finished").toHaveLength(3);
    pool.started[1]!.finish(report('elsewhere'));
    pool.started[2]!.finish(report('second'));
    await expect(second).resolves.toEqual(report('second'));
    await expect(elsewhere).resolves.toEqual(report('elsewhere'));
  });

  it('[work 4] the same computation of the same state under way is shared: the pool runs it once', async () => {
    const pool = new HeldPool();
    const scheduler = new WorkScheduler(pool, { perToken: 10, perWorkspace: 10, cacheBytes: 0 });
    const answers = Promise.all([scheduler.run(evaluation('w1', 'editor', stateA)), scheduler.run(evaluation('w1', 'viewer', stateA))]);
    await settle();
    expect(pool.started).toHaveLength(1);
    pool.started[0]!.finish(report('shared'));
    await expect(answers).resolves.toEqual([report('shared'), report('shared')]);
  });

  it('[work 1] a result is answered from the cache for the same state; an edit (a new state) computes again', async () => {
    const pool = new HeldPool();
    const scheduler = new WorkScheduler(pool, { perToken: 1, perWorkspace: 10, cacheBytes: 10_000 });
    const first = scheduler.run(evaluation('w1', 'viewer', stateA));
    await settle();
    pool.started[0]!.finish(report('A'));
    await first;
    // Cache hits count against no bound: the token's one slot stays free.
    expect(await answeredAtOnce(Promise.all([scheduler.run(evaluation('w1', 'viewer', stateA)), scheduler.run(evaluation('w1', 'viewer', stateA))]))).toEqual([report('A'), report('A')]);
    expect(pool.started).toHaveLength(1);
    const edited = scheduler.run(evaluation('w1', 'viewer', stateB));
    await settle();
    expect(pool.started).toHaveLength(2);
    pool.started[1]!.finish(report('B'));
    await expect(edited).resolves.toEqual(report('B'));
  });

  it('a computation stopped at its time or memory limit is refused at once for the same state, without a thread; an edit computes again', async () => {
    // A workbook of formulas that cost minutes (2,000 cells of =SUMPRODUCT(A:A*B:B) over 40,000
    // rows) held a worker thread for the whole time limit on every request for the same state.
    const pool = new HeldPool();
    const scheduler = new WorkScheduler(pool, { perToken: 10, perWorkspace: 10, cacheBytes: 10_000 });
    for (const limit of ['timeout', 'memory'] as const) {
      const state = new Uint8Array([7, limit.length]);
      const first = scheduler.run(evaluation('w1', 'viewer', state));
      await settle();
      const started = pool.started.length;
      pool.started[started - 1]!.fail(new WorkLimitError(limit, 'stopped'));
      await expect(first).rejects.toThrow('stopped');
      expect(await refusal(scheduler.run(evaluation('w1', 'editor', state)))).toBe(limit);
      expect(pool.started).toHaveLength(started);
    }
    const edited = scheduler.run(evaluation('w1', 'viewer', stateB));
    await settle();
    pool.started[pool.started.length - 1]!.finish(report('B'));
    await expect(edited).resolves.toEqual(report('B'));
  });

  it('[work 1] the cache keeps at most its bytes, dropping the least recently used result first', async () => {
    const pool = new HeldPool();
    // 100 bytes a result, 400 bytes in all: four results fit.
    const scheduler = new WorkScheduler(pool, { perToken: 10, perWorkspace: 10, cacheBytes: 400 });
    const compute = async (workspaceId: string) => {
      const answer = scheduler.run(evaluation(workspaceId, 'viewer', stateA));
      await settle();
      pool.started.at(-1)!.finish(report(workspaceId));
      return answer;
    };
    for (const workspaceId of ['w1', 'w2', 'w3', 'w4']) await compute(workspaceId);
    expect(await answeredAtOnce(scheduler.run(evaluation('w1', 'viewer', stateA)))).toEqual(report('w1')); // w2 is now the oldest
    await compute('w5');
    const runs = pool.started.length;
    for (const workspaceId of ['w1', 'w3', 'w4', 'w5']) expect(await answeredAtOnce(scheduler.run(evaluation(workspaceId, 'viewer', stateA))), workspaceId).toEqual(report(workspaceId));
    expect(pool.started, 'w1, w3, w4 and w5 came from the cache').toHaveLength(runs);
    const w2 = scheduler.run(evaluation('w2', 'viewer', stateA));
    await settle();
    expect(pool.started, 'w2 was dropped and computes again').toHaveLength(runs + 1);
    pool.started.at(-1)!.finish(report('w2'));
    await expect(w2).resolves.toEqual(report('w2'));
  });
});
