/**
 * Excel writes a number's exponent with a capital E (`=A1*1E+20`, `=2E-3`), in .xlsx files and as
 * planners type it; HyperFormula 3.5 reads only a lower-case e and answers a parse error. The
 * engine is given the lower-case form; the document keeps what the planner wrote.
 */
import { formatReference, splitFormula } from './a1References.js';
import { rewriteFormulaText } from './formulaText.js';

/** A number word with a capital exponent, as formulaText.ts splits it: `1E`, `1.5E3`, `.5E`. */
const CAPITAL_EXPONENT = /^(\d+\.?\d*|\.\d+)E\d*$/;

/** A digit followed by E: the cheap test that spares nearly every formula the rewrite. */
const MAYBE_EXPONENT = /\dE/;

/** `formula` with every number's exponent written `e`; strings, sheet names and references untouched. */
export function withLowerCaseExponents(formula: string): string {
  if (!MAYBE_EXPONENT.test(formula)) return formula;
  return splitFormula(formula)
    .map((segment) =>
      segment.kind === 'text'
        ? rewriteFormulaText(segment.text, { word: (word) => (CAPITAL_EXPONENT.test(word) ? word.replace('E', 'e') : word) })
        : formatReference(segment.ref),
    )
    .join('');
}
