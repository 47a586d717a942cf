/**
 * The workbook as the engine is built from it: each sheet's rows of cell contents, formulas
 * decoded to A1, empty places null, and the bound its oversized ranges are cut to
 * (rangeBound.ts). An engine build reads every cell of the workbook (12,100 formulas in the large
 * benchmark), so the cells are read in one pass straight into the rows, which also finds the data's
 * extent the bound needs; the formulas, noted on the way, are decoded once the bound is known.
 * A list of cell records in between, copied again to fill the gaps, cost about a tenth of the
 * build, and finding the extent in a pass of its own about a twentieth (bench/README.md, engine.large).
 */
import type { RawCellContent } from 'hyperformula';
import { isFormula } from '../formula/a1References.js';
import type { WorkbookGrid } from '../workbook/WorkbookGrid.js';
import { BuildIdentities } from './buildIdentities.js';
import { engineContent, engineFormulaText } from './engineContent.js';
import type { OffsetFormulas } from './offsetAreas.js';
import { RangeBound } from './rangeBound.js';
import type { ResizedSumRanges } from './sumRangeSize.js';
import type { SpilledRangeFormulas } from './spilledRangeReferences.js';

export interface EngineWorkbookContents {
  /** Each shown sheet's rows by its name (no prototype: a sheet may be named "__proto__"). */
  sheets: Record<string, RawCellContent[][]>;
  bound: RangeBound;
}

/** A sheet read, its formulas not yet decoded: where they are, and their cells' keys. */
interface ReadSheet {
  sheetId: string;
  rows: RawCellContent[][];
  formulaRows: number[];
  formulaCols: number[];
  formulaKeys: string[];
}

/** `resized` records the formulas given a resized SUMIF/AVERAGEIF sum range (sumRangeSize.ts), `offsets` those using OFFSET (offsetAreas.ts), `spilled` those using `A1#` (spilledRangeReferences.ts). */
export function engineWorkbookContents(grid: WorkbookGrid, resized?: ResizedSumRanges, offsets?: OffsetFormulas, spilled?: SpilledRangeFormulas): EngineWorkbookContents {
  const sheets = Object.create(null) as Record<string, RawCellContent[][]>;
  const read: ReadSheet[] = [];
  // The data's extent, as dataExtent (rangeBound.ts) finds it: every cell in a row and column of
  // its sheet, whatever it holds.
  let extentRows = 0;
  let extentCols = 0;
  let cells = 0;
  for (const { id, name } of grid.listSheets()) {
    const sheet: ReadSheet = { sheetId: id, rows: [], formulaRows: [], formulaCols: [], formulaKeys: [] };
    sheets[name] = sheet.rows;
    read.push(sheet);
    const parts = grid.sheetParts(id);
    if (!parts) continue;
    const rowIndexes = grid.rowIndexes(id);
    const colIndexes = grid.colIndexes(id);
    const { rows } = sheet;
    parts.cells.forEach((stored, key) => {
      const at = key.indexOf(':');
      const row = rowIndexes.get(key.slice(0, at));
      const col = colIndexes.get(key.slice(at + 1));
      if (row === undefined || col === undefined) return; // its row or column is gone
      cells++;
      if (row >= extentRows) extentRows = row + 1;
      if (col >= extentCols) extentCols = col + 1;
      if (isFormula(stored)) {
        // Kept stored for now; decoded below, once the bound is known.
        (rows[row] ??= [])[col] = stored as string;
        sheet.formulaRows.push(row);
        sheet.formulaCols.push(col);
        sheet.formulaKeys.push(key);
      } else {
        (rows[row] ??= [])[col] = engineContent(stored, id, grid);
      }
    });
  }
  const bound = new RangeBound({ rows: extentRows, cols: extentCols, cells });
  const identities = new BuildIdentities(grid);
  for (const { sheetId, rows, formulaRows, formulaCols, formulaKeys } of read) {
    for (let i = 0; i < formulaKeys.length; i++) {
      const cellsOfRow = rows[formulaRows[i]!]!;
      const col = formulaCols[i]!;
      cellsOfRow[col] = engineFormulaText(cellsOfRow[col] as string, sheetId, identities, { range: bound, key: formulaKeys[i]!, resized, offsets, spilled });
    }
    // The engine wants every row an array and reads a gap within a row as an empty cell: rows
    // are filled in place rather than copied.
    for (let r = 0; r < rows.length; r++) {
      const cellsOfRow = (rows[r] ??= []);
      for (let c = 0; c < cellsOfRow.length; c++) if (cellsOfRow[c] === undefined) cellsOfRow[c] = null;
    }
  }
  return { sheets, bound };
}
