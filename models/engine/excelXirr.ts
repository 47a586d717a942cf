/**
 * XIRR as Office computes it: a payment dated before the first date is discounted back from it
 * ([MS-OI29500] 2.1.1070 d: "In Office, dates in the argument dates can precede the start date";
 * Microsoft's XIRR page still says #NUM!, and its newer text "Dates may occur in any order").
 * HyperFormula 3.5 gave #NUM!, so a cash flow sorted newest first, common in an exported ledger,
 * had no rate. Otherwise as before: the rate r where Σ Pᵢ/(1+r)^((dᵢ−d₁)/365) = 0, found by Newton's
 * method from the guess (0.1 if omitted), at most 100 tries (Microsoft's page) or #NUM!; dates
 * truncated; values and dates of different counts, or no positive and negative value, #NUM!.
 * Danish INTERN.RENTE, as before.
 */
import { CellError, EmptyValue, ErrorType, FunctionPlugin, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { plainCell, type FunctionResult, type InterpreterState, type ProcedureCall } from './functionPlugins.js';
import { builtInMetadata, replaceBuiltInFunctions } from './replaceFunctions.js';

const MAX_TRIES = 100;
const CLOSE = 1e-10;

/** A range's numbers (a blank is 0), or its first error, or #VALUE! for text. */
function numbersOf(range: SimpleRangeValue): number[] | CellError {
  const numbers: number[] = [];
  for (const raw of range.valuesFromTopLeftCorner()) {
    const cell = plainCell(raw);
    if (cell instanceof CellError) return cell;
    if (cell === EmptyValue) numbers.push(0);
    else if (typeof cell === 'number') numbers.push(cell);
    else return new CellError(ErrorType.VALUE, 'XIRR takes numbers.');
  }
  return numbers;
}

/** The annual rate at which the payments' value at the first date is 0 (Newton's method), or #NUM!. */
export function scheduleRate(values: readonly number[], dates: readonly number[], guess: number): number | CellError {
  const start = Math.trunc(dates[0]!);
  const years = dates.map((date) => (Math.trunc(date) - start) / 365);
  let rate = guess;
  for (let i = 0; i < MAX_TRIES; i++) {
    let value = 0;
    let slope = 0;
    values.forEach((payment, k) => {
      const factor = Math.pow(1 + rate, years[k]!);
      value += payment / factor;
      slope -= (years[k]! * payment) / (factor * (1 + rate));
    });
    if (!Number.isFinite(value) || !Number.isFinite(slope) || slope === 0) break;
    const next = rate - value / slope;
    if (Math.abs(value) < CLOSE || Math.abs(next - rate) < CLOSE * Math.max(1, Math.abs(rate))) return next;
    rate = next <= -1 ? (rate - 1) / 2 : next;
  }
  return new CellError(ErrorType.NUM, 'XIRR found no rate in 100 tries.');
}

class ExcelXirrPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {};

  xirr(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('XIRR'), (valueRange: SimpleRangeValue, dateRange: SimpleRangeValue, guess: number) => {
      if (guess <= -1) return new CellError(ErrorType.NUM, 'The guess must be above -100 %.');
      const values = numbersOf(valueRange);
      if (values instanceof CellError) return values;
      const dates = numbersOf(dateRange);
      if (dates instanceof CellError) return dates;
      if (values.length !== dates.length) return new CellError(ErrorType.NUM, 'Values and dates differ in count.');
      if (values.length < 2) return new CellError(ErrorType.NA, 'XIRR needs two payments.');
      if (!values.some((v) => v > 0) || !values.some((v) => v < 0)) return new CellError(ErrorType.NUM, 'XIRR needs a positive and a negative value.');
      if (dates.some((date) => date < 0)) return new CellError(ErrorType.NUM, 'A date is before 1900.');
      return scheduleRate(values, dates, guess);
    });
  }
}

/** Replaces HyperFormula's XIRR with Office's (call before building engines). */
export function registerExcelXirr(): void {
  ExcelXirrPlugin.implementedFunctions = { XIRR: { ...builtInMetadata('XIRR'), method: 'xirr' } };
  replaceBuiltInFunctions(ExcelXirrPlugin, ['XIRR']);
}
