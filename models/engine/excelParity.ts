/**
 * ISEVEN and ISODD as Excel answers them: the number is truncated to a whole number first, and
 * its sign does not count, so ISEVEN(2,5) and ISODD(-3) are TRUE
 * (https://support.microsoft.com/office/iseven-function-aa15929a-d77b-4fbb-92f4-2f479af55356,
 * https://support.microsoft.com/office/isodd-function-1208a56d-4f10-4f44-a5fc-648cafd6c07a).
 * HyperFormula 3.5 took the remainder of the number as it is: ISEVEN(2,5) and ISODD(-3) were
 * FALSE. Text that is no number stays #VALUE!. Registering replaces the engine's functions; their
 * Danish names (ER.LIGE, ER.ULIGE) are kept.
 */
import { FunctionArgumentType, FunctionPlugin } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';
import { replaceBuiltInFunctions } from './replaceFunctions.js';

/** The whole number Excel tests: truncated towards zero, without its sign. */
function wholeMagnitude(value: number): number {
  return Math.trunc(Math.abs(value));
}

class ExcelParityPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    ISEVEN: { method: 'isEven', parameters: [{ argumentType: FunctionArgumentType.NUMBER }] },
    ISODD: { method: 'isOdd', parameters: [{ argumentType: FunctionArgumentType.NUMBER }] },
  };

  isEven(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('ISEVEN'), (value: number) => wholeMagnitude(value) % 2 === 0);
  }

  isOdd(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('ISODD'), (value: number) => wholeMagnitude(value) % 2 === 1);
  }
}

/** Replaces HyperFormula's ISEVEN and ISODD with Excel's for engines built afterwards (idempotent). */
export function registerExcelParity(): void {
  replaceBuiltInFunctions(ExcelParityPlugin, ['ISEVEN', 'ISODD']);
}
