/**
 * INDEX as Excel computes it. HyperFormula 3.5 always reads the second argument as the row, so
 * `=INDEX(G1:K1,3)` (one index into a one-row range, common for a month in a projection row)
 * gave #NUM!; Excel takes the single index along the row. An index past the range is #REF! in
 * Excel (HyperFormula: #NUM!), below 1 is #VALUE!, and fractional indexes are truncated.
 * A blank cell comes back blank: a formula whose result is blank holds 0, as in Excel (the
 * engine's `evaluateNullToZero`, engineConfig.ts), while `INDEX(…)&"x"` still reads it as empty text.
 * An index of 0 is the whole row or column (`SUM(INDEX(r,0,3))`; `=INDEX(r,0,3)` spills it).
 */
import { ArraySize, CellError, ErrorType, FunctionPlugin, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { FunctionResult, InterpreterState, ProcedureCall, RangeCell } from './functionPlugins.js';
import { literalCount, plainCell, resultRange } from './functionPlugins.js';
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
      if (row < 0 || col < 0) return new CellError(ErrorType.VALUE, 'INDEX counts from 1 (0 is a whole row or column)');
      if (row > range.height() || col > range.width()) return new CellError(ErrorType.REF, 'index outside the range');
      if (row === 0 || col === 0) return this.part(range, row, col);
      const value = this.cellOf(range, row - 1, col - 1);
      return value === undefined ? new CellError(ErrorType.REF, 'index outside the range') : value;
    });
  }

  /**
   * The size of INDEX's result, read before it is computed (the engine reserves a spill from it): a
   * row or column index written as 0 (`=INDEX(B2:M20,0,3)`) gives the whole column or row, which
   * spills as in Excel 365; any other index, or one computed, one value (a computed 0 spills once
   * computed: the engine notes the part's size and reserves it, spillResizing.ts).
   */
  indexSize(ast: ProcedureCall, state: InterpreterState): ArraySize {
    const [rangeAst, rowAst, colAst] = ast.args;
    if (rangeAst === undefined) return ArraySize.scalar();
    const columnGiven = ast.args.length >= 3;
    const size = this.arraySizeForAst(rangeAst, state);
    let row = literalCount(rowAst);
    let col = columnGiven ? literalCount(colAst) : 1;
    if (!columnGiven && size.height === 1 && size.width > 1) [row, col] = [1, row];
    if (row !== 0 && col !== 0) return ArraySize.scalar();
    return new ArraySize(col === 0 ? size.width : 1, row === 0 ? size.height : 1);
  }

  /**
   * A whole column (`row` 0), row (`col` 0) or the range itself (both 0), as Excel's INDEX gives
   * it: `SUM(INDEX(B2:M20,0,3))` sums the range's third column. It reads only cells inside the
   * range the formula names, so the engine's dependencies cover it. Written with 0, the engine
   * reserves its spill (`indexSize`) and the part spills as in Excel 365 (`=INDEX(B2:M20,0,3)`);
   * a legacy formula holds it as `SINGLE(INDEX(…))`, Excel 365's `@`, which intersects the part.
   * A 0 computed (`=INDEX(B2:M20,A1,3)`) spills too, once computed (spillSizeHints.ts).
   */
  private part(range: SimpleRangeValue, row: number, col: number): RangeCell | SimpleRangeValue {
    const rows = row === 0 ? Array.from({ length: range.height() }, (_, i) => i) : [row - 1];
    const cols = col === 0 ? Array.from({ length: range.width() }, (_, i) => i) : [col - 1];
    const area = range.range;
    // A part of the sheet stays a reference, as Excel's INDEX gives one: `@INDEX(…)` (SINGLE)
    // intersects it with the formula's row, and COUNTA or ROWS read the cells themselves.
    if (area !== undefined && rows.length * cols.length > 1) {
      const part = area.rangeWithSameWidth(area.start.row + rows[0]!, rows.length).rangeWithSameHeight(area.start.col + cols[0]!, cols.length);
      return SimpleRangeValue.onlyRange(part, this.dependencyGraph);
    }
    const cells = rows.map((r) => cols.map((c) => this.cellOf(range, r, c) ?? new CellError(ErrorType.REF, 'index outside the range')));
    if (cells.length === 1 && cells[0]!.length === 1) return cells[0]![0]!;
    return resultRange(cells.map((line) => line.map(plainCell)));
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
  ExcelIndexPlugin.implementedFunctions = { INDEX: { ...builtInMetadata('INDEX'), method: 'index', sizeOfResultArrayMethod: 'indexSize' } };
  replaceBuiltInFunctions(ExcelIndexPlugin, ['INDEX']);
}
