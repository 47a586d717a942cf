/**
 * CONVERT's and PROB's names (convertFunction.ts) in English and Danish Excel (KONVERTER,
 * SANDSYNLIGHED), apart from their HyperFormula plugin, so that translating a formula never loads
 * the engine.
 */
import { translationsOf } from './functionNamePairs.js';

const NAME_PAIRS = [
  ['CONVERT', 'KONVERTER'],
  ['PROB', 'SANDSYNLIGHED'],
] as const;

export const CONVERT_FUNCTION_NAMES: readonly string[] = NAME_PAIRS.map(([english]) => english);

/** Per-language function names, in the shape `registerFunctionPlugin` expects. */
export const CONVERT_FUNCTION_TRANSLATIONS: Readonly<Record<string, Record<string, string>>> = translationsOf(NAME_PAIRS);
