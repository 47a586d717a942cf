/**
 * A sheet of the document as the engine is built from it: rows of cell contents, formulas decoded
 * to A1, empty places null. Read in one pass over the sheet's cells straight into the rows: an
 * engine build reads every cell of the workbook (12,100 formulas in the large benchmark), and a
 * list of cell records in between, copied again to fill the gaps, cost about a tenth of the
 * build (bench/README.md, engine.large).
 */
import type { RawCellContent } from 'hyperformula';
import type { WorkbookGrid } from '../workbook/WorkbookGrid.js';
import { engineContent } from './engineContent.js';
import type { RangeBound } from './rangeBound.js';
import type { ResizedSumRanges } from './sumRangeSize.js';

/** `bound`: oversized ranges are cut to the workbook's data (rangeBound.ts); `resized` records resized sum ranges (sumRangeSize.ts). */
export function engineSheetContents(grid: WorkbookGrid, sheetId: string, bound?: RangeBound, resized?: ResizedSumRanges): RawCellContent[][] {
  const parts = grid.sheetParts(sheetId);
  if (!parts) return [];
  const rowIndexes = grid.rowIndexes(sheetId);
  const colIndexes = grid.colIndexes(sheetId);
  const rows: RawCellContent[][] = [];
  parts.cells.forEach((stored, key) => {
    const at = key.indexOf(':');
    const row = rowIndexes.get(key.slice(0, at));
    const col = colIndexes.get(key.slice(at + 1));
    if (row === undefined || col === undefined) return; // its row or column is gone
    (rows[row] ??= [])[col] = engineContent(stored, sheetId, grid, bound && typeof stored === 'string' ? { range: bound, key, resized } : undefined);
  });
  // The engine wants every row an array and reads a gap within a row as an empty cell: rows
  // are filled in place rather than copied.
  for (let r = 0; r < rows.length; r++) {
    const cells = (rows[r] ??= []);
    for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
  }
  return rows;
}
