/**
 * ERROR.TYPE's names (errorTypeFunction.ts) in English and Danish Excel (FEJLTYPE), apart from
 * its HyperFormula plugin, so that translating a formula never loads the engine.
 */
export const ERROR_TYPE_FUNCTION_NAMES: readonly string[] = ['ERROR.TYPE'];

/** Per-language function names, in the shape `registerFunctionPlugin` expects. */
export const ERROR_TYPE_TRANSLATIONS: Readonly<Record<string, Record<string, string>>> = {
  enGB: { 'ERROR.TYPE': 'ERROR.TYPE' },
  enUS: { 'ERROR.TYPE': 'ERROR.TYPE' },
  daDK: { 'ERROR.TYPE': 'FEJLTYPE' },
};
