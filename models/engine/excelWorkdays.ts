/**
 * NETWORKDAYS.INTL and WORKDAY.INTL read a weekend string as Excel does, and YEARFRAC truncates
 * its basis; the expert hunt found HyperFormula 3.5 different in each:
 *
 * - A weekend string of the wrong length or with a character other than 0 and 1 (`"000001"`,
 *   `"0000012"`) is #VALUE! (HyperFormula: #NUM!). `"1111111"`, every day a weekend, makes
 *   NETWORKDAYS.INTL 0 ("Using 1111111 will always return 0") and is an invalid string for
 *   WORKDAY.INTL, #VALUE! ("1111111 is an invalid string"): Microsoft's NETWORKDAYS.INTL and
 *   WORKDAY.INTL pages. A weekend number Excel does not know (0, 8) stays #NUM!, as those pages say.
 * - YEARFRAC truncates every argument, its basis too ("All arguments are truncated to integers",
 *   Microsoft's YEARFRAC page): `YEARFRAC(…;…;1,9)` is basis 1, where HyperFormula gave #NUM!.
 * - Holidays given as date text, as in Microsoft's NETWORKDAYS.INTL example
 *   (`{"2006/1/2","2006/1/16"}`, 22 working days), are read as those dates, for NETWORKDAYS and
 *   WORKDAY too; HyperFormula gave #VALUE!. Text that is no date stays #VALUE!.
 *
 * Everything else is HyperFormula's own computation (its class is extended), so the counting of
 * days and holidays is unchanged. Registering keeps the Danish names.
 */
