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
 *   arrays (`=SUM(A1:A9*B1:B9)`) nothing changes: it is one value either way. A defined name that
 *   may stand for several values (`arrayName`, arrayNames.ts: `=Udgifter*2`), OFFSET, INDIRECT
 *   and INDEX whose row or column may be 0 (`=INDEX(A1:C3,E1,2)`) stand as a range does: next
 *   to an operator or for a one-value argument they lift the formula; as the whole formula they
 *   spill by themselves. Their size is known only once computed (spillSizeHints.ts); a legacy
 *   formula holds each as `SINGLE(…)` (`=@Udgifter*2`, `=@OFFSET(…)`, `=@INDEX(A1:C3,E1,2)`).
 * - SUMIF/AVERAGEIF's sum range (sumRangeSize.ts): one of another size or shape than the
 *   criteria range is named with the criteria range's size from its top-left cell.
 * - OFFSET (offsetFunction.ts) whose reference is one cell or range: `OFFSET(ref,r,c,h,w)`
 *   becomes `FREMSKRIV.OFFSET(FREMSKRIV.ANCHOR(ref),r,c,h,w,area…)` with the areas its target covered
 *   when last computed (offsetAreas.ts); a range it gives where one value is expected spills
 *   (`=OFFSET(A1,0,0,3,1)*2`, above). Its other arguments take one value.
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
 *   OFFSET's; a range it gives where one value is expected spills, as OFFSET's.
 * - Quoted text holding a quote (`"0 ""kr."""`) or a backslash, which HyperFormula misreads, is
 *   given as pieces joined with CHAR (excelStringLiterals.ts); the error literals it cannot parse
 *   (`#CALC!`, `#NULL!`, `#GETTING_DATA`) as the function giving that error (errorLiterals.ts);
 *   TRUE and FALSE inside an array constant as the functions (arrayLogicals.ts).
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
import { spillsNatively, takesArgumentCount, takesArrays, takesOneValue, takesReferences } from './functionArguments.js';
import { engineArrayLogicals } from './arrayLogicals.js';
import { engineErrorLiterals } from './errorLiterals.js';
import { engineStringLiterals } from './excelStringLiterals.js';
import { resizedSumRange } from './sumRangeSize.js';
import { indexMayGivePart } from './indexParts.js';
import { legacyTakesArray } from './legacyArrayArguments.js';
import { withRangeOperatorCalls } from './rangeOperatorCalls.js';
import { withReferenceOperators } from './referenceOperators.js';

/**
 * Whether a defined name, read in the formula's cell, may stand for several values: a range of
 * several cells (`Udgifter` = `=Data!$B$2:$B$4`), a reference computed (OFFSET, INDEX, INDIRECT)
 * or an array it computes (arrayNames.ts). Where one value is expected it is lifted as a range
 * written in the formula is (`=Udgifter*2` spills), and a legacy formula intersects it (`@Udgifter`).
 */
export type ArrayName = (name: string) => boolean;

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
const PLACE_PICKERS = new Set(['INDEX', 'IF', 'CHOOSE', 'XLOOKUP']);
/** The range operator between a function's reference and another, as rangeOperatorCalls.ts writes it. */
const SPAN = 'FREMSKRIV.SPAN';
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
export function engineFormula(formula: string, offsetAreas: () => readonly string[] = () => [], named?: NamedFunction, arrayName?: ArrayName): EngineFormula {
  // First: `%%`, intersections and unions as formulas the rewrites below and the engine read (idempotent).
  const rewritten = rewrittenFormula(expandLambda(expandLet(withRangeOperatorCalls(withReferenceOperators(formula))), named, engineFunction, takesArgumentCount), offsetAreas, 'engine', arrayName);
  // Last: the rewrites above read Excel's quoted text and error literals as Excel writes them.
  return { ...rewritten, text: engineStringLiterals(engineErrorLiterals(engineArrayLogicals(rewritten.text))) };
}

