/**
 * DATEDIF as Excel computes it (https://support.microsoft.com/office/datedif-function-25dba1a4-2812-480b-84dd-8b32a451b35c):
 * HyperFormula 3.5 knows the units only in capitals, so `=DATEDIF(A1,B1,"m")`, the way most
 * planners and most guides write it, showed #NUM!; Excel (and LibreOffice) read "m" as "M".
 * The counting is HyperFormula's, which follows Microsoft's table of units: "Y", "M", "D" whole
 * years, months, days; "MD", "YM", "YD" ignoring the larger units (Microsoft warns that "MD" may
 * give a negative number, as it does in Excel). Registering replaces the engine's DATEDIF; its
 * name in HyperFormula's daDK pack (DATEDIF) is kept.
 */
import { CellError, ErrorType, FunctionPlugin } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';
import { builtInMetadata, replaceBuiltInFunctions } from './replaceFunctions.js';
import { daysInMonth, monthDaySerial, serialDate } from '../format/excelDate.js';

interface DayOfYear {
  year: number;
  month: number;
  day: number;
}

/** Whether the end's month and day come before the start's within a year. */
function beforeInYear(start: DayOfYear, end: DayOfYear): boolean {
  return end.month < start.month || (end.month === start.month && end.day < start.day);
}

function difference(startSerial: number, endSerial: number, unit: string): number | CellError {
  if (startSerial > endSerial) return new CellError(ErrorType.NUM, 'the start date is after the end date');
  const start = serialDate(startSerial);
  const end = serialDate(endSerial);
  if (start === null || end === null) return new CellError(ErrorType.NUM, 'date outside Excel\'s range');
  const dayShort = end.day < start.day ? 1 : 0;
  switch (unit.toUpperCase()) {
    case 'D':
      return Math.floor(endSerial) - Math.floor(startSerial);
    case 'M':
      return (end.year - start.year) * 12 + (end.month - start.month) - dayShort;
    case 'Y':
      return end.year - start.year - (beforeInYear(start, end) ? 1 : 0);
    case 'YM':
      return (12 + (end.month - start.month) - dayShort) % 12;
    case 'MD': {
      if (!dayShort) return end.day - start.day;
      const month = end.month === 1 ? 12 : end.month - 1;
      return daysInMonth(end.month === 1 ? end.year - 1 : end.year, month) + end.day - start.day;
    }
    case 'YD': {
      const year = beforeInYear(start, end) ? end.year - 1 : end.year;
      return Math.floor(endSerial) - monthDaySerial(year, start.month, Math.min(start.day, daysInMonth(year, start.month)));
    }
    default:
      return new CellError(ErrorType.NUM, 'DATEDIF’s unit is one of Y, M, D, MD, YM, YD');
  }
}

class ExcelDateDifferencePlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {};

  datedif(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('DATEDIF'), difference);
  }
}

/** Replaces HyperFormula's DATEDIF with Excel's (call before building engines). */
export function registerExcelDateDifference(): void {
  ExcelDateDifferencePlugin.implementedFunctions = { DATEDIF: { ...builtInMetadata('DATEDIF'), method: 'datedif' } };
  replaceBuiltInFunctions(ExcelDateDifferencePlugin, ['DATEDIF']);
}
