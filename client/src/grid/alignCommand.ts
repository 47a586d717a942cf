/**
 * Horizontal alignment on the selection, as Excel's Align Left / Center / Align Right and Google
 * Sheets' Ctrl+Shift+L / E / R: one undo step sets the alignment of every selected cell, in every
 * area of the selection (models/workbook/cellAlignment.ts). A merged area shows its top-left cell's.
 */
import type { HorizontalAlignment } from '../../../models/workbook/cellAlignment.js';
import type { WorkbookOperation } from '../../../models/operations/workbookOperation.js';
import type { CommandTarget } from './gridCommands.js';
import { rangeCols, rangeRows, selectionAreas } from './selection.js';

export function alignSelection(grid: CommandTarget, alignment: HorizontalAlignment | null): void {
  const { sheetId } = grid;
  grid.session.apply(
    selectionAreas(grid.session.selection.get()).map(
      (range): WorkbookOperation => ({ type: 'setAlignment', sheetId, row: range.top, col: range.left, rows: rangeRows(range), cols: rangeCols(range), alignment }),
    ),
  );
}
