/**
 * LET's random values drawn once (formula/letFormula.ts): the engine is given
 * `FREMSKRIV.LET(k,value,calculation)`, which computes `value` once and then the calculation, in
 * which each use of the name is `FREMSKRIV.LETVALUE(k)`. Before, `=LET(x,RAND(),x-x)` drew two
 * numbers (Excel: 0). A formula is computed start to finish before another, so the values in
 * scope are kept in one table for the call's duration, an outer value restored after an inner one.
 */
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { LET_SCOPE_FUNCTION, LET_VALUE_FUNCTION } from '../formula/letFormula.js';
import { literalCount, plainResult, type Ast, type FunctionResult, type InterpreterState, type ProcedureCall } from './functionPlugins.js';

const ANY = { argumentType: FunctionArgumentType.ANY };
const inScope = new Map<number, FunctionResult>();

function slotOf(ast: Ast | undefined): number | undefined {
  return literalCount(ast);
}

class LetValuesPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    [LET_SCOPE_FUNCTION]: { method: 'letScope', parameters: [ANY, ANY, ANY] },
    [LET_VALUE_FUNCTION]: { method: 'letValue', parameters: [ANY] },
  };

  letScope(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    const [slotAst, valueAst, calculationAst] = ast.args;
    const slot = slotOf(slotAst);
    if (slot === undefined || valueAst === undefined || calculationAst === undefined) return new CellError(ErrorType.NAME, 'Not a LET.');
    const outer = inScope.get(slot);
    inScope.set(slot, plainResult(this.evaluateAst(valueAst, state)));
    try {
      return plainResult(this.evaluateAst(calculationAst, state));
    } finally {
      if (outer === undefined) inScope.delete(slot);
      else inScope.set(slot, outer);
    }
  }

  letValue(ast: ProcedureCall): FunctionResult {
    const slot = slotOf(ast.args[0]);
    const value = slot === undefined ? undefined : inScope.get(slot);
    return value ?? new CellError(ErrorType.NAME, 'A LET name outside its LET.');
  }
}

/** Adds the engine-only LET scope functions for engines built afterwards (idempotent). */
export function registerLetValues(): void {
  const names = { [LET_SCOPE_FUNCTION]: LET_SCOPE_FUNCTION, [LET_VALUE_FUNCTION]: LET_VALUE_FUNCTION };
  HyperFormula.registerFunctionPlugin(LetValuesPlugin, { enGB: names, enUS: names, daDK: names });
}
