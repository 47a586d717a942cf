/**
 * The operations that put a pivot of actual figures into a live workspace: the sheet is created
 * when it does not exist; otherwise the figures are merged with what it holds (or replace it,
 * `mode`, actualsMerge.ts) in place: only cells whose content changes are written, cells the
 * sheet no longer holds are cleared, and a newer month grows the columns, so every formula that
 * reads the sheet keeps reading the same cells and sees the new figures. The data link (the
 * choices) is saved in the same change.
 *
 * @example applyOperations(doc, actualsOperations(doc, pivot, 'Jobindsats', link, 'merge').ops, origin)
 */
import type * as Y from 'yjs';
import { newIdentity } from '../workbook/identities.js';
import { formatCellAddress, parseCellAddress } from '../workbook/cellAddress.js';
import { storedCells } from '../workbook/readCells.js';
import { workbookGrid } from '../workbook/WorkbookGrid.js';
import { NEW_SHEET_COLUMNS, NEW_SHEET_ROWS, type CellEdit, type WorkbookOperation } from '../operations/workbookOperation.js';
import type { ActualsPivot } from './actualsPivot.js';
import { cellsOfFigures, figuresOfCells, sheetAfterImport, type ActualsMode } from './actualsMerge.js';
import { actualsSheetCells } from './actualsSheet.js';
import type { DataLink } from './dataLink.js';

export interface ActualsPlan {
  sheetId: string;
  created: boolean;
  ops: WorkbookOperation[];
}

export function actualsOperations(doc: Y.Doc, pivot: ActualsPivot, sheetName: string, link: DataLink, mode: ActualsMode = 'merge'): ActualsPlan {
  const grid = workbookGrid(doc);
  const existing = grid.sheetIdByName(sheetName);
  if (existing === undefined) {
    const cells: CellEdit[] = Object.entries(actualsSheetCells(pivot)).map(([address, input]) => ({ ...parseCellAddress(address)!, input }));
    const sheetId = newIdentity(doc);
    const rows = Math.max(NEW_SHEET_ROWS, pivot.rowLabels.length + 1);
    const cols = Math.max(NEW_SHEET_COLUMNS, pivot.periods.length + 1);
    return {
      sheetId,
      created: true,
      ops: [{ type: 'addSheet', sheetId, name: sheetName, rows, cols }, { type: 'setCells', sheetId, cells }, { type: 'putDataLink', sheetId, link }],
    };
  }
  const stored = storedCells(grid, existing);
  const layout = cellsOfFigures(sheetAfterImport(figuresOfCells(stored), pivot, mode));
  const held = new Map(stored.map((c) => [formatCellAddress(c), c.stored]));
  const clears: CellEdit[] = stored.filter((c) => !(formatCellAddress(c) in layout)).map((c) => ({ row: c.row, col: c.col, input: null }));
  const writes: CellEdit[] = Object.entries(layout)
    .filter(([address, input]) => held.get(address) !== input)
    .map(([address, input]) => ({ ...parseCellAddress(address)!, input }));
  return {
    sheetId: existing,
    created: false,
    ops: [{ type: 'setCells', sheetId: existing, cells: [...clears, ...writes] }, { type: 'putDataLink', sheetId: existing, link }],
  };
}
