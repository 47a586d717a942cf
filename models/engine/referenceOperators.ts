/**
 * Excel's operators HyperFormula 3.5 cannot parse (the whole formula was its #ERROR!), given to
 * the engine as a formula it reads that computes the same; the document keeps the planner's text
 * (https://support.microsoft.com/office/calculation-operators-and-precedence-in-excel-48be406d-4975-4d31-b2b8-7af9e0e2878a):
 * - a percent sign after a percent (`=5%%` is 5/100/100, 0.0005): each further one applies to
 *   the percentage before it, `=(5%)%`; `%` binds before `^` and a sign, so `=2^5%%` is
 *   `=2^(5%)%`.
 * - the intersection operator, a space between two references of one sheet
 *   (`=SUM(A1:C3 B2:D4)`, `=A:A 3:3`): the cells both cover, computed here as one reference
 *   (`=SUM(B2:C3)`, `=A3`); none in common is #NULL!. References on different sheets, or a name
 *   or function beside the space, are left as written (the engine cannot read them).
 * - the union operator, references in parentheses separated by the list separator, given on its
 *   own for an argument of a function that reads each argument's cells alike
 *   (`=SUM((A1:A2,C1:C2))`, Danish `=SUM((A1:A2;C1:C2))`): its references as that many
 *   arguments, `=SUM(A1:A2,C1:C2)`. Elsewhere (`=LARGE((A1:A2,C1:C2),2)`, `=INDEX((…),1,1,2)`)
 *   it is left as written.
 *
 * @example withReferenceOperators('=SUM(A1:C3 B2:D4)+5%%') // → '=SUM(B2:C3)+(5%)%'
 */
import { formatReference, joinFormula, splitFormula, type A1Reference, type FormulaSegment } from '../formula/a1References.js';
import { EXCEL_ROWS, MAX_COLUMNS } from '../workbook/cellAddress.js';
import { parseFormulaTree, type FormulaItem } from './formulaTree.js';

/** A cheap test first: most formulas hold none of these (`%%`; a space between two words; a bracket opening an argument). */
const MAY_HOLD = /%%|[\w$)]\s+[\w$'(]|[(,]\s*\(\s*[\w$']/;

/** Functions whose arguments each add their cells alike: a union given to one is the same as its references given as arguments. */
const UNION_READERS = new Set([
  'SUM', 'COUNT', 'COUNTA', 'AVERAGE', 'AVERAGEA', 'MAX', 'MAXA', 'MIN', 'MINA', 'PRODUCT', 'SUMSQ', 'MEDIAN',
  'STDEV', 'STDEV.S', 'STDEV.P', 'STDEVA', 'STDEVP', 'STDEVPA', 'VAR', 'VAR.S', 'VAR.P', 'VARA', 'VARP', 'VARPA',
]);

/** The formula (canonical English A1) with `%%`, intersections and unions written as the engine reads them. */
export function withReferenceOperators(formula: string): string {
  if (!MAY_HOLD.test(formula)) return formula;
  const unions = withUnionsAsArguments(withIntersections(splitFormula(formula)));
  return withRepeatedPercents(unions);
}

/** Two stored references with a space between them (`⟦…⟧ ⟦…⟧`): an intersection, computed before the ranges are cut to the data (rangeBound.ts). */
export function hasStoredIntersection(stored: string): boolean {
  return /⟧ +⟦/.test(stored);
}

/** A decoded formula's references each given through `cut` (rangeBound.ts' cutter), as decodeFormula's `adjust` gives them. */
export function withCutReferences(formula: string, cut: ((ref: A1Reference) => A1Reference) | undefined): string {
  if (!cut) return formula;
  return splitFormula(formula)
    .map((segment) => (segment.kind === 'ref' ? formatReference(cut(segment.ref)) : segment.text))
    .join('');
}

interface Span {
  from: number;
  to: number;
}

/** A reference's rows and columns (a column range covers every row, a row range every column). */
function spans(ref: A1Reference): { rows: Span; cols: Span } {
  const along = (axis: 'row' | 'col', all: number): Span => {
    const a = ref.start[axis]?.index;
    if (a === undefined) return { from: 0, to: all - 1 };
    const b = ref.end?.[axis]?.index ?? a;
    return { from: Math.min(a, b), to: Math.max(a, b) };
  };
  return { rows: along('row', EXCEL_ROWS), cols: along('col', MAX_COLUMNS) };
}

function overlap(a: Span, b: Span): Span | null {
  const from = Math.max(a.from, b.from);
  const to = Math.min(a.to, b.to);
  return from <= to ? { from, to } : null;
}

/** The reference to the cells both cover, or null when none. */
function intersection(a: A1Reference, b: A1Reference): A1Reference | null {
  const [sa, sb] = [spans(a), spans(b)];
  const rows = overlap(sa.rows, sb.rows);
  const cols = overlap(sa.cols, sb.cols);
  if (!rows || !cols) return null;
  const allRows = rows.from === 0 && rows.to === EXCEL_ROWS - 1;
  const allCols = cols.from === 0 && cols.to === MAX_COLUMNS - 1;
  const at = (index: number) => ({ index, absolute: false });
  const endpoint = (row: number, col: number) => ({ ...(allCols && !allRows ? {} : { col: at(col) }), ...(allRows && !allCols ? {} : { row: at(row) }) });
  const start = endpoint(rows.from, cols.from);
  const one = rows.from === rows.to && cols.from === cols.to;
  return { ...(a.sheet === undefined ? {} : { sheet: a.sheet }), start, ...(one ? {} : { end: endpoint(rows.to, cols.to) }) };
}

