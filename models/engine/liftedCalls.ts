/**
 * A function taking one value, given a range inside an array formula, is computed for each value
 * (Excel's lifting: `=ARRAYFORMULA(XLOOKUP(A1:A3,H1:H3,I1:I3))` looks up A1, A2 and A3 and
 * spills three values). HyperFormula threw "Function returning array cannot be vectorized" when
 * one such computation gave an array (XLOOKUP's return range, SEQUENCE, …), and a throw while the
 * engine was built left no value for any cell of the workbook. Excel 365 gives each lifted
 * computation's first value ("array of arrays": `=XLOOKUP(B19:B22,B6:B13,C6:F13)` returns the
 * first column only, ICAEW's "Solving the array of arrays issue", 2024); so does Fremskriv.
 *
 * And whatever else throws while one formula is computed (a HyperFormula path not yet met) makes
 * that cell `#CALC!` with the reason, as Excel answers a calculation its engine cannot do
 * (https://support.microsoft.com/office/how-to-correct-a-calc-error-8c3fba5e-3b07-4b2a-9ac5-72566a1faf17):
 * every other cell computes, in the browser's worker and on the server alike.
 */
import { ArraySize, CellError, ErrorType, FunctionArgumentType, FunctionPlugin, SimpleRangeValue } from 'hyperformula';
import { engineInternals } from './engineInternals.js';
import { calcError } from './excelErrors.js';
import type { Ast, FunctionResult, InterpreterState } from './functionPlugins.js';

type RunFunction = FunctionPlugin['runFunction'];
type Metadata = Parameters<RunFunction>[2];
type Implementation = Parameters<RunFunction>[3];

/** The methods of HyperFormula's FunctionPlugin its runFunction calls (protected in its typings). */
interface PluginInternals {
  evaluateArguments(args: Ast[], state: InterpreterState, metadata: Metadata): Array<[unknown, boolean, boolean]>;
  buildMetadataForEachArgumentValue(count: number, metadata: Metadata): unknown[];
  isNumberOfArgumentValuesValid(argumentMetadata: unknown[], count: number): boolean;
  calculateSizeOfVectorizedResultArray(values: unknown[], argumentMetadata: unknown[]): [number, number];
  vectorizeAndBroadcastArgumentsIfNecessary(on: boolean, values: unknown[], argumentMetadata: unknown[], row: number, col: number): unknown[];
  calculateSingleCellOfResultArray(state: InterpreterState, values: unknown[], argumentMetadata: unknown[], ignorable: boolean[], empty: boolean[], implementation: Implementation, returnNumberType: unknown): FunctionResult;
}

/** What a plugin's function method hands runFunction: the call's arguments, state, metadata and implementation. */
type Run = (args: Ast[], state: InterpreterState, metadata: Metadata, implementation: Implementation) => FunctionResult;

/** HyperFormula's ErrorMessage.WrongArgNumber (not exported). */
const WRONG_ARGUMENT_COUNT = 'Wrong number of arguments.';

/**
 * HyperFormula's runFunction (FunctionPlugin.ts, 3.5) step by step, but a lifted computation's
 * array result gives its top-left value instead of a throw.
 */
function liftedRunFunction(plugin: PluginInternals): Run {
  return (args, state, metadata, implementation) => {
    const evaluated = plugin.evaluateArguments(args, state, metadata);
    const values = evaluated.map(([value]) => value);
    const ignorable = evaluated.map(([, flag]) => flag);
    const empty = evaluated.map(([, , flag]) => flag);
    const argumentMetadata = plugin.buildMetadataForEachArgumentValue(values.length, metadata);
    const lifting = (state as { arraysFlag?: boolean }).arraysFlag === true && !(metadata as { vectorizationForbidden?: boolean }).vectorizationForbidden;
    if (!plugin.isNumberOfArgumentValuesValid(argumentMetadata, values.length)) return new CellError(ErrorType.NA, WRONG_ARGUMENT_COUNT);
    const returnNumberType = (metadata as { returnNumberType?: unknown }).returnNumberType;
    const [height, width] = lifting ? plugin.calculateSizeOfVectorizedResultArray(values, argumentMetadata) : [1, 1];
    const compute = (row: number, col: number): FunctionResult =>
      plugin.calculateSingleCellOfResultArray(state, plugin.vectorizeAndBroadcastArgumentsIfNecessary(lifting, values, argumentMetadata, row, col), argumentMetadata, ignorable, empty, implementation, returnNumberType);
    if (height === 1 && width === 1) return compute(0, 0);
    const rows = Array.from({ length: height }, (_, row) =>
      Array.from({ length: width }, (_, col) => {
        const result = compute(row, col);
        return result instanceof SimpleRangeValue ? result.data[0]![0]! : result;
      }),
    );
    return SimpleRangeValue.onlyValues(rows as Parameters<typeof SimpleRangeValue.onlyValues>[0]);
  };
}

