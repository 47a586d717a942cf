/**
 * The formula whose spilled result fills a cell (`=SEQUENCE(5)` in A1 fills A2:A5), for the
 * formula bar, which shows that formula greyed as Excel does. The engine computes in a worker and
 * hands the page values only, so the block is read as the exports read it
 * (models/interchange/spilledCells.ts): from the formula's cell, right along its row and down its
 * column over cells without input that show a value. The nearest such formula to the left wins;
 * a formula of one value whose neighbours below are filled by another spill reads as their
 * anchor too (rare: two spills meeting under a plain formula).
 *
 * @example spillAnchor(cells, 3, 0) // → { row: 0, col: 0 } when A1 holds =SEQUENCE(5)
 */

/** What the grid knows of a cell, by position. */
export interface SpillCells {
  /** Whether the cell has input of its own (a value or a formula). */
  hasInput(row: number, col: number): boolean;
  /** Whether its input is a formula. */
  isFormula(row: number, col: number): boolean;
  /** Whether it shows a value (the engine's value is not blank). */
  showsValue(row: number, col: number): boolean;
}

/** Cells looked at for one answer: a spill past it shows no formula (the bar must stay quick). */
const MAX_PROBES = 100_000;

/** The anchor of the spill filling (`row`, `col`), or undefined when the cell has input or shows nothing. */
export function spillAnchor(cells: SpillCells, row: number, col: number): { row: number; col: number } | undefined {
  let probes = 0;
  const spilled = (r: number, c: number): boolean => probes++ < MAX_PROBES && !cells.hasInput(r, c) && cells.showsValue(r, c);
  if (!spilled(row, col)) return undefined;
  for (let c = col; c >= 0; c--) {
    let top = row;
    while (top >= 0 && ((top === row && c === col) || spilled(top, c))) top--;
    if (top >= 0 && cells.isFormula(top, c) && rowSpilled(spilled, top, c + 1, col)) return { row: top, col: c };
    // Left of the cell, the anchor's column has the cell's row filled (or is the anchor's own row, above).
    if (top === row) return undefined;
    if (probes >= MAX_PROBES) return undefined;
  }
  return undefined;
}

function rowSpilled(spilled: (r: number, c: number) => boolean, row: number, from: number, to: number): boolean {
  for (let c = from; c <= to; c++) if (!spilled(row, c)) return false;
  return true;
}
