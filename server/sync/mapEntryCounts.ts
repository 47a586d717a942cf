/**
 * How many entries a live update leaves in the maps whose size is bounded by key count:
 *
 * - a sheet's hidden rows and columns (its `hiddenRows` / `hiddenCols` maps,
 *   models/workbook/hiddenLines.ts): at most as many as a sheet can have lines, 40,000 rows and
 *   16,384 columns;
 * - a scenario's assumptions (its `inputs` map, models/scenarios/scenarioModel.ts): at most
 *   MAX_SCENARIO_INPUTS (models/workbook/workbookBounds.ts), as the operations and the v1 file hold.
 *
 * Each entry is an id, so a hostile editor's update writing a million made-up ids would otherwise
 * be stored and read by every engine and grid. Deletions are not counted (a bound, not an exact
 * tally); only an update that adds is refused.
 */
import * as Y from 'yjs';
import { MAX_HIDDEN } from '../../models/workbook/hiddenLines.js';
import { MAX_SCENARIO_INPUTS, scenarioInputsBoundMessage } from '../../models/workbook/workbookBounds.js';
import type { ItemFacts } from './updateReader.js';

/** A bounded map: one in the document, or one this update creates. */
export type CountedMapOwner = Y.AbstractType<unknown> | ItemFacts;

export type CountedMapNode = 'hiddenRows' | 'hiddenCols' | 'scenarioInputs';

const BOUNDS: Readonly<Record<CountedMapNode, { most: number; says: (after: number) => string }>> = {
  hiddenRows: { most: MAX_HIDDEN.rows, says: (after) => `a sheet holds at most ${MAX_HIDDEN.rows} hidden rows (this update would make ${after})` },
  hiddenCols: { most: MAX_HIDDEN.cols, says: (after) => `a sheet holds at most ${MAX_HIDDEN.cols} hidden columns (this update would make ${after})` },
  scenarioInputs: { most: MAX_SCENARIO_INPUTS, says: (after) => `${scenarioInputsBoundMessage()} (this update would make ${after})` },
};

export function isCountedMapNode(node: string): node is CountedMapNode {
  return Object.hasOwn(BOUNDS, node);
}

export class MapEntryCounts {
  private readonly written = new Map<CountedMapOwner, { node: CountedMapNode; keys: Set<string> }>();

  /**
   * The update writes the key `key` into `owner`, a `node` map. The node comes from where the
   * check placed the write: a map the update sets in place of the sheet's own (every sheet holds
   * one since the twenty-seventh session) names no key of its own in the update (Yjs leaves it to
   * the neighbour), so reading the key from the map let 16,385 hidden columns through.
   */
  noteWritten(owner: CountedMapOwner, node: CountedMapNode, key: string): void {
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
      if (after > bound.most) return bound.says(after);
    }
    return null;
  }
}
