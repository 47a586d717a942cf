/**
 * TRUE and FALSE inside an array constant. Excel takes logicals there (`{1,TRUE}`, in Danish
 * `{1;SAND}`): SUM and COUNT pass over them, INDEX and MATCH find them. HyperFormula 3.5 reads a
 * bare TRUE as a name (the workbook-wide LOGICAL_LITERALS), which an array constant may not hold,
 * so `=SUM({1,"a",TRUE})` and `=INDEX({1,FALSE},2)` were #CALC!. The engine is given the function
 * form inside braces (`{1,TRUE()}`); the document, the grid and every export keep the planner's text.
 *
 * @example engineArrayLogicals('=SUM({1,TRUE})') // → '=SUM({1,TRUE()})'
 */
import { formatReference, splitFormula } from '../formula/a1References.js';
import { rewriteFormulaText } from '../formula/formulaText.js';

/** A cheap test first: most formulas hold no array constant with a logical. */
const MAY_HOLD = /\{[^}]*(TRUE|FALSE)/i;
const LOGICAL = /^(TRUE|FALSE)$/i;

/** The formula with each bare TRUE or FALSE inside braces written as the function (strings untouched). */
export function engineArrayLogicals(formula: string): string {
  if (!MAY_HOLD.test(formula)) return formula;
  let depth = 0;
  return splitFormula(formula)
    .map((segment) =>
      segment.kind === 'ref'
        ? formatReference(segment.ref)
        : rewriteFormulaText(segment.text, {
            word: (word, beforeParen) => (depth > 0 && !beforeParen && LOGICAL.test(word) ? `${word}()` : word),
            char: (ch) => {
              if (ch === '{') depth++;
              else if (ch === '}') depth = Math.max(0, depth - 1);
              return ch;
            },
          }),
    )
    .join('');
}
