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
 * All of a workbook's spilled results together may hold `MAX_SPILLED_CELLS` values: one formula
 * under the first bound, typed 20 times, would still fill the worker's memory. A formula whose
 * spill would pass it is #SPILL! when it is read; in which cells depends on the order the engine
 * reads them, and a cell refused stays so until it is entered again or the engine is rebuilt
 * (opening the workspace), even after other spills are cleared.
 * A planner's largest real sheet (120 months × 100 indicators) is 12,000 values; the bound is far
 * above it. Formulas without array functions pay nothing: only those functions are wrapped.
 * Not bounded: element-by-element arithmetic over ranges inside a function reading arrays
 * (`=SUMPRODUCT(A1:A40000*TRANSPOSE(A1:A40000))`), which HyperFormula's interpreter builds itself.
 */
import { ArraySize, CellError, ErrorType, HyperFormula } from 'hyperformula';
import { notedSpillSize } from './spillSizeHints.js';
import { isWholeSingleCellFormula, type FunctionResult, type InterpreterState, type ProcedureCall } from './functionPlugins.js';

/** The most values one formula's result array may hold (1,000 × 1,000). */
export const MAX_ARRAY_CELLS = 1_000_000;

/**
 * The most values all of one workbook's spilled results may hold together. Measured (load 4–7):
 * one spilled `=SEQUENCE(1000,1000)` costs the engine 21 MB and 1.9 s to build, two 80 MB and
 * 5.5 s, five 283 MB and 21 s; the worker computing a workspace has 1024 MB.
 */
export const MAX_SPILLED_CELLS = 2_000_000;

/** Whether an array `width` × `height` would pass the bound. */
export function exceedsArrayBound(width: number, height: number): boolean {
  return width * height > MAX_ARRAY_CELLS;
}

/** The error a result past a bound gives: Excel's #SPILL!, with the bound in its message. */
export function arrayTooLarge(workbook = false): CellError {
  const message = workbook
    ? `The workbook's spilled results would hold more than ${MAX_SPILLED_CELLS.toLocaleString('en-GB')} values together`
    : `The result would hold more than ${MAX_ARRAY_CELLS.toLocaleString('en-GB')} values`;
  return new CellError(ErrorType.SPILL, message);
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

interface CellAddress {
  sheet: number;
  row: number;
  col: number;
}

/** The members of HyperFormula's (unexported) dependency graph read here: its spilled results by corner. */
interface SpilledResults {
  dependencyGraph?: { arrayMapping?: { arrayMapping?: Map<string, { width: number; height: number; cellAddress: CellAddress }> } };
}

/** How many values the engine's spilled results hold, the one whose corner is `at` left out. */
function spilledElsewhere(plugin: object, at: CellAddress | undefined): number {
  const results = (plugin as SpilledResults).dependencyGraph?.arrayMapping?.arrayMapping;
  let total = 0;
  for (const result of results?.values() ?? []) {
    const corner = result.cellAddress;
    if (at === undefined || corner.sheet !== at.sheet || corner.row !== at.row || corner.col !== at.col) total += result.width * result.height;
  }
  return total;
}

/**
 * Whether a spill `size` at `at` would pass the bound on one result or on the workbook's together;
 * `engine` a function plugin or the engine itself (each holds the dependency graph).
 */
export function spillRefused(engine: object, size: unknown, at: CellAddress | undefined): boolean {
  if (!(size instanceof ArraySize) || size.isScalar()) return false;
  return pastBound(size) || spilledElsewhere(engine, at) + size.width * size.height > MAX_SPILLED_CELLS;
}

/**
 * `size` wrapped so a spill past either bound reads as one cell (no spill range reserved). Some
 * callers ask a size without a state (no address): then no spill is left out of the total.
 */
function boundedSize(size: Method): Method {
  const wrapped: Method = function (ast, state) {
    const predicted = size.call(this, ast, state);
    return !measuring && spillRefused(this, predicted, (state as InterpreterState | undefined)?.formulaAddress) ? ArraySize.error() : predicted;
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
    if (pastBound(predicted)) return arrayTooLarge();
    if (!isWholeSingleCellFormula(ast, state)) return compute.call(this, ast, state);
    // A spill its cell was refused (the workbook's bound): HyperFormula would build it, then answer
    // #VALUE!. The size the cell was entered with is the one noted for it, if any (spillSizeHints.ts).
    const declared = notedSpillSize(this, ast, state.formulaAddress) ?? predicted;
    return declared instanceof ArraySize && !declared.isScalar() ? arrayTooLarge(true) : compute.call(this, ast, state);
  };
  bounded.add(wrapped);
  return wrapped;
}

/** The members of HyperFormula's SequencePlugin used here and in emptySequence.ts (the class is not exported by name). */
export interface SequenceInternals {
  runFunction(args: ProcedureCall['args'], state: InterpreterState, metadata: unknown, fn: (rows: number, cols: number, start: number) => unknown): FunctionResult;
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
      const computed = name === 'SEQUENCE' ? boundedSequence : (compute: Method): Method => compute;
      wrapOnce(prototype, metadata.method, (compute) => boundedCompute(computed(compute), sizeName));
      wrapOnce(prototype, sizeName, boundedSize);
    }
  }
}
