/**
 * The rows and columns a live update gives each sheet, against the grid's bounds (40,000 rows,
 * 16,384 columns: models/workbook/cellAddress.ts, as the operations and imports hold them). Before
 * the twelfth hostile pass an editor's update pushing 50,000 row ids into a sheet was accepted and
 * stored, and from then on every evaluation, first view and .xlsx export of the workspace answered
 * 500 (HyperFormula: "Sheet size limit exceeded") for everyone. Only an update that adds is
 * refused, so a sheet stored past a bound can still shrink. Such a sheet (stored before, or by
 * another tool) opens: every reader sees its first 40,000 rows and 16,384 columns
 * (models/workbook/WorkbookGrid.ts), and loading it is logged (`oversizedSheets`).
 */
import * as Y from 'yjs';
import { MAX_COLUMNS, MAX_ROWS } from '../../models/workbook/cellAddress.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import type { ItemFacts } from './updateReader.js';

/** A sheet's `rows` or `cols` array: one in the document, or one this update creates. */
export type AxisOwner = Y.AbstractType<unknown> | ItemFacts;

const BOUNDS: Readonly<Record<string, { most: number; what: string }>> = {
  rows: { most: MAX_ROWS, what: 'rows' },
  cols: { most: MAX_COLUMNS, what: 'columns' },
};

function axisKey(owner: AxisOwner): string | null {
  return owner instanceof Y.AbstractType ? (owner._item?.parentSub ?? null) : owner.parentSub;
}

export class AxisLengths {
  private readonly added = new Map<AxisOwner, number>();
  private readonly removed = new Map<AxisOwner, number>();

  /** `count` ids this update inserts into `owner` (and does not delete again). */
  noteAdded(owner: AxisOwner, count: number): void {
    this.added.set(owner, (this.added.get(owner) ?? 0) + count);
  }

  /** `count` live ids of the document's `owner` this update deletes. */
  noteRemoved(owner: Y.AbstractType<unknown>, count: number): void {
    this.removed.set(owner, (this.removed.get(owner) ?? 0) + count);
  }

  /** Why the update is refused (`a sheet holds at most 40000 rows (this update would make 50200)`), or null. */
  problem(): string | null {
    for (const [owner, added] of this.added) {
      const bound = BOUNDS[axisKey(owner) ?? ''];
      if (!bound) continue;
      const before = owner instanceof Y.AbstractType ? owner._length : 0;
      const after = before + added - (this.removed.get(owner) ?? 0);
      if (after > bound.most) return `a sheet holds at most ${bound.most} ${bound.what} (this update would make ${after})`;
    }
    return null;
  }
}

/** The shown sheets stored with more rows or columns than a sheet shows, with what they hold. */
export function oversizedSheets(doc: Y.Doc): Array<{ sheet: string; rows: number; cols: number }> {
  const grid = workbookGrid(doc);
  return grid
    .listSheets()
    .map(({ id, name }) => ({ sheet: name, rows: grid.axisLength(id, 'rows'), cols: grid.axisLength(id, 'cols') }))
    .filter(({ rows, cols }) => rows > MAX_ROWS || cols > MAX_COLUMNS);
}
