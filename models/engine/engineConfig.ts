/**
 * How Fremskriv configures HyperFormula, in one place.
 * - `licenseKey: 'gpl-v3'`: Fremskriv is GPL-3.0-or-later.
 * - `smartRounding: false`: HyperFormula would otherwise round results to 10 significant digits,
 *   so values would differ from Excel and LibreOffice; we round only for display.
 * - `undoLimit: 0`: undo belongs to Yjs, and HyperFormula's own undo stack makes batches slow.
 * The engine always speaks canonical English; Danish is a display concern (formula/formulaLocale.ts).
 */
import { HyperFormula, type ConfigParams } from 'hyperformula';
import { registerArrayShapeFunctions } from './arrayShapeFunctions.js';
import { registerConditionalAggregates } from './conditionalAggregates.js';
import { registerExcelInt } from './excelIntFunction.js';
import { registerLookupFunctions } from './lookupFunctions.js';
import { registerRankFunctions } from './rankFunctions.js';
import { registerRegressionFunctions } from './regressionFunctions.js';
import { registerStatisticsFunctions } from './statisticsFunctions.js';
import { registerTextFunctions } from './textFunctions.js';
import { registerTrendFunctions } from './trendFunctions.js';

export const ENGINE_CONFIG: Partial<ConfigParams> = {
  licenseKey: 'gpl-v3',
  smartRounding: false,
  undoLimit: 0,
  language: 'enGB',
  useArrayArithmetic: false,
};

let registered = false;

/** Registers our plugins once per process (safe to call from every engine constructor). */
export function prepareEngine(): void {
  if (registered) return;
  registerRankFunctions();
  registerExcelInt();
  registerConditionalAggregates();
  registerTrendFunctions();
  registerLookupFunctions();
  registerStatisticsFunctions();
  registerRegressionFunctions();
  registerTextFunctions();
  registerArrayShapeFunctions();
  registered = true;
}

export function buildEngine(sheets: Record<string, Array<Array<unknown>>>): HyperFormula {
  prepareEngine();
  return HyperFormula.buildFromSheets(sheets as Parameters<typeof HyperFormula.buildFromSheets>[0], ENGINE_CONFIG);
}
