/**
 * The bound on arithmetic element by element (`A1:A40000*TRANSPOSE(A1:A40000)` inside SUMPRODUCT
 * or SUM): HyperFormula's interpreter builds the broadcast array (40,000 × 40,000, 1.6 billion
 * values) itself, so arrayBound.ts, which bounds what functions declare, never saw it, and one
 * such cell kept the workspace's evaluation and exports computing until the worker's memory ran
 * out, for everyone. Now an operator whose result would hold more than `MAX_ARRAY_CELLS` values
 * answers #SPILL! before the array is built, as a function's result past the bound does. Excel
 * has no documented size for such an array: it runs out of memory ("Excel ran out of resources
 * while attempting to calculate"), and for an array that runs it out of memory its error is
 * #SPILL! ("Out of memory",
 * https://support.microsoft.com/office/how-to-correct-a-spill-error-ffe0f555-b479-4a17-a6e2-ef9cc9ad4023);
 * #SPILL! also keeps `=SUMPRODUCT(A1:A40000*TRANSPOSE(A1:A40000))` alike with
 * `=SUM(SEQUENCE(40000,40000))`, which arrayBound.ts answers so.
 */
import { CellError, SimpleRangeValue } from 'hyperformula';
import { arrayTooLarge, exceedsArrayBound } from './arrayBound.js';
import { engineInternals } from './engineInternals.js';

type BinaryRangeWrapper = (this: object, op: unknown, left: unknown, right: unknown, state: { arraysFlag: boolean }) => unknown;

/** Width and height of an operand as the interpreter broadcasts it: a value is one cell. */
function extent(operand: unknown): [number, number] {
  return operand instanceof SimpleRangeValue ? [operand.width(), operand.height()] : [1, 1];
}

/** Whether the operator's result over `left` and `right` would pass the bound (HyperFormula's broadcast: the larger width and height). */
export function broadcastPassesBound(left: unknown, right: unknown): boolean {
  if (!(left instanceof SimpleRangeValue) && !(right instanceof SimpleRangeValue)) return false;
  const [leftWidth, leftHeight] = extent(left);
  const [rightWidth, rightHeight] = extent(right);
  return exceedsArrayBound(Math.max(leftWidth, rightWidth), Math.max(leftHeight, rightHeight));
}

let installed = false;

/** Makes every engine's operators answer #SPILL! rather than build an array past the bound. Call once, before engines are built. */
export function boundElementwiseArithmetic(): void {
  if (installed) return;
  installed = true;
  const { interpreter } = engineInternals();
  const wrap = interpreter.binaryRangeWrapper as BinaryRangeWrapper;
  interpreter.binaryRangeWrapper = function (this: object, op: unknown, left: unknown, right: unknown, state: { arraysFlag: boolean }): unknown {
    // Outside array arithmetic a range is one value (implicit intersection); an error operand is the result, as before.
    if (state.arraysFlag && !(left instanceof CellError) && !(right instanceof CellError) && broadcastPassesBound(left, right)) return arrayTooLarge();
    return wrap.call(this, op, left, right, state);
  };
}
