/**
 * The formula text the engine is given for a cell's A1 formula, where HyperFormula would read
 * the planner's text differently from Excel. The document, the grid, the formula bar and every
 * export keep the planner's text; only the engine sees the rewrite, and since the rewrite names
 * the cells it reads as references, the engine tracks them as it tracks any formula's.
 *
 * - Dynamic arrays, as Excel 365 computes a typed formula: a range standing where one value is
 *   expected (the whole formula, `=A1:A9`, `=(A1:A9)`; a range next to an operator outside the
 *   array-reading functions, `=Sheet2!B2:B9*2`; a range given on its own for an argument that
 *   takes one value, `=ABS(A1:A3)`, `=ROUND(A1:A3,1)`, `=XLOOKUP(A1:A3,…)`, `=IF(C1,A1:A9,0)`)
 *   makes the formula compute for each of its values and spill: the engine is given it inside
 *   ARRAYFORMULA (`=ABS(A1:A3)` → `=ARRAYFORMULA(ABS(A1:A3))`; a bare range `=+A1:A9`, which
 *   HyperFormula's ARRAYFORMULA needs). A formula imported from a legacy .xlsx formula keeps
 *   Excel's implicit intersection as the text `SINGLE(A1:A9)`, Excel 365's `@`
 *   (`legacyIntersection`, implicitIntersection.ts). Inside a function that reads its arguments as
 *   arrays (`=SUM(A1:A9*B1:B9)`) nothing changes: it is one value either way.
 * - SUMIF/AVERAGEIF's sum range (sumRangeSize.ts): one of another size or shape than the
 *   criteria range is named with the criteria range's size from its top-left cell.
 * - OFFSET (offsetFunction.ts) whose reference is one cell or range: `OFFSET(ref,r,c,h,w)`
 *   becomes `FREMSKRIV.OFFSET(FREMSKRIV.ANCHOR(ref),r,c,h,w,area…)` with the areas its target covered
 *   when last computed (offsetAreas.ts), wrapped in SINGLE where one value is expected
 *   (`=OFFSET(A1:A3,1,0)` intersects as `=A2:A4` would). Its other arguments take one value.
 * - LET (formula/letFormula.ts), first: its names are replaced by their values
 *   (`=LET(x,A1*2,x+x)` → `=((A1*2)+(A1*2))`), and the rewrites below read the result.
 * - LAMBDA (formula/lambdaFormula.ts), after LET: its parameters become numbered slots
 *   (`=LAMBDA(x,x*2)(A1)` → `=FREMSKRIV.INVOKE(FREMSKRIV.LAMBDA(1,FREMSKRIV.PARAMETER(1)*2),A1)`),
 *   a call of a defined name holding a LAMBDA (`named`, lambdaNames.ts) calls that LAMBDA
 *   (`=Dobbelt(3)` → `=FREMSKRIV.INVOKE(Dobbelt,3)`), and IF, IFS, IFERROR, CHOOSE and SWITCH in
 *   a LAMBDA's calculation compute only the argument they take (`FREMSKRIV.IF`, lazyChoices.ts);
 *   a function's bare name given where a LAMBDA is expected (Excel's eta lambda,
 *   `=BYROW(A1:C3,SUM)`) is the LAMBDA calling it (`engineFunction`).
 * - INDIRECT (indirectReference.ts): `INDIRECT(text,a1)` becomes
 *   `FREMSKRIV.INDIRECT(text,a1,area…)` with the areas its target covered when last computed, as
 *   OFFSET's; wrapped in SINGLE where one value is expected (they are not lifted: Known limitations).
 * - Quoted text holding a quote (`"0 ""kr."""`) or a backslash, which HyperFormula misreads, is
 *   given as pieces joined with CHAR (excelStringLiterals.ts); the error literals it cannot parse
 *   (`#CALC!`, `#NULL!`, `#GETTING_DATA`) as the function giving that error (errorLiterals.ts).
 *
 * @example engineFormula('=ABS(A1:A3)').text // → '=ARRAYFORMULA(ABS(A1:A3))'
 * @example engineFormula('=SUMIF(A1:A9,"x",B1)').text // → '=SUMIF(A1:A9,"x",B1:B9)'
 */
import { formatReference, splitFormula, type FormulaSegment } from '../formula/a1References.js';
import { expandLambda, type NamedFunction } from '../formula/lambdaFormula.js';
import { expandLet } from '../formula/letFormula.js';
import { withoutIntersectionOperators } from '../formula/intersectionOperator.js';
import { engineFunction } from './lambdaFunctions.js';
import { isOperator, parseFormulaTree, type FormulaCall, type FormulaItem, type SegmentPlace } from './formulaTree.js';
import { takesArgumentCount, takesArrays, takesOneValue, takesReferences } from './functionArguments.js';
import { engineErrorLiterals } from './errorLiterals.js';
import { engineStringLiterals } from './excelStringLiterals.js';
import { resizedSumRange } from './sumRangeSize.js';
import { indexGivesPart } from './indexParts.js';

