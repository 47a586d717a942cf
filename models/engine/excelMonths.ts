/**
 * EDATE and EOMONTH as Excel computes them. HyperFormula 3.5 gives EDATE(DATE(2024,1,31),1) =
 * 28 Feb 2024 (its day-clamping misses leap years) and #NUM! for a fractional number of months;
 * Excel gives 29 Feb 2024 and truncates the months (and the start date) toward zero
 * (https://support.microsoft.com/office/edate-function-3c920eb2-6e66-44e7-a1f5-753ae47ee4f5).
 * Dates are serial numbers from 30 Dec 1899, as in the engine and in Excel after 1 Mar 1900.
 * Registering replaces the engine's functions; their Danish names (EDATO, SLUT.PÅ.MÅNED) are kept.
 */
import { CellError, ErrorType, FunctionPlugin } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';
import { builtInMetadata, replaceBuiltInFunctions } from './replaceFunctions.js';

const DAY_MS = 86_400_000;
const SERIAL_ZERO = Date.UTC(1899, 11, 30);
/** 31 Dec 9999, the last date Excel knows. */
const LAST_SERIAL = 2_958_465;

/** The serial `months` months after `serial`, on its day or the month's last day; `endOfMonth`: always the last. */
function shiftMonths(serial: number, months: number, endOfMonth: boolean): number | CellError {
  const start = new Date(SERIAL_ZERO + Math.trunc(serial) * DAY_MS);
  const year = start.getUTCFullYear();
  const month = start.getUTCMonth() + Math.trunc(months);
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = endOfMonth ? lastDay : Math.min(start.getUTCDate(), lastDay);
  const result = Math.round((Date.UTC(year, month, day) - SERIAL_ZERO) / DAY_MS);
  return result < 0 || result > LAST_SERIAL ? new CellError(ErrorType.NUM, 'date outside Excel\'s range') : result;
}

class ExcelMonthsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {};

  edate(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('EDATE'), (start: number, months: number) => shiftMonths(start, months, false));
  }

  eomonth(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('EOMONTH'), (start: number, months: number) => shiftMonths(start, months, true));
  }
}

/** Replaces HyperFormula's EDATE and EOMONTH with Excel's (call before building engines). */
export function registerExcelMonths(): void {
  ExcelMonthsPlugin.implementedFunctions = {
    EDATE: { ...builtInMetadata('EDATE'), method: 'edate' },
    EOMONTH: { ...builtInMetadata('EOMONTH'), method: 'eomonth' },
  };
  replaceBuiltInFunctions(ExcelMonthsPlugin, ['EDATE', 'EOMONTH']);
}
