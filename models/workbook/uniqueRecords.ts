/**
 * Goals and scenarios live in Y.Arrays of maps. Two colleagues can create a record under the same
 * id at once; every peer then reads the first one in array order and ignores the later ones.
 */
import type * as Y from 'yjs';

export function readUniqueRecords<T extends { id: string }>(maps: Iterable<Y.Map<unknown>>, read: (map: Y.Map<unknown>) => T | null): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const map of maps) {
    const record = read(map);
    if (record && !seen.has(record.id)) {
      seen.add(record.id);
      out.push(record);
    }
  }
  return out;
}
