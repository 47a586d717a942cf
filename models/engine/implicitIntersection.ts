/**
 * Excel's implicit intersection: a range where one value is expected is read as the cell in
 * the formula's own row (a range one column wide) or column (one row high), on whichever sheet
 * the range is; #VALUE! when there is no such cell
 * (https://support.microsoft.com/office/implicit-intersection-operator-ce3be07b-0101-4450-a24e-c1c999be2b34).
 * Legacy Excel reads every plain formula so, and Excel 365 shows such a formula from a file with
 * the `@` operator (`=@A1:A9`), which the file stores as `_xlfn.SINGLE(A1:A9)`.
 *
 * SINGLE is that operator as a function: the .xlsx import wraps a range in it wherever a legacy
 * formula intersects (engineFormula.ts's legacyIntersection: `=A1:A9`, `=Sheet2!B2:B9*2`,
 * `=MATCH(A1:A9,…)`, a range name, OFFSET, INDIRECT, INDEX; typed, such a formula spills as in
 * Excel 365), and an imported `_xlfn.SINGLE(…)` computes as in Excel. It depends on the
 * whole range it names, so the engine recomputes it whenever any of those cells changes.
 */
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions, SimpleCellAddress } from 'hyperformula';
import type { FunctionResult, InterpreterState, ProcedureCall, RangeCell } from './functionPlugins.js';
import { SINGLE_TRANSLATIONS } from './singleFunctionName.js';

/** The cell of `range` that Excel intersects with a formula at `here`, or undefined (#VALUE!). */
export function intersectedCell(range: SimpleRangeValue, here: SimpleCellAddress): SimpleCellAddress | undefined {
  const area = range.range;
  if (area === undefined) return undefined;
  const { start } = area;
  const height = range.height();
  const width = range.width();
  // Along an axis the range spans one line, that line; else the formula's own line, if inside.
  const row = height === 1 ? start.row : here.row;
  const col = width === 1 ? start.col : here.col;
  if (row < start.row || row >= start.row + height || col < start.col || col >= start.col + width) return undefined;
  return { sheet: start.sheet, row, col };
}

/**
 * A range where one value is expected, as Excel reads it: its cell intersecting the formula's
 * row or column; an array that names no cells (`{1,2,3}`, a function's result) gives its first
 * value, as Excel's `@` does.
 */
export function intersectedValue(value: SimpleRangeValue, state: InterpreterState, readCell: (address: SimpleCellAddress) => RangeCell | SimpleRangeValue): RangeCell {
  if (value.range === undefined) return value.data[0]?.[0] ?? new CellError(ErrorType.VALUE, 'an empty array');
  const cell = intersectedCell(value, state.formulaAddress);
  if (cell === undefined) return new CellError(ErrorType.VALUE, 'the formula’s row or column is outside the range');
  const read = readCell(cell);
  return read instanceof SimpleRangeValue ? new CellError(ErrorType.VALUE, 'a range where one value was expected') : read;
}

class SinglePlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    SINGLE: { method: 'single', parameters: [{ argumentType: FunctionArgumentType.ANY }] },
  };

  single(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('SINGLE'), (argument: RangeCell | SimpleRangeValue): RangeCell =>
      argument instanceof SimpleRangeValue ? intersectedValue(argument, state, (address) => this.dependencyGraph.getCellValue(address)) : argument,
    );
  }
}

/** Adds SINGLE for engines built afterwards (idempotent). */
export function registerSingle(): void {
  HyperFormula.registerFunctionPlugin(SinglePlugin, SINGLE_TRANSLATIONS);
}
