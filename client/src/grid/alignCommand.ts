/**
 * Horizontal alignment on the selection, as Excel's Align Left / Center / Align Right and Google
 * Sheets' Ctrl+Shift+L / E / R: one undo step sets every selected cell's alignment
 * (models/workbook/cellAlignment.ts). A merged area shows its top-left cell's.
 */
import type { HorizontalAlignment } from '../../../models/workbook/cellAlignment.js';
import type { CommandTarget } from './gridCommands.js';
import { rangeCols, rangeRows, selectionRange } from './selection.js';

export function alignSelection(grid: CommandTarget, alignment: HorizontalAlignment | null): void {
  const range = selectionRange(grid.session.selection.get());
  grid.session.apply({ type: 'setAlignment', sheetId: grid.sheetId, row: range.top, col: range.left, rows: rangeRows(range), cols: rangeCols(range), alignment });
}
