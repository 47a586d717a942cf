/**
 * GESTEP's and INFO's names (stepAndInfoFunctions.ts) in English and Danish Excel (GETRIN, INFO),
 * apart from their HyperFormula plugin, so that translating a formula never loads the engine.
 */
import { translationsOf, type NamePairs } from './functionNamePairs.js';

const NAME_PAIRS: NamePairs = [
  ['GESTEP', 'GETRIN'],
  ['INFO', 'INFO'],
];

export const STEP_AND_INFO_FUNCTION_NAMES: readonly string[] = NAME_PAIRS.map(([english]) => english);

/** Per-language function names, in the shape `registerFunctionPlugin` expects. */
export const STEP_AND_INFO_TRANSLATIONS: Readonly<Record<string, Record<string, string>>> = translationsOf(NAME_PAIRS);
