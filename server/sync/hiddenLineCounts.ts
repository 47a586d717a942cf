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

const BOUNDS: Readonly<Record<'hiddenRows' | 'hiddenCols', { most: number; what: string }>> = {
  hiddenRows: { most: MAX_HIDDEN.rows, what: 'hidden rows' },
  hiddenCols: { most: MAX_HIDDEN.cols, what: 'hidden columns' },
};

export class HiddenLineCounts {
  private readonly written = new Map<HiddenLinesOwner, { node: 'hiddenRows' | 'hiddenCols'; keys: Set<string> }>();

  /**
   * The update writes the line id `key` into `owner`, a `node` map. The node comes from where the
   * check placed the write: a map the update sets in place of the sheet's own (every sheet holds
   * one since the twenty-seventh session) names no key of its own in the update (Yjs leaves it to
   * the neighbour), so reading the key from the map let 16,385 hidden columns through.
   */
  noteWritten(owner: HiddenLinesOwner, node: 'hiddenRows' | 'hiddenCols', key: string): void {
    const entry = this.written.get(owner) ?? { node, keys: new Set<string>() };
    entry.keys.add(key);
    this.written.set(owner, entry);
  }

  /** Why the update is refused (`a sheet holds at most 40000 hidden rows (this update would make 50000)`), or null. */
  problem(): string | null {
    for (const [owner, { node, keys }] of this.written) {
      const bound = BOUNDS[node];
      const map = owner instanceof Y.Map ? (owner as Y.Map<unknown>) : null;
      const after = (map?.size ?? 0) + [...keys].filter((key) => !map?.has(key)).length;
      if (after > bound.most) return `a sheet holds at most ${bound.most} ${bound.what} (this update would make ${after})`;
    }
    return null;
  }
}
