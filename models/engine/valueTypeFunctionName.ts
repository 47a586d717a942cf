/**
 * TYPE's names (valueTypeFunction.ts) in English and Danish Excel (VÆRDITYPE, Microsoft's da-DK
 * TYPE page), apart from its HyperFormula plugin, so that translating a formula never loads the engine.
 */
export const VALUE_TYPE_FUNCTION_NAMES: readonly string[] = ['TYPE'];

/** Per-language function names, in the shape `registerFunctionPlugin` expects. */
export const VALUE_TYPE_TRANSLATIONS: Readonly<Record<string, Record<string, string>>> = {
  enGB: { TYPE: 'TYPE' },
  enUS: { TYPE: 'TYPE' },
  daDK: { TYPE: 'VÆRDITYPE' },
};
