/**
 * The names of the conditional aggregates (conditionalAggregates.ts) in English and Danish Excel,
 * apart from their HyperFormula plugin, so that translating a formula's function names never
 * loads the engine. The Danish names are Excel's, and those of HyperFormula's daDK pack where it
 * has the function.
 */
const DANISH_NAMES = {
  COUNTIF: 'TÆL.HVIS',
  COUNTIFS: 'TÆL.HVISER',
  SUMIF: 'SUM.HVIS',
  SUMIFS: 'SUM.HVISER',
  AVERAGEIF: 'MIDDEL.HVIS',
  AVERAGEIFS: 'MIDDEL.HVISER',
  MINIFS: 'MINHVISER',
  MAXIFS: 'MAKSHVISER',
} as const;

export type ConditionalAggregateName = keyof typeof DANISH_NAMES;

export const CONDITIONAL_AGGREGATE_NAMES = Object.keys(DANISH_NAMES) as ConditionalAggregateName[];

/** Those HyperFormula 3.5 does not have at all (its function table lacks them). */
export const ADDED_CONDITIONAL_AGGREGATES: readonly ConditionalAggregateName[] = ['AVERAGEIFS'];

const ENGLISH_NAMES = Object.fromEntries(CONDITIONAL_AGGREGATE_NAMES.map((name) => [name, name]));

/** Per-language function names, in the shape `registerFunctionPlugin` expects. */
export const CONDITIONAL_AGGREGATE_TRANSLATIONS: Readonly<Record<string, Record<string, string>>> = {
  enGB: ENGLISH_NAMES,
  enUS: ENGLISH_NAMES,
  daDK: DANISH_NAMES,
};
