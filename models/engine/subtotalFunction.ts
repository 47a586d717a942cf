/**
 * Excel's SUBTOTAL(function_num, ref1, …), replacing HyperFormula's, which knew no hidden rows:
 * function_num 1–11 (AVERAGE, COUNT, COUNTA, MAX, MIN, PRODUCT, STDEV.S, STDEV.P, SUM, VAR.S,
 * VAR.P) count every row of the references; 101–111, the same functions, pass over hidden rows
 * (workbook/hiddenLines.ts). Neither passes over hidden columns (Microsoft's SUBTOTAL page, and
 * LibreOffice alike). Any other function_num is #VALUE!. Ranges count their numbers only (text,
 * logicals and blanks are passed over, COUNTA counts every cell not blank); an error in a range is
 * the result, except for COUNT, which counts numbers only, as COUNT does.
 * Cells of the references that hold a SUBTOTAL or AGGREGATE themselves are passed over, as in
 * Excel (nestedSubtotals.ts).
 */
import { CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, type SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { FunctionResult, InterpreterState, PlainCell, ProcedureCall } from './functionPlugins.js';
import * as stats from './sampleStatistics.js';
import { REFERENCE_FORM } from './statisticsFunctions.js';
import { argumentCells, hiddenRowsOf, referencedCell } from './visibleCells.js';
import { subtotalCells } from './nestedSubtotals.js';

const COUNT = 2;
const COUNTA = 3;
/** function_num from this on passes over hidden rows (101 is AVERAGE, as 1 is). */
const IGNORING_HIDDEN = 100;

/** The statistic of the cells for SUBTOTAL's function `fn` (1–11). */
export function subtotalOf(fn: number, cells: readonly PlainCell[]): number | CellError {
  if (fn === COUNTA) return cells.filter((cell) => cell !== EmptyValue).length;
  const numbers: number[] = [];
  for (const cell of cells) {
    if (cell instanceof CellError) {
      if (fn !== COUNT) return cell;
    } else if (typeof cell === 'number') numbers.push(cell);
  }
  const statistic: stats.Statistic = REFERENCE_FORM[fn]!(numbers);
  return typeof statistic === 'number' ? statistic : new CellError(statistic);
}

class SubtotalPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    SUBTOTAL: {
      method: 'subtotal',
      parameters: [{ argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.RANGE }],
      repeatLastArgs: 1,
    },
  };

  subtotal(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('SUBTOTAL'), (functionNumber: number, ...ranges: SimpleRangeValue[]) => {
      const given = Math.trunc(functionNumber);
      const skipHidden = given > IGNORING_HIDDEN;
      const fn = skipHidden ? given - IGNORING_HIDDEN : given;
      if (fn < 1 || fn > 11) return new CellError(ErrorType.VALUE, 'SUBTOTAL functions are 1 to 11 and 101 to 111.');
      const hidden = hiddenRowsOf(this.config.context);
      const nested = subtotalCells(this.dependencyGraph);
      const cells = ranges.flatMap((range, i) => argumentCells(range, skipHidden, hidden, referencedCell(ast.args[i + 1], state.formulaAddress), nested));
      return subtotalOf(fn, cells);
    });
  }
}

const TRANSLATIONS = { enGB: { SUBTOTAL: 'SUBTOTAL' }, enUS: { SUBTOTAL: 'SUBTOTAL' }, daDK: { SUBTOTAL: 'SUBTOTAL' } };

/** Replaces HyperFormula's SUBTOTAL with Excel's for engines built afterwards (idempotent). */
export function registerSubtotal(): void {
  HyperFormula.unregisterFunction('SUBTOTAL');
  HyperFormula.registerFunctionPlugin(SubtotalPlugin, TRANSLATIONS);
}
