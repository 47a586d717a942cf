/**
 * What a formula cell shows when its result is a blank: 0, as in Excel (`=Z1` with Z1 empty,
 * `=INDEX(B1:B9,3)` on a blank, https://support.microsoft.com/office/display-or-hide-zero-values-3ec7a433-46b8-4916-8c81-b1f0a5ed3f9b).
 * HyperFormula keeps the blank, so the grid showed nothing and the exported .xlsx had no cached
 * value (issue 11). Inside the engine the blank stays a blank (`=Z1&"x"` is "x", as in Excel);
 * only the value read out of a formula cell becomes 0.
 */
import type { HyperFormula, SimpleCellAddress } from 'hyperformula';
import type { CellValue } from './cellValue.js';

/** `value` as the cell at `address` shows it: a formula's blank result reads 0. */
export function shownValue(engine: HyperFormula, address: SimpleCellAddress, value: CellValue): CellValue {
  return value === null && engine.doesCellHaveFormula(address) ? 0 : value;
}
