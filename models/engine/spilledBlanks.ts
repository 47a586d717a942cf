/**
 * A blank carried into a spilled result shows 0, as Excel spills it: `=TAKE(A1:B3,2)`,
 * `=DROP(A1:B3,1)`, `=SORT(A1:A3)`, `=SORTBY(…)`, `=TRANSPOSE(A1:C1)`, `=FILTER(A1:A5,B1:B5>0)`,
 * `=UNIQUE(…)`, `=VSTACK(…)` … with A2 blank hold 0 in its place (Microsoft's TOCOL page, example
 * 2: "Blank values return 0", https://support.microsoft.com/en-us/excel/tocol-function). The
 * spilled cell holds the number, so the grid, the values API, the CSV and .xlsx exports and goals
 * read 0, and a formula reading the spilled cells sees a number (COUNT counts it, ISBLANK is
 * FALSE), as they see the 0 of `=Z1` on a blank Z1 (`evaluateNullToZero`, engineConfig.ts, which
 * HyperFormula applies to one value but not to an array).
 *
 * Only where the result meets the sheet: inside a formula an array keeps its blanks, as in Excel,
 * where the 0 appears "at the last step, when it inserts the value into the worksheet"
 * (`=UNIQUE(FILTER(A2:A3,TRUE))` over a 0 and a blank spills two zeros,
 * https://stackoverflow.com/questions/72146462), so
 * `=LET(data,VSTACK(…),FILTER(data,CHOOSECOLS(data,1)<>""))` drops the blank rows
 * (https://exceljet.net/formulas/combine-data-in-multiple-worksheets), `TOCOL(VSTACK(…),1)` drops
 * the blanks, and over TAKE and DROP, which Excel computes as a reference into the range they cut,
 * `COUNTA(TAKE(A1:A3,2))` counts only the filled cells and `COUNTBLANK` the blank ones.
 * Not blank: a formula's empty text `""` stays "" (Excel shows empty text, not 0), and the places
 * a result leaves over in the spill reserved for it (FILTER's rows not kept, TOCOL's ignored
 * blanks) stay empty: HyperFormula pads the result to its spill after this, until the engine
 * resizes the spill to the result (spillResizing.ts).
 */
import { EmptyValue, SimpleRangeValue } from 'hyperformula';
import { engineInternals } from './engineInternals.js';

type SetValue = (this: object, value: unknown) => unknown;

/** `result` with each blank 0; `result` itself when it has none (most results: no copy). */
function spilledValues(result: SimpleRangeValue): SimpleRangeValue {
  const rows = result.data;
  if (!rows.some((row) => row.includes(EmptyValue))) return result;
  return SimpleRangeValue.onlyValues(rows.map((row) => row.map((cell) => (cell === EmptyValue ? 0 : cell))));
}

let installed = false;

/** Makes every engine show a spilled blank as 0 (idempotent). Call before engines are built. */
export function showSpilledBlanksAsZero(): void {
  if (installed) return;
  const { spilledResult } = engineInternals();
  const setValue = spilledResult.setCellValue;
  if (typeof setValue !== 'function') throw new Error("HyperFormula's spilled-result cell has no setCellValue: spilledBlanks.ts needs updating");
  installed = true;
  spilledResult.setCellValue = function (this: object, value: unknown): unknown {
    return (setValue as SetValue).call(this, value instanceof SimpleRangeValue ? spilledValues(value) : value);
  };
}
