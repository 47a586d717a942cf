/**
 * RANDARRAY's names (randomArray.ts) in English and Danish Excel, apart from its HyperFormula
 * plugin, so that translating a formula never loads the engine. SLUMPMATRIX is Microsoft's da-DK
 * page's name (https://support.microsoft.com/da-DK/Excel/functions/randarray-function).
 */
export const RANDOM_ARRAY_FUNCTION_NAMES: readonly string[] = ['RANDARRAY'];

/** Per-language function names, in the shape `registerFunctionPlugin` expects. */
export const RANDOM_ARRAY_TRANSLATIONS: Readonly<Record<string, Record<string, string>>> = {
  enGB: { RANDARRAY: 'RANDARRAY' },
  enUS: { RANDARRAY: 'RANDARRAY' },
  daDK: { RANDARRAY: 'SLUMPMATRIX' },
};
