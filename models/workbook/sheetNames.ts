/**
 * Sheet names as Excel allows them, and the names a converged document shows. Two colleagues
 * may rename two sheets to the same name at once; every peer then resolves the clash the same
 * way (the later sheet in tab order gets " (2)"), so formulas and the engine agree everywhere.
 */
export const MAX_SHEET_NAME_LENGTH = 31;

/** Null when the name is acceptable, else the reason (English; the UI translates by code). */
export function sheetNameProblem(name: string): 'empty' | 'too-long' | 'invalid-character' | null {
  const trimmed = name.trim();
  if (!trimmed) return 'empty';
  if (trimmed.length > MAX_SHEET_NAME_LENGTH) return 'too-long';
  // Control characters (a pasted line break) would split a formula's sheet name over lines.
  if (/[[\]:*?/\\⟦⟧!\p{Cc}]/u.test(trimmed) || trimmed.startsWith("'") || trimmed.endsWith("'")) return 'invalid-character';
  return null;
}

export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleUpperCase('en') === b.toLocaleUpperCase('en');
}

/** Given stored names in tab order, the unique names to show. */
export function resolveSheetNames(stored: readonly string[]): string[] {
  const taken = new Set<string>();
  return stored.map((name) => {
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLocaleUpperCase('en')); n++) candidate = `${name} (${n})`;
    taken.add(candidate.toLocaleUpperCase('en'));
    return candidate;
  });
}
