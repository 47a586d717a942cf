/**
 * The values a LAMBDA's parameter slots are bound to while it is computed (lambdaFunctions.ts),
 * and the bounds on LAMBDA calls: a formula is computed start to finish before another, so the
 * bound values are kept in one table for the call's duration, an outer value restored after.
 */
import { CellError, EmptyValue, ErrorType } from 'hyperformula';
import type { Binding, BoundValue, Lambda } from './lambdaValues.js';

export const INCORRECT_PARAMETERS = 'Incorrect Parameters: the LAMBDA takes another number of parameters.';

/** The values bound to parameter slots while a LAMBDA is computed, and the slots left out by the call. */
const bound = new Map<number, BoundValue>();
const omittedSlots = new Set<number>();

/**
 * How deep LAMBDA calls may nest (one inside another's calculation) before the call is #NUM!, as
 * Excel answers a recursion too deep for its stack. IF and the other choosing functions compute
 * only the branch they take in a LAMBDA (lazyChoices.ts), so `Fakultet` =
 * `=LAMBDA(n;HVIS(n<=1;1;n*Fakultet(n-1)))` stops by itself; each nested call takes about 28 of
 * JavaScript's stack frames through HyperFormula's evaluator, and the first computation (before
 * the code is optimised) more: measured, a simple body ran out of Node's stack past 200–250 calls
 * on a cold start, and a Chromium Web Worker has about three quarters of Node's stack. 128 stays
 * inside both; a body that nests deeper per call and runs out first is #NUM! too (`withBound`).
 */
const MAX_CALL_DEPTH = 128;
/**
 * How many LAMBDA calls one outermost call may make in all (about 20 µs each): a LAMBDA calling
 * itself twice (`Fib` = `=LAMBDA(n;HVIS(n<2;n;Fib(n-1)+Fib(n-2)))`) makes 2^n calls, and a
 * planner's engine must go on answering.
 */
const MAX_CALLS = 50_000;
let callDepth = 0;
let callsLeft = MAX_CALLS;
const tooDeep = (): CellError => new CellError(ErrorType.NUM, `LAMBDA calls nested more than ${MAX_CALL_DEPTH} deep or more than ${MAX_CALLS} in one formula.`);

/** The value bound to a parameter slot in the call being computed (undefined: none). */
export function boundValue(slot: number): BoundValue | undefined {
  return bound.get(slot);
}

/** Whether the call being computed left the slot's argument out (ISOMITTED). */
export function isOmittedSlot(slot: number): boolean {
  return omittedSlots.has(slot);
}

/**
 * `compute` run with the LAMBDA's captured values and its slots bound to `values`, an outer
 * value restored after; #NUM! past the bounds on nested and total calls, or where the
 * JavaScript stack runs out before them (a Web Worker's is smaller than Node's).
 */
export function withBound<T>(lambda: Lambda, values: ReadonlyArray<BoundValue | undefined>, compute: () => T | CellError): T | CellError {
  if (values.length !== lambda.slots.length) return new CellError(ErrorType.VALUE, INCORRECT_PARAMETERS);
  if (callDepth === 0) callsLeft = MAX_CALLS;
  if (callDepth >= MAX_CALL_DEPTH || callsLeft <= 0) return tooDeep();
  callsLeft--;
  const outermost = callDepth === 0;
  const bindings: Binding[] = [...lambda.captured, ...lambda.slots.map((slot, i): Binding => ({ slot, value: values[i] }))];
  const outer = bindings.map(({ slot }): Binding & { omitted: boolean } => ({ slot, value: bound.get(slot), omitted: omittedSlots.has(slot) }));
  for (const { slot, value } of bindings) {
    bound.set(slot, value ?? EmptyValue);
    if (value === undefined) omittedSlots.add(slot);
    else omittedSlots.delete(slot);
  }
  callDepth++;
  try {
    return compute();
  } catch (error) {
    // The stack ran out below the bound (a smaller stack than measured): the outermost call answers #NUM!.
    if (error instanceof RangeError && outermost) return tooDeep();
    throw error;
  } finally {
    callDepth--;
    // Nothing is bound outside the outermost call: after one the stack ran out in, none is left behind.
    if (outermost) {
      callDepth = 0;
      bound.clear();
      omittedSlots.clear();
    }
    for (const { slot, value, omitted: wasOmitted } of outer.reverse()) {
      if (value === undefined) bound.delete(slot);
      else bound.set(slot, value);
      if (wasOmitted) omittedSlots.add(slot);
      else omittedSlots.delete(slot);
    }
  }
}
