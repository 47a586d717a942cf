/**
 * A peer's update that writes merged areas (a sheet's `merges` map, models/workbook/mergedCells.ts)
 * is refused, before it is applied, when what it writes could never come from the mergeCells
 * operation: more than MAX_MERGED_AREAS areas on the sheet afterwards, an area of one cell, a
 * corner on a line the sheet does not have, or two areas of the update that overlap. The schema
 * check (updateSchemaCheck.ts) has already refused entries that are no cell key → cell key.
 *
 * Two things an honest browser can send are accepted, because it cannot know better and a
 * refusal would lose its edits for good (the stock client does not resend a refused update):
 * an area overlapping one a colleague merged meanwhile (two people merging at once, or one
 * editing offline), and a corner on a line a colleague deleted meanwhile. Every reader skips
 * those the same way (sheetMerges), so nothing is shown twice or crashes. So only the update's
 * own areas are held against each other, and an unknown corner is refused only when the sheet's
 * axis has never lost a line (then no deletion can explain it).
 *
 * The cost falls only on updates that write a `merges` entry: one winner per written key
 * (mapKeyWinner.ts) and the sheet's row and column look-ups, which the grid caches.
 */
import * as Y from 'yjs';
import { MAX_COLUMNS, MAX_ROWS } from '../../models/workbook/cellAddress.js';
import { areasOverlap, formatMergedArea, MAX_MERGED_AREAS, type MergedArea } from '../../models/workbook/mergedCells.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { splitCellKey } from '../../models/workbook/workbookSchema.js';
import { mapKeyWinner, type KeyedMap } from './mapKeyWinner.js';
import type { ItemFacts, StructId } from './updateReader.js';

/** A shared type in the document or one the update creates. */
type TypeOwner = Y.AbstractType<unknown> | ItemFacts;

type Corner = { kind: 'at'; row: number; col: number } | { kind: 'unknown' } | { kind: 'refused'; why: string };

export class MergedAreaWrites {
  /** Per merges map, the update's items per key. */
  private readonly writes = new Map<TypeOwner, Map<string, ItemFacts[]>>();
  /** A merges map the update creates → the sheet it is created in. */
  private readonly createdIn = new Map<ItemFacts, TypeOwner>();
  /** Row or column ids the update inserts, per axis array. */
  private readonly addedIds = new Map<TypeOwner, Set<unknown>>();

  noteWrite(map: TypeOwner, key: string, item: ItemFacts): void {
    const byKey = this.writes.get(map) ?? new Map<string, ItemFacts[]>();
    this.writes.set(map, byKey);
    byKey.set(key, [...(byKey.get(key) ?? []), item]);
  }

  noteMapCreated(map: ItemFacts, sheet: TypeOwner): void {
    this.createdIn.set(map, sheet);
  }

  noteAxisIds(axis: TypeOwner, ids: readonly unknown[]): void {
    const known = this.addedIds.get(axis) ?? new Set<unknown>();
    this.addedIds.set(axis, known);
    for (const id of ids) known.add(id);
  }

  /** Why the update is refused, or null. */
  problem(doc: Y.Doc, deletedByUpdate: (id: StructId) => boolean): string | null {
    for (const [map, byKey] of this.writes) {
      const problem = this.mapProblem(doc, map, byKey, deletedByUpdate);
      if (problem !== null) return problem;
    }
    return null;
  }

  private mapProblem(doc: Y.Doc, map: TypeOwner, byKey: Map<string, ItemFacts[]>, deletedByUpdate: (id: StructId) => boolean): string | null {
    const docMap = map instanceof Y.AbstractType ? (map as unknown as KeyedMap) : null;
    const keys = new Set([...(docMap?._map.keys() ?? []), ...byKey.keys()]);
    let count = 0;
    const own: Array<{ key: string; end: string }> = [];
    for (const key of keys) {
      const winner = mapKeyWinner(docMap, key, byKey.get(key) ?? [], deletedByUpdate);
      if (winner === 'unknown') return 'a merged area written in a way that cannot be followed';
      if (winner === null || winner.deleted) continue;
      count += 1;
      if (!(winner.source instanceof Y.Item) && typeof winner.value === 'string') own.push({ key, end: winner.value });
    }
    if (count > MAX_MERGED_AREAS && own.length > 0) return `a sheet holds at most ${MAX_MERGED_AREAS} merged areas (this update would make ${count})`;
    const sheet = map instanceof Y.AbstractType ? map._item?.parent : this.createdIn.get(map);
    // A sheet the update itself creates: its lines are new too, and readers skip what does not resolve.
    if (!(sheet instanceof Y.Map)) return null;
    return this.areasProblem(doc, sheet as Y.Map<unknown>, own);
  }

  private areasProblem(doc: Y.Doc, sheet: Y.Map<unknown>, own: ReadonlyArray<{ key: string; end: string }>): string | null {
    const sheetId = sheet._item?.parentSub;
    const grid = workbookGrid(doc);
    if (!sheetId || grid.sheet(sheetId) !== sheet) return null;
    const axes = {
      rows: { index: grid.rowIndexes(sheetId), array: sheet.get('rows'), most: MAX_ROWS },
      cols: { index: grid.colIndexes(sheetId), array: sheet.get('cols'), most: MAX_COLUMNS },
    };
    const corner = (key: string): Corner => {
      const [rowId, colId] = splitCellKey(key);
      const found: number[] = [];
      for (const [id, axis] of [[rowId, axes.rows], [colId, axes.cols]] as const) {
        const at = axis.index.get(id);
        if (at !== undefined && at >= axis.most) return { kind: 'refused', why: 'a merged area past the grid' };
        if (at !== undefined) found.push(at);
        else if (axis.array instanceof Y.AbstractType && !this.addedIds.get(axis.array)?.has(id) && !lostLines(axis.array)) {
          return { kind: 'refused', why: 'a merged area on a line the sheet does not have' };
        } else return { kind: 'unknown' };
      }
      return { kind: 'at', row: found[0]!, col: found[1]! };
    };
    const areas: MergedArea[] = [];
    for (const { key, end } of own) {
      if (key === end) return 'a merged area of one cell';
      const [a, b] = [corner(key), corner(end)];
      for (const c of [a, b]) if (c.kind === 'refused') return c.why;
      if (a.kind !== 'at' || b.kind !== 'at') continue;
      const area = { row: Math.min(a.row, b.row), col: Math.min(a.col, b.col), rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 };
      if (area.rows * area.cols < 2) return 'a merged area of one cell';
      areas.push(area);
    }
    const clash = overlappingPair(areas);
    return clash ? `merged areas that overlap (${formatMergedArea(clash[0])} and ${formatMergedArea(clash[1])})` : null;
  }
}

/** Whether the axis array has ever had a line deleted (its list keeps a deleted item for each). */
function lostLines(array: Y.AbstractType<unknown>): boolean {
  for (let item = array._start; item !== null; item = item.right) if (item.deleted) return true;
  return false;
}

/** Two of `areas` that overlap, found by a sweep down the rows (as soundAreas reads them). */
function overlappingPair(areas: readonly MergedArea[]): [MergedArea, MergedArea] | null {
  const sorted = [...areas].sort((a, b) => a.row - b.row || a.col - b.col);
  let reaching: MergedArea[] = [];
  for (const area of sorted) {
    reaching = reaching.filter((other) => other.row + other.rows > area.row);
    const other = reaching.find((candidate) => areasOverlap(candidate, area));
    if (other) return [other, area];
    reaching.push(area);
  }
  return null;
}
