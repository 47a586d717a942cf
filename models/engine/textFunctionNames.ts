/**
 * The names of the text functions (textFunctions.ts) in English and Danish Excel, apart from
 * their HyperFormula plugin, so that translating a formula never loads the engine.
 * Danish Excel's names: TALVÆRDI (NUMBERVALUE), TEKSTFØR (TEXTBEFORE), TEKSTEFTER (TEXTAFTER),
 * TEKSTOPDEL (TEXTSPLIT); the last three are Excel 365's and were not confirmed on a Microsoft
 * da-DK page. FAST (FIXED) and KR (DOLLAR) are on Microsoft's Danish pages.
 */
import { translationsOf } from './functionNamePairs.js';

const NAME_PAIRS = [
  ['NUMBERVALUE', 'TALVÆRDI'],
  ['TEXTBEFORE', 'TEKSTFØR'],
  ['TEXTAFTER', 'TEKSTEFTER'],
  ['TEXTSPLIT', 'TEKSTOPDEL'],
  ['FIXED', 'FAST'],
  ['DOLLAR', 'KR'],
] as const;

export type TextFunctionName = (typeof NAME_PAIRS)[number][0];

/** Function ids added by the plugin (HyperFormula 3.5 has none of them). */
export const TEXT_FUNCTION_NAMES: readonly TextFunctionName[] = NAME_PAIRS.map(([english]) => english);

/** Per-language function names, in the shape `registerFunctionPlugin` expects. */
export const TEXT_FUNCTION_TRANSLATIONS: Readonly<Record<string, Record<string, string>>> = translationsOf(NAME_PAIRS);