/**
 * A legacy formula's text with Excel's implicit intersection written out: each range the engine
 * would compute for each value (engineFormula's dynamic arrays) wrapped in SINGLE, Excel 365's
 * `@`, as Excel 365 shows a formula from a file without its dynamic-array flag (xlsxCells.ts).
 * @example legacyIntersection('=A1:A3*2') // → '=SINGLE(A1:A3)*2'
 * @example legacyIntersection('=SUM(A1:A3*2)') // → '=SUM(A1:A3*2)'
 */
export function legacyIntersection(formula: string, arrayName?: ArrayName): string {
  return rewrittenFormula(formula, () => [], 'legacy', arrayName).text;
}

/**
 * A legacy formula from a file with Excel's implicit intersection written out everywhere legacy
 * Excel intersects: as legacyIntersection, and inside a function's argument too, except those
 * legacy Excel computes as arrays (legacyArrayArguments.ts). The import's and export's reading;
 * legacyIntersection stays what a workspace stored before the nineteenth session computed.
 * @example fileLegacyIntersection('=SUM(A1:A3*2)') // → '=SUM(SINGLE(A1:A3)*2)'
 * @example fileLegacyIntersection('=SUMPRODUCT(A1:A3*2)') // → '=SUMPRODUCT(A1:A3*2)'
 */
export function fileLegacyIntersection(formula: string, arrayName?: ArrayName): string {
  return rewrittenFormula(formula, () => [], 'file', arrayName).text;
}

/**
 * A formula holding Excel 365's `@` (SINGLE) only where a legacy formula intersects anyway,
 * written as a legacy formula without it (`=SINGLE(A1:A3)*2` → `=A1:A3*2`), which every Excel and
 * LibreOffice read alike and the import reads back to the same text; any other formula as it is.
 */
