/**
 * CONVERT and PROB, which HyperFormula 3.5 lacks (a formula with either showed #NAME?).
 * CONVERT(number, from_unit, to_unit) converts between the units of one group of Microsoft's
 * table (convertUnits.ts); an unknown unit, or units of different groups, is #N/A, as its page
 * states (https://support.microsoft.com/office/convert-function-d785bef1-808e-4aac-bdcd-666c810f9af2).
 * PROB(x_range, prob_range, lower_limit, [upper_limit]) sums the probabilities whose x lies between
 * lower_limit and upper_limit (either way round, as LibreOffice 7.4 reads them; Microsoft's page
 * does not say), or equals lower_limit when upper_limit is left out; a probability
 * ≤ 0 or > 1, or probabilities not summing to 1, is #NUM!, ranges with different numbers of
 * values #N/A (https://support.microsoft.com/office/prob-function-9ac30561-c81c-4259-8253-34f0a238fc49).
 */
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { CONVERT_FUNCTION_TRANSLATIONS } from './convertFunctionNames.js';
import { fromCelsius, toCelsius, unitNamed } from './convertUnits.js';
import { numberPairs } from './numberPairs.js';
import { plainCell, type FunctionResult, type InterpreterState, type ProcedureCall } from './functionPlugins.js';

const NUMBER = { argumentType: FunctionArgumentType.NUMBER };
const STRING = { argumentType: FunctionArgumentType.STRING };
const RANGE = { argumentType: FunctionArgumentType.RANGE };

/**
 * The result to 15 significant digits, as Excel shows CONVERT's: the unit sizes are defined in
 * decimal, and their binary quotient would otherwise show 6 in as 0.4999999999999999 ft.
 */
function significant(value: number): number {
  return Number.isFinite(value) && value !== 0 ? Number(value.toPrecision(15)) : value;
}

/** `value` in `from` expressed in `to` (to 15 significant digits), or #N/A. */
export function convertUnits(value: number, from: string, to: string): number | CellError {
  const converted = exactConversion(value, from, to);
  return typeof converted === 'number' ? significant(converted) : converted;
}

function exactConversion(value: number, from: string, to: string): number | CellError {
  const source = unitNamed(from);
  const target = unitNamed(to);
  if (!source || !target) return new CellError(ErrorType.NA, 'An unknown unit.');
  if (source.unit.group !== target.unit.group) return new CellError(ErrorType.NA, 'Units of different kinds.');
  if (source.unit.group === 'temperature') {
    const kelvinBoth = ['K', 'kel'].includes(source.name) && ['K', 'kel'].includes(target.name);
    if (kelvinBoth) return (value * source.factor) / target.factor;
    return fromCelsius(toCelsius(value * source.factor, source.name), target.name) / target.factor;
  }
  return (value * source.factor * source.unit.size) / (target.unit.size * target.factor);
}

/** PROB over the ranges' cells, paired in order. */
export function probability(xs: readonly unknown[], ps: readonly unknown[], lower: number, upper: number): number | CellError {
  if (xs.length !== ps.length) return new CellError(ErrorType.NA, 'x_range and prob_range differ in size.');
  const pairs = numberPairs(xs, ps);
  if (pairs instanceof CellError) return pairs;
  let total = 0;
  let inside = 0;
  for (const [x, p] of pairs) {
    if (p <= 0 || p > 1) return new CellError(ErrorType.NUM, 'A probability outside (0, 1].');
    total += p;
    if (x >= Math.min(lower, upper) && x <= Math.max(lower, upper)) inside += p;
  }
  if (Math.abs(total - 1) > 1e-12) return new CellError(ErrorType.NUM, 'The probabilities do not sum to 1.');
  return inside;
}

class ConvertFunctionPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    CONVERT: { method: 'convert', parameters: [NUMBER, STRING, STRING] },
    PROB: { method: 'prob', parameters: [RANGE, RANGE, NUMBER, { ...NUMBER, optionalArg: true }], vectorizationForbidden: true },
  };

  convert(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('CONVERT'), (value: number, from: string, to: string) => convertUnits(value, from, to));
  }

  prob(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('PROB'), (xs: SimpleRangeValue, ps: SimpleRangeValue, lower: number, upper?: number) =>
      probability(xs.valuesFromTopLeftCorner().map(plainCell), ps.valuesFromTopLeftCorner().map(plainCell), lower, upper ?? lower),
    );
  }
}

/** Adds CONVERT and PROB for engines built afterwards (idempotent). */
export function registerConvertFunction(): void {
  HyperFormula.registerFunctionPlugin(ConvertFunctionPlugin, CONVERT_FUNCTION_TRANSLATIONS);
}
