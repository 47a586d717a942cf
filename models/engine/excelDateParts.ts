/**
 * YEAR, MONTH and DAY read in Excel's calendar (format/excelDate.ts). With `leapYear1900` and
 * the null date 31 Dec 1899 (engineConfig.ts) HyperFormula numbers every day as Excel does, but
 * it reads serial 0 as 31 Dec 1899, where Excel reads 1900-01-00: YEAR(0) is 1900, MONTH(0) 1 and
 * DAY(0) 0 (a blank date cell's YEAR is 1900 in Excel; the time of day is dropped first).
 * Registering replaces the engine's functions; their Danish names (ÅR, MÅNED, DAG) are kept.
 */
import { CellError, ErrorType, FunctionPlugin } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';
import { builtInMetadata, replaceBuiltInFunctions } from './replaceFunctions.js';
import { serialDate } from '../format/excelDate.js';

type DatePart = 'year' | 'month' | 'day';

function datePart(serial: number, part: DatePart): number | CellError {
  const date = serialDate(serial);
  return date === null ? new CellError(ErrorType.NUM, 'date outside Excel\'s range') : date[part];
}

class ExcelDatePartsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {};

  year(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('YEAR'), (serial: number) => datePart(serial, 'year'));
  }

  month(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('MONTH'), (serial: number) => datePart(serial, 'month'));
  }

  day(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('DAY'), (serial: number) => datePart(serial, 'day'));
  }
}

/** Replaces HyperFormula's YEAR, MONTH and DAY with Excel's (call before building engines). */
export function registerExcelDateParts(): void {
  ExcelDatePartsPlugin.implementedFunctions = {
    YEAR: { ...builtInMetadata('YEAR'), method: 'year' },
    MONTH: { ...builtInMetadata('MONTH'), method: 'month' },
    DAY: { ...builtInMetadata('DAY'), method: 'day' },
  };
  replaceBuiltInFunctions(ExcelDatePartsPlugin, ['YEAR', 'MONTH', 'DAY']);
}
