/**
 * The names of the lookup functions (lookupFunctions.ts) in English and Danish Excel, apart from
 * their HyperFormula plugin, so that translating a formula's function names never loads the engine.
 * Danish names as Danish Excel writes them: SLÅ.OP (LOOKUP) and XSAMMENLIGN (XMATCH, like
 * HyperFormula's own daDK SAMMENLIGN for MATCH and XOPSLAG for XLOOKUP).
 */
import { translationsOf } from './functionNamePairs.js';

const NAME_PAIRS = [
  ['LOOKUP', 'SLÅ.OP'],
  ['XMATCH', 'XSAMMENLIGN'],
] as const;

export type LookupFunctionName = (typeof NAME_PAIRS)[number][0];

/** Function ids added by the plugin (HyperFormula 3.5 has none of them). */
export const LOOKUP_FUNCTION_NAMES: readonly LookupFunctionName[] = NAME_PAIRS.map(([english]) => english);

/** Per-language function names, in the shape `registerFunctionPlugin` expects. */
export const LOOKUP_FUNCTION_TRANSLATIONS: Readonly<Record<string, Record<string, string>>> = translationsOf(NAME_PAIRS);
