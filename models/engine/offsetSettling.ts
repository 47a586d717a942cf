/**
 * After a change, the OFFSET formulas whose target moved are set again with their new target's
 * areas (offsetFunction.ts, offsetAreas.ts), until none moves: a target driven by another
 * OFFSET's result takes a pass more. WorkbookEngine calls this after building and after every
 * transaction it follows.
 */
import { DetailedCellError, ErrorType, type ExportedChange, type HyperFormula } from 'hyperformula';
import type { WorkbookGrid } from '../workbook/WorkbookGrid.js';
import { cellKey, splitCellKey } from '../workbook/workbookSchema.js';
import type { EngineSheets } from './EngineSheets.js';
import type { OffsetFormulas, OffsetPlaces } from './offsetAreas.js';
import { takeOffsetTargets } from './offsetFunction.js';
import type { RangeBound } from './rangeBound.js';

/** Passes of setting OFFSET formulas again after one change; each pass follows targets one OFFSET further. */
const MAX_OFFSET_PASSES = 8;

/** What settling reads of one engine, and how it sets a cell (`rowId:colId`) again. */
export interface OffsetEngine {
  hf: HyperFormula;
  offsets: OffsetFormulas;
  grid: WorkbookGrid;
  sheets: EngineSheets;
  bound: RangeBound;
  setCell(sheetId: string, key: string): void;
}

/**
 * Sets again every formula whose OFFSET target moved since it was set. `unstick`: first set again
 * those the engine holds in a circular reference through their areas, which it no longer
 * computes: their target may have moved on. Always takes the engine's reports, also those of a
 * formula naming FREMSKRIV.OFFSET itself (a hostile peer's), so none is left for the next change.
 */
export function settleOffsets(engine: OffsetEngine, unstick: boolean): ExportedChange[] {
  const { hf, offsets } = engine;
  const changes: ExportedChange[] = [];
  if (offsets.size === 0) {
    takeOffsetTargets(hf.graph);
    return changes;
  }
  const setAgain = (cells: ReadonlyArray<{ sheetId: string; key: string }>): void => {
    changes.push(...hf.batch(() => cells.forEach(({ sheetId, key }) => engine.setCell(sheetId, key))));
  };
  if (unstick) {
    const stuck = offsets.list().filter(({ sheetId, key }) => inCycle(engine, sheetId, key));
    for (const { sheetId, key } of stuck) offsets.forgetAreas(sheetId, key);
    if (stuck.length > 0) setAgain(stuck);
  }
  const places = offsetPlaces(engine);
  for (let pass = 0; pass < MAX_OFFSET_PASSES; pass++) {
    const moved = offsets.moved(takeOffsetTargets(hf.graph), places, engine.bound);
    if (moved.length === 0) break;
    setAgain(moved);
  }
  takeOffsetTargets(hf.graph);
  return changes;
}

/** The document's cell at an engine position, and an engine sheet's name. */
function offsetPlaces({ hf, grid, sheets }: OffsetEngine): OffsetPlaces {
  return {
    cellAt: (sheet, row, col) => {
      const sheetId = sheets.documentIds.get(sheet);
      if (sheetId === undefined) return undefined;
      const rowId = grid.rowIds(sheetId)[row];
      const colId = grid.colIds(sheetId)[col];
      return rowId === undefined || colId === undefined ? undefined : { sheetId, key: cellKey(rowId, colId) };
    },
    sheetName: (sheet) => hf.getSheetName(sheet),
  };
}

/** Whether the engine holds the cell's formula in a circular reference. */
function inCycle({ hf, grid, sheets }: OffsetEngine, sheetId: string, key: string): boolean {
  const [rowId, colId] = splitCellKey(key);
  const row = grid.rowIndex(sheetId, rowId);
  const col = grid.colIndex(sheetId, colId);
  const sheet = sheets.hfId(sheetId);
  if (row < 0 || col < 0 || sheet === undefined) return false;
  const value = hf.getCellValue({ sheet, row, col });
  return value instanceof DetailedCellError && value.type === ErrorType.CYCLE;
}
