/**
 * A names file's English–Danish pairs in the shape `registerFunctionPlugin` expects: each English
 * id under enGB and enUS, its Danish Excel name under daDK. Names only: loading it never loads the
 * engine.
 *
 * @example translationsOf([['MINVERSE', 'MINVERT']]) // { enGB: { MINVERSE: 'MINVERSE' }, enUS: …, daDK: { MINVERSE: 'MINVERT' } }
 */
export type NamePairs = ReadonlyArray<readonly [english: string, danish: string]>;

/** Per-language function names for the pairs. */
export function translationsOf(pairs: NamePairs): Readonly<Record<string, Record<string, string>>> {
  const english = Object.fromEntries(pairs.map(([name]) => [name, name]));
  return { enGB: english, enUS: { ...english }, daDK: Object.fromEntries(pairs) };
}
