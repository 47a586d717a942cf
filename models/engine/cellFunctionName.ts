/**
 * CELL's names (cellFunction.ts) in English and Danish Excel (CELLE), apart from its HyperFormula
 * plugin, so that translating a formula never loads the engine.
 */
export const CELL_FUNCTION_NAMES: readonly string[] = ['CELL'];

/** Per-language function names, in the shape `registerFunctionPlugin` expects. */
export const CELL_TRANSLATIONS: Readonly<Record<string, Record<string, string>>> = {
  enGB: { CELL: 'CELL' },
  enUS: { CELL: 'CELL' },
  daDK: { CELL: 'CELLE' },
};
