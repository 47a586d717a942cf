/**
 * The names of the matrix functions (matrixFunctions.ts) in English and Danish Excel, apart from
 * their HyperFormula plugin, so that translating a formula never loads the engine. MINVERT is on
 * Microsoft's da-DK MINVERSE page ("Syntaks: MINVERT(matrix)"); MDETERM keeps its English name and
 * MENHED (MUNIT) is Danish Excel's name as we know it, neither confirmed on a Microsoft da-DK page.
 */
import { translationsOf } from './functionNamePairs.js';

const NAME_PAIRS = [
  ['MDETERM', 'MDETERM'],
  ['MINVERSE', 'MINVERT'],
  ['MUNIT', 'MENHED'],
] as const;

/** Function ids the plugin adds. */
export const MATRIX_FUNCTION_NAMES: readonly string[] = NAME_PAIRS.map(([english]) => english);

/** Per-language function names, in the shape `registerFunctionPlugin` expects. */
export const MATRIX_FUNCTION_TRANSLATIONS: Readonly<Record<string, Record<string, string>>> = translationsOf(NAME_PAIRS);
