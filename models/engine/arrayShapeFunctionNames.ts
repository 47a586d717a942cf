/**
 * The names of the array functions of arrayShapeFunctions.ts in English and Danish Excel, apart
 * from their HyperFormula plugin, so that translating a formula never loads the engine.
 * FILTER keeps HyperFormula's own Danish name (FILTER). TAG (TAKE), UDELAD (DROP) and
 * SORTER.EFTER (SORTBY, after HyperFormula's SORTER for SORT) are Excel 365's Danish names as we
 * know them, not confirmed on a Microsoft da-DK page.
 */
import { translationsOf } from './functionNamePairs.js';

const NAME_PAIRS = [
  ['TAKE', 'TAG'],
  ['DROP', 'UDELAD'],
  ['SORTBY', 'SORTER.EFTER'],
  ['FILTER', 'FILTER'],
] as const;

export type ArrayShapeFunctionName = (typeof NAME_PAIRS)[number][0];

/** Function ids the plugin adds (FILTER replaces HyperFormula's). */
export const ARRAY_SHAPE_FUNCTION_NAMES: readonly ArrayShapeFunctionName[] = NAME_PAIRS.map(([english]) => english);

/** Per-language function names, in the shape `registerFunctionPlugin` expects. */
export const ARRAY_SHAPE_FUNCTION_TRANSLATIONS: Readonly<Record<string, Record<string, string>>> = translationsOf(NAME_PAIRS);