export interface EngineFormula {
  text: string;
  /** A sum range was resized: the text depends on where the criteria range is, not only on what it names. */
  resized: boolean;
  /** OFFSET or INDIRECT was rewritten: the text names the areas its target covered (offsetAreas.ts). */
  offsets: boolean;
}

/** An edit inside a text segment: `remove` characters at `offset` replaced by `text`. */
interface TextEdit {
  offset: number;
  remove: number;
  text: string;
}

const OFFSET_NAME = /^OFFSET\s*\(/i;
const INDIRECT_NAME = /^INDIRECT\s*\(/i;
/** The functions that give OFFSET a reference out of places written in them (offsetReference.ts). */
const PLACE_PICKERS = new Set(['INDEX', 'IF', 'CHOOSE']);
/** OFFSET's arguments: reference, rows, cols, height, width. */
const OFFSET_ARGUMENTS = 5;

/**
 * Where a sequence of items stands: whether it is computed element by element (inside a function
 * that reads its arguments as arrays), and whether one value is expected of it as a whole (the
 * whole formula, or an argument that takes one value of a function no array-reading one holds).
 */
interface Place {
  arrays: boolean;
  oneValue: boolean;
}

/**
 * The engine's text for an A1 formula (canonical English, as decoded from the document);
 * `offsetAreas` gives the areas its OFFSETs name (offsetAreas.ts), none before their first
 * computation (asked only of a formula with OFFSET); `named` says which calls are of a defined name
 * holding a LAMBDA (lambdaNames.ts).
 */
export function engineFormula(formula: string, offsetAreas: () => readonly string[] = () => [], named?: NamedFunction): EngineFormula {
  const rewritten = rewrittenFormula(expandLambda(expandLet(formula), named, engineFunction, takesArgumentCount), offsetAreas);
  // Last: the rewrites above read Excel's quoted text and error literals as Excel writes them.
  return { ...rewritten, text: engineStringLiterals(engineErrorLiterals(rewritten.text)) };
}

/**
 * A legacy formula's text with Excel's implicit intersection written out: each range the engine
 * would compute for each value (engineFormula's dynamic arrays) wrapped in SINGLE, Excel 365's
 * `@`, as Excel 365 shows a formula from a file without its dynamic-array flag (xlsxCells.ts).
 * @example legacyIntersection('=A1:A3*2') // → '=SINGLE(A1:A3)*2'
 * @example legacyIntersection('=SUM(A1:A3*2)') // → '=SUM(A1:A3*2)'
 */
export function legacyIntersection(formula: string): string {
  return rewrittenFormula(formula, () => [], 'legacy').text;
}

/**
 * A formula holding Excel 365's `@` (SINGLE) only where a legacy formula intersects anyway,
 * written as a legacy formula without it (`=SINGLE(A1:A3)*2` → `=A1:A3*2`), which every Excel and
 * LibreOffice read alike and the import reads back to the same text; any other formula as it is.
 */
export function withoutLegacyIntersection(formula: string): string {
  if (!/SINGLE\(/i.test(formula)) return formula;
  const plain = withoutIntersectionOperators(formula);
  return plain !== formula && legacyIntersection(plain) === formula ? plain : formula;
}

/**
 * `engine`: the engine's text (lifted ranges, OFFSET, INDIRECT, sum ranges); `legacy`: only the
 * ranges Excel intersects wrapped in SINGLE, for the document's text (legacyIntersection).
 */
type RewriteMode = 'engine' | 'legacy';

function rewrittenFormula(formula: string, offsetAreas: () => readonly string[], mode: RewriteMode = 'engine'): EngineFormula {
  // Every rewrite is about a range (INDEX's whole column too), a conditional sum, OFFSET or INDIRECT: most formulas (`=B5*(1+$C5)`) have none.
  if (!formula.includes(':') && !/(IF|OFFSET|INDIRECT)\s*\(/i.test(formula)) return { text: formula, resized: false, offsets: false };
  const engine = mode === 'engine';
  const segments = splitFormula(formula);
  const tree = parseFormulaTree(segments);
  let lifted = false;
  const replaced = new Map<number, string>();
  const edits = new Map<number, TextEdit[]>();
  const edit = (at: SegmentPlace, remove: number, text: string): void => {
    let list = edits.get(at.segment);
    if (!list) edits.set(at.segment, (list = []));
    list.push({ offset: at.offset, remove, text });
  };
  let resized = false;
  let offsets = false;
  let areas: readonly string[] | undefined;

  const visit = (items: readonly FormulaItem[], place: Place): void => {
    items.forEach((item, i) => {
      const nextToOperator = isOperator(items[i - 1]) || isOperator(items[i + 1]);
      const oneValue = (place.oneValue && items.length === 1) || (!place.arrays && nextToOperator);
      if (item.kind === 'ref') {
        if (item.range && oneValue && engine) lifted = true;
        else if (item.range && oneValue) replaced.set(item.segment, `SINGLE(${segmentText(segments[item.segment]!)})`);
      } else if (item.kind === 'group') {
        visit(item.items, { arrays: place.arrays, oneValue });
      } else if (item.kind === 'call') {
        const sum = engine ? resizedSumRange(item, segments) : null;
        if (sum) {
          replaced.set(sum.segment, formatReference(sum.ref));
          resized = true;
        }
        if (item.name === 'OFFSET' && engine) {
          const rewrite = offsetRewrite(item, segments, (areas ??= offsetAreas()));
          if (!rewrite) return;
          visitReference(item.args[0]!);
          // Its position and size take one value each; the reference itself is left as written.
          item.args.slice(1).forEach((arg) => visit(arg, { arrays: place.arrays, oneValue: !place.arrays }));
          // After the arguments' edits: an inner call's closing text comes before this one's at the same place.
          const single = oneValue && !place.arrays;
          edit(item.at, rewrite.nameLength, `${single ? 'SINGLE(' : ''}FREMSKRIV.OFFSET(FREMSKRIV.ANCHOR(`);
          edit(item.commas[0]!, 0, ')');
          edit(item.close!, 0, rewrite.tail);
          if (single) edit({ segment: item.close!.segment, offset: item.close!.offset + 1 }, 0, ')');
          offsets = true;
          return;
        }
        if (item.name === 'INDIRECT' && engine && item.args.length <= 2 && item.close) {
          const name = nameAt(segments, item, INDIRECT_NAME);
          if (name === undefined) return;
          // Its text and a1 take one value each.
          item.args.forEach((arg) => visit(arg, { arrays: place.arrays, oneValue: !place.arrays }));
          const single = oneValue && !place.arrays;
          areas ??= offsetAreas();
          edit(item.at, name, `${single ? 'SINGLE(' : ''}FREMSKRIV.INDIRECT(`);
          edit(item.close, 0, (item.args.length === 1 ? ',' : '') + areas.map((area) => `,${area}`).join(''));
          if (single) edit({ segment: item.close.segment, offset: item.close.offset + 1 }, 0, ')');
          offsets = true;
          return;
        }
        // INDEX giving a whole column or row (`INDEX(B1:C3,0,1)`, indexParts.ts) is a range: as the
        // whole formula it spills by itself; next to an operator or for a one-value argument it
        // lifts the formula as a written range does, and a legacy formula intersects it.
        if (oneValue && !place.arrays && indexGivesPart(item, segments)) {
          if (engine && !(items === tree && items.length === 1)) lifted = true;
          else if (!engine) {
            edit(item.at, 0, 'SINGLE(');
            edit({ segment: item.close!.segment, offset: item.close!.offset + 1 }, 0, ')');
          }
        }
        // A reference reader's arguments are left as written, but an OFFSET in them (`ROWS(OFFSET(…))`) is rewritten.
        if (takesReferences(item.name)) {
          item.args.forEach((arg) => visit(arg, { arrays: true, oneValue: false }));
          return;
        }
        const arrays = place.arrays || takesArrays(item.name);
        item.args.forEach((arg, n) => visit(arg, { arrays, oneValue: !place.arrays && takesOneValue(item.name, n) }));
      }
    });
  };
  /**
   * OFFSET's reference computed by INDEX or another OFFSET, or picked by IF or CHOOSE
   * (offsetReference.ts): INDEX's range and IF's and CHOOSE's choices are only places, wrapped in
   * FREMSKRIV.ANCHOR so the formula does not depend on their values; INDEX's row and column
   * numbers, IF's condition, CHOOSE's index and a nested OFFSET are rewritten as anywhere else.
   */
  const visitReference = (items: readonly FormulaItem[]): void => {
    const [item] = items;
    if (item?.kind === 'group') visitReference(item.items);
    else if (item?.kind === 'call' && PLACE_PICKERS.has(item.name)) {
      const [first, ...rest] = item.args;
      const [places, numbers] = item.name === 'INDEX' ? [[first!], rest] : [rest, [first!]];
      places.forEach(visitPlace);
      numbers.forEach((arg) => visit(arg, { arrays: false, oneValue: true }));
    } else if (item?.kind === 'call') visit(items, { arrays: true, oneValue: false });
  };
  /** A reference that is only a place: written, it is anchored; computed, its own parts are visited. */
  const visitPlace = (items: readonly FormulaItem[]): void => {
    const [place] = items;
    if (place?.kind === 'ref' && items.length === 1) replaced.set(place.segment, `FREMSKRIV.ANCHOR(${segmentText(segments[place.segment]!)})`);
    else if (place?.kind === 'group' && items.length === 1) visitPlace(place.items);
    else visitReference(items);
  };
  visit(tree, { arrays: false, oneValue: true });
  const text = replaced.size === 0 && edits.size === 0 ? formula : segments.map((segment, i) => replaced.get(i) ?? editedText(segmentText(segment), edits.get(i))).join('');
  if (!lifted) return { text, resized, offsets };
  // HyperFormula's ARRAYFORMULA takes no range on its own, only a computed one: `+` gives it as it is, text and all.
  return { text: `=ARRAYFORMULA(${isBareRange(tree) ? '+' : ''}${text.slice(1)})`, resized, offsets };
}

/**
 * What OFFSET's rewrite needs, or null where it cannot apply (the engine then reads the call as
 * before): a reference written as one cell or range, three to five arguments, a closing bracket.
 */
function offsetRewrite(call: FormulaCall, segments: readonly FormulaSegment[], areas: readonly string[]): { nameLength: number; tail: string } | null {
  const [reference] = call.args;
  if (call.args.length < 3 || call.args.length > OFFSET_ARGUMENTS || !call.close) return null;
  if (!reference || !isReference(reference)) return null;
  const nameLength = nameAt(segments, call, OFFSET_NAME);
  if (nameLength === undefined) return null;
  // Height and width left out are written empty: the function then takes the reference's.
  const tail = ','.repeat(OFFSET_ARGUMENTS - call.args.length) + areas.map((area) => `,${area}`).join('');
  return { nameLength, tail };
}

/** The length of a call's name and opening bracket as written (`OFFSET (`), undefined where it is not `pattern`. */
function nameAt(segments: readonly FormulaSegment[], call: FormulaCall, pattern: RegExp): number | undefined {
  const nameText = segments[call.at.segment];
  return nameText?.kind === 'text' ? pattern.exec(nameText.text.slice(call.at.offset))?.[0].length : undefined;
}

/**
 * Whether OFFSET's first argument is a reference Fremskriv computes (offsetReference.ts): a cell,
 * range, whole column or row, INDEX or OFFSET of one, INDIRECT, or IF or CHOOSE between them, in brackets
 * or not.
 */
function isReference(items: readonly FormulaItem[]): boolean {
  if (items.length !== 1) return false;
  const [item] = items;
  if (item!.kind === 'ref') return true;
  if (item!.kind === 'group') return isReference(item!.items);
  if (item!.kind !== 'call' || !item!.close) return false;
  const { name, args } = item!;
  if (name === 'OFFSET') return args.length >= 3 && args.length <= OFFSET_ARGUMENTS && isReference(args[0]!);
  if (name === 'INDEX') return args.length >= 2 && args.length <= 3 && isReference(args[0]!);
  if (name === 'INDIRECT') return args.length >= 1 && args.length <= 2;
  // IF's or CHOOSE's choices are all references (IF without its third gives FALSE there: #VALUE!).
  if (name === 'IF') return (args.length === 2 || args.length === 3) && args.slice(1).every(isReference);
  return name === 'CHOOSE' && args.length >= 2 && args.slice(1).every(isReference);
}

/** Whether a formula is one range, in brackets or not (`=A1:A9`, `=(A1:A9)`). */
function isBareRange(items: readonly FormulaItem[]): boolean {
  const [item] = items;
  return items.length === 1 && ((item!.kind === 'ref' && item!.range) || (item!.kind === 'group' && isBareRange(item!.items)));
}

/** A text segment with its edits applied (those at one place in the order they were made). */
function editedText(text: string, list: readonly TextEdit[] | undefined): string {
  if (!list) return text;
  const ordered = list.map((e, i) => ({ ...e, i })).sort((a, b) => a.offset - b.offset || a.i - b.i);
  let out = '';
  let at = 0;
  for (const e of ordered) {
    out += text.slice(at, e.offset) + e.text;
    at = Math.max(at, e.offset + e.remove);
  }
  return out + text.slice(at);
}

function segmentText(segment: FormulaSegment): string {
  return segment.kind === 'text' ? segment.text : formatReference(segment.ref);
}
