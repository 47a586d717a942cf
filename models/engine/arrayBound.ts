/**
 * The bound on one formula's result array. `=SEQUENCE(10000,10000)` (100 million values), or
 * `=SEQUENCE(A1)` after A1 became 10^8, made HyperFormula build the whole array before anything
 * looked at its size: the workspace's evaluation and exports ran for minutes and ended in the
 * worker's memory limit for everyone, and every colleague's browser built the same array.
 *
 * A result of more than `MAX_ARRAY_CELLS` values is Excel's `#SPILL!` ("Out of memory": the
 * spilled array formula made Excel run out of memory,
 * https://support.microsoft.com/office/how-to-correct-a-spill-error-ffe0f555-b479-4a17-a6e2-ef9cc9ad4023),
 * decided before the array is built:
 * - when the formula is read: the size a function declares from its literal arguments
 *   (`sizeOfResultArrayMethod`: SEQUENCE, MMULT, TRANSPOSE, ARRAYFORMULA, SORT, ours …) is
 *   replaced by one cell, so the engine reserves no spill range for it;
 * - when it is computed: each such function first asks the same size, and SEQUENCE its
 *   computed rows × columns (`=SEQUENCE(A1)`), and answers the error instead of the array.
 * A planner's largest real sheet (120 months × 100 indicators) is 12,000 values; the bound is far
 * above it. Formulas without array functions pay nothing: only those functions are wrapped.
 * Not bounded: element-by-element arithmetic over ranges inside a function reading arrays
 * (`=SUMPRODUCT(A1:A40000*TRANSPOSE(A1:A40000))`), which HyperFormula's interpreter builds itself.
 */
import { ArraySize, CellError, ErrorType, HyperFormula } from 'hyperformula';
import type { FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';

/** The most values one formula's result array may hold (1,000 × 1,000). */
export const MAX_ARRAY_CELLS = 1_000_000;

/** Whether an array `width` × `height` would pass the bound. */
export function exceedsArrayBound(width: number, height: number): boolean {
  return width * height > MAX_ARRAY_CELLS;
}

/** The error a result past the bound gives: Excel's #SPILL!, with the bound in its message. */
export function arrayTooLarge(): CellError {
  return new CellError(ErrorType.SPILL, `The result would hold more than ${MAX_ARRAY_CELLS.toLocaleString('en-GB')} values`);
}

type Method = (this: object, ast: ProcedureCall, state: InterpreterState) => unknown;
type PluginPrototype = Record<string, unknown>;

const bounded = new WeakSet<Method>();

/**
 * Set while a computation asks its declared size: a plugin of ours whose size method calls its
 * base class's (already bounded) one must then see the true size, not one cell.
 */
let measuring = false;

function pastBound(size: unknown): boolean {
  return size instanceof ArraySize && exceedsArrayBound(size.width, size.height);
}

/** `size` wrapped so a size past the bound reads as one cell (no spill range reserved). */
function boundedSize(size: Method): Method {
  const wrapped: Method = function (ast, state) {
    const predicted = size.call(this, ast, state);
    return !measuring && pastBound(predicted) ? ArraySize.error() : predicted;
  };
  bounded.add(wrapped);
  return wrapped;
}

/** `compute` wrapped so a result whose declared size (method `sizeName`) passes the bound is the error, never built. */
function boundedCompute(compute: Method, sizeName: string): Method {
  const wrapped: Method = function (ast, state) {
    const size = (this as PluginPrototype)[sizeName] as Method;
    const outer = measuring;
    measuring = true;
    let predicted: unknown;
    try {
      predicted = size.call(this, ast, state);
    } finally {
      measuring = outer;
    }
    return pastBound(predicted) ? arrayTooLarge() : compute.call(this, ast, state);
  };
  bounded.add(wrapped);
  return wrapped;
}

/** The members of HyperFormula's SequencePlugin used here (the class is not exported by name). */
interface SequenceInternals {
  runFunction(args: ProcedureCall['args'], state: InterpreterState, metadata: unknown, fn: (rows: number, cols: number) => unknown): FunctionResult;
  metadata(name: string): unknown;
}

/** SEQUENCE whose rows × columns are computed (`=SEQUENCE(A1)`): checked before HyperFormula builds them. */
function boundedSequence(sequence: Method): Method {
  const wrapped: Method = function (ast, state) {
    const plugin = this as SequenceInternals;
    const verdict = plugin.runFunction(ast.args, state, plugin.metadata('SEQUENCE'), (rows, cols) =>
      exceedsArrayBound(Math.trunc(cols), Math.trunc(rows)) ? arrayTooLarge() : true,
    );
    return verdict === true ? sequence.call(this, ast, state) : verdict;
  };
  bounded.add(wrapped);
  return wrapped;
}

function wrapOnce(prototype: PluginPrototype, name: string, wrap: (method: Method) => Method): void {
  const method = prototype[name];
  if (typeof method !== 'function' || bounded.has(method as Method)) return;
  prototype[name] = wrap(method as Method);
}

/**
 * Bounds every registered array-producing function (HyperFormula's and ours). Call after every
 * plugin is registered (engineConfig.ts): engines built afterwards call the bounded methods.
 */
export function boundResultArrays(): void {
  for (const plugin of HyperFormula.getAllFunctionPlugins()) {
    const prototype = plugin.prototype as PluginPrototype;
    for (const [name, metadata] of Object.entries(plugin.implementedFunctions)) {
      const sizeName = metadata.sizeOfResultArrayMethod;
      if (sizeName === undefined) continue;
      if (name === 'SEQUENCE') wrapOnce(prototype, metadata.method, boundedSequence);
      wrapOnce(prototype, metadata.method, (compute) => boundedCompute(compute, sizeName));
      wrapOnce(prototype, sizeName, boundedSize);
    }
  }
}
