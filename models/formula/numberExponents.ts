/**
 * Excel writes a number's exponent with a capital E (`=A1*1E+20`, `=2E-3`), in .xlsx files and as
 * planners type it; HyperFormula 3.5 reads only a lower-case e and answers a parse error. The
 * engine is given the lower-case form; the document keeps what the planner wrote.
 */
import { formatReference, splitFormula } from './a1References.js';
import { rewriteFormulaText } from './formulaText.js';

/** A number word with a capital exponent, as formulaText.ts splits it: `1E`, `1.5E3`, `.5E`. */
const CAPITAL_EXPONENT = /^(\d+\.?\d*|\.\d+)E\d*$/;

/**
 * Whether a digit is followed by E somewhere: the cheap test that spares nearly every formula the
 * rewrite. Read by hand (as `/\dE/` reads): an engine build tests every formula of the workbook.
 */
function maybeExponent(formula: string): boolean {
  for (let at = formula.indexOf('E', 1); at > 0; at = formula.indexOf('E', at + 1)) {
    const before = formula.charCodeAt(at - 1);
    if (before >= 0x30 && before <= 0x39) return true;
  }
  return false;
}

/** `formula` with every number's exponent written `e`; strings, sheet names and references untouched. */
export function withLowerCaseExponents(formula: string): string {
  if (!maybeExponent(formula)) return formula;
  return splitFormula(formula)
    .map((segment) =>
      segment.kind === 'text'
        ? rewriteFormulaText(segment.text, { word: (word) => (CAPITAL_EXPONENT.test(word) ? word.replace('E', 'e') : word) })
        : formatReference(segment.ref),
    )
    .join('');
}
