/**
 * INDEX as Excel computes it. HyperFormula 3.5 always reads the second argument as the row, so
 * `=INDEX(G1:K1,3)` (one index into a one-row range, common for a month in a projection row)
 * gave #NUM!; Excel takes the single index along the row. An index past the range is #REF! in
 * Excel (HyperFormula: #NUM!), below 1 is #VALUE!, and fractional indexes are truncated.
 * A blank cell comes back blank: a formula whose result is blank holds 0, as in Excel (the
 * engine's `evaluateNullToZero`, engineConfig.ts), while `INDEX(…)&"x"` still reads it as empty text.
 * Not done: an index of 0 (a whole row or column) is #VALUE!, as before (see README, known deviations).
 */
import { CellError, ErrorType, FunctionPlugin, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { FunctionResult, InterpreterState, ProcedureCall, RangeCell } from './functionPlugins.js';
import { builtInMetadata, replaceBuiltInFunctions } from './replaceFunctions.js';

class ExcelIndexPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {};

  index(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    const columnGiven = ast.args.length >= 3;
    return this.runFunction(ast.args, state, this.metadata('INDEX'), (range: SimpleRangeValue, first: number, second: number) => {
      let row = Math.trunc(first);
      let col = Math.trunc(second);
      // One index into a one-row range counts along the row (Excel's INDEX(array, n) on a row vector).
      if (!columnGiven && range.height() === 1 && range.width() > 1) [row, col] = [1, row];
      if (row < 1 || col < 1) return new CellError(ErrorType.VALUE, 'INDEX counts from 1 (0, a whole row or column, is not supported)');
      if (row > range.height() || col > range.width()) return new CellError(ErrorType.REF, 'index outside the range');
      const value = this.cellOf(range, row - 1, col - 1);
      return value === undefined ? new CellError(ErrorType.REF, 'index outside the range') : value;
    });
  }

  /**
   * The value at (row, col) counted from the range's top left. A range of the sheet is read at
   * that one cell: `range.data` computes every cell of the range first, and the template's
   * `INDEX(Jobindsats!$B$2:$CZ$99, …)` (10,000 cells, twice per month) made that most of each
   * recalculation of a goal seek. The cell reads as `data` would have given it.
   */
  private cellOf(range: SimpleRangeValue, row: number, col: number): RangeCell | undefined {
    const area = range.range;
    if (area === undefined) return range.data[row]?.[col];
    const value = this.dependencyGraph.getCellValue({ sheet: area.start.sheet, row: area.start.row + row, col: area.start.col + col });
    return value instanceof SimpleRangeValue ? new CellError(ErrorType.VALUE, 'a range where one value was expected') : value;
  }
}

/** Replaces HyperFormula's INDEX with Excel's (call before building engines). */
export function registerExcelIndex(): void {
  ExcelIndexPlugin.implementedFunctions = { INDEX: { ...builtInMetadata('INDEX'), method: 'index' } };
  replaceBuiltInFunctions(ExcelIndexPlugin, ['INDEX']);
}
