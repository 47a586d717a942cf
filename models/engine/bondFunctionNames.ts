/**
 * The bond and discount security functions' names (bondFunctions.ts) in English and Danish Excel,
 * apart from their HyperFormula plugin, so that translating a formula never loads the engine.
 * Danish names from Microsoft's da-DK "Finansielle funktioner (reference)" and function pages
 * (KUPONDAGE.A, KUPONDAGE.ANK, PÅLØBRENTE.UDLØB) and Apple Numbers' da-DK list, which uses Excel's.
 */
import { translationsOf } from './functionNamePairs.js';

const NAME_PAIRS = [
  ['COUPDAYBS', 'KUPONDAGE.SA'],
  ['COUPDAYS', 'KUPONDAGE.A'],
  ['COUPDAYSNC', 'KUPONDAGE.ANK'],
  ['COUPNCD', 'KUPONDAG.NÆSTE'],
  ['COUPNUM', 'KUPONBETALINGER'],
  ['COUPPCD', 'KUPONDAG.FORRIGE'],
  ['PRICE', 'KURS'],
  ['YIELD', 'AFKAST'],
  ['DURATION', 'VARIGHED'],
  ['MDURATION', 'MVARIGHED'],
  ['DISC', 'DISKONTO'],
  ['INTRATE', 'RENTEFOD'],
  ['RECEIVED', 'MODTAGET.VED.UDLØB'],
  ['PRICEDISC', 'KURS.DISKONTO'],
  ['YIELDDISC', 'AFKAST.DISKONTO'],
  ['PRICEMAT', 'KURS.UDLØB'],
  ['YIELDMAT', 'AFKAST.UDLØBSDATO'],
  ['ACCRINT', 'PÅLØBRENTE'],
  ['ACCRINTM', 'PÅLØBRENTE.UDLØB'],
] as const;

export type BondFunctionName = (typeof NAME_PAIRS)[number][0];

/** Function ids added by the plugin (HyperFormula 3.5 has none of them). */
export const BOND_FUNCTION_NAMES: readonly BondFunctionName[] = NAME_PAIRS.map(([english]) => english);

/** Per-language function names, in the shape `registerFunctionPlugin` expects. */
export const BOND_FUNCTION_TRANSLATIONS: Readonly<Record<string, Record<string, string>>> = translationsOf(NAME_PAIRS);
