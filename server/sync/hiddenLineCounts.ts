/**
 * How many hidden rows and columns a live update leaves a sheet (its `hiddenRows` / `hiddenCols`
 * maps, models/workbook/hiddenLines.ts): at most as many as a sheet can have lines, 40,000 rows
 * and 16,384 columns. Each entry is a line's id, so a hostile editor's update writing a million
 * made-up ids would otherwise be stored and read by every engine and grid. Deletions are not
 * counted (a bound, not an exact tally); only an update that adds is refused.
 */
import * as Y from 'yjs';
import { MAX_HIDDEN } from '../../models/workbook/hiddenLines.js';
import type { ItemFacts } from './updateReader.js';

/** A sheet's hidden-lines map: one in the document, or one this update creates. */
export type HiddenLinesOwner = Y.AbstractType<unknown> | ItemFacts;

const BOUNDS: Readonly<Record<string, { most: number; what: string }>> = {
  hiddenRows: { most: MAX_HIDDEN.rows, what: 'hidden rows' },
  hiddenCols: { most: MAX_HIDDEN.cols, what: 'hidden columns' },
};

function mapKey(owner: HiddenLinesOwner): string | null {
  return owner instanceof Y.AbstractType ? (owner._item?.parentSub ?? null) : owner.parentSub;
}

export class HiddenLineCounts {
  private readonly written = new Map<HiddenLinesOwner, Set<string>>();

  /** The update writes the line id `key` into `owner`. */
  noteWritten(owner: HiddenLinesOwner, key: string): void {
    const keys = this.written.get(owner) ?? new Set<string>();
    keys.add(key);
    this.written.set(owner, keys);
  }

  /** Why the update is refused (`a sheet holds at most 40000 hidden rows (this update would make 50000)`), or null. */
  problem(): string | null {
    for (const [owner, keys] of this.written) {
      const bound = BOUNDS[mapKey(owner) ?? ''];
      if (!bound) continue;
      const map = owner instanceof Y.Map ? (owner as Y.Map<unknown>) : null;
      const after = (map?.size ?? 0) + [...keys].filter((key) => !map?.has(key)).length;
      if (after > bound.most) return `a sheet holds at most ${bound.most} ${bound.what} (this update would make ${after})`;
    }
    return null;
  }
}
