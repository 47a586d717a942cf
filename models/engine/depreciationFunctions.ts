/**
 * VDB, the variable declining balance depreciation, which HyperFormula 3.5 lacks (it was #NAME?,
 * so a workbook's depreciation schedule from Excel showed errors). As Microsoft's VDB page
 * describes it: the declining balance at `factor` / life per period (DDB's, never below salvage),
 * switching to straight-line over the remaining life once that is larger unless `no_switch`, and
 * fractional start and end periods taking their share of a period's depreciation. Its examples
 * (1.32 for the first day, 396.31 for months 6 to 18, 315.00 for 0 to 0.875 at factor 1.5) and
 * LibreOffice 7.4, which computes VDB so, are the table test's sources (test/models/loanPayments.test.ts).
 * Arguments outside the asset's life, a negative cost or start, a salvage above cost or a factor
 * not above 0 are #NUM! ("All arguments except no_switch must be positive numbers").
 */
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';
import { DEPRECIATION_TRANSLATIONS } from './depreciationFunctionName.js';

/** One period's double-declining-balance depreciation (Excel's DDB), never taking the value below salvage. */
function decliningBalance(cost: number, salvage: number, life: number, period: number, factor: number): number {
  let rate = factor / life;
  let before: number;
  if (rate >= 1) {
    rate = 1;
    before = period === 1 ? cost : 0;
  } else before = cost * Math.pow(1 - rate, period - 1);
  const after = cost * Math.pow(1 - rate, period);
  return Math.max(0, after < salvage ? before - salvage : before - after);
}

/** Depreciation over the first `periods` periods (the last one possibly partial), switching to straight-line when larger. */
function switchingDepreciation(cost: number, salvage: number, life: number, remainingLife: number, periods: number, factor: number): number {
  const lastPeriod = Math.ceil(periods);
  let depreciable = cost - salvage;
  let straightLine = 0;
  let switched = false;
  let total = 0;
  for (let i = 1; i <= lastPeriod; i++) {
    let term: number;
    if (switched) term = straightLine;
    else {
      const declining = decliningBalance(cost, salvage, life, i, factor);
      straightLine = depreciable / (remainingLife - (i - 1));
      if (straightLine > declining) {
        term = straightLine;
        switched = true;
      } else {
        term = declining;
        depreciable -= declining;
      }
    }
    if (i === lastPeriod) term *= periods + 1 - lastPeriod;
    total += term;
  }
  return total;
}

/** Excel's VDB; its arguments checked by the caller. */
export function variableDecliningBalance(cost: number, salvage: number, life: number, start: number, end: number, factor: number, noSwitch: boolean): number {
  const firstWhole = Math.floor(start);
  const lastWhole = Math.ceil(end);
  if (noSwitch) {
    let total = 0;
    for (let i = firstWhole + 1; i <= lastWhole; i++) {
      let term = decliningBalance(cost, salvage, life, i, factor);
      if (i === firstWhole + 1) term *= Math.min(end, firstWhole + 1) - start;
      else if (i === lastWhole) term *= end + 1 - lastWhole;
      total += term;
    }
    return total;
  }
  // Whole periods from the start's to the end's, less the parts of the first and last before start and after end.
  let part = 0;
  if (start !== firstWhole) {
    const value = cost - switchingDepreciation(cost, salvage, life, life, firstWhole, factor);
    part += (start - firstWhole) * switchingDepreciation(value, salvage, life, life - firstWhole, 1, factor);
  }
  if (end !== lastWhole) {
    const value = cost - switchingDepreciation(cost, salvage, life, life, lastWhole - 1, factor);
    part += (lastWhole - end) * switchingDepreciation(value, salvage, life, life - (lastWhole - 1), 1, factor);
  }
  const value = cost - switchingDepreciation(cost, salvage, life, life, firstWhole, factor);
  return switchingDepreciation(value, salvage, life, life - firstWhole, lastWhole - firstWhole, factor) - part;
}

const NUMBER = { argumentType: FunctionArgumentType.NUMBER };

class DepreciationPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    VDB: {
      method: 'vdb',
      parameters: [NUMBER, NUMBER, NUMBER, NUMBER, NUMBER, { argumentType: FunctionArgumentType.NUMBER, defaultValue: 2 }, { argumentType: FunctionArgumentType.BOOLEAN, defaultValue: false }],
    },
  };

  vdb(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('VDB'), (cost: number, salvage: number, life: number, start: number, end: number, factor: number, noSwitch: boolean) => {
      if (cost < 0 || salvage < 0 || salvage > cost || life <= 0 || start < 0 || end < start || end > life || factor <= 0) {
        return new CellError(ErrorType.NUM, 'VDB needs 0 ≤ start ≤ end ≤ life, salvage within cost and a positive factor.');
      }
      return variableDecliningBalance(cost, salvage, life, start, end, factor, noSwitch);
    });
  }
}

/** Adds VDB (Danish VSA) to the engine (call before building engines). */
export function registerDepreciationFunctions(): void {
  HyperFormula.registerFunctionPlugin(DepreciationPlugin, DEPRECIATION_TRANSLATIONS);
}
