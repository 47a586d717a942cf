/**
 * SUMPRODUCT as Excel computes it: its arguments are arrays, so an expression over ranges is
 * evaluated element by element (`=SUMPRODUCT(C6:AT6,--($C$4:$AT$4="Fremskrevet"))`,
 * `=SUMPRODUCT((A1:A10>0)*A1:A10)`), and entries that are not numbers (text such as "5", logical
 * values, blanks) count as 0 (https://support.microsoft.com/office/sumproduct-function-16753e75-9f68-4874-94ac-4d2145a2fd2e).
 * HyperFormula 3.5 runs with array arithmetic off (engineConfig.ts), so those arguments were
 * #VALUE!, and it coerced the text "5" to 5. Here only SUMPRODUCT's own arguments are evaluated
 * as arrays (HyperFormula's `enableArrayArithmeticForArguments`), as Excel did before dynamic
 * arrays; a formula elsewhere keeps its single-value meaning.
 * Registering replaces the engine's SUMPRODUCT; its Danish name (SUMPRODUKT) is kept.
 */
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';
import { plainCell } from './functionPlugins.js';
import { replaceBuiltInFunctions } from './replaceFunctions.js';

class ExcelSumproductPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    SUMPRODUCT: {
      method: 'sumproduct',
      parameters: [{ argumentType: FunctionArgumentType.RANGE }],
      repeatLastArgs: 1,
      enableArrayArithmeticForArguments: true,
    },
  };

  sumproduct(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('SUMPRODUCT'), (...arrays: SimpleRangeValue[]) => {
      const first = arrays[0]!;
      if (arrays.some((a) => a.width() !== first.width() || a.height() !== first.height())) {
        return new CellError(ErrorType.VALUE, 'SUMPRODUCT needs arrays of the same size');
      }
      const columns = arrays.map((a) => a.valuesFromTopLeftCorner().map(plainCell));
      let sum = 0;
      for (let i = 0; i < columns[0]!.length; i++) {
        let product = 1;
        for (const column of columns) {
          const value = column[i];
          if (value instanceof CellError) return value;
          product *= typeof value === 'number' ? value : 0;
        }
        sum += product;
      }
      return sum;
    });
  }
}

/** Replaces HyperFormula's SUMPRODUCT with Excel's (call before building engines). */
export function registerExcelSumproduct(): void {
  replaceBuiltInFunctions(ExcelSumproductPlugin, ['SUMPRODUCT']);
}
