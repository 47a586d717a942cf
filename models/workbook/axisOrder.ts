/**
 * Changing a Y.Array of ids (a sheet's rows or columns, the sheet tab order) so that it merges with
 * colleagues' concurrent edits. A Yjs array keeps each element as the item that inserted it: an
 * id left in place stays the same item, so a colleague's row inserted beside it stays beside it,
 * and a colleague's deletion of it still applies. Deleting an id and inserting it again creates a
 * second item; two colleagues doing that at once leave the id twice (the bug this module fixes:
 * a restore used to re-insert every id, so two restores at once doubled every row).
 */
import type * as Y from 'yjs';
import { keptPositions } from './keptPositions.js';

/** Deletes the given positions (ascending) bottom-up, a run at a time, so positions stay valid. */
function deletePositions(target: Y.Array<unknown>, positions: readonly number[]): void {
  for (let end = positions.length - 1; end >= 0; ) {
    let start = end;
    while (start > 0 && positions[start - 1] === positions[start]! - 1) start--;
    target.delete(positions[start]!, end - start + 1);
    end = start - 1;
  }
}

/**
 * Makes `target` hold one entry per key of `wanted` (unique keys), in that order, changing only
 * what differs: entries whose key `wanted` lacks are deleted, missing ones inserted (`entryFor`
 * makes the entry for a position of `wanted`), and of the keys both hold only those out of order
 * are moved (deleted and inserted again); the longest run already in order stays. An entry
 * without a key (`keyOf` null), or a later one with a key seen before, is deleted. Returns the
 * positions of `wanted` whose entry stayed (the caller may update those in place).
 */
export function syncEntries(
  target: Y.Array<unknown>,
  wanted: readonly string[],
  keyOf: (entry: unknown) => string | null,
  entryFor: (position: number) => unknown,
): Set<number> {
  const current = target.toArray();
  const firstAt = new Map<string, number>();
  current.forEach((entry, i) => {
    const key = keyOf(entry);
    if (key !== null && !firstAt.has(key)) firstAt.set(key, i);
  });
  const matched = wanted.map((key) => firstAt.get(key) ?? -1);
  const kept = keptPositions(matched);
  const keptCurrent = new Set<number>();
  for (const j of kept) keptCurrent.add(matched[j]!);
  deletePositions(target, current.flatMap((_, i) => (keptCurrent.has(i) ? [] : [i])));
  // What remains is `wanted`'s kept entries in order; each missing run goes in at its final position.
  for (let start = 0; start < wanted.length; ) {
    if (kept.has(start)) {
      start++;
      continue;
    }
    let end = start;
    while (end < wanted.length && !kept.has(end)) end++;
    const entries: unknown[] = [];
    for (let i = start; i < end; i++) entries.push(entryFor(i));
    target.insert(start, entries);
    start = end;
  }
  return kept;
}

const stringId = (entry: unknown): string | null => (typeof entry === 'string' ? entry : null);

/**
 * Makes `target` hold the ids of `wanted` (each once, its first occurrence: the one every reader
 * uses) with syncEntries, so only ids missing or out of order are inserted. A later occurrence of
 * an id, or an entry that is no string (an older client's or a hostile peer's), is deleted, so a
 * restore repairs an axis left with an id twice.
 *
 * @example syncAxisOrder(rows, ['r2', 'r1', 'r3']) // rows held r1, r2, r3: one of r1, r2 moves
 */
export function syncAxisOrder(target: Y.Array<unknown>, wanted: readonly string[]): void {
  const ids = [...new Set(wanted)];
  syncEntries(target, ids, stringId, (i) => ids[i]);
}

/**
 * Deletes every later occurrence of an id (the first is the one every reader shows and computes),
 * and returns whether it deleted any. Structural edits call it, so the next insertion or deletion
 * of rows repairs an axis that two concurrent restores (or an older client) left with an id twice;
 * documents are never rewritten just by being read. Two peers repairing at once delete the same
 * items, which Yjs merges as one deletion.
 */
export function removeRepeatedIds(target: Y.Array<unknown>): boolean {
  const seen = new Set<unknown>();
  const repeated: number[] = [];
  target.forEach((id, i) => {
    if (typeof id !== 'string') return;
    if (seen.has(id)) repeated.push(i);
    else seen.add(id);
  });
  deletePositions(target, repeated);
  return repeated.length > 0;
}
