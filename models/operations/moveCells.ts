/**
 * Moving a block of cells within a sheet (cut and paste), as in Excel: inputs, formats and
 * scenario inputs go to the destination and leave the source empty; every formula in the
 * workbook that pointed at a moved cell now points at its new place, including formulas inside
 * the block, which therefore keep pointing at what they pointed at. A single reference to a
 * destination cell that was overwritten reads `#REF!`. A range follows only when it lies wholly
 * inside the block (Excel leaves a range that the block only partly covers as it was).
 *
 * Concurrency: the move is one transaction in identity terms. A colleague's concurrent edit of a
 * source cell stays at the source, and a formula typed concurrently against a moved cell points at
 * the source; every peer reads the same result.
 */
import * as Y from 'yjs';
import { formatStoredReference, splitStoredFormula, type StoredReference } from '../formula/storedFormula.js';
import { inputKey, parseInputKey, scenarioInputsMap } from '../scenarios/scenarioModel.js';
import type { WorkbookGrid } from '../workbook/WorkbookGrid.js';
import { cellKey, scenariosArray, sheetParts, splitCellKey } from '../workbook/workbookSchema.js';
import { checkPosition } from './cellEdits.js';
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
  /** Where the block's top-left cell goes. */
  toRow: number;
  toCol: number;
}

/** The block in identity terms: where each source row and column goes, and what is overwritten. */
interface Relocation {
  rows: Map<string, string>;
  cols: Map<string, string>;
  destRows: Set<string>;
  destCols: Set<string>;
}

function checkMove(op: MoveCells): void {
  if (!Number.isInteger(op.rows) || !Number.isInteger(op.cols) || op.rows < 1 || op.cols < 1) {
    throw new WorkbookOperationError(`cannot move a block of ${op.rows} × ${op.cols} cells`, 'out-of-range');
  }
  checkPosition(op.row, op.col);
  checkPosition(op.row + op.rows - 1, op.col + op.cols - 1);
  checkPosition(op.toRow, op.toCol);
  checkPosition(op.toRow + op.rows - 1, op.toCol + op.cols - 1);
}

/** Source lines beyond the grid hold nothing, so only existing ones get a destination identity. */
function relocateAxis(ids: () => readonly string[], from: number, to: number, count: number, idAt: (index: number) => string): [Map<string, string>, Set<string>] {
  const moves = new Map<string, string>();
  const source = ids().slice(from, from + count);
  source.forEach((id, i) => moves.set(id, idAt(to + i)));
  return [moves, new Set(ids().slice(to, to + count))];
}

export function moveCells(grid: WorkbookGrid, op: MoveCells): void {
  const sheet = requireSheet(grid, op.sheetId);
  checkMove(op);
  if (op.row === op.toRow && op.col === op.toCol) return;
  const { sheetId } = op;
  const [rows, destRows] = relocateAxis(() => grid.rowIds(sheetId), op.row, op.toRow, op.rows, (i) => grid.rowIdAt(sheetId, i));
  const [cols, destCols] = relocateAxis(() => grid.colIds(sheetId), op.col, op.toCol, op.cols, (i) => grid.colIdAt(sheetId, i));
  const move: Relocation = { rows, cols, destRows, destCols };
  // References first: the formulas inside the block are rewritten where they stand, then moved.
  rewriteStoredFormulas(grid.doc, (stored, host) => followMove(stored, host, sheetId, move));
  const { cells, formats } = sheetParts(sheet);
  relocate(cells, move, (key) => splitCellKey(key), ([rowId, colId]) => cellKey(rowId, colId));
  relocate(formats, move, (key) => splitCellKey(key), ([rowId, colId]) => cellKey(rowId, colId));
  for (const scenario of scenariosArray(grid.doc)) {
    if (!(scenario.get('inputs') instanceof Y.Map)) continue;
    relocate(
      scenarioInputsMap(scenario),
      move,
      (key) => {
        const cell = parseInputKey(key);
        return cell?.sheetId === sheetId ? [cell.rowId, cell.colId] : null;
      },
      ([rowId, colId]) => inputKey({ sheetId, rowId, colId }),
    );
  }
}

/** Moves the entries of one map keyed by cell; destination entries not replaced are removed. */
function relocate<T>(map: Y.Map<T>, move: Relocation, parse: (key: string) => [string, string] | null, key: (ids: [string, string]) => string): void {
  const next = new Map<string, T>();
  const touched: string[] = [];
  for (const [k, value] of map.entries()) {
    const ids = parse(k);
    if (!ids) continue;
    const [rowId, colId] = ids;
    const rowTo = move.rows.get(rowId);
    const colTo = move.cols.get(colId);
    if (rowTo !== undefined && colTo !== undefined) {
      touched.push(k);
      next.set(key([rowTo, colTo]), value);
    } else if (move.destRows.has(rowId) && move.destCols.has(colId)) {
      touched.push(k);
    }
  }
  for (const k of touched) if (!next.has(k)) map.delete(k);
  for (const [k, value] of next) if (map.get(k) !== value) map.set(k, value);
}

function followMove(stored: string, host: string, sheetId: string, move: Relocation): string {
  let changed = false;
  const inBlock = (e: StoredReference['start']): boolean =>
    e.rowId !== undefined && e.colId !== undefined && move.rows.has(e.rowId) && move.cols.has(e.colId);
  const moved = (e: StoredReference['start']): StoredReference['start'] => ({ ...e, rowId: move.rows.get(e.rowId!), colId: move.cols.get(e.colId!) });
  const text = splitStoredFormula(stored).map((segment) => {
    if (segment.kind === 'text') return segment.text;
    const { ref } = segment;
    if ((ref.sheetId ?? host) !== sheetId) return formatStoredReference(ref);
    if (!ref.end) {
      if (inBlock(ref.start)) {
        changed = true;
        return formatStoredReference({ ...ref, start: moved(ref.start) });
      }
      const { rowId, colId } = ref.start;
      if (rowId !== undefined && colId !== undefined && move.destRows.has(rowId) && move.destCols.has(colId)) {
        changed = true;
        return '#REF!';
      }
      return formatStoredReference(ref);
    }
    if (!inBlock(ref.start) || !inBlock(ref.end)) return formatStoredReference(ref);
    changed = true;
    return formatStoredReference({ ...ref, start: moved(ref.start), end: moved(ref.end) });
  });
  return changed ? text.join('') : stored;
}
