/**
 * Which functions in imported formulas Fremskriv cannot compute, by name and cell. The formulas
 * are kept as they are (they show #NAME? until someone rewrites them); the planner is told where.
 * The list of known functions is the engine's English function table plus the functions we add
 * (rank functions, AVERAGEIFS, trend functions and CONCAT, engine/addedFunctionNames.ts).
 * LET, INDIRECT and FORECAST.ETS are not computed, so they are reported here.
 */
import { enGB } from 'hyperformula/i18n/languages';
import { ADDED_FUNCTION_NAMES } from '../engine/addedFunctionNames.js';
import { ADDED_CONDITIONAL_AGGREGATES } from '../engine/conditionalAggregateNames.js';
import { RANK_FUNCTION_NAMES } from '../engine/rankFunctionNames.js';
import { TREND_FUNCTION_NAMES } from '../engine/trendFunctionNames.js';
import { functionNames } from './excelFormulas.js';
import { MAX_LISTED_FINDINGS } from './interchangeLimits.js';

export interface UnsupportedFunction {
  /** The function's name, upper case, without `_xlfn.` (`FORECAST.ETS`). */
  function: string;
  sheet: string;
  /** A1 address of the cell (or `goal <id>` for a goal's formula). */
  cell: string;
}

export interface UnsupportedFunctionReport {
  found: UnsupportedFunction[];
  /** Every finding, also those beyond the listed ones. */
  count: number;
}

let known: Set<string> | null = null;

export function isSupportedFunction(name: string): boolean {
  known ??= new Set(
    [...Object.keys(enGB.functions as Record<string, string>), ...RANK_FUNCTION_NAMES, ...ADDED_CONDITIONAL_AGGREGATES, ...TREND_FUNCTION_NAMES, ...ADDED_FUNCTION_NAMES].map((n) => n.toUpperCase()),
  );
  return known.has(name.toUpperCase());
}

/** Collects findings for many cells; `add` is called with each formula. */
export class UnsupportedFunctionCollector {
  private readonly found: UnsupportedFunction[] = [];
  private count = 0;

  add(formula: string, sheet: string, cell: string): void {
    for (const name of functionNames(formula)) {
      if (isSupportedFunction(name)) continue;
      this.count++;
      if (this.found.length < MAX_LISTED_FINDINGS) this.found.push({ function: name, sheet, cell });
    }
  }

  report(): UnsupportedFunctionReport {
    return { found: [...this.found], count: this.count };
  }
}
