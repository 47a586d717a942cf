/**
 * Excel's range operator with a reference a function gives at one end or both
 * (`=SUM(A1:INDEX(A1:A12,MATCH(7,A1:A12,0)))`, `=SUM(INDEX(B:B,3):INDEX(B:B,5))`,
 * `=ROWS(A1:OFFSET(A1,E1,0))`): the smallest range holding both ends, as Microsoft's
 * "Calculation operators and precedence" page gives `:` (https://support.microsoft.com/office/calculation-operators-and-precedence-in-excel-48be406d-4975-4d31-b2b8-7af9e0e2878a).
 * HyperFormula 3.5 cannot parse it (the whole formula was its #ERROR!), so the engine is given
 * `OFFSET(FREMSKRIV.SPAN(start,end),0,0)`: OFFSET's rewrite (engineFormula.ts, offsetFunction.ts)
 * computes the reference from the formula's own parse tree and reads its cells, and
 * offsetReference.ts takes FREMSKRIV.SPAN as the rectangle of its two references. An end is a
 * cell or range, or a call that gives a reference there (INDEX, OFFSET, INDIRECT, IF, CHOOSE,
 * XLOOKUP: its return range's cell, row or column that matches);
 * the document keeps the planner's text.
 *
 * @example withRangeOperatorCalls('=SUM(A1:INDEX(A1:A12,3))') // → '=SUM(OFFSET(FREMSKRIV.SPAN(A1,INDEX(A1:A12,3)),0,0))'
 */
import { formatReference, splitFormula, type FormulaSegment } from '../formula/a1References.js';
import { parseFormulaTree, type FormulaItem } from './formulaTree.js';

/** A cheap test first: a `:` after a call's closing bracket or before a function's name. */
const MAY_HOLD = /\)\s*:|:\s*[A-Za-z_][\w.]*\s*\(/;

/** The calls that give a reference an end of `:` may be (offsetReference.ts computes each). */
const REFERENCE_CALLS = new Set(['INDEX', 'OFFSET', 'INDIRECT', 'IF', 'CHOOSE', 'XLOOKUP']);

interface Extent {
  from: number;
  to: number;
  call: boolean;
}

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

/** The formula (canonical English A1) with each `:` between a function's reference and another reference written as OFFSET of FREMSKRIV.SPAN. */
export function withRangeOperatorCalls(formula: string): string {
  if (!MAY_HOLD.test(formula)) return formula;
  const segments = splitFormula(formula);
  const texts = segments.map(segmentText);
  const starts: number[] = [];
  texts.reduce((at, text, i) => ((starts[i] = at), at + text.length), 0);
  const joined = texts.join('');
  const extent = (item: FormulaItem | undefined): Extent | undefined => {
    if (item?.kind === 'ref') return { from: starts[item.segment]!, to: starts[item.segment]! + texts[item.segment]!.length, call: false };
    if (item?.kind !== 'call' || !item.close || !REFERENCE_CALLS.has(item.name)) return undefined;
    return { from: starts[item.at.segment]! + item.at.offset, to: starts[item.close.segment]! + item.close.offset + 1, call: true };
  };
  const edits: Edit[] = [];
  const visit = (items: readonly FormulaItem[]): void => {
    items.forEach((item, i) => {
      if (item.kind === 'call') item.args.forEach(visit);
      if (item.kind === 'group') visit(item.items);
      if (item.kind !== 'operator') return;
      const [left, right] = [extent(items[i - 1]), extent(items[i + 1])];
      if (!left || !right || !(left.call || right.call)) return;
      const between = joined.slice(left.to, right.from);
      if (!/^\s*:\s*$/.test(between)) return;
      edits.push({ at: left.from, remove: 0, insert: 'OFFSET(FREMSKRIV.SPAN(' });
      edits.push({ at: left.to, remove: between.length, insert: ',' });
      edits.push({ at: right.to, remove: 0, insert: '),0,0)' });
    });
  };
  visit(parseFormulaTree(segments));
  if (edits.length === 0) return formula;
  // From the end, so each edit's place is still where it was found; at one place, the later-found (outer) edit first.
  return edits
    .map((edit, order) => ({ edit, order }))
    .sort((a, b) => b.edit.at - a.edit.at || b.order - a.order)
    .reduce((text, { edit }) => text.slice(0, edit.at) + edit.insert + text.slice(edit.at + edit.remove), joined);
}

function segmentText(segment: FormulaSegment): string {
  return segment.kind === 'text' ? segment.text : formatReference(segment.ref);
}
