/**
 * The formula text the engine is given for a cell's A1 formula, where HyperFormula would read
 * the planner's text differently from Excel. The document, the grid, the formula bar and every
 * export keep the planner's text; only the engine sees the rewrite, and since the rewrite names
 * the cells it reads as references, the engine tracks them as it tracks any formula's.
 *
 * - Implicit intersection (implicitIntersection.ts): a range standing where Excel expects one
 *   value is wrapped in SINGLE, Excel's own `@`: the whole formula (`=A1:A9`, `=(A1:A9)`,
 *   `=Sheet2!B2:B9`), a range next to an operator outside the array-reading functions
 *   (`=Sheet2!B2:B9*2`; HyperFormula intersects only on the formula's own sheet), and a range
 *   given on its own for an argument that takes one value (`=MATCH(A1:A9,B1:B9,0)`,
 *   `=LARGE(A1:A9,B1:B9)`, `=IF(C1,A1:A9,0)`), which HyperFormula would compute for every cell
 *   of the range (the functions of arrayArgumentNames.ts) and then show #VALUE!. Legacy Excel
 *   reads all of these so, and Excel 365 too when it opens the exported file (`=@A1:A9`).
 *   Inside a function that reads its arguments as arrays (`=SUM(A1:A9*B1:B9)`,
 *   `=SUM(MATCH(A1:A9,…))`) nothing is wrapped: Excel 365 computes those element by element.
 * - SUMIF/AVERAGEIF's sum range (sumRangeSize.ts): one of another size or shape than the
 *   criteria range is named with the criteria range's size from its top-left cell.
 *
 * @example engineFormula('=A1:A9').text // → '=SINGLE(A1:A9)'
 * @example engineFormula('=SUMIF(A1:A9,"x",B1)').text // → '=SUMIF(A1:A9,"x",B1:B9)'
 */
import { formatReference, splitFormula, type FormulaSegment } from '../formula/a1References.js';
import { isOperator, parseFormulaTree, type FormulaItem } from './formulaTree.js';
import { takesArrays, takesOneValue, takesReferences } from './functionArguments.js';
import { resizedSumRange } from './sumRangeSize.js';

export interface EngineFormula {
  text: string;
  /** A sum range was resized: the text depends on where the criteria range is, not only on what it names. */
  resized: boolean;
}

/**
 * Where a sequence of items stands: whether it is computed element by element (inside a function
 * that reads its arguments as arrays), and whether one value is expected of it as a whole (the
 * whole formula, or an argument that takes one value of a function no array-reading one holds).
 */
interface Place {
  arrays: boolean;
  oneValue: boolean;
}

/** The engine's text for an A1 formula (canonical English, as decoded from the document). */
export function engineFormula(formula: string): EngineFormula {
  // Every rewrite is about a range or a conditional sum: most formulas (`=B5*(1+$C5)`) have neither.
  if (!formula.includes(':') && !/IF\s*\(/i.test(formula)) return { text: formula, resized: false };
  const segments = splitFormula(formula);
  const replaced = new Map<number, string>();
  let resized = false;

  const visit = (items: readonly FormulaItem[], place: Place): void => {
    items.forEach((item, i) => {
      const nextToOperator = isOperator(items[i - 1]) || isOperator(items[i + 1]);
      const oneValue = (place.oneValue && items.length === 1) || (!place.arrays && nextToOperator);
      if (item.kind === 'ref') {
        if (item.range && oneValue) replaced.set(item.segment, `SINGLE(${segmentText(segments[item.segment]!)})`);
      } else if (item.kind === 'group') {
        visit(item.items, { arrays: place.arrays, oneValue });
      } else if (item.kind === 'call') {
        const sum = resizedSumRange(item, segments);
        if (sum) {
          replaced.set(sum.segment, formatReference(sum.ref));
          resized = true;
        }
        if (takesReferences(item.name)) return;
        const arrays = place.arrays || takesArrays(item.name);
        item.args.forEach((arg, n) => visit(arg, { arrays, oneValue: !place.arrays && takesOneValue(item.name, n) }));
      }
    });
  };
  visit(parseFormulaTree(segments), { arrays: false, oneValue: true });
  if (replaced.size === 0) return { text: formula, resized };
  const text = segments.map((segment, i) => replaced.get(i) ?? segmentText(segment)).join('');
  return { text, resized };
}

function segmentText(segment: FormulaSegment): string {
  return segment.kind === 'text' ? segment.text : formatReference(segment.ref);
}
