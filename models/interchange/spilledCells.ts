/**
 * The cells a formula's spilled result fills (`=SORT(A1:A3)`, `=TRANSPOSE(…)`, `=ARRAYFORMULA(…)`):
 * they have no input of their own, so a writer going over the stored cells alone leaves those
 * values out. Found from each formula cell by walking right and down over cells without input
 * that show a value, as far as the sheet reaches.
 *
 * @example spilledCells(cells, (row, col) => engine.value(sheetId, row, col), { rows: 100, cols: 26 })
 */
import type { CellValue } from '../engine/cellValue.js';
import { isFormula } from '../formula/a1References.js';
import type { CellInput } from '../workbook/workbookSchema.js';

/** Cells probed on one sheet, all formulas together: a hostile sheet of formulas stays cheap. */
const MAX_PROBES = 1_000_000;

/** A formula's spilled result: its cell (the anchor) and the block it fills, anchor included. */
export interface SpillArea {
  row: number;
  col: number;
  rows: number;
  cols: number;
  /** The block's cells other than the anchor that show a value. */
  spilled: Array<{ row: number; col: number }>;
}

/**
 * The blocks formula results spill into. A block whose inside holds another cell's input is not
 * one formula's result (two spills side by side): it is left out, its cells still listed by
 * `spilledCells`.
 */
export function spillAreas(
  cells: ReadonlyArray<{ row: number; col: number; input: CellInput }>,
  value: (row: number, col: number) => CellValue,
  size: { rows: number; cols: number },
): { areas: SpillArea[]; spilled: Array<{ row: number; col: number }> } {
  const stored = new Set(cells.map(({ row, col }) => `${row}:${col}`));
  const shows = (row: number, col: number): boolean => !stored.has(`${row}:${col}`) && value(row, col) !== null;
  const found = new Map<string, { row: number; col: number }>();
  const areas: SpillArea[] = [];
  let probes = 0;
  for (const { row, col, input } of cells) {
    if (typeof input !== 'string' || !isFormula(input)) continue;
    let right = col + 1;
    while (right < size.cols && probes++ < MAX_PROBES && shows(row, right)) right++;
    let down = row + 1;
    while (down < size.rows && probes++ < MAX_PROBES && shows(down, col)) down++;
    if (right === col + 1 && down === row + 1) continue;
    const spilled: Array<{ row: number; col: number }> = [];
    let whole = true;
    for (let r = row; r < down; r++) {
      for (let c = col; c < right; c++) {
        if (r === row && c === col) continue;
        if (stored.has(`${r}:${c}`)) whole = false;
        else if (probes++ < MAX_PROBES && shows(r, c)) {
          found.set(`${r}:${c}`, { row: r, col: c });
          spilled.push({ row: r, col: c });
        }
      }
    }
    if (whole) areas.push({ row, col, rows: down - row, cols: right - col, spilled });
  }
  return { areas, spilled: [...found.values()] };
}

export function spilledCells(
  cells: ReadonlyArray<{ row: number; col: number; input: CellInput }>,
  value: (row: number, col: number) => CellValue,
  size: { rows: number; cols: number },
): Array<{ row: number; col: number }> {
  return spillAreas(cells, value, size).spilled;
}
