/**
 * The names of LINEST and LOGEST (regressionFunctions.ts) in English and Danish Excel (LINREGR,
 * LOGREGR), apart from their HyperFormula plugin, so that translating a formula never loads the engine.
 */
import { translationsOf } from './functionNamePairs.js';

const NAME_PAIRS = [
  ['LINEST', 'LINREGR'],
  ['LOGEST', 'LOGREGR'],
] as const;

export type RegressionFunctionName = (typeof NAME_PAIRS)[number][0];

/** Function ids added by the plugin (HyperFormula 3.5 has neither). */
export const REGRESSION_FUNCTION_NAMES: readonly RegressionFunctionName[] = NAME_PAIRS.map(([english]) => english);

/** Per-language function names, in the shape `registerFunctionPlugin` expects. */
export const REGRESSION_FUNCTION_TRANSLATIONS: Readonly<Record<string, Record<string, string>>> = translationsOf(NAME_PAIRS);
