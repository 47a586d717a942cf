/**
 * MDETERM, MINVERSE and MUNIT, which HyperFormula 3.5 lacks (a formula with them showed #NAME?;
 * it has MMULT and TRANSPOSE), as Microsoft's pages give them
 * (https://support.microsoft.com/office/mdeterm-function-e7bfa857-3834-422b-b871-0ffd03717020,
 * https://support.microsoft.com/office/minverse-function-11f55086-adde-4c9f-8eb9-59da2d72efc6,
 * https://support.microsoft.com/office/munit-function-c9fe916a-dc26-4105-997d-ba22799853a3):
 * - the matrix is square and every cell a number: an empty cell, text, a logical value or a
 *   shape not square is #VALUE!, an error in it that error;
 * - MDETERM by Gaussian elimination with partial pivoting (Excel: "about 16 digits of accuracy");
 *   MINVERSE by Gauss–Jordan elimination, a singular matrix (determinant 0) #NUM!;
 * - MUNIT(n): the n × n identity, n truncated, below 1 #VALUE!; it spills, resized with n
 *   (spillSizeHints.ts), and a result past the array bound is #SPILL! (arrayBound.ts).
 * Elimination costs n³: a matrix of more than `MAX_MATRIX_SIDE` rows is #NUM! (Excel's own
 * limit is not documented; no planner's matrix comes near).
 */
import { ArraySize, CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { arrayTooLarge, exceedsArrayBound } from './arrayBound.js';
import { literalCount, plainRows, type FunctionResult, type InterpreterState, type ProcedureCall } from './functionPlugins.js';
import { MATRIX_FUNCTION_TRANSLATIONS } from './matrixFunctionNames.js';

export const MAX_MATRIX_SIDE = 500;

const RANGE = { argumentType: FunctionArgumentType.RANGE };

/** The matrix's numbers, or the error Excel answers for it. */
function squareNumbers(matrix: SimpleRangeValue): number[][] | CellError {
  if (matrix.width() !== matrix.height()) return new CellError(ErrorType.VALUE, 'The matrix must have as many rows as columns.');
  if (matrix.width() > MAX_MATRIX_SIDE) return new CellError(ErrorType.NUM, `A matrix of more than ${MAX_MATRIX_SIDE} rows is not computed.`);
  const rows = plainRows(matrix);
  for (const row of rows) {
    for (const cell of row) {
      if (cell instanceof CellError) return cell;
      if (typeof cell !== 'number') return new CellError(ErrorType.VALUE, 'Every cell of the matrix must hold a number.');
    }
  }
  return rows as number[][];
}

/** The row at or below `column` with the largest value in that column. */
function pivotRow(rows: number[][], column: number): number {
  let best = column;
  for (let row = column + 1; row < rows.length; row++) if (Math.abs(rows[row]![column]!) > Math.abs(rows[best]![column]!)) best = row;
  return best;
}

/** The determinant of a square matrix. */
export function determinant(matrix: readonly (readonly number[])[]): number {
  const rows = matrix.map((row) => [...row]);
  const n = rows.length;
  let product = 1;
  for (let column = 0; column < n; column++) {
    const pivot = pivotRow(rows, column);
    if (rows[pivot]![column] === 0) return 0;
    if (pivot !== column) {
      [rows[pivot], rows[column]] = [rows[column]!, rows[pivot]!];
      product = -product;
    }
    const top = rows[column]!;
    product *= top[column]!;
    for (let row = column + 1; row < n; row++) {
      const factor = rows[row]![column]! / top[column]!;
      if (factor === 0) continue;
      for (let k = column; k < n; k++) rows[row]![k]! -= factor * top[k]!;
    }
  }
  return product;
}

/** The inverse of a square matrix, or undefined when it is singular. */
export function inverse(matrix: readonly (readonly number[])[]): number[][] | undefined {
  const n = matrix.length;
  const rows = matrix.map((row, i) => [...row, ...Array.from({ length: n }, (_, k) => (k === i ? 1 : 0))]);
  for (let column = 0; column < n; column++) {
    const pivot = pivotRow(rows, column);
    if (rows[pivot]![column] === 0) return undefined;
    [rows[pivot], rows[column]] = [rows[column]!, rows[pivot]!];
    const top = rows[column]!;
    const scale = top[column]!;
    for (let k = 0; k < 2 * n; k++) top[k]! /= scale;
    for (let row = 0; row < n; row++) {
      if (row === column) continue;
      const factor = rows[row]![column]!;
      if (factor === 0) continue;
      for (let k = 0; k < 2 * n; k++) rows[row]![k]! -= factor * top[k]!;
    }
  }
  return rows.map((row) => row.slice(n));
}

class MatrixFunctionsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    MDETERM: { method: 'mdeterm', parameters: [RANGE], vectorizationForbidden: true },
    MINVERSE: { method: 'minverse', sizeOfResultArrayMethod: 'minverseSize', parameters: [RANGE], vectorizationForbidden: true },
    MUNIT: { method: 'munit', sizeOfResultArrayMethod: 'munitSize', parameters: [{ argumentType: FunctionArgumentType.NUMBER }], vectorizationForbidden: true },
  };

  mdeterm(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('MDETERM'), (matrix: SimpleRangeValue) => {
      const numbers = squareNumbers(matrix);
      return numbers instanceof CellError ? numbers : determinant(numbers);
    });
  }

  minverse(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('MINVERSE'), (matrix: SimpleRangeValue) => {
      const numbers = squareNumbers(matrix);
      if (numbers instanceof CellError) return numbers;
      const inverted = inverse(numbers);
      return inverted === undefined ? new CellError(ErrorType.NUM, 'The matrix has no inverse (its determinant is 0).') : SimpleRangeValue.onlyNumbers(inverted);
    });
  }

  munit(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('MUNIT'), (dimension: number) => {
      const n = Math.trunc(dimension);
      if (n < 1) return new CellError(ErrorType.VALUE, 'MUNIT needs a dimension of 1 or more.');
      // A dimension from a cell is known only now: `MUNIT(A1)` with A1 = 100000 would build 10^10 values.
      if (exceedsArrayBound(n, n)) return arrayTooLarge();
      return SimpleRangeValue.onlyNumbers(Array.from({ length: n }, (_, row) => Array.from({ length: n }, (_, col) => (row === col ? 1 : 0))));
    });
  }

  /** The matrix argument's size (square or not: a wrong shape answers #VALUE! in one cell). */
  minverseSize(ast: ProcedureCall, state: InterpreterState): ArraySize {
    const first = ast.args[0];
    if (first === undefined) return ArraySize.error();
    const size = this.arraySizeForAst(first, state);
    return new ArraySize(size.width, size.height);
  }

  /** n × n for a dimension written in the formula; else one cell, resized once computed (spillSizeHints.ts). */
  munitSize(ast: ProcedureCall): ArraySize {
    const n = Math.trunc(literalCount(ast.args[0]) ?? 1);
    return n >= 1 ? new ArraySize(n, n) : ArraySize.scalar();
  }
}

/** Adds MDETERM, MINVERSE and MUNIT for engines built afterwards (idempotent). */
export function registerMatrixFunctions(): void {
  HyperFormula.registerFunctionPlugin(MatrixFunctionsPlugin, MATRIX_FUNCTION_TRANSLATIONS);
}
