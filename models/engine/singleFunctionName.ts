/**
 * SINGLE's names (implicitIntersection.ts), apart from its HyperFormula plugin, so that
 * translating a formula never loads the engine. SINGLE is how an .xlsx file stores Excel 365's
 * implicit intersection operator: `=@A1:A9` is written `_xlfn.SINGLE(A1:A9)`; Danish Excel shows
 * the same `@`, so the name is the same in both languages.
 */
export const SINGLE_FUNCTION_NAMES: readonly string[] = ['SINGLE'];

/** Per-language function names, in the shape `registerFunctionPlugin` expects. */
export const SINGLE_TRANSLATIONS: Readonly<Record<string, Record<string, string>>> = {
  enGB: { SINGLE: 'SINGLE' },
  enUS: { SINGLE: 'SINGLE' },
  daDK: { SINGLE: 'SINGLE' },
};
