/**
 * Two ranges read cell by cell in pairs, as PROB (x_range, prob_range) and CHISQ.TEST (actual,
 * expected) read them: the first error in either is the answer, and a pair where either cell is
 * not a number (text, a logical value, a blank) is passed over.
 */
import { CellError } from 'hyperformula';

/** The pairs of numbers in order, or the first error met; the caller checks the sizes first. */
export function numberPairs(first: readonly unknown[], second: readonly unknown[]): Array<[number, number]> | CellError {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < first.length; i++) {
    const [a, b] = [first[i], second[i]];
    if (a instanceof CellError) return a;
    if (b instanceof CellError) return b;
    if (typeof a === 'number' && typeof b === 'number') pairs.push([a, b]);
  }
  return pairs;
}
