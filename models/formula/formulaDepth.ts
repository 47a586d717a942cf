/**
 * How deep the engine's parser and evaluator recurse for a formula, estimated from its text
 * without parsing it. HyperFormula (chevrotain) recurses once per operator of a chain and several
 * frames per bracket, and a formula past its stack throws RangeError out of the engine's build,
 * which then computes nothing at all: one cell of `=((((…1))))` or `=A2+A2+…` took every
 * colleague's values, the evaluation and the exports of its workspace down (found by the hostile
 * colleague review). Measured in Node's main thread (984 kB stack): 1,249 terms `A2+A2+…`,
 * 1,249 unary minus signs, 156 brackets or 188 nested SUMs still compute; one more throws.
 */

/** One bracket level costs the stack about what eight operators do (1,249 / 156). */
const BRACKET_WEIGHT = 8;

/**
 * The largest weight a formula may have: four fifths of the measured break, so that a worker's
 * smaller stack in a browser keeps a margin. Excel allows 64 nested functions (weight 512).
 */
export const MAX_FORMULA_WEIGHT = 1_000;

const OPERATORS = new Set(['+', '-', '*', '/', '^', '&', '=', '<', '>', '%']);

/** The operators plus eight times the deepest bracket nesting, outside string literals. */
export function formulaWeight(formula: string): number {
  let operators = 0;
  let depth = 0;
  let deepest = 0;
  let inString = false;
  // The leading '=' marks a formula, it is no operator.
  for (let i = formula.startsWith('=') ? 1 : 0; i < formula.length; i++) {
    const char = formula[i]!;
    if (char === '"') inString = !inString;
    else if (inString) continue;
    else if (char === '(' || char === '{') deepest = Math.max(deepest, ++depth);
    else if (char === ')' || char === '}') depth = Math.max(0, depth - 1);
    else if (OPERATORS.has(char)) operators++;
  }
  return operators + BRACKET_WEIGHT * deepest;
}

/** Whether the engine may be given `formula` without risking its stack. */
export function formulaFitsEngine(formula: string): boolean {
  // A character adds at most one bracket weight: a short formula (nearly all) needs no scan.
  return formula.length * BRACKET_WEIGHT <= MAX_FORMULA_WEIGHT || formulaWeight(formula) <= MAX_FORMULA_WEIGHT;
}
