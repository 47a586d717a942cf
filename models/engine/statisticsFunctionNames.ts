/**
 * The names of the statistics functions (statisticsFunctions.ts) in English and Danish Excel,
 * apart from their HyperFormula plugin, so that translating a formula never loads the engine.
 * Danish Excel's names: HYPPIGST (MODE), HYPPIGST.ENKELT (MODE.SNGL), TRIMMIDDELVÆRDI (TRIMMEAN),
 * TOPSTEJL (KURT), SAMLING (AGGREGATE); FREKVENS (FREQUENCY) is the Norwegian and Swedish pages'
 * name and was not confirmed on a Microsoft da-DK page, nor was PERMUT (kept as in English), nor
 * HYPPIGST.FLERE (MODE.MULT) and PERMUTATIONA (kept as in English), which Danish Excel's function
 * list is said to use.
 */
import { translationsOf } from './functionNamePairs.js';

const NAME_PAIRS = [
  ['MODE', 'HYPPIGST'],
  ['MODE.SNGL', 'HYPPIGST.ENKELT'],
  ['TRIMMEAN', 'TRIMMIDDELVÆRDI'],
  ['KURT', 'TOPSTEJL'],
  ['AGGREGATE', 'SAMLING'],
  ['FREQUENCY', 'FREKVENS'],
  ['PERMUT', 'PERMUT'],
  ['MODE.MULT', 'HYPPIGST.FLERE'],
  ['PERMUTATIONA', 'PERMUTATIONA'],
] as const;

export type StatisticsFunctionName = (typeof NAME_PAIRS)[number][0];

/** Function ids added by the plugin (HyperFormula 3.5 has none of them). */
export const STATISTICS_FUNCTION_NAMES: readonly StatisticsFunctionName[] = NAME_PAIRS.map(([english]) => english);

/** Per-language function names, in the shape `registerFunctionPlugin` expects. */
export const STATISTICS_FUNCTION_TRANSLATIONS: Readonly<Record<string, Record<string, string>>> = translationsOf(NAME_PAIRS);
