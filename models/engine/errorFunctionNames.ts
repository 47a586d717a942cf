/**
 * The names of the error functions (errorFunctions.ts) in English and Danish Excel, apart from
 * their HyperFormula plugin, so that translating a formula never loads the engine. Danish Excel
 * calls ERF and ERFC FEJLFUNK and FEJLFUNK.KOMP (HyperFormula's daDK pack) and keeps ERF.PRECISE
 * and ERFC.PRECISE in English: Microsoft's da-DK pages are titled "Funktionen ERF.PRECISE" and
 * "Funktionen ERFC.PRECISE" and their examples read `=ERF.PRECISE(0,745)`, `=ERFC.PRECISE(1)`.
 */
import { translationsOf } from './functionNamePairs.js';

const NAME_PAIRS = [
  ['ERF', 'FEJLFUNK'],
  ['ERFC', 'FEJLFUNK.KOMP'],
  ['ERF.PRECISE', 'ERF.PRECISE'],
  ['ERFC.PRECISE', 'ERFC.PRECISE'],
] as const;

/** Function ids the plugin adds (ERF.PRECISE, ERFC.PRECISE) or replaces (ERF, ERFC). */
export const ERROR_FUNCTION_NAMES: readonly string[] = NAME_PAIRS.map(([english]) => english);

/** Per-language function names, in the shape `registerFunctionPlugin` expects. */
export const ERROR_FUNCTION_TRANSLATIONS: Readonly<Record<string, Record<string, string>>> = translationsOf(NAME_PAIRS);
