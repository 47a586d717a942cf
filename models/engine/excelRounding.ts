/**
 * ROUND, ROUNDUP, ROUNDDOWN, TRUNC, MROUND, FLOOR, CEILING (and their .MATH/.PRECISE forms) as
 * Excel computes them: on the value's 15 significant digits, with the digits argument truncated.
 * HyperFormula 3.5 scales the double (1.005 × 100 = 100.49999999999999) and so gives
 * ROUND(1.005,2) = 1, ROUND(0.285,2) = 0.28, ROUNDDOWN(0.29,2) = 0.28 and, using 10^1.7 as the
 * scale, ROUND(3.14159,1.7) = 3.1326 (issue 11; Excel: 1.01, 0.29, 0.29, 3.1). The multiples
 * functions divide first: FLOOR(0.3,0.1) is floor(2.9999999999999996) = 0.2 in doubles, 0.3 in Excel.
 * Registering replaces the engine's functions; their Danish names (AFRUND, RUND.OP, …) are kept.
 */
import { CellError, ErrorType, FunctionPlugin } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';
import { multiplesOf, roundDecimal, toExcelPrecision } from './excelDecimal.js';
import { builtInMetadata, replaceBuiltInFunctions } from './replaceFunctions.js';

const ROUNDING_FUNCTIONS = [
  'ROUND', 'ROUNDUP', 'ROUNDDOWN', 'TRUNC', 'MROUND',
  'FLOOR', 'CEILING', 'FLOOR.MATH', 'CEILING.MATH', 'FLOOR.PRECISE', 'CEILING.PRECISE',
] as const;

/** `count` multiples of `step`, as Excel shows the product (3 × 0.1 is 0.3, not 0.30000000000000004). */
function times(count: number, step: number): number {
  return toExcelPrecision(count * step) || 0;
}

/** FLOOR.MATH / CEILING.MATH: a negative number goes toward zero unless `mode` is non-zero. */
function mathRounding(value: number, significance: number, mode: number, direction: 'floor' | 'ceiling'): number {
  if (significance === 0 || value === 0) return 0;
  const step = Math.abs(significance);
  const awayFromZero = value < 0 && mode !== 0;
  const q = multiplesOf(value, step);
  const up = direction === 'ceiling' ? !awayFromZero : awayFromZero;
  return times(up ? Math.ceil(q) : Math.floor(q), step);
}

class ExcelRoundingPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {};

  round(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('ROUND'), (x: number, places: number) => roundDecimal(x, places, 'half'));
  }

  roundup(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('ROUNDUP'), (x: number, places: number) => roundDecimal(x, places, 'up'));
  }

  rounddown(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('ROUNDDOWN'), (x: number, places: number) => roundDecimal(x, places, 'down'));
  }

  trunc(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('TRUNC'), (x: number, places: number) => roundDecimal(x, places, 'down'));
  }

  /**
   * MROUND: to the nearest multiple, half away from zero; #NUM! when the signs differ (Excel). The
   * half is judged on the quotient in doubles, not at 15 digits: Microsoft's page gives
   * `MROUND(6.05,0.1)` as 6.0 (6.05/0.1 is 60.49999999999999) and `MROUND(7.05,0.1)` as 7.1, and
   * LibreOffice 7.4 agrees; 15 digits gave 6.1.
   */
  mround(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('MROUND'), (x: number, step: number) => {
      if (step === 0 || x === 0) return 0;
      if ((x > 0 && step < 0) || (x < 0 && step > 0)) return new CellError(ErrorType.NUM, 'number and multiple have different signs');
      const quotient = Math.abs(x / step);
      const whole = Math.trunc(quotient);
      return times(quotient - whole >= 0.5 ? whole + 1 : whole, Math.abs(step)) * Math.sign(x) || 0;
    });
  }

  floor(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('FLOOR'), (x: number, step: number) => this.multiple(x, step, 'floor'));
  }

  ceiling(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('CEILING'), (x: number, step: number) => this.multiple(x, step, 'ceiling'));
  }

  floormath(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('FLOOR.MATH'), (x: number, step: number, mode: number) => mathRounding(x, step, mode, 'floor'));
  }

  ceilingmath(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('CEILING.MATH'), (x: number, step: number, mode: number) => mathRounding(x, step, mode, 'ceiling'));
  }

  floorprecise(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('FLOOR.PRECISE'), (x: number, step: number) => mathRounding(x, step, 0, 'floor'));
  }

  ceilingprecise(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('CEILING.PRECISE'), (x: number, step: number) => mathRounding(x, step, 0, 'ceiling'));
  }

  /** FLOOR and CEILING: #DIV/0! for a zero step, #NUM! for a positive number and a negative step. */
  private multiple(x: number, step: number, direction: 'floor' | 'ceiling'): number | CellError {
    if (x === 0) return 0;
    // CEILING(x;0) is 0 in Excel (and LibreOffice 7.4), FLOOR(x;0) #DIV/0!.
    if (step === 0) return direction === 'ceiling' ? 0 : new CellError(ErrorType.DIV_BY_ZERO);
    if (x > 0 && step < 0) return new CellError(ErrorType.NUM, 'number and significance have different signs');
    const q = multiplesOf(x, step);
    return times(direction === 'floor' ? Math.floor(q) : Math.ceil(q), step);
  }
}

const METHODS: Record<(typeof ROUNDING_FUNCTIONS)[number], string> = {
  ROUND: 'round', ROUNDUP: 'roundup', ROUNDDOWN: 'rounddown', TRUNC: 'trunc', MROUND: 'mround',
  FLOOR: 'floor', CEILING: 'ceiling', 'FLOOR.MATH': 'floormath', 'CEILING.MATH': 'ceilingmath',
  'FLOOR.PRECISE': 'floorprecise', 'CEILING.PRECISE': 'ceilingprecise',
};

/** Replaces HyperFormula's rounding functions with Excel's (idempotent per process; call before building engines). */
export function registerExcelRounding(): void {
  // TRUNC is HyperFormula's alias of ROUNDDOWN: it takes ROUNDDOWN's parameters.
  ExcelRoundingPlugin.implementedFunctions = Object.fromEntries(
    ROUNDING_FUNCTIONS.map((name) => [name, { ...builtInMetadata(name === 'TRUNC' ? 'ROUNDDOWN' : name), method: METHODS[name] }]),
  );
  replaceBuiltInFunctions(ExcelRoundingPlugin, ROUNDING_FUNCTIONS);
}
