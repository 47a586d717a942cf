/**
 * Goals and scenarios live in Y.Arrays of maps. Two colleagues can create a record under the same
 * id at once; every peer then reads the first one in array order and ignores the later ones.
 * An entry that is no Y.Map (a hostile peer's `goals.push(['x'])`) is no record and is skipped.
 */
import * as Y from 'yjs';

/** The entries of a record array that are maps, in order. */
export function recordMaps(array: Iterable<unknown>): Array<Y.Map<unknown>> {
  const out: Array<Y.Map<unknown>> = [];
  for (const entry of array) if (entry instanceof Y.Map) out.push(entry);
  return out;
}

/** The array index of the first record with this id, or -1 (indexes count every entry, maps or not). */
export function recordIndex(array: Y.Array<unknown>, id: string): number {
  return array.toArray().findIndex((entry) => entry instanceof Y.Map && entry.get('id') === id);
}

/** The first record with this id, or null. */
export function findRecord(array: Y.Array<unknown>, id: string): Y.Map<unknown> | null {
  const index = recordIndex(array, id);
  return index < 0 ? null : (array.get(index) as Y.Map<unknown>);
}

export function readUniqueRecords<T extends { id: string }>(entries: Iterable<unknown>, read: (map: Y.Map<unknown>) => T | null): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const map of recordMaps(entries)) {
    const record = read(map);
    if (record && !seen.has(record.id)) {
      seen.add(record.id);
      out.push(record);
    }
  }
  return out;
}