function sameSheet(a: A1Reference, b: A1Reference): boolean {
  return (a.sheet ?? '').toUpperCase() === (b.sheet ?? '').toUpperCase();
}

/** Two references with only spaces between them become the one they have in common (`#NULL!` for none). */
function withIntersections(segments: FormulaSegment[]): FormulaSegment[] {
  const out: FormulaSegment[] = [];
  for (const segment of segments) {
    const space = out[out.length - 1];
    const left = out[out.length - 2];
    if (segment.kind === 'ref' && space?.kind === 'text' && /^ +$/.test(space.text) && left?.kind === 'ref' && sameSheet(left.ref, segment.ref)) {
      const common = intersection(left.ref, segment.ref);
      out.splice(out.length - 2, 2);
      // A chain (`A:A B:B 3:3`) goes on from the common part; #NULL! ends it.
      out.push(common ? { kind: 'ref', ref: common } : { kind: 'text', text: '#NULL!' });
      continue;
    }
    out.push(segment);
  }
  return out;
}

/** A union as the whole argument of a UNION_READERS function: its parentheses dropped, so its references are the arguments. */
function withUnionsAsArguments(segments: FormulaSegment[]): string {
  // Text segments whose last `(` opens a union, and those whose first `)` closes one.
  const opens = new Set<number>();
  const closes = new Set<number>();
  const visit = (items: readonly FormulaItem[]): void => {
    for (const item of items) {
      if (item.kind === 'group') visit(item.items);
      if (item.kind !== 'call') continue;
      for (const arg of item.args) {
        const [only] = arg;
        if (UNION_READERS.has(item.name) && arg.length === 1 && only?.kind === 'group' && isUnion(only.items, segments)) {
          opens.add(segmentOf(only.items[0]!) - 1);
          closes.add(segmentOf(only.items[only.items.length - 1]!) + 1);
        } else visit(arg);
      }
    }
  };
  visit(parseFormulaTree(segments));
  if (opens.size === 0) return joinFormula(segments);
  return segments
    .map((segment, index) => {
      if (segment.kind === 'ref') return formatReference(segment.ref);
      let text = segment.text;
      if (closes.has(index)) text = text.replace(/^(\s*)\)/, '$1');
      if (opens.has(index)) text = text.replace(/\((\s*)$/, '$1');
      return text;
    })
    .join('');
}

function segmentOf(item: FormulaItem): number {
  return item.kind === 'ref' ? item.segment : -1;
}

/** Whether a group's items are two or more references with only the list separator between them. */
function isUnion(items: readonly FormulaItem[], segments: readonly FormulaSegment[]): boolean {
  // The tree reads a separator inside brackets as a value of its own: reference, separator, reference, …
  const refs = items.filter((_, i) => i % 2 === 0);
  if (refs.length < 2 || items.length % 2 === 0 || !refs.every((item) => item.kind === 'ref')) return false;
  const indexes = refs.map(segmentOf);
  const before = segments[indexes[0]! - 1];
  const after = segments[indexes[indexes.length - 1]! + 1];
  if (before?.kind !== 'text' || !/\(\s*$/.test(before.text) || after?.kind !== 'text' || !/^\s*\)/.test(after.text)) return false;
  return indexes.slice(1).every((index, i) => index === indexes[i]! + 2 && /^\s*,\s*$/.test((segments[index - 1] as { text: string }).text));
}

/**
 * `%` after `%`: the operand before the run (a number, reference, name, or a bracketed or called
 * expression) wrapped so that each further `%` applies to the percentage before it
 * (`5%%` → `(5%)%`, `SUM(A1)%%%` → `((SUM(A1)%)%)%`). Quoted text is left alone.
 */
function withRepeatedPercents(formula: string): string {
  if (!formula.includes('%%')) return formula;
  // Quoted text and sheet names masked, so that their brackets and signs do not count.
  const masked = formula.replace(/"(?:[^"]|"")*"?|'(?:[^']|'')*'?/g, (quoted) => 'Q'.repeat(quoted.length));
  const runs = [...masked.matchAll(/%{2,}/g)].reverse();
  let out = formula;
  for (const run of runs) {
    const at = run.index;
    const start = operandStart(masked, at);
    if (start === at) continue;
    const extra = run[0].length - 1;
    out = out.slice(0, start) + '('.repeat(extra) + out.slice(start, at) + '%' + ')%'.repeat(extra) + out.slice(at + run[0].length);
  }
  return out;
}

/** Where the operand ending just before `end` starts in the masked formula (`end` itself when there is none). */
function operandStart(masked: string, end: number): number {
  let i = end - 1;
  const close = masked[i];
  if (close === ')' || close === '}') {
    const open = close === ')' ? '(' : '{';
    let depth = 0;
    for (; i >= 0; i--) {
      if (masked[i] === close) depth++;
      else if (masked[i] === open && --depth === 0) break;
    }
    if (i < 0) return end;
    i--;
  }
  while (i >= 0 && /[\p{L}\p{N}_.$:!]/u.test(masked[i]!)) i--;
  return i + 1;
}
