/**
 * The worker threads' own limits (server/work/WorkPool.ts, server/README.md "Heavy work" steps 5
 * and 7): the shared queue, deterministic here because a job is dispatched or refused the moment
 * it is asked for, and the memory limit; the real server's bursts and time limit are in
 * test/server/heavyWork.test.ts.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentFromFile } from '../../models/templates/templates.js';
import { WorkLimitError, WorkPool } from '../../server/work/WorkPool.js';

function emptyState(): Uint8Array {
  const doc = new Y.Doc();
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

function limitOf(error: unknown): string {
  return error instanceof WorkLimitError ? `${error.limit}: ${error.message}` : `not a limit: ${String(error)}`;
}

describe('WorkPool', () => {
  it('[work 5] a job beyond the waiting jobs is refused at once (503, the server is busy); closing refuses the running and the waiting ones', async () => {
    const pool = new WorkPool({ threads: 1, memoryMb: 256, timeoutMs: 120_000, queueLimit: 1 });
    const state = emptyState();
    const running = pool.run({ kind: 'evaluate', state }).catch(limitOf);
    const waiting = pool.run({ kind: 'evaluate', state }).catch(limitOf);
    expect(await pool.run({ kind: 'evaluate', state }).catch(limitOf)).toBe('queue: the server is busy with other computations; try again shortly');
    await pool.close();
    expect(await waiting).toBe('queue: the server is shutting down');
    expect(await running).toBe('queue: the server is shutting down');
  });

  it('[work 7] a job over its memory limit ends its thread, not the process: the job is refused (503)', async () => {
    // 40,000 numbers: their document and engine need more than the 32 MB the thread may hold.
    const cells: Record<string, number> = {};
    for (let r = 1; r <= 4_000; r++) for (let c = 0; c < 10; c++) cells[`${String.fromCharCode(65 + c)}${r}`] = r * 10 + c;
    const doc = documentFromFile({ format: 'fremskriv.workbook', version: 1, title: 'Stor', locale: 'da-DK', sheets: [{ name: 'Data', cells }] });
    const state = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    const pool = new WorkPool({ threads: 1, memoryMb: 32, timeoutMs: 120_000, queueLimit: 4 });
    try {
      expect(await pool.run({ kind: 'evaluate', state }).catch(limitOf)).toBe('memory: the computation needed more than 32 MB and was stopped');
    } finally {
      await pool.close();
    }
  }, 240_000);

  it("a new thread's start is not its first job's time: a cheap first evaluation leaves its workspace not costly", async () => {
    // Starting a thread loads its code: about 1.8 s on the 2-core VM, where an empty evaluation then takes milliseconds.
    const pool = new WorkPool({ threads: 1, memoryMb: 256, timeoutMs: 120_000, queueLimit: 4, costlyMs: 1_000 });
    try {
      const answer = await pool.run({ kind: 'evaluate', state: emptyState() }, { workspaceId: 'tom' });
      expect(answer).toBeDefined();
      expect(pool.isCostly('tom')).toBe(false);
    } finally {
      await pool.close();
    }
  }, 120_000);
});