import { CellError, ErrorType, FunctionArgumentType, HyperFormula, SimpleRangeValue, type FunctionPluginDefinition } from 'hyperformula';
import type { FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';
import { builtInMetadata, replaceBuiltInFunctions } from './replaceFunctions.js';

/** HyperFormula's DateTimePlugin, typed by the members used here (it is not exported by name). */
interface DateTimeInternals {
  runFunction: (args: ProcedureCall['args'], state: InterpreterState, metadata: unknown, fn: (...args: never[]) => unknown) => FunctionResult;
  metadata(name: string): unknown;
  networkdayscore(start: number, end: number, weekend: number | string, holidays: unknown): number | CellError;
  workdaycore(start: number, days: number, weekend: number | string, holidays: unknown): number | CellError;
  days360Core(start: number, end: number, european: boolean): number;
  networkdays(ast: ProcedureCall, state: InterpreterState): FunctionResult;
  workday(ast: ProcedureCall, state: InterpreterState): FunctionResult;
  simpleRangeToFilteredHolidays(weekend: string, holidays: SimpleRangeValue | undefined): number[] | CellError;
  dateTimeHelper: {
    dateStringToDateNumber(text: string): number | undefined;
    numberToSimpleDate(serial: number): unknown;
    yearLengthForBasis(start: unknown, end: unknown): number;
  };
}
type DateTimePluginClass = new (...args: never[]) => DateTimeInternals;

const ALL_WEEKEND = '1111111';

/** #VALUE! for a weekend string Excel refuses (not seven 0s and 1s); undefined when it reads it. */
export function weekendStringError(weekend: unknown): CellError | undefined {
  if (typeof weekend !== 'string' || /^[01]{7}$/.test(weekend)) return undefined;
  return new CellError(ErrorType.VALUE, 'The weekend string must be seven characters, each 0 or 1.');
}

function excelWorkdaysPlugin(BuiltIn: DateTimePluginClass): FunctionPluginDefinition {
  class ExcelWorkdaysPlugin extends BuiltIn {
    networkdaysintl(ast: ProcedureCall, state: InterpreterState): FunctionResult {
      return this.runFunction(ast.args, state, this.metadata('NETWORKDAYS.INTL'), (start: number, end: number, weekend: number | string, holidays: unknown) => {
        const refused = weekendStringError(weekend);
        if (refused) return refused;
        if (weekend === ALL_WEEKEND) return 0;
        return this.networkdayscore(start, end, weekend, holidays);
      });
    }

    workdayintl(ast: ProcedureCall, state: InterpreterState): FunctionResult {
      return this.runFunction(ast.args, state, this.metadata('WORKDAY.INTL'), (start: number, days: number, weekend: number | string, holidays: unknown) => {
        const refused = weekendStringError(weekend);
        if (refused) return refused;
        if (weekend === ALL_WEEKEND) return new CellError(ErrorType.VALUE, 'A week of weekend days has no workday.');
        return this.workdaycore(start, days, weekend, holidays);
      });
    }

    // Their own methods: HyperFormula registers only a plugin's own (they read holidays as below).
    override networkdays(ast: ProcedureCall, state: InterpreterState): FunctionResult {
      return super.networkdays(ast, state);
    }

    override workday(ast: ProcedureCall, state: InterpreterState): FunctionResult {
      return super.workday(ast, state);
    }

    /**
     * Holidays given as date text (`{"2006/1/2";"2006/1/16"}`, Microsoft's example) are those dates,
     * in an array or in cells (Excel's reading of date text in cells is not documented).
     */
    override simpleRangeToFilteredHolidays(weekend: string, holidays: SimpleRangeValue | undefined): number[] | CellError {
      if (!holidays) return super.simpleRangeToFilteredHolidays(weekend, holidays);
      const read = holidays.data.map((row) => row.map((cell) => (typeof cell === 'string' ? this.dateTimeHelper.dateStringToDateNumber(cell) ?? cell : cell)));
      return super.simpleRangeToFilteredHolidays(weekend, SimpleRangeValue.onlyValues(read));
    }

    yearfrac(ast: ProcedureCall, state: InterpreterState): FunctionResult {
      return this.runFunction(ast.args, state, this.metadata('YEARFRAC'), (startDate: number, endDate: number, basis: number) => {
        const mode = Math.trunc(basis);
        if (mode < 0 || mode > 4) return new CellError(ErrorType.NUM, 'The basis must be 0 to 4.');
        const [first, last] = [Math.trunc(startDate), Math.trunc(endDate)].sort((a, b) => a - b) as [number, number];
        if (mode === 0 || mode === 4) return this.days360Core(first, last, mode === 4) / 360;
        if (mode === 2) return (last - first) / 360;
        if (mode === 3) return (last - first) / 365;
        const helper = this.dateTimeHelper;
        return (last - first) / helper.yearLengthForBasis(helper.numberToSimpleDate(first), helper.numberToSimpleDate(last));
      });
    }
  }
  return ExcelWorkdaysPlugin as unknown as FunctionPluginDefinition;
}

const NAMES = ['NETWORKDAYS.INTL', 'WORKDAY.INTL', 'NETWORKDAYS', 'WORKDAY', 'YEARFRAC'] as const;

/** Replaces HyperFormula's NETWORKDAYS(.INTL), WORKDAY(.INTL) and YEARFRAC with Excel's (call before building engines). */
export function registerExcelWorkdays(): void {
  const BuiltIn = HyperFormula.getFunctionPlugin('WORKDAY.INTL');
  if (!BuiltIn) throw new Error('HyperFormula has no WORKDAY.INTL');
  const Plugin = excelWorkdaysPlugin(BuiltIn as unknown as DateTimePluginClass);
  const yearFraction = builtInMetadata('YEARFRAC');
  const [start, end] = yearFraction.parameters ?? [];
  if (!start || !end) throw new Error('HyperFormula\'s YEARFRAC has other parameters');
  Plugin.implementedFunctions = {
    'NETWORKDAYS.INTL': { ...builtInMetadata('NETWORKDAYS.INTL'), method: 'networkdaysintl' },
    'WORKDAY.INTL': { ...builtInMetadata('WORKDAY.INTL'), method: 'workdayintl' },
    NETWORKDAYS: { ...builtInMetadata('NETWORKDAYS'), method: 'networkdays' },
    WORKDAY: { ...builtInMetadata('WORKDAY'), method: 'workday' },
    // The basis a plain number, truncated above: the engine's INTEGER check gave #NUM! for 1.9.
    YEARFRAC: { ...yearFraction, parameters: [start, end, { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 }], method: 'yearfrac' },
  };
  replaceBuiltInFunctions(Plugin, NAMES);
}
