/**
 * Two functions given nothing but blanks, as Excel computes them (LibreOffice 7.4 agrees):
 * - `PRODUCT` of blank cells (or of cells holding no number) is 0; HyperFormula gave 1, the
 *   empty product, so `=PRODUCT(B2:B9)` over an unfilled column showed 1.
 * - `VALUE` of a blank cell is 0, as a blank is 0 wherever Excel expects a number;
 *   HyperFormula gave #VALUE!.
 * Both wrap HyperFormula's own function and change only these answers.
 */
import { CellError, EmptyValue, ErrorType, HyperFormula, type FunctionPlugin } from 'hyperformula';
import { plainResult, type Ast, type FunctionResult, type InterpreterState, type ProcedureCall } from './functionPlugins.js';

interface PluginInternals {
  evaluateAst(ast: Ast, state: InterpreterState): ReturnType<FunctionPlugin['evaluateAst']>;
}
type Method = (this: PluginInternals, ast: ProcedureCall, state: InterpreterState) => FunctionResult;

/** The built-in's method on its plugin's prototype, to be wrapped; throws when HyperFormula changed. */
function builtInMethod(name: string, method: string): { prototype: Record<string, unknown>; original: Method } {
  const prototype = HyperFormula.getFunctionPlugin(name)?.prototype as unknown as Record<string, unknown> | undefined;
  const original = prototype?.[method];
  if (prototype === undefined || typeof original !== 'function') throw new Error(`HyperFormula's ${name} changed: blankInputs.ts needs updating`);
  return { prototype, original: original as Method };
}

let installed = false;

/** Makes PRODUCT of no number 0 and VALUE of a blank 0 in engines built afterwards (idempotent). */
export function answerBlankInputs(): void {
  if (installed) return;
  const product = builtInMethod('PRODUCT', 'product');
  const value = builtInMethod('VALUE', 'value');
  installed = true;
  product.prototype['product'] = function (this: PluginInternals, ast: ProcedureCall, state: InterpreterState): FunctionResult {
    const result = product.original.call(this, ast, state);
    // Only a product of 1 can be one of no numbers; COUNT says whether any number was given.
    if (result !== 1) return result;
    const numbers = plainResult(this.evaluateAst({ ...(ast as Ast), procedureName: 'COUNT' } as Ast, state));
    return numbers === 0 ? 0 : result;
  };
  value.prototype['value'] = function (this: PluginInternals, ast: ProcedureCall, state: InterpreterState): FunctionResult {
    const result = value.original.call(this, ast, state);
    if (!(result instanceof CellError) || result.type !== ErrorType.VALUE || ast.args.length !== 1) return result;
    return plainResult(this.evaluateAst(ast.args[0] as Ast, state)) === EmptyValue ? 0 : result;
  };
}
