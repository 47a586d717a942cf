/**
 * Which write to one key of a Y.Map wins once an update is applied, worked out the way Yjs
 * integrates it (Item.integrate's conflict loop, YATA) over that key's items alone, without
 * applying anything: the document's items for the key (its chain, from the current entry
 * leftwards) and the update's new items for it, one clock unit at a time (an origin inside an
 * item splits it in Yjs; a unit per clock is the same order). The rightmost unit is the map's
 * entry; its value counts unless it is deleted. YATA converges whatever order concurrent items
 * arrive in, so the update's items are integrated in any order their origins allow.
 *
 * visibleSheetCheck.ts asks this for a sheet's `visibility` and `deleted` and for the sheets map's
 * keys, so an update racing with the server's writes, or replacing every sheet, is judged from its
 * items instead of on a scratch copy of the whole workspace (seventh hostile pass).
 */
import * as Y from 'yjs';
import type { ItemFacts, StructId } from './updateReader.js';

/** The winning write: the document's item or the update's, and which of its values. */
export type MapKeyWinner = { source: Y.Item | ItemFacts; offset: number; value: unknown; deleted: boolean } | null;

interface Unit {
  id: StructId;
  origin: StructId | null;
  rightOrigin: StructId | null;
  source: Y.Item | ItemFacts;
  offset: number;
  deleted: boolean;
}

/** A shared type's entries by key (Y.Map's and every type's `_map`). */
export interface KeyedMap {
  _map: Map<string, Y.Item>;
}

/** More units than this (a key written tens of thousands of times) and the answer is 'unknown'. */
const MAX_UNITS = 20_000;

const idKey = (id: StructId): string => `${id.client}:${id.clock}`;
const sameId = (a: StructId | null, b: StructId | null): boolean => (a === null ? b === null : b !== null && a.client === b.client && a.clock === b.clock);

function unitsOf(source: Y.Item | ItemFacts, length: number, origin: StructId | null, rightOrigin: StructId | null, deleted: (unit: StructId) => boolean): Unit[] {
  const units: Unit[] = [];
  for (let offset = 0; offset < length; offset++) {
    const id = { client: source.id.client, clock: source.id.clock + offset };
    units.push({ id, origin: offset === 0 ? origin : { client: id.client, clock: id.clock - 1 }, rightOrigin, source, offset, deleted: deleted(id) });
  }
  return units;
}

/** The document's items for the key, left to right (the current entry is the rightmost). */
function chainOf(map: KeyedMap | null, key: string): Y.Item[] {
  const chain: Y.Item[] = [];
  for (let item = map?._map.get(key) ?? null; item !== null; item = item.left) chain.push(item);
  return chain.reverse();
}

/**
 * The entry `key` of `map` holds after the update's `writes` to it (its new items for the key),
 * or 'unknown' when the items do not fit together (an origin outside the key's chain, too many
 * units). `deletedByUpdate` says which clocks the update's delete set removes.
 */
export function mapKeyWinner(map: KeyedMap | null, key: string, writes: readonly ItemFacts[], deletedByUpdate: (id: StructId) => boolean): MapKeyWinner | 'unknown' {
  if (writes.length === 0) {
    // Nothing written: the current entry, unless the update deletes it.
    const current = map?._map.get(key);
    if (!current) return null;
    const offset = current.length - 1;
    const deleted = current.deleted || deletedByUpdate({ client: current.id.client, clock: current.id.clock + offset });
    return { source: current, offset, value: deleted ? undefined : current.content.getContent()[offset], deleted };
  }
  const list: Unit[] = [];
  for (const item of chainOf(map, key)) {
    list.push(...unitsOf(item, item.length, item.origin, item.rightOrigin, (id) => item.deleted || deletedByUpdate(id)));
    if (list.length > MAX_UNITS) return 'unknown';
  }
  let waiting: Unit[] = [];
  for (const item of writes) {
    waiting.push(...unitsOf(item, item.length, item.origin, item.rightOrigin, (id) => item.content.kind === 'deleted' || deletedByUpdate(id)));
    if (list.length + waiting.length > MAX_UNITS) return 'unknown';
  }
  const position = new Map<string, Unit>(list.map((unit) => [idKey(unit.id), unit]));
  while (waiting.length > 0) {
    const blocked = waiting.filter((unit) => (unit.origin && !position.has(idKey(unit.origin))) || (unit.rightOrigin && !position.has(idKey(unit.rightOrigin))));
    if (blocked.length === waiting.length) return 'unknown';
    for (const unit of waiting) if (!blocked.includes(unit)) integrate(list, position, unit);
    waiting = blocked;
  }
  const entry = list.at(-1);
  if (!entry) return null;
  return { source: entry.source, offset: entry.offset, value: valueOf(entry), deleted: entry.deleted };
}

function valueOf(unit: Unit): unknown {
  const source = unit.source;
  if (source instanceof Y.Item) return source.deleted ? undefined : source.content.getContent()[unit.offset];
  if (source.content.kind === 'values') return source.content.values[unit.offset];
  return source.content.kind === 'type' ? source : undefined;
}

/** Item.integrate's placement for an item with a parentSub, over the key's units. */
function integrate(list: Unit[], position: Map<string, Unit>, unit: Unit): void {
  const at = (id: StructId | null): Unit | null => (id ? position.get(idKey(id)) ?? null : null);
  const index = (u: Unit | null): number => (u === null ? -1 : list.indexOf(u));
  let left = at(unit.origin);
  const right = at(unit.rightOrigin);
  const rightOfLeft = list[index(left) + 1] ?? null;
  const leftOfRight = right ? list[index(right) - 1] ?? null : null;
  if ((!left && (!right || leftOfRight !== null)) || (left && rightOfLeft !== right)) {
    const itemsBeforeOrigin = new Set<Unit>();
    const conflicting = new Set<Unit>();
    for (let i = index(left) + 1; i < list.length && list[i] !== right; i++) {
      const o = list[i]!;
      itemsBeforeOrigin.add(o);
      conflicting.add(o);
      if (sameId(unit.origin, o.origin)) {
        if (o.id.client < unit.id.client) {
          left = o;
          conflicting.clear();
        } else if (sameId(unit.rightOrigin, o.rightOrigin)) break;
      } else {
        const oOrigin = at(o.origin);
        if (oOrigin === null || !itemsBeforeOrigin.has(oOrigin)) break;
        if (!conflicting.has(oOrigin)) {
          left = o;
          conflicting.clear();
        }
      }
    }
  }
  list.splice(index(left) + 1, 0, unit);
  position.set(idKey(unit.id), unit);
}
