/**
 * Moving a block of cells (cut and paste), within a sheet or to another sheet, as in Excel:
 * inputs, formats, Wrap Text, merged areas lying wholly inside the block (workbook/mergedMoves.ts)
 * and scenario inputs go to the destination and leave the source empty; every
 * formula in the workbook that pointed at a moved cell now points at its new place, and formulas
 * inside the block keep pointing at what they pointed at (movedReferences.ts says how). A single
 * reference to a destination cell that was overwritten reads `#REF!`. A range follows only when it
 * lies wholly inside the block (Excel leaves a range that the block only partly covers as it was).
 *
 * Concurrency: the move is one transaction in identity terms. A colleague's concurrent edit of a
 * source cell stays at the source, and a formula typed concurrently against a moved cell points at
 * the source; every peer reads the same result.
 */
import * as Y from 'yjs';
import { isFormula } from '../formula/a1References.js';
import { inputKey, parseInputKey, scenarioInputsMap } from '../scenarios/scenarioModel.js';
import type { WorkbookGrid } from '../workbook/WorkbookGrid.js';
import type { MergedArea } from '../workbook/mergedCells.js';
import { moveMergeProblem, type BlockMove } from '../workbook/mergedMoves.js';
import { readSettingsMap, settingsMap } from '../workbook/sheetSettings.js';
import { isHorizontalAlignment, type HorizontalAlignment } from '../workbook/cellAlignment.js';
import { recordMaps } from '../workbook/uniqueRecords.js';
import { cellKey, isCellFormat, isCellInput, scenariosArray, sheetParts, splitCellKey, type CellFormat, type CellInput } from '../workbook/workbookSchema.js';
import { checkPosition } from './cellEdits.js';
import { moveMerges } from './mergeEdits.js';
import { destinationOf, followMove, isOverwritten, type Relocation } from './movedReferences.js';
import { requireSheet } from './sheetEdits.js';
import { rewriteStoredFormulas } from './storedFormulas.js';
import { WorkbookOperationError } from './workbookOperation.js';

export interface MoveCells {
  sheetId: string;
  /** The block's top-left cell and size. */
  row: number;
  col: number;
  rows: number;
  cols: number;
  /** The sheet the block goes to; its own sheet when absent. */
  toSheetId?: string;
  /** Where the block's top-left cell goes. */
  toRow: number;
  toCol: number;
}

export function checkMove(op: MoveCells): void {
  if (!Number.isInteger(op.rows) || !Number.isInteger(op.cols) || op.rows < 1 || op.cols < 1) {
    throw new WorkbookOperationError(`cannot move a block of ${op.rows} × ${op.cols} cells`, 'out-of-range');
  }
  checkPosition(op.row, op.col);
  checkPosition(op.row + op.rows - 1, op.col + op.cols - 1);
  checkPosition(op.toRow, op.toCol);
  checkPosition(op.toRow + op.rows - 1, op.toCol + op.cols - 1);
}

/** The move as merged areas see it (workbook/mergedMoves.ts). */
export function blockMove(op: MoveCells): BlockMove {
  return { row: op.row, col: op.col, rows: op.rows, cols: op.cols, toRow: op.toRow, toCol: op.toCol, sameSheet: (op.toSheetId ?? op.sheetId) === op.sheetId };
}

/** Throws the operation's error when the block would land on part of a merged area it does not carry. */
export function checkMoveMerges(op: MoveCells, fromMerges: readonly MergedArea[], toMerges: readonly MergedArea[]): void {
  const problem = moveMergeProblem(fromMerges, toMerges, blockMove(op));
  if (problem !== null) throw new WorkbookOperationError(problem, 'out-of-range');
}

/**
 * One axis of the move. Source lines beyond the grid hold nothing, so only existing ones get a
 * destination identity; the destination's lines are read after `idAt` has grown its sheet.
 */
function relocateAxis(source: readonly string[], to: number, idAt: (index: number) => string, destIds: () => readonly string[]): [Map<string, string>, Set<string>] {
  const moves = new Map<string, string>();
  source.forEach((id, i) => moves.set(id, idAt(to + i)));
  return [moves, new Set(destIds().slice(to, to + source.length))];
}

function relocation(grid: WorkbookGrid, op: MoveCells, toSheetId: string): Relocation {
  const [rows, destRows] = relocateAxis(
    grid.rowIds(op.sheetId).slice(op.row, op.row + op.rows),
    op.toRow,
    (i) => grid.ensureRowId(toSheetId, i),
    () => grid.rowIds(toSheetId),
  );
  const [cols, destCols] = relocateAxis(
    grid.colIds(op.sheetId).slice(op.col, op.col + op.cols),
    op.toCol,
    (i) => grid.ensureColId(toSheetId, i),
    () => grid.colIds(toSheetId),
  );
  return { fromSheetId: op.sheetId, toSheetId, rows, cols, destRows, destCols };
}

