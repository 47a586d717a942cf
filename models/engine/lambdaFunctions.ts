/**
 * LAMBDA and the functions that call one, as Excel 365 computes them (Microsoft's pages for
 * LAMBDA, MAP, REDUCE, SCAN, BYROW, BYCOL, MAKEARRAY and ISOMITTED). The engine is given each
 * LAMBDA as `FREMSKRIV.LAMBDA(slot…,calculation)`, each use of a parameter as
 * `FREMSKRIV.PARAMETER(slot)` and a LAMBDA called where it is written as
 * `FREMSKRIV.INVOKE(lambda,arguments…)` (formula/lambdaFormula.ts). A call binds the slots to its
 * values and computes the calculation (the bound values and the bounds on calls: lambdaBindings.ts).
 *
 * - A defined name whose formula is a LAMBDA is called by its name (`=Dobbelt(3)`) or given by
 *   it (`=MAP(A1:A3,Dobbelt)`); its LAMBDA is read from the name's formula in the engine.
 * - LAMBDA not called (`=LAMBDA(x,x+1)`): Excel's #CALC!. Called with more or fewer arguments
 *   than it has parameters: #VALUE!. An empty place (`(1,)`) is an omitted argument: blank, and
 *   ISOMITTED of it is TRUE.
 * - MAP(array1, …, lambda): one parameter per array; the arrays row by row, each value mapped;
 *   a place outside a smaller array #N/A.
 * - REDUCE([initial_value], array, lambda(accumulator, value)) / SCAN(…): the accumulator starts
 *   at initial_value and takes the LAMBDA's result for each value, row by row; REDUCE gives the
 *   last, SCAN each in the array's shape. REDUCE without initial_value starts at the array's
 *   first value and calls the LAMBDA from the second (Microsoft's REDUCE page); SCAN's page says
 *   nothing of it, so SCAN starts blank.
 * - BYROW / BYCOL(array, lambda(row|column)): one result per row (a column) or column (a row);
 *   no LAMBDA there is #CALC!, as is a LAMBDA giving more than one value.
 * - MAKEARRAY(rows, cols, lambda(row, col)): rows or cols below 1 or no number is #VALUE!.
 * Wrong parameter counts are #VALUE! ("Incorrect Parameters"), a LAMBDA's result of more than one
 * value where one is expected #CALC! (Excel's nested arrays). The spill reserved when the formula
 * is entered: MAP's the largest array's, SCAN's its array's, BYROW's a column as tall, BYCOL's a
 * row as wide, MAKEARRAY's when its rows and cols are written in the formula, else one cell until
 * the engine resizes it to the computed result (`=MAKEARRAY(D1,2,…)`, spillResizing.ts).
 */
import { ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { FunctionMetadata, ImplementedFunctions } from 'hyperformula';
import { INVOKE_FUNCTION, LAMBDA_DANISH_NAMES, LAMBDA_FUNCTION, PARAMETER_FUNCTION, type KnownFunction } from '../formula/lambdaFormula.js';
import { exceedsArrayBound, arrayTooLarge } from './arrayBound.js';
import { isLambda, namedFormula, readsArray, writtenLambda, type Binding, type BoundValue, type Lambda } from './lambdaValues.js';
import { calcError } from './excelErrors.js';
import { boundValue, INCORRECT_PARAMETERS, isOmittedSlot, withBound } from './lambdaBindings.js';
import { literalCount, omitted, plainCell, plainResult, plainRows, resultRange, transposed, type Ast, type FunctionResult, type InterpreterState, type PlainCell, type ProcedureCall } from './functionPlugins.js';

const ANY = { argumentType: FunctionArgumentType.ANY };
const VARIADIC: Omit<FunctionMetadata, 'method'> = { parameters: [ANY], repeatLastArgs: 1, vectorizationForbidden: true };
/**
 * The functions calling a LAMBDA compute it as Excel 365 does, element by element where it meets
 * an array (`LAMBDA(r, r*2)` in BYROW is an array: #CALC!); so a range in them is never one value
 * (engineFormula.ts), and an imported spill of theirs needs no array formula.
 */
const CALLING: Omit<FunctionMetadata, 'method'> = { ...VARIADIC, enableArrayArithmeticForArguments: true };

/** The sizes of the arguments a call being sized binds its parameters to (invokeSize), and how deep such calls nest. */
const boundSizes = new Map<number, ArraySize>();
/** The LAMBDAs a call being sized gives its parameters (`f` in `LAMBDA(f,f(A1:A3))(Dobbelt)`), so a call of one is sized as that LAMBDA's. */
const boundLambdas = new Map<number, Lambda>();
let sizeDepth = 0;
/** A name calling itself twice would be sized 2^depth times: deeper calls are sized as one value. */
const SIZE_DEPTH = 8;

/** The slot of `FREMSKRIV.PARAMETER(slot)`, or undefined for any other argument. */
function parameterSlot(ast: Ast | undefined): number | undefined {
  return ast !== undefined && 'procedureName' in ast && ast.procedureName === PARAMETER_FUNCTION ? literalCount(ast.args[0] as Ast | undefined) : undefined;
}

/** One value of a LAMBDA's result where one is expected: a 1×1 array is its value, a larger one #CALC!. */
function single(value: FunctionResult): PlainCell {
  if (value instanceof SimpleRangeValue) {
    if (value.width() !== 1 || value.height() !== 1) return calcError('Nested arrays: the LAMBDA gives more than one value.');
    return plainCell(value.data[0]![0]!);
  }
  // A blank read by the LAMBDA (a blank cell) is 0 in the result, as Excel shows it.
  return value === EmptyValue ? 0 : (value as PlainCell);
}

class LambdaFunctionsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    // A range in a LAMBDA's calculation is all of it (`LAMBDA(x,A1:A3*x)(2)` spills three values), as in Excel 365.
    [LAMBDA_FUNCTION]: { method: 'lambda', ...CALLING },
    [PARAMETER_FUNCTION]: { method: 'parameter', sizeOfResultArrayMethod: 'parameterSize', parameters: [ANY] },
    [INVOKE_FUNCTION]: { method: 'invoke', sizeOfResultArrayMethod: 'invokeSize', ...VARIADIC },
    ISOMITTED: { method: 'isomitted', parameters: [ANY] },
    MAP: { method: 'map', sizeOfResultArrayMethod: 'mapSize', ...CALLING },
    REDUCE: { method: 'reduce', ...CALLING },
    SCAN: { method: 'scan', sizeOfResultArrayMethod: 'scanSize', ...CALLING },
    BYROW: { method: 'byrow', sizeOfResultArrayMethod: 'byrowSize', ...CALLING },
    BYCOL: { method: 'bycol', sizeOfResultArrayMethod: 'bycolSize', ...CALLING },
    MAKEARRAY: { method: 'makearray', sizeOfResultArrayMethod: 'makearraySize', ...CALLING },
  };

  /** An array argument's size, not marked as a reference (which would make it one cell). */
  private sizeOf(ast: Ast | undefined, state: InterpreterState): ArraySize {
    if (ast === undefined) return ArraySize.error();
    const size = this.arraySizeForAst(ast, state);
    return new ArraySize(size.width, size.height);
  }

  /** The LAMBDA computed with its slots bound to `values` (undefined: left out). */
  private call(lambda: Lambda, values: ReadonlyArray<BoundValue | undefined>, state: InterpreterState): FunctionResult {
    // Excel 365 computes a LAMBDA's calculation element by element over an array argument (`x*2` of A1:A3)
    // or a range it reads (`A1:A3*x`); only then, since computing in array mode made a LAMBDA calling
    // itself some sixty times slower.
    const arrays = state.arraysFlag || values.some((value) => value instanceof SimpleRangeValue) || readsArray(lambda.calculation);
    return withBound(lambda, values, () => plainResult(this.evaluateAst(lambda.calculation, arrays ? { ...state, arraysFlag: true } : state)));
  }

  /**
   * The LAMBDA an argument gives: one written, a defined name's (`Dobbelt`), or the LAMBDA a
   * call gives (`LAMBDA(x,LAMBDA(y,x+y))(1)`, with x kept at 1); else an error (#NAME? for a
   * name the workbook no longer has, as an unknown function; #VALUE! otherwise).
   */
  private lambdaAt(ast: Ast | undefined, state: InterpreterState): Lambda | CellError {
    const written = writtenLambda(ast);
    if (written) return written;
    if (ast !== undefined && 'expressionName' in ast) {
      const named = writtenLambda(namedFormula(this, ast.expressionName, state));
      if (named) return named;
      const value = this.evaluateAst(ast, state);
      return value instanceof CellError && value.type === ErrorType.NAME ? value : new CellError(ErrorType.VALUE, INCORRECT_PARAMETERS);
    }
    if (ast !== undefined && 'expression' in ast && String(ast.type) === 'PARENTHESES') return this.lambdaAt(ast.expression as Ast, state);
    // A parameter given a LAMBDA (`f` in `LAMBDA(f,v,f(v))(Dobbelt,3)`).
    const slot = parameterSlot(ast);
    const given = slot === undefined ? undefined : boundValue(slot);
    if (isLambda(given)) return given;
    if (ast === undefined || !('procedureName' in ast) || ast.procedureName !== INVOKE_FUNCTION) return new CellError(ErrorType.VALUE, INCORRECT_PARAMETERS);
    const [calleeAst, ...argAsts] = ast.args as Ast[];
    const callee = this.lambdaAt(calleeAst, state);
    if (callee instanceof CellError) return callee;
    const values = argAsts.map((arg) => this.argument(arg, state));
    return withBound(callee, values, () => {
      const inner = this.lambdaAt(callee.calculation, state);
      if (inner instanceof CellError) return inner;
      const given: Binding[] = callee.slots.map((slot, i): Binding => ({ slot, value: values[i] }));
      return { ...inner, captured: [...callee.captured, ...given, ...inner.captured] };
    });
  }

  /**
   * What a call gives a parameter: a LAMBDA where the argument is one (written, a defined name's,
   * a parameter's, or one a call gives), else the argument's value; undefined where left out.
   */
  private argument(ast: Ast, state: InterpreterState): BoundValue | undefined {
    if (omitted(ast)) return undefined;
    return this.givesLambda(ast, state) ? this.lambdaAt(ast, state) : plainResult(this.evaluateAst(ast, state));
  }

  /** Whether an argument is a LAMBDA, read from the formula without computing it (see `argument`). */
  private givesLambda(ast: Ast | undefined, state: InterpreterState): boolean {
    if (ast !== undefined && 'expression' in ast && String(ast.type) === 'PARENTHESES') return this.givesLambda(ast.expression as Ast, state);
    if (this.lambdaWritten(ast, state)) return true;
    if (ast === undefined || !('procedureName' in ast) || ast.procedureName !== INVOKE_FUNCTION) return false;
    // A call giving a LAMBDA: its callee's calculation is one (`LAMBDA(x,LAMBDA(y,x+y))(1)`).
    return writtenLambda(this.lambdaWritten(ast.args[0] as Ast | undefined, state)?.calculation) !== undefined;
  }

  /** The LAMBDA written in the formula, a defined name's, or a parameter's; no call computed. */
  private lambdaWritten(ast: Ast | undefined, state: InterpreterState): Lambda | undefined {
    if (ast !== undefined && 'expressionName' in ast) return writtenLambda(namedFormula(this, ast.expressionName, state));
    const slot = parameterSlot(ast);
    const given = slot === undefined ? undefined : boundValue(slot);
    return isLambda(given) ? given : writtenLambda(ast);
  }

  /** An argument's values row by row (one value is a 1×1 array), or its error. */
  private rows(ast: Ast, state: InterpreterState): PlainCell[][] | CellError {
    const value = plainResult(this.evaluateAst(ast, state));
    if (value instanceof SimpleRangeValue) return plainRows(value);
    if (value instanceof CellError) return value;
    return [[value as PlainCell]];
  }

  lambda(): FunctionResult {
    return calcError('A LAMBDA is computed only where it is called.');
  }

  parameter(ast: ProcedureCall): FunctionResult {
    const slot = literalCount(ast.args[0]);
    const value = slot === undefined ? undefined : boundValue(slot);
    if (isLambda(value)) return this.lambda();
    return value ?? new CellError(ErrorType.NAME, 'A LAMBDA parameter outside its LAMBDA.');
  }

  invoke(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    const [lambdaAst, ...argAsts] = ast.args;
    const lambda = this.lambdaAt(lambdaAst, state);
    if (lambda instanceof CellError) return lambda;
    return this.call(lambda, argAsts.map((arg) => this.argument(arg, state)), state);
  }

  /** The LAMBDA a function calling one is given, or undefined (the function's own error). */
  private lambdaOrNone(ast: Ast | undefined, state: InterpreterState): Lambda | undefined {
    const lambda = this.lambdaAt(ast, state);
    return lambda instanceof CellError ? undefined : lambda;
  }

  /**
   * A LAMBDA's call spills as Excel's does (`=LAMBDA(x,x*2)(A1:A3)`, `=Dobbelt(A1:A3)`: three
   * values): its size is its calculation's with each parameter the size of its argument, and a
   * parameter given a LAMBDA called as that LAMBDA (`=LAMBDA(f,f(A1:A3))(Dobbelt)`: three values).
   * A LAMBDA another call gives, and calls nested deeper than SIZE_DEPTH (a name calling itself),
   * are sized as one value.
   */
  invokeSize(ast: ProcedureCall, state: InterpreterState): ArraySize {
    const [calleeAst, ...argAsts] = ast.args;
    const lambda = this.sizedLambda(calleeAst, state);
    if (!lambda || lambda.slots.length !== argAsts.length || sizeDepth >= SIZE_DEPTH) return ArraySize.scalar();
    const given = argAsts.map((arg) => this.sizedLambda(arg, state));
    const sizes = argAsts.map((arg, i) => (omitted(arg) || given[i] ? ArraySize.scalar() : this.sizeOf(arg, state)));
    const outer = lambda.slots.map((slot) => boundSizes.get(slot));
    const outerLambdas = lambda.slots.map((slot) => boundLambdas.get(slot));
    lambda.slots.forEach((slot, i) => {
      boundSizes.set(slot, sizes[i]!);
      const passed = given[i];
      if (passed) boundLambdas.set(slot, passed);
      else boundLambdas.delete(slot);
    });
    sizeDepth++;
    try {
      const arrays = sizes.some((size) => !size.isScalar()) || readsArray(lambda.calculation);
      const size = this.arraySizeForAst(lambda.calculation, arrays ? { ...state, arraysFlag: true } : state);
      return size.isScalar() ? ArraySize.scalar() : new ArraySize(size.width, size.height);
    } finally {
      sizeDepth--;
      lambda.slots.forEach((slot, i) => {
        const size = outer[i];
        if (size === undefined) boundSizes.delete(slot);
        else boundSizes.set(slot, size);
        const passed = outerLambdas[i];
        if (passed === undefined) boundLambdas.delete(slot);
        else boundLambdas.set(slot, passed);
      });
    }
  }

  /** The LAMBDA a callee or argument gives, read without computing: written, a defined name's, or one a parameter being sized was given. */
  private sizedLambda(ast: Ast | undefined, state: InterpreterState): Lambda | undefined {
    if (ast === undefined) return undefined;
    if ('expression' in ast && String(ast.type) === 'PARENTHESES') return this.sizedLambda(ast.expression as Ast, state);
    if ('expressionName' in ast) return writtenLambda(namedFormula(this, ast.expressionName, state));
    const slot = parameterSlot(ast);
    return slot === undefined ? writtenLambda(ast) : boundLambdas.get(slot);
  }

  parameterSize(ast: ProcedureCall): ArraySize {
    const slot = literalCount(ast.args[0]);
    return (slot === undefined ? undefined : boundSizes.get(slot)) ?? ArraySize.scalar();
  }

  isomitted(ast: ProcedureCall): FunctionResult {
    const slot = parameterSlot(ast.args[0]);
    return slot !== undefined && isOmittedSlot(slot);
  }

  map(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    const lambda = this.lambdaOrNone(ast.args[ast.args.length - 1], state);
    const arrayAsts = ast.args.slice(0, -1);
    if (!lambda || arrayAsts.length === 0 || lambda.slots.length !== arrayAsts.length) return new CellError(ErrorType.VALUE, INCORRECT_PARAMETERS);
    const arrays: PlainCell[][][] = [];
    for (const arrayAst of arrayAsts) {
      const rows = this.rows(arrayAst, state);
      if (rows instanceof CellError) return rows;
      arrays.push(rows);
    }
    const height = Math.max(...arrays.map((rows) => rows.length));
    const width = Math.max(...arrays.map((rows) => rows[0]?.length ?? 0));
    const notAvailable = new CellError(ErrorType.NA, 'MAP: a place outside a smaller array.');
    const result = Array.from({ length: height }, (_, row) =>
      Array.from({ length: width }, (_, col) => single(this.call(lambda, arrays.map((rows) => rows[row]?.[col] ?? notAvailable), state))),
    );
    return resultRange(result);
  }

  mapSize(ast: ProcedureCall, state: InterpreterState): ArraySize {
    const sizes = ast.args.slice(0, -1).map((arg) => this.sizeOf(arg, state));
    if (sizes.length === 0) return ArraySize.error();
    return new ArraySize(Math.max(...sizes.map((size) => size.width)), Math.max(...sizes.map((size) => size.height)));
  }

  reduce(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    const steps = this.accumulate(ast, state, true);
    return Array.isArray(steps) ? (steps[steps.length - 1] ?? EmptyValue) : steps;
  }

  scan(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    const rows = this.rows(ast.args[ast.args.length - 2]!, state);
    const steps = this.accumulate(ast, state, false);
    if (!Array.isArray(steps) || rows instanceof CellError) return Array.isArray(steps) ? (rows as CellError) : steps;
    const width = rows[0]?.length ?? 0;
    return resultRange(rows.map((row, r) => row.map((_, c) => single(steps[r * width + c]!))));
  }

  scanSize(ast: ProcedureCall, state: InterpreterState): ArraySize {
    return this.sizeOf(ast.args[ast.args.length - 2], state);
  }

  /**
   * The accumulator after each value of REDUCE's or SCAN's array, row by row; without an
   * initial value REDUCE (`firstStarts`) starts at the first value, SCAN blank.
   */
  private accumulate(ast: ProcedureCall, state: InterpreterState, firstStarts: boolean): FunctionResult[] | CellError {
    const { args } = ast;
    const lambda = this.lambdaOrNone(args[args.length - 1], state);
    if (!lambda || args.length < 2 || args.length > 3 || lambda.slots.length !== 2) return new CellError(ErrorType.VALUE, INCORRECT_PARAMETERS);
    const rows = this.rows(args[args.length - 2]!, state);
    if (rows instanceof CellError) return rows;
    const values: FunctionResult[] = rows.flat();
    const initial = args.length === 3 ? args[0] : undefined;
    let accumulator: FunctionResult = EmptyValue;
    if (!omitted(initial)) accumulator = plainResult(this.evaluateAst(initial!, state));
    else if (firstStarts && values.length > 0) accumulator = values.shift()!;
    const steps: FunctionResult[] = [];
    for (const value of values) {
      accumulator = this.call(lambda, [accumulator, value], state);
      steps.push(accumulator);
    }
    return steps;
  }

  byrow(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.byLine(ast, state, false);
  }

  bycol(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.byLine(ast, state, true);
  }

  byrowSize(ast: ProcedureCall, state: InterpreterState): ArraySize {
    return new ArraySize(1, this.sizeOf(ast.args[0], state).height);
  }

  bycolSize(ast: ProcedureCall, state: InterpreterState): ArraySize {
    return new ArraySize(this.sizeOf(ast.args[0], state).width, 1);
  }

  /** BYROW (each row given as a row) or BYCOL (`columns`: each column given as a column). */
  private byLine(ast: ProcedureCall, state: InterpreterState, columns: boolean): FunctionResult {
    const [arrayAst, lambdaAst] = ast.args;
    const lambda = this.lambdaOrNone(lambdaAst, state);
    if (!lambda || arrayAst === undefined || ast.args.length !== 2) return calcError('BYROW and BYCOL take a LAMBDA.');
    if (lambda.slots.length !== 1) return new CellError(ErrorType.VALUE, INCORRECT_PARAMETERS);
    const rows = this.rows(arrayAst, state);
    if (rows instanceof CellError) return rows;
    const lines = columns ? transposed(rows) : rows;
    const results = lines.map((line) => single(this.call(lambda, [resultRange(columns ? line.map((cell) => [cell]) : [line])], state)));
    return resultRange(columns ? [results] : results.map((result) => [result]));
  }

  makearray(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    const [rowsAst, colsAst, lambdaAst] = ast.args;
    const lambda = this.lambdaOrNone(lambdaAst, state);
    if (!lambda || rowsAst === undefined || colsAst === undefined || ast.args.length !== 3 || lambda.slots.length !== 2) return new CellError(ErrorType.VALUE, INCORRECT_PARAMETERS);
    const [height, width] = [rowsAst, colsAst].map((arg) => plainResult(this.evaluateAst(arg, state)));
    if (height instanceof CellError) return height;
    if (width instanceof CellError) return width;
    if (typeof height !== 'number' || typeof width !== 'number' || height < 1 || width < 1) return new CellError(ErrorType.VALUE, 'MAKEARRAY: rows and cols are numbers of at least 1.');
    const [rows, cols] = [Math.trunc(height), Math.trunc(width)];
    if (exceedsArrayBound(cols, rows)) return arrayTooLarge();
    return resultRange(Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => single(this.call(lambda, [r + 1, c + 1], state)))));
  }

  makearraySize(ast: ProcedureCall): ArraySize {
    const [rows, cols] = [literalCount(ast.args[0]), literalCount(ast.args[1])];
    if (rows === undefined || cols === undefined || rows < 1 || cols < 1) return ArraySize.error();
    return new ArraySize(Math.trunc(cols), Math.trunc(rows));
  }
}

/** Whether the engine knows `name` as a function: given bare where a LAMBDA is expected, it is one (Excel's eta lambda). */
export const engineFunction: KnownFunction = (name) => HyperFormula.getFunctionPlugin(name) !== undefined;

/** Adds LAMBDA's engine functions and the functions that call a LAMBDA for engines built afterwards (idempotent). */
export function registerLambdaFunctions(): void {
  const engineOnly = { [LAMBDA_FUNCTION]: LAMBDA_FUNCTION, [PARAMETER_FUNCTION]: PARAMETER_FUNCTION, [INVOKE_FUNCTION]: INVOKE_FUNCTION };
  // LAMBDA itself never reaches the engine by its name (formula/lambdaFormula.ts).
  const helpers = Object.keys(LAMBDA_DANISH_NAMES).filter((name) => name !== 'LAMBDA');
  const english = { ...engineOnly, ...Object.fromEntries(helpers.map((name) => [name, name])) };
  const danish = { ...engineOnly, ...Object.fromEntries(helpers.map((name) => [name, LAMBDA_DANISH_NAMES[name]!])) };
  HyperFormula.registerFunctionPlugin(LambdaFunctionsPlugin, { enGB: english, enUS: english, daDK: danish });
}
