/**
 * Excel 365's array functions that cut or reorder an array: TAKE, DROP and SORTBY, which
 * HyperFormula 3.5 lacks, and FILTER, whose HyperFormula version differs from Excel's (it reads
 * a third argument as one more condition instead of if_empty, and refuses a table of several
 * columns). Results spill as HyperFormula's own SORT does.
 *
 * - TAKE / DROP(array, rows, [columns]) (Microsoft's pages): negative counts from the end, an
 *   omitted or too large count takes (or drops) everything. Nothing left: Excel's #CALC!
 *   (excelErrors.ts).
 * - SORTBY(array, by_array1, [sort_order1], …): each by_array a column as tall as the array
 *   (sorting its rows) or a row as wide (sorting its columns); order 1 or -1, else #VALUE!;
 *   stable; Excel's order of kinds (excelOrdering.ts).
 * - FILTER(array, include, [if_empty]): include a column as tall as the array or a row as wide;
 *   a number counts as its truth, an error in include is the result, text is #VALUE!. Nothing
 *   kept: if_empty, else Excel's #CALC!.
 * The spill reserved when the formula is entered: FILTER's the array's, TAKE's and DROP's the exact
 * one when the counts are written in the formula, else the array's; the engine then resizes it to
 * the computed result (FILTER: the rows it keeps; spillResizing.ts).
 */
import { ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { ARRAY_SHAPE_FUNCTION_TRANSLATIONS } from './arrayShapeFunctionNames.js';
import { emptyArrayError } from './excelErrors.js';
import { sortOrder } from './excelOrdering.js';
import { helperTextOrder } from './localeTextOrder.js';
import { literalCount, omitted, plainRows, resultRange, transposed, type Ast, type FunctionResult, type InterpreterState, type PlainCell, type ProcedureCall } from './functionPlugins.js';

export { ARRAY_SHAPE_FUNCTION_NAMES, ARRAY_SHAPE_FUNCTION_TRANSLATIONS } from './arrayShapeFunctionNames.js';

const RANGE = { argumentType: FunctionArgumentType.RANGE };
// SCALAR, not NUMBER: an empty place (`TAKE(A1:C3,,2)`) must read as omitted, not fail as a number.
const OPTIONAL_NUMBER = { argumentType: FunctionArgumentType.SCALAR, optionalArg: true };
const NOTHING_LEFT = 'Nothing left: the result is an empty array.';

/** The kept index range [from, to) of `length` items for TAKE (`take`) or DROP of `count`. */
function span(length: number, count: number | undefined, take: boolean): [number, number] {
  if (count === undefined) return [0, length];
  const n = Math.min(Math.abs(Math.trunc(count)), length);
  if (take) return count >= 0 ? [0, n] : [length - n, length];
  return count >= 0 ? [n, length] : [0, length - n];
}

/** A condition cell's truth for FILTER, or the error it makes. */
function included(cell: PlainCell): boolean | CellError {
  if (cell instanceof CellError) return cell;
  if (typeof cell === 'string') return new CellError(ErrorType.VALUE, 'FILTER\'s include must be logical.');
  return cell !== EmptyValue && Boolean(cell);
}

/** Whether `by` sorts or filters the rows (a column as tall), the columns (a row as wide), or neither. */
function axisOf(array: SimpleRangeValue, by: SimpleRangeValue): 'rows' | 'columns' | undefined {
  if (by.width() === 1 && by.height() === array.height()) return 'rows';
  if (by.height() === 1 && by.width() === array.width()) return 'columns';
  return undefined;
}

class ArrayShapeFunctionsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    TAKE: { method: 'take', sizeOfResultArrayMethod: 'takeSize', parameters: [RANGE, OPTIONAL_NUMBER, OPTIONAL_NUMBER], vectorizationForbidden: true },
    DROP: { method: 'drop', sizeOfResultArrayMethod: 'dropSize', parameters: [RANGE, OPTIONAL_NUMBER, OPTIONAL_NUMBER], vectorizationForbidden: true },
    SORTBY: {
      method: 'sortby',
      sizeOfResultArrayMethod: 'firstArgumentSize',
      parameters: [RANGE, RANGE, { argumentType: FunctionArgumentType.NUMBER, defaultValue: 1 }],
      repeatLastArgs: 2,
      enableArrayArithmeticForArguments: true,
      vectorizationForbidden: true,
    },
    FILTER: {
      method: 'filter',
      sizeOfResultArrayMethod: 'firstArgumentSize',
      parameters: [RANGE, RANGE, { argumentType: FunctionArgumentType.SCALAR, optionalArg: true }],
      enableArrayArithmeticForArguments: true,
      vectorizationForbidden: true,
    },
  };

  take(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.cut(ast, state, 'TAKE', true);
  }

  drop(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.cut(ast, state, 'DROP', false);
  }

  takeSize(ast: ProcedureCall, state: InterpreterState): ArraySize {
    return this.cutSize(ast, state, true);
  }

  dropSize(ast: ProcedureCall, state: InterpreterState): ArraySize {
    return this.cutSize(ast, state, false);
  }

  /** The array argument's size, not marked as a reference (which would make it one cell). */
  firstArgumentSize(ast: ProcedureCall, state: InterpreterState): ArraySize {
    const first = ast.args[0];
    if (first === undefined) return ArraySize.error();
    const size = this.arraySizeForAst(first, state);
    return new ArraySize(size.width, size.height);
  }

  sortby(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('SORTBY'), (array: SimpleRangeValue, ...keysAndOrders: Array<SimpleRangeValue | number>) => {
      const keys: Array<{ cells: PlainCell[]; descending: boolean }> = [];
      let axis: 'rows' | 'columns' | undefined;
      for (let i = 0; i < keysAndOrders.length; i += 2) {
        const by = keysAndOrders[i] as SimpleRangeValue;
        const order = (keysAndOrders[i + 1] as number | undefined) ?? 1;
        const byAxis = axisOf(array, by);
        if (byAxis === undefined || (axis !== undefined && byAxis !== axis)) return new CellError(ErrorType.VALUE, 'by_array must match the array.');
        if (order !== 1 && order !== -1) return new CellError(ErrorType.VALUE, 'sort_order is 1 or -1.');
        axis = byAxis;
        keys.push({ cells: plainRows(by).flat(), descending: order === -1 });
      }
      const rows = axis === 'columns' ? transposed(plainRows(array)) : plainRows(array);
      const order = rows.map((_, i) => i);
      const text = helperTextOrder(this.arithmeticHelper);
      order.sort((a, b) => {
        for (const key of keys) {
          const difference = sortOrder(key.cells[a]!, key.cells[b]!, key.descending, text);
          if (difference !== 0) return difference;
        }
        return a - b;
      });
      const sorted = order.map((i) => rows[i]!);
      return resultRange(axis === 'columns' ? transposed(sorted) : sorted);
    });
  }

  filter(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('FILTER'), (array: SimpleRangeValue, include: SimpleRangeValue, ifEmpty: PlainCell | undefined) => {
      const axis = axisOf(array, include);
      if (axis === undefined) return new CellError(ErrorType.VALUE, 'include must be a row or column matching the array.');
      const keep: boolean[] = [];
      for (const cell of plainRows(include).flat()) {
        const truth = included(cell);
        if (truth instanceof CellError) return truth;
        keep.push(truth);
      }
      const rows = axis === 'columns' ? transposed(plainRows(array)) : plainRows(array);
      const kept = rows.filter((_, i) => keep[i]);
      if (kept.length === 0) return ifEmpty ?? emptyArrayError(NOTHING_LEFT);
      return resultRange(axis === 'columns' ? transposed(kept) : kept);
    });
  }

  private cut(ast: ProcedureCall, state: InterpreterState, name: string, take: boolean): FunctionResult {
    const [, rowsAst, columnsAst] = ast.args;
    return this.runFunction(ast.args, state, this.metadata(name), (array: SimpleRangeValue, rowsArg: unknown, columnsArg: unknown) => {
      const rows = omitted(rowsAst) || rowsArg === EmptyValue ? undefined : this.count(rowsArg);
      const columns = omitted(columnsAst) || columnsArg === EmptyValue ? undefined : this.count(columnsArg);
      if (rows instanceof CellError) return rows;
      if (columns instanceof CellError) return columns;
      const [top, bottom] = span(array.height(), rows, take);
      const [left, right] = span(array.width(), columns, take);
      if (bottom <= top || right <= left || (take && (rows === 0 || columns === 0))) return emptyArrayError(NOTHING_LEFT);
      return resultRange(plainRows(array).slice(top, bottom).map((row) => row.slice(left, right)));
    });
  }

  private count(value: unknown): number | CellError {
    const number = this.arithmeticHelper.coerceScalarToNumberOrError(value as Parameters<typeof this.arithmeticHelper.coerceScalarToNumberOrError>[0]);
    return number instanceof CellError ? number : Number(number);
  }

  private cutSize(ast: ProcedureCall, state: InterpreterState, take: boolean): ArraySize {
    const whole = this.firstArgumentSize(ast, state);
    const [, rowsAst, columnsAst] = ast.args;
    const extent = (length: number, countAst: Ast | undefined): number => {
      if (omitted(countAst)) return length;
      const count = literalCount(countAst);
      if (count === undefined) return length;
      const [from, to] = span(length, count, take);
      return Math.max(1, to - from);
    };
    return new ArraySize(extent(whole.width, columnsAst), extent(whole.height, rowsAst));
  }
}

/** Makes TAKE, DROP and SORTBY available and replaces FILTER, for engines built afterwards (idempotent). */
export function registerArrayShapeFunctions(): void {
  HyperFormula.unregisterFunction('FILTER');
  HyperFormula.registerFunctionPlugin(ArrayShapeFunctionsPlugin, ARRAY_SHAPE_FUNCTION_TRANSLATIONS);
}
