/**
 * IF, IFS, IFERROR, CHOOSE and SWITCH in a LAMBDA's calculation, computing only the argument they
 * give, as Excel does. HyperFormula computes every argument of a function before the function,
 * so a defined name's LAMBDA calling itself (`Fakultet` = `=LAMBDA(n,IF(n<=1,1,n*Fakultet(n-1)))`)
 * computed the call in IF's other branch too and never stopped by itself. The engine is given
 * `FREMSKRIV.IF(…)` (and so on) there (formula/lambdaFormula.ts): the condition, error value,
 * index or expression is computed first, then only the argument it picks. Where that first value
 * is an array, HyperFormula's own function computes the call element by element, as before.
 */
import { CellError, EmptyValue, ErrorType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { FunctionMetadata, ImplementedFunctions } from 'hyperformula';
import { LAZY_CHOICES } from '../formula/lambdaFormula.js';
import { conditionTruth } from './excelConditions.js';
import { omitted, plainResult, type Ast, type FunctionResult, type InterpreterState, type ProcedureCall } from './functionPlugins.js';

const METHODS: Readonly<Record<string, string>> = { IF: 'lazyIf', IFS: 'lazyIfs', IFERROR: 'lazyIferror', CHOOSE: 'lazyChoose', SWITCH: 'lazySwitch' };

/** A condition as IF reads it (excelConditions.ts): undefined where it is no truth value (#VALUE!). */
const truth = (value: FunctionResult): boolean | CellError | undefined => conditionTruth(value);

const NOT_TRUTH = (): CellError => new CellError(ErrorType.VALUE, 'A condition that is no truth value.');

class LazyChoicesPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {};

  /** The call as HyperFormula's own function computes it: every argument, element by element over an array. */
  private eager(ast: ProcedureCall, name: string, state: InterpreterState): FunctionResult {
    return plainResult(this.evaluateAst({ ...(ast as Ast), procedureName: name } as Ast, state));
  }

  private value(ast: Ast | undefined, state: InterpreterState): FunctionResult {
    return ast === undefined ? EmptyValue : plainResult(this.evaluateAst(ast, state));
  }

  lazyIf(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    const [conditionAst, whenTrue, whenFalse] = ast.args;
    if (conditionAst === undefined || ast.args.length > 3) return new CellError(ErrorType.NA, 'IF takes two or three arguments.');
    const condition = this.value(conditionAst, state);
    if (condition instanceof SimpleRangeValue) return this.eager(ast, 'IF', state);
    const taken = truth(condition);
    if (taken === undefined) return NOT_TRUTH();
    if (taken instanceof CellError) return taken;
    // IF(FALSE,x) is FALSE, as HyperFormula's and Excel's.
    if (!taken && whenFalse === undefined) return false;
    const branch = taken ? whenTrue : whenFalse;
    return omitted(branch) ? EmptyValue : this.value(branch, state);
  }

  lazyIfs(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    if (ast.args.length < 2 || ast.args.length % 2 !== 0) return new CellError(ErrorType.NA, 'IFS takes pairs of a condition and a value.');
    for (let i = 0; i < ast.args.length; i += 2) {
      const condition = this.value(ast.args[i], state);
      if (condition instanceof SimpleRangeValue) return this.eager(ast, 'IFS', state);
      const taken = truth(condition);
      if (taken === undefined) return NOT_TRUTH();
      if (taken instanceof CellError) return taken;
      if (taken) return this.value(ast.args[i + 1], state);
    }
    return new CellError(ErrorType.NA, 'IFS: no condition is met.');
  }

  lazyIferror(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    if (ast.args.length !== 2) return new CellError(ErrorType.NA, 'IFERROR takes two arguments.');
    const value = this.value(ast.args[0], state);
    if (value instanceof SimpleRangeValue) return this.eager(ast, 'IFERROR', state);
    return value instanceof CellError ? this.value(ast.args[1], state) : value;
  }

  lazyChoose(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    const index = this.value(ast.args[0], state);
    if (index instanceof CellError) return index;
    // An index written as a whole number in range picks its value; anything else HyperFormula's CHOOSE answers.
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 1 || index >= ast.args.length) return this.eager(ast, 'CHOOSE', state);
    return this.value(ast.args[index], state);
  }

  lazySwitch(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    if (ast.args.length < 3) return this.eager(ast, 'SWITCH', state);
    const selector = this.value(ast.args[0], state);
    if (selector instanceof SimpleRangeValue) return this.eager(ast, 'SWITCH', state);
    if (selector instanceof CellError) return selector;
    const cases = ast.args.length - 1;
    let i = 1;
    for (; i + 1 <= cases; i += 2) {
      const candidate = this.value(ast.args[i], state);
      if (candidate instanceof SimpleRangeValue) return this.eager(ast, 'SWITCH', state);
      if (candidate instanceof CellError) continue;
      if (this.arithmeticHelper.eq(selector, candidate)) return this.value(ast.args[i + 1], state);
    }
    return i <= cases ? this.value(ast.args[i], state) : new CellError(ErrorType.NA, 'SWITCH: no value matches and no default.');
  }
}

/** Adds the lazy choosing functions for engines built afterwards (idempotent): each with its HyperFormula twin's arguments, so an array sizes as before. */
export function registerLazyChoices(): void {
  const implemented: Record<string, FunctionMetadata> = {};
  for (const [name, lazy] of Object.entries(LAZY_CHOICES)) {
    const twin = HyperFormula.getFunctionPlugin(name)?.implementedFunctions[name];
    if (twin === undefined) continue;
    implemented[lazy] = { ...twin, method: METHODS[name]! };
  }
  LazyChoicesPlugin.implementedFunctions = implemented;
  const names = Object.fromEntries(Object.values(LAZY_CHOICES).map((lazy) => [lazy, lazy]));
  HyperFormula.registerFunctionPlugin(LazyChoicesPlugin, { enGB: names, enUS: names, daDK: names });
}
