/**
 * Excel 365's RANDARRAY([rows],[columns],[min],[max],[whole_number]), which HyperFormula 3.5
 * lacks (https://support.microsoft.com/en-us/excel/randarray-function):
 * a rows × columns array of random numbers, drawn anew at every computation as RAND is.
 * - Omitted (or empty) rows and columns are 1, min 0 and max 1, whole_number FALSE; counts are
 *   truncated. A count of 0 (a blank cell reads as 0) is an empty array, Excel's #CALC!; a negative one #VALUE!.
 * - Decimal numbers are drawn from [min, max); whole numbers from min to max, both included.
 * - min must be less than max, else #VALUE! (Microsoft's page); with whole_number TRUE, a min or
 *   max that is no whole number is #VALUE! too.
 * - Inside LET a RANDARRAY value is drawn once (formula/letFormula.ts).
 * Its spill: the exact size when rows and columns are written in the formula, else one cell until
 * the engine resizes it to the computed result (spillResizing.ts); past the bound on one result,
 * Excel's #SPILL! before anything is drawn (arrayBound.ts).
 */
import { ArraySize, CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { arrayTooLarge, exceedsArrayBound } from './arrayBound.js';
import { emptyArrayError } from './excelErrors.js';
import { literalCount, omitted, resultRange, type Ast, type FunctionResult, type InterpreterState, type ProcedureCall } from './functionPlugins.js';
import { RANDOM_ARRAY_TRANSLATIONS } from './randomArrayName.js';

export { RANDOM_ARRAY_FUNCTION_NAMES, RANDOM_ARRAY_TRANSLATIONS } from './randomArrayName.js';

const COUNT = { argumentType: FunctionArgumentType.NUMBER, defaultValue: 1, emptyAsDefault: true };
const number = (defaultValue: number) => ({ argumentType: FunctionArgumentType.NUMBER, defaultValue, emptyAsDefault: true });

/** A count written in the formula, or the default 1 when left out; undefined when computed. */
function writtenCount(ast: Ast | undefined): number | undefined {
  if (omitted(ast)) return 1;
  const count = literalCount(ast);
  return count === undefined ? undefined : Math.trunc(count);
}

class RandomArrayPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    RANDARRAY: {
      method: 'randarray',
      sizeOfResultArrayMethod: 'randarraySize',
      parameters: [COUNT, COUNT, number(0), number(1), { argumentType: FunctionArgumentType.BOOLEAN, defaultValue: false, emptyAsDefault: true }],
      isVolatile: true,
      vectorizationForbidden: true,
    },
  };

  randarray(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('RANDARRAY'), (rowsArg: number, columnsArg: number, min: number, max: number, whole: boolean) => {
      const [rows, columns] = [Math.trunc(rowsArg), Math.trunc(columnsArg)];
      if (rows < 0 || columns < 0) return new CellError(ErrorType.VALUE, 'rows and columns must not be negative.');
      if (rows === 0 || columns === 0) return emptyArrayError('RANDARRAY of no rows or no columns is an empty array.');
      if (!(min < max)) return new CellError(ErrorType.VALUE, 'min must be less than max.');
      if (whole && (!Number.isInteger(min) || !Number.isInteger(max))) return new CellError(ErrorType.VALUE, 'whole numbers need a whole min and max.');
      if (exceedsArrayBound(columns, rows)) return arrayTooLarge();
      const draw = whole ? () => min + Math.floor(Math.random() * (max - min + 1)) : () => min + Math.random() * (max - min);
      return resultRange(Array.from({ length: rows }, () => Array.from({ length: columns }, draw)));
    });
  }

  /** The size written in the formula; one cell when a count is computed or gives no array. */
  randarraySize(ast: ProcedureCall): ArraySize {
    const rows = writtenCount(ast.args[0]);
    const columns = writtenCount(ast.args[1]);
    if (rows === undefined || columns === undefined || rows < 1 || columns < 1) return ArraySize.scalar();
    return new ArraySize(columns, rows);
  }
}

/** Makes RANDARRAY available for engines built afterwards (idempotent). */
export function registerRandomArray(): void {
  HyperFormula.registerFunctionPlugin(RandomArrayPlugin, RANDOM_ARRAY_TRANSLATIONS);
}
