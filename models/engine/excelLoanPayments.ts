/**
 * PMT, IPMT, PPMT, CUMIPMT and CUMPRINC as Excel computes them; the expert hunt against
 * LibreOffice 7.4 and Microsoft's pages found HyperFormula 3.5 wrong at the edges:
 *
 * - PMT with no periods is #DIV/0! ("In Excel, if nper is 0, then #DIV/0! is returned", [MS-OI29500]
 *   2.1.1016); HyperFormula gave #NUM!.
 * - IPMT of a period outside 1 ≤ per < nper+1 is #NUM! ([MS-OI29500] 2.1.978), PPMT of one below 1 or
 *   past nper too (2.1.1019); HyperFormula computed a number for period 0 or 13 of 12.
 * - CUMIPMT and CUMPRINC truncate nper, the periods and type to whole numbers (Microsoft's
 *   WorksheetFunction.CumIPmt page, [MS-OI29500] 2.1.918), and an end past nper is #NUM!;
 *   HyperFormula gave #NUM! for `CUMIPMT(…;1,5;12,7;0)` and computed periods past the loan's end.
 *
 * The payment formulas are HyperFormula's (a payment at the start of a period when type is not 0,
 * as Excel reads any nonzero type); only the checks differ. Registering replaces the engine's
 * functions; their Danish names (YDELSE, R.YDELSE, H.YDELSE, AKKUM.RENTE, AKKUM.HOVEDSTOL) are kept.
 */
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';
import { builtInMetadata, replaceBuiltInFunctions } from './replaceFunctions.js';

/** The payment per period of a loan or annuity (Excel's PMT); `nper` is never 0 here. */
export function payment(rate: number, nper: number, pv: number, fv: number, type: number): number {
  if (rate === 0) return (-pv - fv) / nper;
  const term = Math.pow(1 + rate, nper);
  return ((fv * rate + pv * rate * term) * (type ? 1 / (1 + rate) : 1)) / (1 - term);
}

/** The balance after `nper` periods of `pmt` (Excel's FV). */
function futureValue(rate: number, nper: number, pmt: number, pv: number, type: number): number {
  if (rate === 0) return -pv - pmt * nper;
  const term = Math.pow(1 + rate, nper);
  return (pmt * (type ? 1 + rate : 1) * (1 - term)) / rate - pv * term;
}

/** The interest part of period `per`'s payment (Excel's IPMT, its period already checked). */
export function interestPart(rate: number, per: number, nper: number, pv: number, fv: number, type: number): number {
  const pmt = payment(rate, nper, pv, fv, type);
  if (per === 1) return rate * (type ? 0 : -pv);
  return rate * (type ? futureValue(rate, per - 2, pmt, pv, type) - pmt : futureValue(rate, per - 1, pmt, pv, type));
}

const NO_PERIODS = () => new CellError(ErrorType.DIV_BY_ZERO, 'The loan has no periods.');
const OUTSIDE = () => new CellError(ErrorType.NUM, 'The period is outside the loan.');

/** CUMIPMT's and CUMPRINC's checks after truncation; the whole periods, or the error. */
function cumulativePeriods(rate: number, nper: number, pv: number, start: number, end: number, type: number): { nper: number; start: number; end: number; type: number } | CellError {
  const [periods, first, last, timing] = [nper, start, end, type].map(Math.trunc) as [number, number, number, number];
  if (rate <= 0 || periods <= 0 || pv <= 0) return new CellError(ErrorType.NUM, 'Rate, periods and present value must be positive.');
  if (first < 1 || last < 1 || first > last || last > periods) return OUTSIDE();
  if (timing !== 0 && timing !== 1) return new CellError(ErrorType.NUM, 'Type must be 0 or 1.');
  return { nper: periods, start: first, end: last, type: timing };
}

const NUMBER = { argumentType: FunctionArgumentType.NUMBER };
const CUMULATIVE = { parameters: [NUMBER, NUMBER, NUMBER, NUMBER, NUMBER, NUMBER] };

class ExcelLoanPaymentsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {};

  pmt(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('PMT'), (rate: number, nper: number, pv: number, fv: number, type: number) =>
      nper === 0 ? NO_PERIODS() : payment(rate, nper, pv, fv, type));
  }

  ipmt(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('IPMT'), (rate: number, per: number, nper: number, pv: number, fv: number, type: number) => {
      if (!(per >= 1 && per < nper + 1)) return OUTSIDE();
      return interestPart(rate, per, nper, pv, fv, type);
    });
  }

  ppmt(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('PPMT'), (rate: number, per: number, nper: number, pv: number, fv: number, type: number) => {
      if (per < 1 || per > nper) return OUTSIDE();
      return payment(rate, nper, pv, fv, type) - interestPart(rate, per, nper, pv, fv, type);
    });
  }

  cumipmt(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('CUMIPMT'), (rate: number, nper: number, pv: number, start: number, end: number, type: number) =>
      this.cumulative(rate, nper, pv, start, end, type, false));
  }

  cumprinc(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('CUMPRINC'), (rate: number, nper: number, pv: number, start: number, end: number, type: number) =>
      this.cumulative(rate, nper, pv, start, end, type, true));
  }

  private cumulative(rate: number, nper: number, pv: number, start: number, end: number, type: number, principal: boolean): number | CellError {
    const checked = cumulativePeriods(rate, nper, pv, start, end, type);
    if (checked instanceof CellError) return checked;
    const pmt = payment(rate, checked.nper, pv, 0, checked.type);
    let sum = 0;
    for (let per = checked.start; per <= checked.end; per++) {
      const interest = interestPart(rate, per, checked.nper, pv, 0, checked.type);
      sum += principal ? pmt - interest : interest;
    }
    return sum;
  }
}

const NAMES = ['PMT', 'IPMT', 'PPMT', 'CUMIPMT', 'CUMPRINC'] as const;

/** Replaces HyperFormula's loan payment functions with Excel's (call before building engines). */
export function registerExcelLoanPayments(): void {
  ExcelLoanPaymentsPlugin.implementedFunctions = {
    PMT: { ...builtInMetadata('PMT'), method: 'pmt' },
    IPMT: { ...builtInMetadata('IPMT'), method: 'ipmt' },
    PPMT: { ...builtInMetadata('PPMT'), method: 'ppmt' },
    CUMIPMT: { ...builtInMetadata('CUMIPMT'), ...CUMULATIVE, method: 'cumipmt' },
    CUMPRINC: { ...builtInMetadata('CUMPRINC'), ...CUMULATIVE, method: 'cumprinc' },
  };
  replaceBuiltInFunctions(ExcelLoanPaymentsPlugin, NAMES);
}
