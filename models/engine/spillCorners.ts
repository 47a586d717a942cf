/**
 * Which formula's spilled result a cell holds or is filled by, as the engine itself holds it:
 * HyperFormula keeps each spilled result by its corner with its width and height. The formula
 * bar shows that formula greyed in a cell it fills, as Excel does; before, the page guessed the
 * formula from the cells' values and could name a plain formula above two spills meeting
 * (client/src/grid/spillAnchor.ts, now only until the engine worker has answered).
 *
 * @example spillCornerOf(hf, sheets, 'ark1', 3, 0) // → { row: 0, col: 0 } when A1 holds =SEQUENCE(5)
 */
import type { HyperFormula } from 'hyperformula';
import type { CellPosition } from '../workbook/cellAddress.js';

/**
 * The corner of the spilled result the cell holds or is filled by (the corner itself for the
 * formula's own cell), or undefined where none is: exactly the cells HyperFormula counts as part
 * of an array. `sheets` gives the engine's sheet of a document sheet.
 */
export function spillCornerOf(hf: HyperFormula, sheets: { hfId(sheetId: string): number | undefined }, sheetId: string, row: number, col: number): CellPosition | undefined {
  const sheet = sheets.hfId(sheetId);
  if (sheet === undefined || !hf.isCellPartOfArray({ sheet, row, col })) return undefined;
  // HyperFormula's spilled results by corner (its dependency graph's array mapping, as arrayBound.ts reads it).
  for (const result of hf.dependencyGraph.arrayMapping.arrayMapping.values()) {
    const range = result.getRangeOrUndef();
    if (range?.addressInRange({ sheet, row, col })) return { row: range.start.row, col: range.start.col };
  }
  // Part of an array the mapping does not list (HyperFormula's internals changed): the cell itself.
  return { row, col };
}
