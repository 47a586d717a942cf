/**
 * INDIRECT's names (offsetFunction.ts computes it as FREMSKRIV.INDIRECT, engineFormula.ts) in
 * English and Danish Excel (INDIREKTE), apart from the plugin, so that translating a formula
 * never loads the engine.
 */
export const INDIRECT_FUNCTION_NAMES: readonly string[] = ['INDIRECT'];

export const INDIRECT_DANISH_NAMES: Readonly<Record<string, string>> = { INDIRECT: 'INDIREKTE' };
