/**
 * A sheet's optional per-sheet maps added after the first schema: `validations` (an assumption's
 * allowed bounds, keyed "rowId:colId"), `colWidths` (pixels, keyed by column id) and
 * `frozenPanes` (`rows`, `cols`: how many stay in view, frozenPanes.ts) and `wrapText` (cells that
 * wrap their text, keyed "rowId:colId", wrapText.ts) and `merges` (merged areas, "topRowId:leftColId" →
 * "bottomRowId:rightColId", mergedCells.ts) and `hiddenRows` / `hiddenCols` (hidden lines' ids → true,
 * hiddenLines.ts). A document
 * written before them has neither; readers see an absent map as empty, and the operations create
 * it on first use (inside their transaction).
 */
import * as Y from 'yjs';
import type { SheetMap } from './workbookSchema.js';

export type SheetSettingsKey = 'validations' | 'colWidths' | 'frozenPanes' | 'wrapText' | 'merges' | 'hiddenRows' | 'hiddenCols';

/** The sheet's map under `key`, or undefined when the sheet has none (or holds something else). */
export function readSettingsMap(sheet: SheetMap, key: SheetSettingsKey): Y.Map<unknown> | undefined {
  const map = sheet.get(key);
  return map instanceof Y.Map ? (map as Y.Map<unknown>) : undefined;
}

/** The sheet's map under `key`, created when missing (call inside a transaction). */
export function settingsMap(sheet: SheetMap, key: SheetSettingsKey): Y.Map<unknown> {
  const existing = readSettingsMap(sheet, key);
  if (existing) return existing;
  const created = new Y.Map<unknown>();
  sheet.set(key, created);
  return created;
}
