/**
 * NORMSDIST(z), Excel's older name for the standard normal distribution (Danish
 * STANDARDNORMFORDELING), which takes one argument and is always cumulative
 * (https://support.microsoft.com/office/normsdist-function-463369ea-0345-445d-802a-4ff0d6ce7cac).
 * HyperFormula 3.5 made it a second name of NORM.S.DIST, which needs a second argument:
 * `=NORMSDIST(1)`, as every workbook written before Excel 2010 has it, was #N/A.
 * Φ(z) = erfc(−z/√2)/2, with the exact ERFC of errorFunctions.ts.
 */
import { FunctionArgumentType, FunctionPlugin } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { erfc } from './errorFunctions.js';
import type { FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';
import { replaceBuiltInFunctions } from './replaceFunctions.js';

/** The standard normal distribution's cumulative probability at z. */
export function standardNormalCumulative(z: number): number {
  return erfc(-z / Math.SQRT2) / 2;
}

class LegacyStandardNormalPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    NORMSDIST: { method: 'normsdist', parameters: [{ argumentType: FunctionArgumentType.NUMBER }] },
  };

  normsdist(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('NORMSDIST'), standardNormalCumulative);
  }
}

/** Replaces HyperFormula's NORMSDIST (a second name of NORM.S.DIST) with Excel's for engines built afterwards (idempotent). */
export function registerLegacyStandardNormal(): void {
  replaceBuiltInFunctions(LegacyStandardNormalPlugin, ['NORMSDIST']);
}
