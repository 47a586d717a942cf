/**
 * How Fremskriv configures HyperFormula, in one place.
 * - `licenseKey: 'gpl-v3'`: Fremskriv is GPL-3.0-or-later.
 * - `smartRounding: false`: HyperFormula would otherwise round results to 10 significant digits,
 *   so values would differ from Excel and LibreOffice; we round only for display.
 * - `undoLimit: 0`: undo belongs to Yjs, and HyperFormula's own undo stack makes batches slow.
 * - `chooseAddressMappingPolicy`: the default (always dense) mapping, built for a sheet whose one
 *   value sits in XFD40000, walked 655 million places and never finished (issue 15). A sheet
 *   filled below 5 % of its extent is built sparse (costs what its cells cost); the others
 *   dense as before (always sparse made the engine fuzz tests about 1.6× slower).
 * The engine always speaks canonical English; Danish is a display concern (formula/formulaLocale.ts).
 */
import { DenseSparseChooseBasedOnThreshold, HyperFormula, type ConfigParams } from 'hyperformula';
import { registerConditionalAggregates } from './conditionalAggregates.js';
import { registerExcelInt } from './excelIntFunction.js';
import { registerRankFunctions } from './rankFunctions.js';
import { registerTrendFunctions } from './trendFunctions.js';

export const ENGINE_CONFIG: Partial<ConfigParams> = {
  licenseKey: 'gpl-v3',
  smartRounding: false,
  undoLimit: 0,
  language: 'enGB',
  useArrayArithmetic: false,
  chooseAddressMappingPolicy: new DenseSparseChooseBasedOnThreshold(0.05),
};

let registered = false;

/** Registers our plugins once per process (safe to call from every engine constructor). */
export function prepareEngine(): void {
  if (registered) return;
  registerRankFunctions();
  registerExcelInt();
  registerConditionalAggregates();
  registerTrendFunctions();
  registered = true;
}

export function buildEngine(sheets: Record<string, Array<Array<unknown>>>): HyperFormula {
  prepareEngine();
  return HyperFormula.buildFromSheets(sheets as Parameters<typeof HyperFormula.buildFromSheets>[0], ENGINE_CONFIG);
}
