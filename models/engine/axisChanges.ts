/** Turns a change of a sheet's row (or column) identities into the engine's insert and remove calls. */
import type { HyperFormula } from 'hyperformula';

export interface AxisChange {
  /** Runs of removed positions in the old order: [index, count], top to bottom. */
  removedRuns: Array<[number, number]>;
  /** Runs of inserted positions in the new order: [index, count], top to bottom. */
  insertedRuns: Array<[number, number]>;
  /** The ids of the removed lines (a moved line is both removed and inserted). */
  deleted: string[];
  inserted: string[];
}

function runs(positions: number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const p of positions) {
    const last = out.at(-1);
    if (last && last[0] + last[1] === p) last[1]++;
    else out.push([p, 1]);
  }
  return out;
}

/**
 * For each position of `after`, the position in `before` of the same line, or -1. A line is its
 * id and which occurrence of the id it is: a concurrent restore can leave an id twice (two peers
 * each deleted and re-inserted it), and only the first occurrence holds the id's cells
 * (WorkbookGrid reads the first), so the n-th occurrence before is the n-th after.
 */
function sameLines(before: readonly string[], after: readonly string[]): number[] {
  const positions = new Map<string, number[]>();
  before.forEach((id, i) => {
    const list = positions.get(id);
    if (list) list.push(i);
    else positions.set(id, [i]);
  });
  const seen = new Map<string, number>();
  return after.map((id) => {
    const occurrence = seen.get(id) ?? 0;
    seen.set(id, occurrence + 1);
    return positions.get(id)?.[occurrence] ?? -1;
  });
}

/**
 * Which positions of `after` keep their line from `before`: the longest run of lines still in
 * the same order (a longest increasing subsequence of their old positions, O(n log n)). Lines
 * outside it moved: a restore deletes every id and inserts them again in the version's order, so
 * merged with a colleague's concurrent insertion the colleague's row can end up elsewhere among
 * them (peersConverge seed 6). The common case (nothing moved) is a single increasing run.
 */
function keptPositions(matched: readonly number[]): Set<number> {
  // tails[k]: the index in `matched` ending the best increasing run of length k + 1 found so far.
  const tails: number[] = [];
  const previous = new Array<number>(matched.length).fill(-1);
  matched.forEach((old, i) => {
    if (old < 0) return;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (matched[tails[mid]!]! < old) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[i] = tails[low - 1]!;
    tails[low] = i;
  });
  const kept = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i]!) kept.add(i);
  return kept;
}

/**
 * The lines to remove from the old order and insert into the new. Identities are not created
 * twice, but a restore merged with concurrent edits can move or duplicate them; a moved line is
 * removed and inserted again, so the binding sets its cells anew.
 */
export function diffAxis(before: readonly string[], after: readonly string[]): AxisChange {
  const matched = sameLines(before, after);
  const kept = keptPositions(matched);
  const keptBefore = new Set<number>();
  for (const i of kept) keptBefore.add(matched[i]!);
  const removedPositions: number[] = [];
  const deleted: string[] = [];
  before.forEach((id, i) => {
    if (keptBefore.has(i)) return;
    removedPositions.push(i);
    deleted.push(id);
  });
  const insertedPositions: number[] = [];
  const inserted: string[] = [];
  after.forEach((id, i) => {
    if (kept.has(i)) return;
    insertedPositions.push(i);
    inserted.push(id);
  });
  return { removedRuns: runs(removedPositions), insertedRuns: runs(insertedPositions), deleted, inserted };
}

/** Removes bottom-up (positions stay valid), then inserts top-down at the new positions. */
export function applyAxisChange(hf: HyperFormula, hfSheet: number, axis: 'rows' | 'cols', change: AxisChange): void {
  for (const [index, count] of [...change.removedRuns].reverse()) {
    if (axis === 'rows') hf.removeRows(hfSheet, [index, count]);
    else hf.removeColumns(hfSheet, [index, count]);
  }
  for (const [index, count] of change.insertedRuns) {
    if (axis === 'rows') hf.addRows(hfSheet, [index, count]);
    else hf.addColumns(hfSheet, [index, count]);
  }
}