export function moveCells(grid: WorkbookGrid, op: MoveCells): void {
  const from = requireSheet(grid, op.sheetId);
  const toSheetId = op.toSheetId ?? op.sheetId;
  const to = requireSheet(grid, toSheetId);
  checkMove(op);
  if (toSheetId === op.sheetId && op.row === op.toRow && op.col === op.toCol) return;
  const move = relocation(grid, op, toSheetId);
  // The block's formulas are rewritten for their new place while they still read from the old one;
  // the rewrite of every formula in the workbook then leaves the moved ones alone.
  // Only what a cell can hold moves: anything else (a hostile peer's Y.Map) leaves the source and
  // is not written again (a Yjs type cannot be inserted twice).
  const carry = (value: unknown): CellInput | undefined =>
    !isCellInput(value) ? undefined : typeof value === 'string' && isFormula(value) ? followMove(value, op.sheetId, toSheetId, move) : value;
  const carryFormat = (value: unknown): CellFormat | undefined => (isCellFormat(value) ? value : undefined);
  const carryInput = (value: unknown): CellInput | undefined => (isCellInput(value) ? value : undefined);
  const plans = [
    planRelocation(sheetEntries(sheetParts(from).cells), sheetEntries(sheetParts(to).cells), move, carry),
    planRelocation(sheetEntries(sheetParts(from).formats), sheetEntries(sheetParts(to).formats), move, carryFormat),
  ];
  const fromWrapped = readSettingsMap(from, 'wrapText');
  if (fromWrapped || readSettingsMap(to, 'wrapText')) {
    const wrapped = (value: unknown): true | undefined => (value === true ? true : undefined);
    plans.push(planRelocation(sheetEntries(fromWrapped ?? new Y.Map()), sheetEntries(settingsMap(to, 'wrapText')), move, wrapped));
  }
  const fromAligned = readSettingsMap(from, 'alignment');
  if (fromAligned || readSettingsMap(to, 'alignment')) {
    const aligned = (value: unknown): HorizontalAlignment | undefined => (isHorizontalAlignment(value) ? value : undefined);
    plans.push(planRelocation(sheetEntries(fromAligned ?? new Y.Map()), sheetEntries(settingsMap(to, 'alignment')), move, aligned));
  }
  for (const scenario of recordMaps(scenariosArray(grid.doc))) {
    const inputs = scenarioInputsMap(scenario);
    if (inputs) plans.push(planRelocation(scenarioEntries(inputs, op.sheetId), scenarioEntries(inputs, toSheetId), move, carryInput));
  }
  rewriteStoredFormulas(grid.doc, (stored, host) => followMove(stored, host, host, move));
  for (const plan of plans) plan();
  moveMerges(grid, op.sheetId, toSheetId, blockMove(op));
}

/** The entries of one map keyed by cell, on one sheet: its cells or formats, or a scenario's inputs there. */
interface CellEntries {
  map: Y.Map<unknown>;
  /** The cell a key names, or null when the key is not this sheet's. */
  cell(key: string): [rowId: string, colId: string] | null;
  key(rowId: string, colId: string): string;
}

function sheetEntries(map: Y.Map<unknown>): CellEntries {
  return { map, cell: splitCellKey, key: cellKey };
}

function scenarioEntries(map: Y.Map<unknown>, sheetId: string): CellEntries {
  return {
    map,
    cell: (key) => {
      const cell = parseInputKey(key);
      return cell?.sheetId === sheetId ? [cell.rowId, cell.colId] : null;
    },
    key: (rowId, colId) => inputKey({ sheetId, rowId, colId }),
  };
}

/**
 * Reads which entries move (their values passed through `carry`) and which destination entries
 * the block overwrites, and returns the change that moves them, made after the formulas' rewrite.
 */
function planRelocation<T>(from: CellEntries, to: CellEntries, move: Relocation, carry: (value: unknown) => T | undefined): () => void {
  const next = new Map<string, T>();
  const leaving = new Set<string>();
  for (const [key, value] of from.map.entries()) {
    const cell = from.cell(key);
    const destination = cell && destinationOf(move, ...cell);
    if (!destination) continue;
    leaving.add(key);
    const carried = carry(value);
    if (carried !== undefined) next.set(to.key(...destination), carried);
  }
  const gone = [...leaving].filter((key) => from.map !== to.map || !next.has(key));
  const overwritten = [...to.map.keys()].filter((key) => {
    const cell = to.cell(key);
    return cell !== null && isOverwritten(move, ...cell) && !next.has(key) && !(from.map === to.map && leaving.has(key));
  });
  return () => {
    for (const key of gone) from.map.delete(key);
    for (const key of overwritten) to.map.delete(key);
    for (const [key, value] of next) if (to.map.get(key) !== value) to.map.set(key, value);
  };
}
