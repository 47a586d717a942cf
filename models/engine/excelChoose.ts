/**
 * CHOOSE's index as Excel reads it: a fraction is truncated (CHOOSE(1,9;"a";"b") is "a"), and an
 * index below 1 or past the last value is #VALUE!
 * (https://support.microsoft.com/office/choose-function-fc5c184f-cb62-4ec7-a46e-38653b98f5bc).
 * HyperFormula 3.5 answered #NUM! for both. The values are passed on as HyperFormula's own
 * CHOOSE passes them (a reference's value, a number's format); a LAMBDA's CHOOSE computes only
 * the value it picks (lazyChoices.ts) and leaves any other index to this one. Registering
 * replaces the engine's CHOOSE; its Danish name (VÆLG) is kept.
 */
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';
import { replaceBuiltInFunctions } from './replaceFunctions.js';

class ExcelChoosePlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    CHOOSE: {
      method: 'choose',
      parameters: [{ argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.SCALAR, passSubtype: true }],
      repeatLastArgs: 1,
    },
  };

  choose(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('CHOOSE'), (index: number, ...values: FunctionResult[]) => {
      const picked = Math.trunc(index);
      if (picked < 1 || picked > values.length) return new CellError(ErrorType.VALUE, 'CHOOSE’s index is outside its values');
      return values[picked - 1]!;
    });
  }
}

/** Replaces HyperFormula's CHOOSE with Excel's for engines built afterwards (idempotent). */
export function registerExcelChoose(): void {
  replaceBuiltInFunctions(ExcelChoosePlugin, ['CHOOSE']);
}