/** HyperFormula's array size predictor, as far as it is read here. */
interface SizePredictor {
  functionRegistry: {
    getArraySizeFunction(name: string): unknown;
    getMetadata(name: string): { parameters?: Array<{ argumentType: FunctionArgumentType }>; repeatLastArgs?: number; vectorizationForbidden?: boolean; expandRanges?: boolean } | undefined;
  };
  checkArraySizeForAst(ast: unknown, state: InterpreterState): ArraySize;
}

/**
 * The size of a lifted call to a function that declares its own result's size (XLOOKUP, SEQUENCE
 * …): as large as the ranges given where it takes one value, or undefined when it is not lifted.
 * HyperFormula sizes such a call by the function's own result (XLOOKUP: one row of its return range).
 */
function liftedSize(predictor: SizePredictor, ast: { procedureName?: string; args?: unknown[] }, state: InterpreterState): ArraySize | undefined {
  const name = ast.procedureName;
  if (name === undefined || !(state as { arraysFlag?: boolean }).arraysFlag || predictor.functionRegistry.getArraySizeFunction(name) === undefined) return undefined;
  const metadata = predictor.functionRegistry.getMetadata(name);
  const parameters = metadata?.parameters;
  if (metadata === undefined || parameters === undefined || metadata.vectorizationForbidden || metadata.expandRanges) return undefined;
  let width = 1;
  let height = 1;
  (ast.args ?? []).forEach((arg, i) => {
    const repeat = metadata.repeatLastArgs ?? 0;
    const parameter = i < parameters.length || repeat === 0 ? parameters[i] : parameters[parameters.length - repeat + ((i - parameters.length) % repeat)];
    if (parameter === undefined || parameter.argumentType === FunctionArgumentType.RANGE || parameter.argumentType === FunctionArgumentType.ANY) return;
    const size = predictor.checkArraySizeForAst(arg, state);
    width = Math.max(width, size.width);
    height = Math.max(height, size.height);
  });
  return width > 1 || height > 1 ? new ArraySize(width, height) : undefined;
}

let installed = false;

/** Makes every engine built afterwards lift array-returning functions as Excel does and contain a throw to its cell (idempotent). */
export function containFormulaFailures(): void {
  if (installed) return;
  const { evaluator } = engineInternals();
  const { arraySizePredictor } = engineInternals();
  const evaluate = evaluator.evaluateAstToCellValue;
  const sizeOfCall = arraySizePredictor.checkArraySizeForFunction;
  if (typeof evaluate !== 'function' || typeof sizeOfCall !== 'function') throw new Error("HyperFormula's evaluator changed: liftedCalls.ts needs updating");
  installed = true;
  // Each plugin sets runFunction as an instance field while it is constructed: a setter on the
  // prototype wraps it as it is assigned.
  Object.defineProperty(FunctionPlugin.prototype, 'runFunction', {
    configurable: true,
    set(this: PluginInternals, original: unknown) {
      if (typeof original !== 'function') throw new Error("HyperFormula's FunctionPlugin changed: liftedCalls.ts needs updating");
      Object.defineProperty(this, 'runFunction', { value: liftedRunFunction(this), writable: true, configurable: true });
    },
  });
  arraySizePredictor.checkArraySizeForFunction = function (this: SizePredictor, ast: { procedureName?: string; args?: unknown[] }, state: InterpreterState): ArraySize {
    return liftedSize(this, ast, state) ?? (sizeOfCall as (this: SizePredictor, ...args: unknown[]) => ArraySize).call(this, ast, state);
  };
  evaluator.evaluateAstToCellValue = function (this: object, ...args: unknown[]): unknown {
    try {
      return (evaluate as (...args: unknown[]) => unknown).apply(this, args);
    } catch (error) {
      return calcError(`Fremskriv could not compute this formula (${error instanceof Error ? error.message : String(error)}).`);
    }
  };
}
