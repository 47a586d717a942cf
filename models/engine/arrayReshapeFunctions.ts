/**
 * Excel 365's functions that pick, flatten, wrap, pad or stack arrays: CHOOSECOLS, CHOOSEROWS,
 * TOCOL, TOROW, WRAPROWS, WRAPCOLS and EXPAND, which HyperFormula 3.5 lacks, and VSTACK and
 * HSTACK, whose HyperFormula versions spread an error argument over the whole result
 * (`HSTACK(1/0,2)` gave #DIV/0! twice) and leave a blank blank. As Microsoft's pages say:
 *
 * - CHOOSECOLS / CHOOSEROWS(array, num1, …): each num a number or an array of numbers, negative
 *   counting from the end; 0 or past the array's size: #VALUE!.
 * - TOCOL / TOROW(array, [ignore], [scan_by_column]): ignore 0 keeps everything, 1 drops blanks,
 *   2 errors, 3 both, anything else #VALUE!; read row by row unless scan_by_column is TRUE.
 *   Nothing left: Excel's #CALC! (excelErrors.ts).
 * - WRAPROWS / WRAPCOLS(vector, wrap_count, [pad_with]): vector one row or one column, else
 *   #VALUE!; wrap_count below 1 #NUM!; each row (column) wrap_count long, the last padded with
 *   pad_with, else #N/A.
 * - EXPAND(array, rows, [columns], [pad_with]): an omitted size keeps the array's; one smaller than
 *   the array's #VALUE!; new cells pad_with, else #N/A.
 * - VSTACK / HSTACK(array1, …): arrays one below (beside) the other; a shorter one padded with
 *   #N/A; an error argument is one cell of the result.
 * A blank cell of the array stays blank in the result, as in Excel (`TOCOL(VSTACK(…),1)` drops it);
 * spilled, it shows 0 (Microsoft's TOCOL example 2, spilledBlanks.ts).
 *
 * The size methods give the spill reserved when the formula is entered (HyperFormula places arrays
 * before computing them): exact but for WRAPROWS, WRAPCOLS and EXPAND whose counts are not written
 * in the formula (`=WRAPROWS(A1:A9,B1)`: one cell) and TOCOL/TOROW with ignore (every value's
 * place); the engine then resizes such a spill to the computed result (spillResizing.ts).
 */
import { ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { ARRAY_RESHAPE_FUNCTION_TRANSLATIONS } from './arrayReshapeFunctionNames.js';
import { arrayTooLarge, exceedsArrayBound } from './arrayBound.js';
import { emptyArrayError } from './excelErrors.js';
import { literalCount, omitted, plainCell, plainRows, resultRange, transposed, type Ast, type FunctionResult, type InterpreterState, type PlainCell, type ProcedureCall, type RangeCell } from './functionPlugins.js';

export { ARRAY_RESHAPE_FUNCTION_NAMES, ARRAY_RESHAPE_FUNCTION_TRANSLATIONS } from './arrayReshapeFunctionNames.js';

const RANGE = { argumentType: FunctionArgumentType.RANGE };
const ANY = { argumentType: FunctionArgumentType.ANY };
// SCALAR, not NUMBER: an empty place (`TOCOL(A1:C3,,TRUE)`) must read as omitted, not fail as a number.
const OPTIONAL = { argumentType: FunctionArgumentType.SCALAR, optionalArg: true };
const ARRAYS = { vectorizationForbidden: true, enableArrayArithmeticForArguments: true };

type Rows = PlainCell[][];

function notAvailable(): CellError {
  return new CellError(ErrorType.NA, 'No value here: the result is padded.');
}

/** A scan_by_column argument's truth, as Excel reads a logical argument. */
function truth(value: unknown): boolean | CellError {
  if (value instanceof CellError) return value;
  if (value === undefined || value === EmptyValue) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  const text = String(value).toUpperCase();
  return text === 'TRUE' || text === 'FALSE' ? text === 'TRUE' : new CellError(ErrorType.VALUE, 'A logical value is expected.');
}

class ArrayReshapeFunctionsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    CHOOSECOLS: { method: 'choosecols', sizeOfResultArrayMethod: 'choosecolsSize', parameters: [RANGE, RANGE], repeatLastArgs: 1, ...ARRAYS },
    CHOOSEROWS: { method: 'chooserows', sizeOfResultArrayMethod: 'chooserowsSize', parameters: [RANGE, RANGE], repeatLastArgs: 1, ...ARRAYS },
    TOCOL: { method: 'tocol', sizeOfResultArrayMethod: 'tocolSize', parameters: [RANGE, OPTIONAL, OPTIONAL], ...ARRAYS },
    TOROW: { method: 'torow', sizeOfResultArrayMethod: 'torowSize', parameters: [RANGE, OPTIONAL, OPTIONAL], ...ARRAYS },
    WRAPROWS: { method: 'wraprows', sizeOfResultArrayMethod: 'wraprowsSize', parameters: [RANGE, { argumentType: FunctionArgumentType.NUMBER }, OPTIONAL], ...ARRAYS },
    WRAPCOLS: { method: 'wrapcols', sizeOfResultArrayMethod: 'wrapcolsSize', parameters: [RANGE, { argumentType: FunctionArgumentType.NUMBER }, OPTIONAL], ...ARRAYS },
    EXPAND: { method: 'expand', sizeOfResultArrayMethod: 'expandSize', parameters: [RANGE, OPTIONAL, OPTIONAL, OPTIONAL], ...ARRAYS },
    // The methods read their arguments themselves: runFunction would stop at an error argument.
    VSTACK: { method: 'vstack', sizeOfResultArrayMethod: 'vstackSize', parameters: [ANY], repeatLastArgs: 1, ...ARRAYS },
    HSTACK: { method: 'hstack', sizeOfResultArrayMethod: 'hstackSize', parameters: [ANY], repeatLastArgs: 1, ...ARRAYS },
  };

  chooserows(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('CHOOSEROWS'), (array: SimpleRangeValue, ...nums: SimpleRangeValue[]) => this.pick(plainRows(array), nums, (rows) => rows));
  }

  choosecols(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('CHOOSECOLS'), (array: SimpleRangeValue, ...nums: SimpleRangeValue[]) => this.pick(transposed(plainRows(array)), nums, transposed));
  }

  tocol(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.flatten(ast, state, 'TOCOL', (cells) => cells.map((cell) => [cell]));
  }

  torow(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.flatten(ast, state, 'TOROW', (cells) => [cells]);
  }

  wraprows(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.wrap(ast, state, 'WRAPROWS', (rows) => rows);
  }

  wrapcols(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.wrap(ast, state, 'WRAPCOLS', transposed);
  }

  expand(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    const [, rowsAst, columnsAst] = ast.args;
    return this.runFunction(ast.args, state, this.metadata('EXPAND'), (array: SimpleRangeValue, rowsArg: unknown, columnsArg: unknown, padWith: PlainCell | undefined) => {
      const rows = omitted(rowsAst) || rowsArg === EmptyValue ? array.height() : this.count(rowsArg);
      const columns = omitted(columnsAst) || columnsArg === EmptyValue ? array.width() : this.count(columnsArg);
      if (rows instanceof CellError) return rows;
      if (columns instanceof CellError) return columns;
      if (rows < array.height() || columns < array.width()) return new CellError(ErrorType.VALUE, 'EXPAND cannot make the array smaller.');
      if (exceedsArrayBound(columns, rows)) return arrayTooLarge();
      const source = plainRows(array);
      const pad = padWith ?? notAvailable();
      const expanded = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => (r < source.length && c < source[r]!.length ? source[r]![c]! : pad)));
      return resultRange(expanded);
    });
  }

  vstack(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.stack(ast, state, (rows) => rows);
  }

  hstack(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.stack(ast, state, transposed);
  }

  chooserowsSize(ast: ProcedureCall, state: InterpreterState): ArraySize {
    return new ArraySize(this.sizeOf(ast.args[0], state).width, this.chosenCount(ast, state));
  }

  choosecolsSize(ast: ProcedureCall, state: InterpreterState): ArraySize {
    return new ArraySize(this.chosenCount(ast, state), this.sizeOf(ast.args[0], state).height);
  }

  tocolSize(ast: ProcedureCall, state: InterpreterState): ArraySize {
    const { width, height } = this.sizeOf(ast.args[0], state);
    return new ArraySize(1, width * height);
  }

  torowSize(ast: ProcedureCall, state: InterpreterState): ArraySize {
    const { width, height } = this.sizeOf(ast.args[0], state);
    return new ArraySize(width * height, 1);
  }

  wraprowsSize(ast: ProcedureCall, state: InterpreterState): ArraySize {
    const size = this.wrappedSize(ast, state);
    return size === undefined ? ArraySize.scalar() : new ArraySize(size.across, size.lines);
  }

  wrapcolsSize(ast: ProcedureCall, state: InterpreterState): ArraySize {
    const size = this.wrappedSize(ast, state);
    return size === undefined ? ArraySize.scalar() : new ArraySize(size.lines, size.across);
  }

  expandSize(ast: ProcedureCall, state: InterpreterState): ArraySize {
    const array = this.sizeOf(ast.args[0], state);
    const extent = (countAst: Ast | undefined, length: number): number | undefined => (omitted(countAst) ? length : literalCount(countAst));
    const rows = extent(ast.args[1], array.height);
    const columns = extent(ast.args[2], array.width);
    if (rows === undefined || columns === undefined || rows < array.height || columns < array.width) return ArraySize.scalar();
    return new ArraySize(Math.trunc(columns), Math.trunc(rows));
  }

  vstackSize(ast: ProcedureCall, state: InterpreterState): ArraySize {
    const sizes = ast.args.map((arg) => this.sizeOf(arg, state));
    return new ArraySize(Math.max(1, ...sizes.map((size) => size.width)), Math.max(1, sizes.reduce((sum, size) => sum + size.height, 0)));
  }

  hstackSize(ast: ProcedureCall, state: InterpreterState): ArraySize {
    const sizes = ast.args.map((arg) => this.sizeOf(arg, state));
    return new ArraySize(Math.max(1, sizes.reduce((sum, size) => sum + size.width, 0)), Math.max(1, ...sizes.map((size) => size.height)));
  }

  /** The rows `nums` choose from `rows` (1 the first, -1 the last), turned back by `orient`. */
  private pick(rows: Rows, nums: SimpleRangeValue[], orient: (rows: Rows) => Rows): FunctionResult {
    const chosen: Rows = [];
    for (const num of nums) {
      for (const cell of num.valuesFromTopLeftCorner()) {
        const n = this.count(plainCell(cell));
        if (n instanceof CellError) return n;
        if (n === 0 || Math.abs(n) > rows.length) return new CellError(ErrorType.VALUE, `There is no number ${n} in ${rows.length}.`);
        chosen.push(rows[n > 0 ? n - 1 : rows.length + n]!);
      }
    }
    return resultRange(orient(chosen));
  }

  private flatten(ast: ProcedureCall, state: InterpreterState, name: string, shape: (cells: PlainCell[]) => Rows): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata(name), (array: SimpleRangeValue, ignoreArg: unknown, scanArg: unknown) => {
      const ignore = ignoreArg === undefined || ignoreArg === EmptyValue ? 0 : this.count(ignoreArg);
      if (ignore instanceof CellError) return ignore;
      if (ignore < 0 || ignore > 3) return new CellError(ErrorType.VALUE, 'ignore is 0, 1, 2 or 3.');
      const byColumn = truth(scanArg);
      if (byColumn instanceof CellError) return byColumn;
      const rows = byColumn ? transposed(plainRows(array)) : plainRows(array);
      const [dropBlanks, dropErrors] = [ignore === 1 || ignore === 3, ignore >= 2];
      const kept = rows.flat().filter((cell) => !(dropBlanks && cell === EmptyValue) && !(dropErrors && cell instanceof CellError));
      return kept.length === 0 ? emptyArrayError('Every value was ignored.') : resultRange(shape(kept));
    });
  }

  private wrap(ast: ProcedureCall, state: InterpreterState, name: string, orient: (rows: Rows) => Rows): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata(name), (vector: SimpleRangeValue, wrapCount: number, padWith: PlainCell | undefined) => {
      if (vector.width() !== 1 && vector.height() !== 1) return new CellError(ErrorType.VALUE, 'The vector must be one row or one column.');
      const across = Math.trunc(wrapCount);
      if (across < 1) return new CellError(ErrorType.NUM, 'wrap_count must be at least 1.');
      const cells = plainRows(vector).flat();
      const lines = Math.ceil(cells.length / across);
      if (exceedsArrayBound(across, lines)) return arrayTooLarge();
      const pad = padWith ?? notAvailable();
      const rows = Array.from({ length: lines }, (_, line) => Array.from({ length: across }, (_, k) => (line * across + k < cells.length ? cells[line * across + k]! : pad)));
      return resultRange(orient(rows));
    });
  }

  private stack(ast: ProcedureCall, state: InterpreterState, orient: (rows: Rows) => Rows): FunctionResult {
    if (ast.args.length === 0) return new CellError(ErrorType.NA, 'Wrong number of arguments.');
    const parts: Rows[] = [];
    for (const arg of ast.args) {
      const value = this.evaluateAst(arg, state);
      parts.push(orient(value instanceof SimpleRangeValue ? plainRows(value) : [[plainCell(value as RangeCell)]]));
    }
    const width = Math.max(...parts.map((rows) => rows[0]?.length ?? 0));
    const stacked = parts.flatMap((rows) => rows.map((row) => [...row, ...Array.from({ length: width - row.length }, notAvailable)]));
    return resultRange(orient(stacked));
  }

  /** How many rows (columns) CHOOSEROWS (CHOOSECOLS) picks: one per number, each array's all. */
  private chosenCount(ast: ProcedureCall, state: InterpreterState): number {
    const counts = ast.args.slice(1).map((arg) => this.sizeOf(arg, state));
    return Math.max(1, counts.reduce((sum, { width, height }) => sum + width * height, 0));
  }

  /** WRAPROWS' row length and number of rows (WRAPCOLS' column), when wrap_count is written in the formula. */
  private wrappedSize(ast: ProcedureCall, state: InterpreterState): { across: number; lines: number } | undefined {
    const { width, height } = this.sizeOf(ast.args[0], state);
    const across = Math.trunc(literalCount(ast.args[1]) ?? 0);
    return across < 1 || (width !== 1 && height !== 1) ? undefined : { across, lines: Math.ceil((width * height) / across) };
  }

  /**
   * An argument's size, read as an array (`TOCOL(A1:C3*2)` is 9 values: these functions compute
   * their arguments as arrays) and not marked as a reference (which would make it one cell).
   */
  private sizeOf(arg: Ast | undefined, state: InterpreterState): { width: number; height: number } {
    if (arg === undefined) return { width: 1, height: 1 };
    const size = this.arraySizeForAst(arg, { ...state, arraysFlag: true });
    return { width: size.width, height: size.height };
  }

  private count(value: unknown): number | CellError {
    const number = this.arithmeticHelper.coerceScalarToNumberOrError(value as Parameters<typeof this.arithmeticHelper.coerceScalarToNumberOrError>[0]);
    return number instanceof CellError ? number : Math.trunc(Number(number));
  }
}

/** Makes CHOOSECOLS … EXPAND available and replaces VSTACK and HSTACK, for engines built afterwards (idempotent). */
export function registerArrayReshapeFunctions(): void {
  HyperFormula.unregisterFunction('VSTACK');
  HyperFormula.unregisterFunction('HSTACK');
  HyperFormula.registerFunctionPlugin(ArrayReshapeFunctionsPlugin, ARRAY_RESHAPE_FUNCTION_TRANSLATIONS);
}
