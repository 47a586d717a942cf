/** Turns a change of a sheet's row (or column) identities into the engine's insert and remove calls. */
import type { HyperFormula } from 'hyperformula';

export interface AxisChange {
  /** Runs of removed positions in the old order: [index, count], top to bottom. */
  removedRuns: Array<[number, number]>;
  /** Runs of inserted positions in the new order: [index, count], top to bottom. */
  insertedRuns: Array<[number, number]>;
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
 * Identities never move, they only appear and disappear, so the difference is the old ids that
 * are gone and the new ids that were not there.
 */
export function diffAxis(before: readonly string[], after: readonly string[]): AxisChange {
  const afterSet = new Set(after);
  const beforeSet = new Set(before);
  const removedPositions: number[] = [];
  const deleted: string[] = [];
  before.forEach((id, i) => {
    if (!afterSet.has(id)) {
      removedPositions.push(i);
      deleted.push(id);
    }
  });
  const insertedPositions: number[] = [];
  const inserted: string[] = [];
  after.forEach((id, i) => {
    if (!beforeSet.has(id)) {
      insertedPositions.push(i);
      inserted.push(id);
    }
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