export function withoutLegacyIntersection(formula: string): string {
  if (!/SINGLE\(/i.test(formula)) return formula;
  const plain = withoutIntersectionOperators(formula);
  return plain !== formula && fileLegacyIntersection(plain) === formula ? plain : formula;
}

/**
 * `engine`: the engine's text (lifted ranges, OFFSET, INDIRECT, sum ranges); `legacy`: only the
 * ranges Excel intersects wrapped in SINGLE, for the document's text (legacyIntersection), outside
 * the array-reading functions; `file`: so inside them too (fileLegacyIntersection).
 */
type RewriteMode = 'engine' | 'legacy' | 'file';

function rewrittenFormula(formula: string, offsetAreas: () => readonly string[], mode: RewriteMode, arrayName?: ArrayName): EngineFormula {
  // Every rewrite is about a range, a conditional sum, OFFSET, INDIRECT, INDEX or a name of several values: most formulas (`=B5*(1+$C5)`) have none.
  if (!arrayName && !formula.includes(':') && !formula.includes('{') && !/(IF|OFFSET|INDIRECT|INDEX)\s*\(/i.test(formula) && !callsSpilling(formula)) return { text: formula, resized: false, offsets: false };
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
  // Not while an `A1#` it reads is #REF!: its block is unknown while the engine is built, and
  // lifted then, the formula stayed #VALUE! once its block was set (`=SEQUENCE(3)*A1#`).
  const spillingOperand = !formula.includes('#REF!');
  let areas: readonly string[] | undefined;
  /** Excel 365's `@` around a call or name (a legacy formula's intersection): `SINGLE(` at `at`, `)` after `end`. */
  const intersect = (at: SegmentPlace, end: SegmentPlace): void => {
    edit(at, 0, 'SINGLE(');
    edit({ segment: end.segment, offset: end.offset + 1 }, 0, ')');
  };
  /** A range, name, OFFSET, INDIRECT or INDEX giving several values where one is expected: a typed formula computes for each (lifted) unless it is the whole formula, which spills by itself; a legacy one intersects. */
  const severalWhereOne = (items: readonly FormulaItem[], at: SegmentPlace, end: SegmentPlace): void => {
    if (!engine) intersect(at, end);
    else if (!(items === tree && items.length === 1)) lifted = true;
  };

  const visit = (items: readonly FormulaItem[], place: Place): void => {
    items.forEach((item, i) => {
      const nextToOperator = isOperator(items[i - 1]) || isOperator(items[i + 1]);
      const oneValue = (place.oneValue && items.length === 1) || (!place.arrays && nextToOperator);
      if (item.kind === 'ref') {
        if (item.range && oneValue && engine) lifted = true;
        else if (item.range && oneValue) replaced.set(item.segment, `SINGLE(${segmentText(segments[item.segment]!)})`);
      } else if (item.kind === 'value') {
        // An array constant next to an operator (`={1;2;3}*2`) computes for each value as a range does; legacy Excel takes its first.
        if (spillingOperand && oneValue && !place.arrays && item.array && !(items === tree && items.length === 1)) severalWhereOne(items, item.array.at, item.array.end);
        if (oneValue && item.name !== undefined && item.at && arrayName?.(item.name)) {
          // A bare name is lifted too: its range reaches the engine's ARRAYFORMULA only so (isBare).
          if (engine) lifted = true;
          else intersect(item.at, { segment: item.at.segment, offset: item.at.offset + item.name.length - 1 });
        }
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
          if (oneValue && !place.arrays) severalWhereOne(items, item.at, item.close!);
          edit(item.at, rewrite.nameLength, 'FREMSKRIV.OFFSET(FREMSKRIV.ANCHOR(');
          edit(item.commas[0]!, 0, ')');
          edit(item.close!, 0, rewrite.tail);
          offsets = true;
          return;
        }
        if (item.name === 'INDIRECT' && engine && item.args.length <= 2 && item.close) {
          const name = nameAt(segments, item, INDIRECT_NAME);
          if (name === undefined) return;
          // Its text and a1 take one value each.
          item.args.forEach((arg) => visit(arg, { arrays: place.arrays, oneValue: !place.arrays }));
          if (oneValue && !place.arrays) severalWhereOne(items, item.at, item.close);
          areas ??= offsetAreas();
          edit(item.at, name, 'FREMSKRIV.INDIRECT(');
          edit(item.close, 0, (item.args.length === 1 ? ',' : '') + areas.map((area) => `,${area}`).join(''));
          offsets = true;
          return;
        }
        // A legacy formula's OFFSET or INDIRECT that may give a range where one value is expected is
        // intersected (Excel 365's `=@OFFSET(…)`); one of one cell (`OFFSET(A1,$B$1,0)`,
        // `INDIRECT("B"&N1)`, common in planners' files) is left as written.
        if (!engine && oneValue && !place.arrays && item.close && legacyMayGiveRange(item, segments)) intersect(item.at, item.close);
        // INDEX whose row or column may be 0 (`INDEX(B1:C3,0,1)`, `INDEX(B1:C3,E1,1)`, indexParts.ts)
        // gives a range: as the whole formula it spills by itself (sized once computed where the 0
        // is computed, spillSizeHints.ts); next to an operator or for a one-value argument it lifts
        // the formula as a written range does. A legacy formula intersects it, a computed index
        // too, as Excel 365 shows such a formula from a file (`=@INDEX(B100:B110,C100)`): with E1
        // blank or 0 legacy Excel gives the cell in the formula's row, not the column. A lookup's
        // `@INDEX(…,MATCH(…))` computes what it did (MATCH never gives 0).
        if (oneValue && !place.arrays && indexMayGivePart(item, segments)) severalWhereOne(items, item.at, item.close!);
        // A function spilling its result (`=SEQUENCE(3)*2`, `=SORT(A1:A5)*2`, `=ABS(FILTER(…))`) next to an
        // operator or for a one-value argument: the formula computes for each value and spills, as in
        // Excel 365 (the engine gave the first value); a legacy formula takes the first (`@`).
        else if (spillingOperand && oneValue && !place.arrays && item.close && item.name !== 'INDEX' && spillsNatively(item.name) && !(items === tree && items.length === 1)) severalWhereOne(items, item.at, item.close);
        // A reference reader's arguments are left as written, but an OFFSET in them (`ROWS(OFFSET(…))`) is rewritten.
        if (takesReferences(item.name)) {
          item.args.forEach((arg) => visit(arg, { arrays: true, oneValue: false }));
          return;
        }
        // A legacy file's formula reads as arrays only the arguments legacy Excel computes so.
        const arrays = (n: number): boolean => place.arrays || (mode === 'file' ? legacyTakesArray(item.name, n) : takesArrays(item.name));
        // IF's and CHOOSE's choices are references in a legacy file's formula: one is intersected only
        // where the call's own value is taken as one (`=MAX(IF(A1>1,B1:B3))` is the whole B1:B3).
        const choice = (n: number): boolean => mode === 'file' && (item.name === 'IF' || item.name === 'CHOOSE') && n > 0;
        item.args.forEach((arg, n) => visit(arg, { arrays: arrays(n), oneValue: !place.arrays && (choice(n) ? oneValue : takesOneValue(item.name, n)) }));
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
    // The two ends of the range operator (rangeOperatorCalls.ts) are places alike.
    else if (item?.kind === 'call' && item.name === SPAN) item.args.forEach(visitPlace);
    else if (item?.kind === 'call' && PLACE_PICKERS.has(item.name)) {
      const [first, ...rest] = item.args;
      if (item.name === 'XLOOKUP') {
        // The return range (and a reference if_not_found) is a place; the lookup range is read whole.
        item.args.forEach((arg, n) => {
          if (n === 2 || (n === 3 && isReference(arg))) visitPlace(arg);
          else visit(arg, n === 1 ? { arrays: true, oneValue: false } : { arrays: false, oneValue: true });
        });
        return;
      }
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
  return { text: `=ARRAYFORMULA(${isBare(tree) ? '+' : ''}${text.slice(1)})`, resized, offsets };
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
 * range, whole column or row, INDEX, OFFSET or XLOOKUP into one, INDIRECT, or IF or CHOOSE between them, in brackets
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
  if (name === SPAN) return args.length === 2 && args.every(isReference);
  // IF's or CHOOSE's choices are all references (IF without its third gives FALSE there: #VALUE!).
  if (name === 'IF') return (args.length === 2 || args.length === 3) && args.slice(1).every(isReference);
  // XLOOKUP gives a reference into its return range (Excel 365).
  if (name === 'XLOOKUP') return args.length >= 3 && args.length <= 6 && isReference(args[2]!);
  return name === 'CHOOSE' && args.length >= 2 && args.slice(1).every(isReference);
}

/**
 * Whether a legacy formula's OFFSET or INDIRECT may give a range: OFFSET with a height or width, or
 * of a range; INDIRECT whose text has a `:` (`"A1:A3"`, `"B2:B"&N1`).
 */
function legacyMayGiveRange(call: FormulaCall, segments: readonly FormulaSegment[]): boolean {
  if (call.name === 'OFFSET') return call.args.length >= 4 || !(call.args[0]?.length === 1 && call.args[0][0]!.kind === 'ref' && !call.args[0][0]!.range);
  if (call.name !== 'INDIRECT' || !call.close) return false;
  const end = call.commas[0] ?? call.close;
  const text = segments.slice(call.at.segment, end.segment + 1).map((segment, i) => {
    const whole = segmentText(segment);
    const from = i === 0 ? call.at.offset : 0;
    return i === end.segment - call.at.segment ? whole.slice(from, end.offset) : whole.slice(from);
  });
  return text.join('').includes(':');
}

/** Whether a formula calls a function spilling its result (`SEQUENCE(`, `SORT(`), read from its text. */
function callsSpilling(formula: string): boolean {
  for (const [, name] of formula.matchAll(/([\p{L}_][\p{L}\p{N}_.]*)\s*\(/gu)) if (spillsNatively(name!.toUpperCase())) return true;
  return false;
}

/** Whether a formula is one range or name, in brackets or not (`=A1:A9`, `=(A1:A9)`, `=Udgifter`). */
function isBare(items: readonly FormulaItem[]): boolean {
  const [item] = items;
  return items.length === 1 && ((item!.kind === 'ref' && item!.range) || (item!.kind === 'value' && item!.name !== undefined) || (item!.kind === 'group' && isBare(item!.items)));
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
