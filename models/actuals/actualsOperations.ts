/**
 * The operations that put a pivot of actual figures into a live workspace: the sheet is created
 * when it does not exist; otherwise its cells are overwritten in place (by position, so every
 * formula that reads the sheet keeps reading the same cells and sees the new figures), cells the
 * new figures no longer fill are cleared, and a newer month grows the columns. The data link
 * (the choices) is saved in the same change.
 *
 * @example applyOperations(doc, actualsOperations(doc, pivot, 'Jobindsats', link), origin)
 */
import type * as Y from 'yjs';
import { newIdentity } from '../workbook/identities.js';
import { parseCellAddress } from '../workbook/cellAddress.js';
import { storedCells } from '../workbook/readCells.js';
import { workbookGrid } from '../workbook/WorkbookGrid.js';
import { NEW_SHEET_COLUMNS, NEW_SHEET_ROWS, type CellEdit, type WorkbookOperation } from '../operations/workbookOperation.js';
import type { ActualsPivot } from './actualsPivot.js';
import { actualsSheetCells } from './actualsSheet.js';
import type { DataLink } from './dataLink.js';

export interface ActualsPlan {
  sheetId: string;
  created: boolean;
  ops: WorkbookOperation[];
}

export function actualsOperations(doc: Y.Doc, pivot: ActualsPivot, sheetName: string, link: DataLink): ActualsPlan {
  const grid = workbookGrid(doc);
  const existing = grid.sheetIdByName(sheetName);
  const cells: CellEdit[] = Object.entries(actualsSheetCells(pivot)).map(([address, input]) => ({ ...parseCellAddress(address)!, input }));
  if (existing === undefined) {
    const sheetId = newIdentity(doc);
    const rows = Math.max(NEW_SHEET_ROWS, pivot.rowLabels.length + 1);
    const cols = Math.max(NEW_SHEET_COLUMNS, pivot.periods.length + 1);
    return {
      sheetId,
      created: true,
      ops: [{ type: 'addSheet', sheetId, name: sheetName, rows, cols }, { type: 'setCells', sheetId, cells }, { type: 'putDataLink', sheetId, link }],
    };
  }
  const written = new Set(cells.map((c) => `${c.row}:${c.col}`));
  const clears: CellEdit[] = storedCells(grid, existing)
    .filter((c) => !written.has(`${c.row}:${c.col}`))
    .map((c) => ({ row: c.row, col: c.col, input: null }));
  return {
    sheetId: existing,
    created: false,
    ops: [{ type: 'setCells', sheetId: existing, cells: [...clears, ...cells] }, { type: 'putDataLink', sheetId: existing, link }],
  };
}
