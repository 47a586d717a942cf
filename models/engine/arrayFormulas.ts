/**
 * Whether a formula relies on a function reading its arguments as arrays (arrayArguments.ts):
 * a range inside SUM, MAX, MATCH … used element by element (`=SUM(A1:A9*B1:B9)`,
 * `=MAX(IF(A1:A9>0,A1:A9))`). Excel 365 computes such a formula as typed, but a plain formula in
 * a file is a legacy formula to every Excel (365 shows it as `=SUM(@A1:A9*@B1:B9)` and
 * intersects), so the export writes it as a one-cell array formula, `{=SUM(A1:A9*B1:B9)}`, which
 * every Excel and LibreOffice compute element by element
 * (https://support.microsoft.com/office/dynamic-array-formulas-in-non-dynamic-aware-excel-696e164e-306b-4282-ae9d-aa88f5502fa2).
 *
 * Read from the formula's shape (formulaTree.ts): a range next to an operator (`A1:A9*`, `>0`,
 * `--A1:A9`) or given on its own for an argument that takes one value (IF's condition,
 * ISNUMBER's value, MATCH's lookup value: the engine's own declarations, functionArguments.ts),
 * somewhere inside one of the array-argument functions. A range a function takes as a range
 * (`SUM(A1:A9)`, `COUNTIF(A1:A9,">0")`) needs nothing; so does a whole formula
 * `=MATCH(A1:A9,…)`, which the engine intersects as Excel reads a plain formula (engineFormula.ts).
 *
 * @example evaluatesAsArray('=SUM((A1:A9>0)*A1:A9)') // → true
 * @example evaluatesAsArray('=SUM(A1:A9)*2') // → false
 */
import { splitFormula } from '../formula/a1References.js';
import { formulaFitsEngine } from '../formula/formulaDepth.js';
import { ARRAY_ARGUMENT_FUNCTIONS } from './arrayArgumentNames.js';
import { spillsNatively, takesArrays, takesOneValue, takesRangeAt, takesReferences } from './functionArguments.js';
import { isOperator, parseFormulaTree, type FormulaItem } from './formulaTree.js';

const ARRAY_ARGUMENTS = new Set(ARRAY_ARGUMENT_FUNCTIONS);

/**
 * Whether a range in `items` is read element by element: `arrays` says the items are computed
 * inside one of the array-argument functions, `oneValue` that they are an argument that takes
 * one value (IF's condition, ISNUMBER's value, MATCH's lookup value) of a function computed there.
 */
function readsElementwise(items: readonly FormulaItem[], arrays: boolean, oneValue: boolean): boolean {
  return items.some((item, i) => {
    const single = (oneValue && items.length === 1) || isOperator(items[i - 1]) || isOperator(items[i + 1]);
    if (item.kind === 'ref') return item.range && arrays && single;
    if (item.kind === 'group') return readsElementwise(item.items, arrays, single);
    if (item.kind !== 'call' || takesReferences(item.name)) return false;
    const inside = arrays || ARRAY_ARGUMENTS.has(item.name);
    return item.args.some((arg, n) => readsElementwise(arg, inside, arrays && takesOneValue(item.name, n)));
  });
}

/** Whether the export must write `formula` as an array formula for Excel to compute what Fremskriv does. */
export function evaluatesAsArray(formula: string): boolean {
  // Past Excel's limits the engine computes no value for it (#NUM!), and its tree would be deeper than the stack.
  if (!formulaFitsEngine(formula)) return false;
  return readsElementwise(parseFormulaTree(splitFormula(formula)), false, false);
}

/**
 * Whether a defined name's formula computes an array where Excel reads it: Excel computes a name's
 * formula as an array formula, so a range next to an operator (`=Data!$B$2:$B$4*2`) or given
 * where one value is taken (`=IF(Data!$B$2:$B$4>0,…)`) is read element by element. A bare
 * reference and a function of whole ranges (`=SUM(Data!$B$2:$B$4)`) compute alike either way.
 *
 * @example nameComputesArray('=Data!$B$2:$B$4*2') // → true
 * @example nameComputesArray('=Data!$B$2:$B$4') // → false
 */
export function nameComputesArray(formula: string): boolean {
  if (!formulaFitsEngine(formula)) return false;
  return readsElementwise(parseFormulaTree(splitFormula(formula)), true, false);
}

/** Whether an argument holds no range and no function call, so it computes alike either way (`3`, `B1*12`). */
function isPlainValue(items: readonly FormulaItem[]): boolean {
  return items.every((item) => (item.kind === 'ref' ? !item.range : item.kind === 'group' ? isPlainValue(item.items) : item.kind !== 'call'));
}

/**
 * Whether `=ARRAYFORMULA(formula)` (an imported array formula) computes exactly as `formula`
 * typed, because its result spills natively: the formula is one call to a spilling function
 * (the engine declares its result size) that reads its arguments as arrays (`=SORT(A1:A3*2)`), or whose
 * arguments each compute alike either way: a value without ranges (`3`, `B1*12`), or at a
 * parameter taking a range, one range (`=TRANSPOSE(A1:C1)`) or one call reading arrays
 * (`=TRANSPOSE(SORT(A1:A3))`). The import keeps such a formula as the planner wrote it.
 *
 * @example spillsAlikeWithoutArrayFormula('=SEQUENCE(12)') // → true
 * @example spillsAlikeWithoutArrayFormula('=TRANSPOSE(A1:C1*2)') // → false: the product is element by element only inside ARRAYFORMULA
 */
export function spillsAlikeWithoutArrayFormula(formula: string): boolean {
  if (!formulaFitsEngine(formula)) return false;
  const items = parseFormulaTree(splitFormula(formula));
  const call = items[0];
  if (items.length !== 1 || call?.kind !== 'call') return false;
  if (!spillsNatively(call.name)) return false;
  // What is inside a function that reads its arguments as arrays computes alike in ARRAYFORMULA or
  // not, except a range where it takes one value: ARRAYFORMULA computes the call for each of its
  // values (`=XLOOKUP(A1:A3,H1:H3,I1:I3)` spills three lookups, liftedCalls.ts), without it one.
  if (takesArrays(call.name)) return call.args.every((arg, i) => !takesOneValue(call.name, i) || isPlainValue(arg));
  return call.args.every((arg, i) => {
    if (isPlainValue(arg)) return true;
    const only = arg.length === 1 ? arg[0] : undefined;
    if (!takesRangeAt(call.name, i) || !only) return false;
    return (only.kind === 'ref' && only.range) || (only.kind === 'call' && takesArrays(only.name));
  });
}
