/**
 * VDB's names (depreciationFunctions.ts) in English and Danish Excel (VSA, Microsoft's da-DK VSA
 * page), apart from its HyperFormula plugin, so that translating a formula never loads the engine.
 */
export const DEPRECIATION_FUNCTION_NAMES: readonly string[] = ['VDB'];

/** Per-language function names, in the shape `registerFunctionPlugin` expects. */
export const DEPRECIATION_TRANSLATIONS: Readonly<Record<string, Record<string, string>>> = {
  enGB: { VDB: 'VDB' },
  enUS: { VDB: 'VDB' },
  daDK: { VDB: 'VSA' },
};
