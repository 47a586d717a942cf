/**
 * AREAS's names (areasFunction.ts) in English and Danish Excel (OMRÅDER, as Danish Excel's and
 * Apple Numbers' da-DK function lists have it), apart from its HyperFormula plugin, so that
 * translating a formula never loads the engine.
 */
export const AREAS_FUNCTION_NAMES: readonly string[] = ['AREAS'];

/** Per-language function names, in the shape `registerFunctionPlugin` expects. */
export const AREAS_TRANSLATIONS: Readonly<Record<string, Record<string, string>>> = {
  enGB: { AREAS: 'AREAS' },
  enUS: { AREAS: 'AREAS' },
  daDK: { AREAS: 'OMRÅDER' },
};
