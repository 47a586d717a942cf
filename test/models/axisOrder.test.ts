/**
 * Changing an order of ids so that it merges with a colleague's concurrent edits: only the ids out
 * of order move, so a colleague's row inserted beside an id that stays stays beside it.
 */
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { removeRepeatedIds, syncAxisOrder } from '../../models/workbook/axisOrder.js';

const docs: Y.Doc[] = [];
afterEach(() => {
  for (const doc of docs.splice(0)) doc.destroy();
});

function axis(ids: unknown[], clientId = 1): Y.Array<unknown> {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  docs.push(doc);
  const array = doc.getArray<unknown>('rows');
  array.push(ids);
  return array;
}

/** A second peer holding the same array (same items). */
function peerOf(array: Y.Array<unknown>, clientId: number): Y.Array<unknown> {
  const peer = new Y.Doc();
  peer.clientID = clientId;
  docs.push(peer);
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(array.doc!));
  return peer.getArray<unknown>('rows');
}

function exchange(a: Y.Array<unknown>, b: Y.Array<unknown>): void {
  Y.applyUpdate(b.doc!, Y.encodeStateAsUpdate(a.doc!, Y.encodeStateVector(b.doc!)));
  Y.applyUpdate(a.doc!, Y.encodeStateAsUpdate(b.doc!, Y.encodeStateVector(a.doc!)));
}

/** How many Yjs items the change created: one per id inserted (moved or new). */
function insertedItems(array: Y.Array<unknown>, change: () => void): number {
  const before = Y.encodeStateVector(array.doc!);
  change();
  const after = Y.decodeStateVector(Y.encodeStateVector(array.doc!));
  const start = Y.decodeStateVector(before).get(array.doc!.clientID) ?? 0;
  // Deletions create no items, so the clock advance counts the inserted ids.
  return (after.get(array.doc!.clientID) ?? 0) - start;
}

describe('syncAxisOrder', () => {
  it.each([
    { name: 'nothing differs', from: ['a', 'b', 'c'], to: ['a', 'b', 'c'], inserted: 0 },
    { name: 'an id the version lacks is deleted', from: ['a', 'b', 'c'], to: ['a', 'c'], inserted: 0 },
    { name: 'a missing id is inserted where the version has it', from: ['a', 'c'], to: ['a', 'b', 'c'], inserted: 1 },
    { name: 'one id out of order is moved, the others stay', from: ['a', 'b', 'c', 'd', 'e'], to: ['a', 'c', 'd', 'e', 'b'], inserted: 1 },
    { name: 'a reversed pair moves one of the two', from: ['a', 'b'], to: ['b', 'a'], inserted: 1 },
    { name: 'a later copy of an id is deleted', from: ['a', 'b', 'a', 'c'], to: ['a', 'b', 'c'], inserted: 0 },
    { name: 'an entry that is no id is deleted', from: ['a', 7, 'b'], to: ['a', 'b'], inserted: 0 },
    { name: 'an id the version holds twice is inserted once', from: ['a'], to: ['a', 'b', 'b'], inserted: 1 },
  ])('$name', ({ from, to, inserted }) => {
    const array = axis(from);
    expect(insertedItems(array, () => array.doc!.transact(() => syncAxisOrder(array, to)))).toBe(inserted);
    expect(array.toArray()).toEqual([...new Set(to)]);
  });

  it('a row a colleague inserts beside an id the restore keeps in place stays beside it', () => {
    const mine = axis(['a', 'b', 'c', 'd', 'e'], 1);
    const theirs = peerOf(mine, 2);
    syncAxisOrder(mine, ['a', 'c', 'd', 'e', 'b']);
    theirs.insert(3, ['x']); // after c
    exchange(mine, theirs);
    expect(mine.toArray()).toEqual(['a', 'c', 'x', 'd', 'e', 'b']);
    expect(theirs.toArray()).toEqual(mine.toArray());
  });

  it('two peers making the same change at once leave each id once', () => {
    const mine = axis(['a', 'b', 'c', 'd'], 1);
    const theirs = peerOf(mine, 2);
    mine.insert(2, ['x']);
    theirs.delete(0, 1);
    syncAxisOrder(mine, ['a', 'b', 'c', 'd']);
    syncAxisOrder(theirs, ['a', 'b', 'c', 'd']);
    exchange(mine, theirs);
    // Only the restore on the peer that deleted `a` inserted it again: nothing is doubled.
    expect(mine.toArray()).toEqual(['a', 'b', 'c', 'd']);
    expect(theirs.toArray()).toEqual(mine.toArray());
  });

  it('two peers both inserting the same missing id leave it twice (what remains of the limitation)', () => {
    const mine = axis(['b', 'c'], 1);
    const theirs = peerOf(mine, 2);
    syncAxisOrder(mine, ['a', 'b', 'c']);
    syncAxisOrder(theirs, ['a', 'b', 'c']);
    exchange(mine, theirs);
    expect(mine.toArray()).toEqual(['a', 'a', 'b', 'c']);
  });
});

describe('removeRepeatedIds', () => {
  it('deletes every later copy of an id, keeping the first and any entry that is no id', () => {
    const array = axis(['a', 'b', 'a', 5, 'b', 'c', 'a']);
    expect(removeRepeatedIds(array)).toBe(true);
    expect(array.toArray()).toEqual(['a', 'b', 5, 'c']);
    expect(removeRepeatedIds(array)).toBe(false);
  });

  it('two peers repairing at once delete the same copies', () => {
    const mine = axis(['b', 'c'], 1);
    const theirs = peerOf(mine, 2);
    syncAxisOrder(mine, ['a', 'b', 'c']);
    syncAxisOrder(theirs, ['a', 'b', 'c']);
    exchange(mine, theirs);
    removeRepeatedIds(mine);
    removeRepeatedIds(theirs);
    exchange(mine, theirs);
    expect(mine.toArray()).toEqual(['a', 'b', 'c']);
    expect(theirs.toArray()).toEqual(mine.toArray());
  });
});
