/**
 * A cell's horizontal alignment (Excel's Align Left / Center / Align Right), its own setting kept
 * in the sheet's `alignment` map ("rowId:colId" → "left" | "center" | "right"), shared with
 * colleagues and carried through the v1 file (`alignment`) and .xlsx (`alignment.horizontal`). A
 * cell without one is General, Excel's default: numbers right, text left, errors centred. Kept by
 * the cell's identity, so it stays with the cell when rows or columns are inserted or deleted
 * around it, and moves with a cut and paste. A merged area shows its top-left cell's alignment;
 * "Flet og centrer" (Merge & Center) centres it. Defensive: anything else stored reads as General.
 */
import type * as Y from 'yjs';
import { cellSettingsByPosition, storedCellSetting } from './cellSettings.js';

export const HORIZONTAL_ALIGNMENTS = ['left', 'center', 'right'] as const;
export type HorizontalAlignment = (typeof HORIZONTAL_ALIGNMENTS)[number];

export function isHorizontalAlignment(value: unknown): value is HorizontalAlignment {
  return value === 'left' || value === 'center' || value === 'right';
}

/** The alignment of the cell at `row`,`col`; null when it has none (General). */
export function cellAlignment(doc: Y.Doc, sheetId: string, row: number, col: number): HorizontalAlignment | null {
  const stored = storedCellSetting(doc, sheetId, 'alignment', row, col);
  return isHorizontalAlignment(stored) ? stored : null;
}

/** The sheet's aligned cells by position, top to bottom (cells of deleted rows or columns are skipped). */
export function sheetAlignedCells(doc: Y.Doc, sheetId: string): Array<{ row: number; col: number; alignment: HorizontalAlignment }> {
  const aligned = cellSettingsByPosition(doc, sheetId, 'alignment', (stored) => (isHorizontalAlignment(stored) ? stored : null));
  return aligned.map(({ row, col, value }) => ({ row, col, alignment: value }));
}
