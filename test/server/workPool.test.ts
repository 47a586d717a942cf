/**
 * The shared queue in front of the worker threads (server/work/WorkPool.ts, server/README.md
 * "Heavy work" step 5): deterministic here, because a job is dispatched or refused the moment it
 * is asked for; the real server's bursts are in test/server/heavyWork.test.ts.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WorkLimitError, WorkPool } from '../../server/work/WorkPool.js';

function limitOf(error: unknown): string {
  return error instanceof WorkLimitError ? `${error.limit}: ${error.message}` : `not a limit: ${String(error)}`;
}

describe('WorkPool', () => {
  it('[work 5] a job beyond the waiting jobs is refused at once (503, the server is busy); closing refuses the running and the waiting ones', async () => {
    const pool = new WorkPool({ threads: 1, memoryMb: 256, timeoutMs: 120_000, queueLimit: 1 });
    const doc = new Y.Doc();
    const state = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    const running = pool.run({ kind: 'evaluate', state }).catch(limitOf);
    const waiting = pool.run({ kind: 'evaluate', state }).catch(limitOf);
    expect(await pool.run({ kind: 'evaluate', state }).catch(limitOf)).toBe('queue: the server is busy with other computations; try again shortly');
    await pool.close();
    expect(await waiting).toBe('queue: the server is shutting down');
    expect(await running).toBe('queue: the server is shutting down');
  });
});
