/**
 * The spilled size of a formula whose result's size depends on values, as it was last computed:
 * `=SEQUENCE(D1)` spills D1 rows, `=FILTER(A1:A10,B1:B10>5)` as many rows as it keeps. HyperFormula
 * fixes a spill's size when the formula is entered, before computing it, from what the formula's
 * text says (`ArraySizePredictor.checkArraySize`, each function's `sizeOfResultArrayMethod`): a
 * size from a cell it cannot know (SEQUENCE(D1) became one cell, #VALUE!), FILTER it sized as its
 * whole array. spillResizing.ts notes each such formula's computed size here and enters the
 * formula again; the engine then reserves exactly that size, as Excel spills it.
 *
 * One table per engine (found by its size predictor, which its parser, graph builder and
 * interpreter share), keyed by the cell's place in the engine. A size noted for a cell whose
 * formula has changed or moved since is only a first guess: the formula is computed, and
 * resized again where the guess was wrong (spillResizing.ts).
 */
import type { ArraySize, HyperFormula, SimpleCellAddress } from 'hyperformula';

/**
 * The functions whose result's size can depend on values, not only on the formula's text: a
 * count from a cell (`SEQUENCE(D1)`, `MAKEARRAY`, `WRAPROWS`, `EXPAND`, `TAKE`, `DROP`,
 * `CHOOSEROWS` of an array of numbers), what is kept (`FILTER`, `UNIQUE`, `TOCOL`/`TOROW` with
 * ignore), the values themselves (`MODE.MULT`) or a text (`TEXTSPLIT`). A formula using one anywhere (`=SORT(UNIQUE(…))`) is resized.
 */
const SIZED_BY_VALUES = new Set(['SEQUENCE', 'RANDARRAY', 'MAKEARRAY', 'FILTER', 'UNIQUE', 'TOCOL', 'TOROW', 'TEXTSPLIT', 'WRAPROWS', 'WRAPCOLS', 'EXPAND', 'TAKE', 'DROP', 'CHOOSEROWS', 'CHOOSECOLS', 'MODE.MULT', 'MUNIT']);

/**
 * The functions giving a reference computed from values, one cell or several: INDEX with an
 * index from a cell (`INDEX(A1:C3,E1,2)`, E1 = 0: the whole column), OFFSET and INDIRECT (the
 * engine's FREMSKRIV.OFFSET, FREMSKRIV.INDIRECT, engineFormula.ts). A formula using one is
 * resized too, as is one reading a defined name (`=Udgifter*2`: the name's cells are known only
 * when it is computed); Excel 365 spills each where it gives several cells.
 */
const REFERENCES_BY_VALUES = new Set(['INDEX', 'FREMSKRIV.OFFSET', 'FREMSKRIV.INDIRECT']);

/** The parts of a parsed formula that hold further parts (calls, operators, parentheses, array literals). */
const CHILDREN = ['args', 'left', 'right', 'value', 'expression'] as const;

/** Whether the parsed formula `ast` calls, anywhere, a function for which `matches` holds (`ast.procedureName`: its English id). */
export function callsFunction(ast: unknown, matches: (name: string) => boolean): boolean {
  if (Array.isArray(ast)) return ast.some((part) => callsFunction(part, matches));
  if (typeof ast !== 'object' || ast === null) return false;
  const node = ast as Record<string, unknown>;
  if (typeof node.procedureName === 'string' && matches(node.procedureName)) return true;
  return CHILDREN.some((child) => typeof node[child] === 'object' && callsFunction(node[child], matches));
}

const LOGICAL_WORDS = new Set(['TRUE', 'FALSE']);

/** Whether the parsed formula `ast` reads a defined name anywhere. */
function readsName(ast: unknown): boolean {
  if (Array.isArray(ast)) return ast.some(readsName);
  if (typeof ast !== 'object' || ast === null) return false;
  const node = ast as Record<string, unknown>;
  // HyperFormula reads TRUE and FALSE written without brackets as names too.
  if (node.type === 'NAMED_EXPRESSION' && typeof node.expressionName === 'string' && !LOGICAL_WORDS.has(node.expressionName.toUpperCase())) return true;
  return CHILDREN.some((child) => typeof node[child] === 'object' && readsName(node[child]));
}

/** Whether the parsed formula `ast` calls a function whose array's size depends on values (`SEQUENCE(D1)`): it spills even at 1 × 1. */
export function arraySizedByValues(ast: unknown): boolean {
  return callsFunction(ast, (name) => SIZED_BY_VALUES.has(name));
}

/** Whether the parsed formula `ast` computes a result whose size depends on values: an array (arraySizedByValues), a reference computed, or a defined name. */
export function sizedByValues(ast: unknown): boolean {
  return callsFunction(ast, (name) => SIZED_BY_VALUES.has(name) || REFERENCES_BY_VALUES.has(name)) || readsName(ast);
}

/** An engine's noted sizes, by cell. */
export interface SpillSizeTable {
  /** The engine, whose spilled results the workbook's bound counts (arrayBound.ts). */
  readonly hf: HyperFormula;
  readonly sizes: Map<string, ArraySize>;
}

const tables = new WeakMap<object, SpillSizeTable>();

export function cellPlace(address: SimpleCellAddress): string {
  return `${address.sheet}:${address.row}:${address.col}`;
}

/** The size predictor an engine's parser, graph builder and interpreter share (not public in HyperFormula). */
function predictorOf(hf: HyperFormula): object {
  return (hf as unknown as { _crudOperations: { operations: { arraySizePredictor: object } } })._crudOperations.operations.arraySizePredictor;
}

/** The table of `hf`'s noted sizes (made empty on first use). */
export function spillSizeTable(hf: HyperFormula): SpillSizeTable {
  const predictor = predictorOf(hf);
  let table = tables.get(predictor);
  if (table === undefined) {
    table = { hf, sizes: new Map() };
    tables.set(predictor, table);
  }
  return table;
}

/** The table of the engine whose size predictor (or function plugin, which holds it as `arraySizePredictor`) is `owner`. */
export function spillSizeTableOf(owner: object): SpillSizeTable | undefined {
  return tables.get((owner as { arraySizePredictor?: object }).arraySizePredictor ?? owner);
}

/**
 * The size noted for the formula `ast` entered at `address` of the engine of `owner` (as
 * spillSizeTableOf); undefined when none is noted or the formula's size does not depend on values.
 */
export function notedSpillSize(owner: object, ast: unknown, address: SimpleCellAddress): ArraySize | undefined {
  const size = spillSizeTableOf(owner)?.sizes.get(cellPlace(address));
  return size !== undefined && sizedByValues(ast) ? size : undefined;
}
