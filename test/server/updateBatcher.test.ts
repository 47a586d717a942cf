/**
 * The rule every broadcast relies on: an update (and anything registered after it) is released
 * only once it and every update added before it are stored. A fake store confirms writes in
 * whatever order a test chooses.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteWorkspaceStore } from '../../server/store/SqliteWorkspaceStore.js';
import { UpdateBatcher } from '../../server/sync/UpdateBatcher.js';

interface FakeWrite {
  updates: readonly Uint8Array[];
  resolve(seq: number): void;
  reject(error: unknown): void;
}

function fakeBatcher(): { batcher: UpdateBatcher; writes: FakeWrite[]; written: number[]; failures: unknown[] } {
  const writes: FakeWrite[] = [];
  const written: number[] = [];
  const failures: unknown[] = [];
  const batcher = new UpdateBatcher({
    write: (updates) => new Promise<number>((resolve, reject) => writes.push({ updates, resolve, reject })),
    onWritten: (lastSeq) => written.push(lastSeq),
    onFailed: (error) => failures.push(error),
  });
  return { batcher, writes, written, failures };
}

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('UpdateBatcher', () => {
  it('hands each update to the store at once, without waiting for a timer', () => {
    const { batcher, writes } = fakeBatcher();
    batcher.add(Uint8Array.of(1), () => undefined);
    batcher.add(Uint8Array.of(2), () => undefined);
    expect(writes.map((w) => [...w.updates[0]!])).toEqual([[1], [2]]);
  });

  it('releases updates in the order they were added, even when the store confirms a later one first', async () => {
    const { batcher, writes, written } = fakeBatcher();
    const released: string[] = [];
    batcher.add(Uint8Array.of(1), () => released.push('first'));
    batcher.add(Uint8Array.of(2), () => released.push('second'));
    writes[1]!.resolve(11);
    await settle();
    expect(released).toEqual([]);
    writes[0]!.resolve(10);
    await settle();
    expect(released).toEqual(['first', 'second']);
    expect(written).toEqual([10, 11]);
    expect(batcher.idle).toBe(true);
  });

  it('whenDurable waits for every update added before it, and runs at once when nothing is in flight', async () => {
    const { batcher, writes } = fakeBatcher();
    const events: string[] = [];
    batcher.whenDurable(() => events.push('nothing pending'));
    expect(events).toEqual(['nothing pending']);
    batcher.add(Uint8Array.of(1), () => events.push('update'));
    batcher.whenDurable(() => events.push('after update'));
    await settle();
    expect(events).toEqual(['nothing pending']);
    writes[0]!.resolve(1);
    await batcher.drain();
    expect(events).toEqual(['nothing pending', 'update', 'after update']);
  });

  it('a failed write fails everything waiting, reports once and refuses later updates', async () => {
    const { batcher, writes, failures } = fakeBatcher();
    const outcomes: unknown[] = [];
    batcher.add(Uint8Array.of(1), (error) => outcomes.push(error));
    batcher.add(Uint8Array.of(2), (error) => outcomes.push(error));
    const drained = batcher.drain();
    const diskFull = new Error('disk full');
    writes[0]!.reject(diskFull);
    writes[1]!.reject(diskFull);
    await expect(drained).rejects.toBe(diskFull);
    expect(outcomes).toEqual([diskFull, diskFull]);
    expect(failures).toEqual([diskFull]);
    batcher.add(Uint8Array.of(3), (error) => outcomes.push(error));
    expect(outcomes).toEqual([diskFull, diskFull, diskFull]);
    expect(writes).toHaveLength(2);
  });

  it('stop fails what is in flight; a confirmation arriving later releases nothing', async () => {
    const { batcher, writes, written } = fakeBatcher();
    const outcomes: unknown[] = [];
    batcher.add(Uint8Array.of(1), (error) => outcomes.push(error ?? 'stored'));
    batcher.stop();
    writes[0]!.resolve(1);
    await settle();
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toBeInstanceOf(Error);
    expect(written).toEqual([]);
  });
});

describe('SqliteWorkspaceStore appends', () => {
  let dataDir = '';
  afterEach(() => {
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    dataDir = '';
  });

  it('appends made in one turn resolve in the order they were made, with rising sequence numbers', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'fremskriv-append-'));
    const store = new SqliteWorkspaceStore(dataDir);
    try {
      const hash = new Uint8Array(32);
      for (const id of ['a', 'b']) {
        await store.createWorkspace({ id, createdAt: new Date(0).toISOString(), editorTokenHash: hash, viewerTokenHash: hash, snapshot: Uint8Array.of(0, 0) });
      }
      const order: string[] = [];
      const appends = ['a', 'b', 'a', 'b', 'a'].map((id, i) => store.appendUpdates(id, [Uint8Array.of(i)]).then((seq) => (order.push(`${id}${i}`), seq)));
      const seqs = await Promise.all(appends);
      expect(order).toEqual(['a0', 'b1', 'a2', 'b3', 'a4']);
      expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
      expect(new Set(seqs).size).toBe(seqs.length);
      const stored = await store.loadDocument('a');
      expect(stored?.updates.slice(1).map((u) => [...u])).toEqual([[0], [2], [4]]);
    } finally {
      await store.close();
    }
  });
});
