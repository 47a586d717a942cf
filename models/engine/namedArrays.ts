/**
 * A defined name computing an array (`Dobbelt` = `=Data!$B$2:$B$4*2`) read by several formulas
 * gives each of them the same values. HyperFormula keeps the name's computed array as its value
 * and hands that very array to each formula reading the name; its operators write their result
 * into an array they take to be their own (`binaryRangeWrapper` on a computed, "ad hoc" array), so
 * `=SUM(Dobbelt*2)` doubled the name's values in place: with two such formulas the second read
 * 4× the cells and `=SUM(Dobbelt)` after them 8× (found by definedNames' randomized test once
 * `=Dobbelt*2` spilled). Now each read of a computed array is a copy of it.
 */
import { SimpleRangeValue } from 'hyperformula';
import { engineInternals } from './engineInternals.js';

type GetCellValue = (this: object, address: unknown) => unknown;

let installed = false;

/** Makes every engine hand out a copy of a computed array a cell (a defined name's) holds. Call once, before engines are built. */
export function copyNamedArrays(): void {
  if (installed) return;
  const { dependencyGraph } = engineInternals();
  const read = dependencyGraph.getCellValue as GetCellValue;
  if (typeof read !== 'function') throw new Error("HyperFormula's dependency graph changed: namedArrays.ts needs updating");
  installed = true;
  dependencyGraph.getCellValue = function (this: object, address: unknown): unknown {
    const value = read.call(this, address);
    return value instanceof SimpleRangeValue && value.isAdHoc() ? SimpleRangeValue.onlyValues(value.data.map((row) => row.slice())) : value;
  };
}
