/**
 * ISOWEEKNUM and DAYS360 as Excel computes them; the differential hunt against LibreOffice 7.4
 * (test/models/plannerFormulasLibreOffice.test.ts) found HyperFormula 3.5 wrong in both.
 *
 * - ISOWEEKNUM: the ISO 8601 week, which starts on Monday; week 1 holds the year's first Thursday
 *   (https://support.microsoft.com/office/isoweeknum-function-1c2d0afe-d25b-4ab1-8894-8d0520e90e0e).
 *   So 30 December 2024, a Monday, is week 1 (of 2025). HyperFormula counted every day of the
 *   year's last days as week 53, also in years with 52 weeks: Danish planners count weeks so.
 * - DAYS360 (US method): a start on the month's last day, the last of February too, counts as the
 *   30th, and an end on the 31st counts as the 30th only when the start then is the 30th
 *   (https://support.microsoft.com/office/days360-function-b9a509fd-49ef-407e-94df-0cbda5718c2a).
 *   HyperFormula moved a start on the last of February only after looking at the end, so
 *   DAYS360(29-02-2024;31-03-2024) gave 31, not 30. Excel does not move an end on the last of
 *   February (28-02-2002 to 28-02-2006 is 1,438 days, not 1,440: Gnumeric's DAYS360 page and
 *   users' reports; LibreOffice 7.4 computes it so too). YEARFRAC's basis 0 keeps HyperFormula's
 *   own rule (both ends of February move), where LibreOffice agreed.
 */
import { CellError, ErrorType, FunctionPlugin } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';
import { builtInMetadata, replaceBuiltInFunctions } from './replaceFunctions.js';
import { dateSerial, daysInMonth, serialDate, serialWeekday } from '../format/excelDate.js';

/** Serial of 1 January 1899 in Excel's count (serial 0 is 31 December 1899, Excel's 1900-01-00). */
const FIRST_OF_1899 = -364;

/**
 * The ISO week of a date serial: the week of its Thursday, counted in that Thursday's year (Excel's
 * calendar). A Thursday before serial 1 falls in 1899: Excel's serial 1, a Sunday in its calendar,
 * is week 52 (LibreOffice 7.4 alike; HyperFormula and, before, Fremskriv gave #NUM!).
 */
export function isoWeek(serial: number): number | CellError {
  const whole = Math.trunc(serial);
  if (whole < 0) return new CellError(ErrorType.NUM, 'date outside Excel\'s range');
  const mondayBased = (serialWeekday(whole) + 6) % 7;
  const thursday = whole + 3 - mondayBased;
  const year = thursday < 1 ? 1899 : serialDate(thursday)?.year;
  const yearStart = year === undefined ? null : year === 1899 ? FIRST_OF_1899 : dateSerial(year, 1, 1);
  if (yearStart === null) return new CellError(ErrorType.NUM, 'date outside Excel\'s range');
  return 1 + Math.floor((thursday - yearStart) / 7);
}

/** Days between two date serials in a year of twelve 30-day months; `european`: Excel's method TRUE. */
export function days360(startSerial: number, endSerial: number, european: boolean): number | CellError {
  const start = serialDate(Math.trunc(startSerial));
  const end = serialDate(Math.trunc(endSerial));
  if (start === null || end === null) return new CellError(ErrorType.NUM, 'date outside Excel\'s range');
  let first = start.day;
  let last = end.day;
  if (european) {
    first = Math.min(first, 30);
    last = Math.min(last, 30);
  } else {
    const lastOfFebruary = start.month === 2 && daysInMonth(start.year, 2) === first;
    if (first === 31 || lastOfFebruary) first = 30;
    if (last === 31 && first === 30) last = 30;
  }
  return 360 * (end.year - start.year) + 30 * (end.month - start.month) + last - first;
}

class ExcelDayCountsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {};

  isoweeknum(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('ISOWEEKNUM'), (serial: number) => isoWeek(serial));
  }

  days360(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('DAYS360'), (start: number, end: number, european: boolean) => days360(start, end, european));
  }
}

/** Replaces HyperFormula's ISOWEEKNUM and DAYS360 with Excel's (call before building engines). */
export function registerExcelDayCounts(): void {
  ExcelDayCountsPlugin.implementedFunctions = {
    ISOWEEKNUM: { ...builtInMetadata('ISOWEEKNUM'), method: 'isoweeknum' },
    DAYS360: { ...builtInMetadata('DAYS360'), method: 'days360' },
  };
  replaceBuiltInFunctions(ExcelDayCountsPlugin, ['ISOWEEKNUM', 'DAYS360']);
}
