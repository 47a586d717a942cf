/**
 * How references follow a block of cells that `moveCells` moves (moveCells.ts), within a sheet or
 * to another one, as in Excel: a reference to a moved cell points at its new place; a range
 * follows only when it lies wholly inside the block; a single reference to a destination cell the
 * block overwrites reads `#REF!`. A formula moving with the block keeps pointing at what it
 * pointed at, so on another sheet its references to the rest of its old sheet name that sheet.
 */
import { formatStoredReference, splitStoredFormula, type StoredReference } from '../formula/storedFormula.js';

/** The block in identity terms: where each source row and column goes, and what is overwritten. */
export interface Relocation {
  /** The block's sheet, and the sheet it goes to (the same one for a move within a sheet). */
  fromSheetId: string;
  toSheetId: string;
  /** Source row (column) id → the destination sheet's row (column) id at the block's new place. */
  rows: ReadonlyMap<string, string>;
  cols: ReadonlyMap<string, string>;
  /** The destination sheet's rows and columns under the block: a cell in both is overwritten. */
  destRows: ReadonlySet<string>;
  destCols: ReadonlySet<string>;
}

type Endpoint = StoredReference['start'];

const REF_ERROR = '#REF!';

/** Where a cell of the block's sheet goes, or null when the cell is not in the block. */
export function destinationOf(move: Relocation, rowId: string | undefined, colId: string | undefined): [rowId: string, colId: string] | null {
  const row = rowId === undefined ? undefined : move.rows.get(rowId);
  const col = colId === undefined ? undefined : move.cols.get(colId);
  return row === undefined || col === undefined ? null : [row, col];
}

/** True when the destination sheet's cell lies under the block's new place. */
export function isOverwritten(move: Relocation, rowId: string | undefined, colId: string | undefined): boolean {
  return rowId !== undefined && colId !== undefined && move.destRows.has(rowId) && move.destCols.has(colId);
}

/**
 * A stored formula with its references following the move, or the same string when none changes.
 * `host` is the sheet the formula lives on ('' for a goal, whose references all name their sheet)
 * and `newHost` the one it lives on after the move: another only for a formula in the block moving
 * to another sheet.
 *
 * @example followMove('=⟦c1,r1⟧*2', 's1', 's1', move) // '=⟦s2!c5,r1⟧*2' when s1's A1 went to s2's E1
 */
export function followMove(stored: string, host: string, newHost: string, move: Relocation): string {
  let changed = false;
  const text = splitStoredFormula(stored).map((segment) => {
    if (segment.kind === 'text') return segment.text;
    const next = followReference(segment.ref, host, newHost, move);
    if (next === segment.ref) return formatStoredReference(next);
    changed = true;
    return next === REF_ERROR ? REF_ERROR : formatStoredReference(next);
  });
  return changed ? text.join('') : stored;
}

/** The reference after the move: the same object when it does not change. */
function followReference(ref: StoredReference, host: string, newHost: string, move: Relocation): StoredReference | typeof REF_ERROR {
  const sheet = ref.sheetId ?? host;
  const moved = (e: Endpoint): [string, string] | null => (sheet === move.fromSheetId ? destinationOf(move, e.rowId, e.colId) : null);
  const start = moved(ref.start);
  const end = ref.end ? moved(ref.end) : undefined;
  if (start && end !== null) {
    const sheetId = qualifier(ref, sheet, move.toSheetId, newHost);
    const at = (e: Endpoint, [rowId, colId]: [string, string]): Endpoint => ({ ...e, rowId, colId });
    return { sheetId, start: at(ref.start, start), ...(ref.end && end ? { end: at(ref.end, end) } : {}) };
  }
  if (!ref.end && sheet === move.toSheetId && isOverwritten(move, ref.start.rowId, ref.start.colId)) return REF_ERROR;
  const sheetId = qualifier(ref, sheet, sheet, newHost);
  return sheetId === ref.sheetId ? ref : { ...ref, sheetId };
}

/**
 * The sheet a reference names after the move: as it was while its sheet and host stay (Excel
 * keeps `Ark2!A1` in a formula moved onto Ark2); otherwise only when the sheet is not the
 * formula's host.
 */
function qualifier(ref: StoredReference, sheet: string, target: string, newHost: string): string | undefined {
  if (ref.sheetId !== undefined && target === sheet) return ref.sheetId;
  return target === newHost ? undefined : target;
}
