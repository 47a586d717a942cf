/**
 * Excel's limits on a formula, which the engine is held to: 8,192 characters and 64 nesting
 * levels. Excel refuses a formula past either when it is typed; a stored one past them (a hostile
 * peer's, a file's) is #NUM! in its own cell. Within them the engine computes what Excel does:
 * chains of operators are read and evaluated in a loop (engine/operatorChains.ts) and runs of
 * signs shortened (signRuns.ts).
 * https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3
 *
 * Why the bound is needed: HyperFormula (chevrotain) recurses per bracket level, and a formula
 * past its stack threw RangeError out of the engine's build, which then computed nothing: one cell
 * of `=((((…1))))` took every colleague's values, the evaluation and the exports of its
 * workspace down (found by the hostile colleague review). Measured in Node's main thread
 * (984 kB stack): 156 brackets or 188 nested SUMs still computed, one more threw; 64 nested IFs
 * need about 500 kB of it.
 */

/** Excel's longest formula, in characters (the leading `=` not counted). */
export const MAX_FORMULA_LENGTH = 8_192;

/**
 * Excel's deepest nesting of functions. Here every bracket level counts, a grouping bracket
 * `((…))` as a function's: the engine's parser recurses the same for both.
 */
export const MAX_FORMULA_NESTING = 64;

/** The deepest bracket nesting, `(` and `{`, outside string literals. */
export function formulaNesting(formula: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < formula.length; i++) {
    const char = formula[i]!;
    if (char === '"') inString = !inString;
    else if (inString) continue;
    else if (char === '(' || char === '{') deepest = Math.max(deepest, ++depth);
    else if (char === ')' || char === '}') depth = Math.max(0, depth - 1);
  }
  return deepest;
}

/** Whether `formula` (`=…`, as the engine is given it) is within Excel's limits. */
export function formulaFitsEngine(formula: string): boolean {
  const length = formula.startsWith('=') ? formula.length - 1 : formula.length;
  // Nesting past the limit needs more than one character per level: a short formula needs no scan.
  return length <= MAX_FORMULA_LENGTH && (length <= 2 * MAX_FORMULA_NESTING || formulaNesting(formula) <= MAX_FORMULA_NESTING);
}
