/**
 * COUNTBLANK as Excel counts: over a range (never intersected with the formula's row, as a plain
 * formula's range in a one-value argument is), a blank cell and a cell whose formula gives empty
 * text ("") are both blank; a 0 is not, nor an error
 * (https://support.microsoft.com/en-us/excel/countblank-function: "Cells with formulas that
 * return "" (empty text) are also counted. Cells with zero values are not counted"; LibreOffice
 * 7.4 agrees). HyperFormula 3.5 declares its argument as one value, so a workbook's
 * `=COUNTBLANK(C1:C9)` counted only the cell beside the formula (implicit intersection,
 * engineFormula.ts), and it counted no "" at all. Registering replaces the engine's own; its
 * Danish name (ANTAL.BLANKE) is kept.
 */
import { CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';
import { replaceBuiltInFunctions } from './replaceFunctions.js';

class ExcelCountBlankPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    // ANY: a range is taken whole. The method reads its arguments itself: runFunction would answer an error cell's error.
    COUNTBLANK: { method: 'countblank', parameters: [{ argumentType: FunctionArgumentType.ANY }], repeatLastArgs: 1 },
  };

  countblank(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    if (ast.args.length === 0) return new CellError(ErrorType.NA, 'Wrong number of arguments.');
    let count = 0;
    for (const arg of ast.args) {
      const value: unknown = this.evaluateAst(arg, state);
      const cells: unknown[] = value instanceof SimpleRangeValue ? value.valuesFromTopLeftCorner() : [value];
      count += cells.filter((cell) => cell === EmptyValue || cell === '').length;
    }
    return count;
  }
}

/** Replaces HyperFormula's COUNTBLANK with Excel's (call before building engines). */
export function registerExcelCountBlank(): void {
  replaceBuiltInFunctions(ExcelCountBlankPlugin, ['COUNTBLANK']);
}
