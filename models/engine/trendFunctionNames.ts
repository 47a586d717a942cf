/**
 * The names of the trend functions (trendFunctions.ts) in English and Danish Excel, apart from
 * their HyperFormula plugin, so that translating a formula's function names never loads the
 * engine. CONCAT is added in the same plugin: planners label a projection's months with it.
 *
 * The Danish names: TENDENS, FORØGELSE and PROGNOSE / PROGNOSE.LINEÆR as on Microsoft's da-DK
 * help pages (support.microsoft.com/da-DK/Excel/functions/trend-function, …/growth-function,
 * …/forecast-and-forecast-linear-functions; the last spells it both "PROGNOSE.LINEÆR" and
 * "PROGNOSE-LINEÆR", Norwegian Excel's page has PROGNOSE.LINEÆR). SKÆRING is Danish Excel's
 * INTERCEPT as we know it, not confirmed from a Microsoft page. CONCAT keeps its English name: no
 * Danish name was found, and the English one can never translate into the wrong function.
 */
import { translationsOf } from './functionNamePairs.js';

/** Each function's English name with its name in Danish Excel. */
const NAME_PAIRS = [
  ['FORECAST', 'PROGNOSE'],
  ['FORECAST.LINEAR', 'PROGNOSE.LINEÆR'],
  ['INTERCEPT', 'SKÆRING'],
  ['TREND', 'TENDENS'],
  ['GROWTH', 'FORØGELSE'],
  ['CONCAT', 'CONCAT'],
] as const;

export type TrendFunctionName = (typeof NAME_PAIRS)[number][0];

/** Function ids added by the plugin (HyperFormula 3.5 has none of them). */
export const TREND_FUNCTION_NAMES: readonly TrendFunctionName[] = NAME_PAIRS.map(([english]) => english);

/** Per-language function names, in the shape `registerFunctionPlugin` expects. */
export const TREND_FUNCTION_TRANSLATIONS: Readonly<Record<string, Record<string, string>>> = translationsOf(NAME_PAIRS);
