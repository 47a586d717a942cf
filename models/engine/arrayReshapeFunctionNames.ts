/**
 * The names of the functions of arrayReshapeFunctions.ts in English and Danish Excel, apart from
 * their HyperFormula plugin, so that translating a formula never loads the engine.
 * Microsoft's da-DK function pages spell VÆLGKOL, VÆLGRÆKKER, TILKOLONNE, FOLDKOLONNER, UDVID,
 * VSTAK and HSTAK. TILRÆKKE (TOROW) is the name in Apple's Danish list of Excel-compatible
 * functions, which agrees with Microsoft's for every name above; FOLDRÆKKER (WRAPROWS) follows
 * FOLDKOLONNER. Neither was found on a Microsoft da-DK page.
 */
import { translationsOf } from './functionNamePairs.js';

const NAME_PAIRS = [
  ['CHOOSECOLS', 'VÆLGKOL'],
  ['CHOOSEROWS', 'VÆLGRÆKKER'],
  ['TOCOL', 'TILKOLONNE'],
  ['TOROW', 'TILRÆKKE'],
  ['WRAPCOLS', 'FOLDKOLONNER'],
  ['WRAPROWS', 'FOLDRÆKKER'],
  ['EXPAND', 'UDVID'],
  ['VSTACK', 'VSTAK'],
  ['HSTACK', 'HSTAK'],
] as const;

/** Function ids the plugin adds (VSTACK and HSTACK replace HyperFormula's). */
export const ARRAY_RESHAPE_FUNCTION_NAMES: readonly string[] = NAME_PAIRS.map(([english]) => english);

/** Per-language function names, in the shape `registerFunctionPlugin` expects. */
export const ARRAY_RESHAPE_FUNCTION_TRANSLATIONS: Readonly<Record<string, Record<string, string>>> = translationsOf(NAME_PAIRS);
