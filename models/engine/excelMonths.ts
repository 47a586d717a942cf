/**
 * EDATE and EOMONTH as Excel computes them. HyperFormula 3.5 gives EDATE(DATE(2024,1,31),1) =
 * 28 Feb 2024 (its day-clamping misses leap years) and #NUM! for a fractional number of months;
 * Excel gives 29 Feb 2024 and truncates the months (and the start date) toward zero
 * (https://support.microsoft.com/office/edate-function-3c920eb2-6e66-44e7-a1f5-753ae47ee4f5).
 * Dates are read and made in Excel's calendar (format/excelDate.ts): February 1900 has 29 days.
 * Registering replaces the engine's functions; their Danish names (EDATO, SLUT.PÅ.MÅNED) are kept.
 */
import { CellError, ErrorType, FunctionPlugin } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';
import { builtInMetadata, replaceBuiltInFunctions } from './replaceFunctions.js';
import { daysInMonth, LAST_DATE_SERIAL, monthDaySerial, serialDate } from '../format/excelDate.js';

/** The serial `months` months after `serial`, on its day or the month's last day; `endOfMonth`: always the last. */
function shiftMonths(serial: number, months: number, endOfMonth: boolean): number | CellError {
  const start = serialDate(Math.trunc(serial));
  if (start === null || serial < 0) return new CellError(ErrorType.NUM, 'date outside Excel\'s range');
  const counted = start.month - 1 + Math.trunc(months);
  const year = start.year + Math.floor(counted / 12);
  const month = counted - 12 * Math.floor(counted / 12) + 1;
  if (year < 1900) return new CellError(ErrorType.NUM, 'date outside Excel\'s range');
  const lastDay = daysInMonth(year, month);
  const result = monthDaySerial(year, month, endOfMonth ? lastDay : Math.min(start.day, lastDay));
  return result < 0 || result > LAST_DATE_SERIAL ? new CellError(ErrorType.NUM, 'date outside Excel\'s range') : result;
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
