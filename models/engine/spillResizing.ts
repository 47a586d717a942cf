/**
 * A spilled result as large as what the formula computes, as Excel spills it: `=SEQUENCE(D1)`
 * spills D1 rows and re-spills when D1 changes (cells no longer reached are emptied),
 * `=FILTER(A1:A10,B1:B10>5)` as many rows as it keeps, so a value typed below them blocks nothing.
 * HyperFormula reserves a formula's spill when the formula is entered, from its text alone, and
 * then cuts or pads every result to it (or shows #VALUE! for a block in one cell).
 *
 * So each engine watches its formulas' results: a formula whose size depends on values
 * (spillSizeHints.ts) computed to another size than its spill, or blocked (#SPILL!) where its
 * result may now fit, has its computed size noted, and is entered again from the document after
 * the engine's batch; the engine then reserves that size (spillSizeHints.ts), or answers #SPILL!
 * where a value stands in it, as Excel does. Bounded: each cell at most once per followed change,
 * in at most `MAX_ROUNDS` rounds (a spill resized may resize a formula reading it), so a size that
 * changes on every computation (`=SEQUENCE(RANDBETWEEN(1,5))`) never loops: it keeps its spill
 * until the next change. A spill too large for the workbook's bound is refused as before
 * (arrayBound.ts).
 */
import { ArraySize, SimpleRangeValue, type ExportedChange, type HyperFormula, type SimpleCellAddress } from 'hyperformula';
import { spillRefused } from './arrayBound.js';
import { respillFreedBlocks } from './blockedSpills.js';
import { engineInternals } from './engineInternals.js';
import { cellPlace, notedSpillSize, sizedByValues, spillSizeTable, spillSizeTableOf } from './spillSizeHints.js';

/** A formula cell of HyperFormula's dependency graph, as far as it is read here. */
interface FormulaCell {
  idInGraph?: number;
  readonly width: number;
  readonly height: number;
  getAddress(service: unknown): SimpleCellAddress;
  getFormula(service: unknown): unknown;
}

interface EngineGraph {
  graph: { nodesSparseArray: unknown[] };
  lazilyTransformingAstService: unknown;
}

/** HyperFormula's dependency graph as far as its list of spills is read here. */
interface SpillMapping {
  lazilyTransformingAstService: unknown;
  arrayMapping: { getArrayByCorner(address: SimpleCellAddress): unknown; removeArray(range: { start: SimpleCellAddress }): void };
}

/** What a formula cell's result asks of its spill: its computed size, or to be measured (it was blocked). */
type Need = ArraySize | 'blocked';

/** Enough for any edit; past it a report is dropped (an engine that never settles must not grow it). */
const MAX_REPORTS = 100_000;
const MAX_ROUNDS = 8;

/** Results whose size differs from their spill since the last settling (every engine's: each takes its own). */
let reports = new Map<FormulaCell, Need>();

function report(cell: FormulaCell, need: Need): void {
  if (reports.size < MAX_REPORTS || reports.has(cell)) reports.set(cell, need);
}

function sizeOf(value: unknown): ArraySize {
  return value instanceof SimpleRangeValue ? new ArraySize(value.width(), value.height()) : ArraySize.scalar();
}

/** The top-left `width` × `height` of a result. */
function corner(value: SimpleRangeValue, width: number, height: number): SimpleRangeValue {
  return SimpleRangeValue.onlyValues(value.data.slice(0, height).map((row) => row.slice(0, width)));
}

function sameSize(a: ArraySize | undefined, b: ArraySize): boolean {
  return a !== undefined && a.width === b.width && a.height === b.height;
}

type Method = (this: FormulaCell, ...args: unknown[]) => unknown;
let installed = false;

/** Makes every engine reserve noted sizes and report results that do not fit their spill (idempotent). Call before engines are built. */
export function resizeSpillsToResults(): void {
  if (installed) return;
  const { arraySizePredictor, spilledResult, formulaResult, dependencyGraph } = engineInternals();
  const [predict, setSpilled, setNoSpace, setOne, exchange] = [arraySizePredictor.checkArraySize, spilledResult.setCellValue, spilledResult.setNoSpace, formulaResult.setCellValue, dependencyGraph.exchangeOrAddFormulaVertex];
  if ([predict, setSpilled, setNoSpace, setOne, exchange].some((method) => typeof method !== 'function')) throw new Error("HyperFormula's cells or size predictor changed: spillResizing.ts needs updating");
  installed = true;
  dependencyGraph.exchangeOrAddFormulaVertex = function (this: SpillMapping, vertex: FormulaCell): unknown {
    const address = vertex.getAddress(this.lazilyTransformingAstService);
    const old = this.arrayMapping.getArrayByCorner(address);
    const result = (exchange as (this: SpillMapping, vertex: FormulaCell) => unknown).call(this, vertex);
    // HyperFormula 3.5 keeps a spill's formula in its list of spills when a formula of one value
    // replaces it (a spill resized to one cell, `=Udgifter*2` once Udgifter is one cell): removed
    // from the graph but still listed, the next column deleted beside it threw ("Unknown node").
    if (old !== undefined && old !== vertex && this.arrayMapping.getArrayByCorner(address) === old) this.arrayMapping.removeArray({ start: address });
    return result;
  };
  arraySizePredictor.checkArraySize = function (this: object, ast: unknown, address: SimpleCellAddress): ArraySize {
    const noted = notedSpillSize(this, ast, address);
    if (noted === undefined) return (predict as (this: object, ...args: unknown[]) => ArraySize).call(this, ast, address);
    // A size past the workbook's bound reserves one cell, which shows #SPILL! (arrayBound.ts).
    return !noted.isScalar() && spillRefused(spillSizeTableOf(this)!.hf, noted, address) ? ArraySize.error() : noted;
  };
  spilledResult.setCellValue = function (this: FormulaCell, value: unknown): unknown {
    const size = sizeOf(value);
    if (size.width === this.width && size.height === this.height) {
      // The latest computation counts: one before it (a name not yet defined while the engine was built) no longer does.
      reports.delete(this);
      return (setSpilled as Method).call(this, value);
    }
    report(this, size);
    // HyperFormula pads a smaller result to its spill but throws on a larger one: until the
    // formula is entered again at its new size, the spill shows the result's corner.
    const larger = value instanceof SimpleRangeValue && (size.width > this.width || size.height > this.height);
    return (setSpilled as Method).call(this, larger ? corner(value, this.width, this.height) : value);
  };
  spilledResult.setNoSpace = function (this: FormulaCell): unknown {
    report(this, 'blocked');
    return (setNoSpace as Method).call(this);
  };
  formulaResult.setCellValue = function (this: FormulaCell, value: unknown): unknown {
    // The interpreter gives a 1×1 result as its value: a block here is larger than its one cell.
    if (value instanceof SimpleRangeValue) report(this, sizeOf(value));
    else reports.delete(this);
    return (setOne as Method).call(this, value);
  };
}

/** The size the formula `ast` computes at `address` now, computed beside the cell (whose spill is blocked). */
function measured(hf: HyperFormula, ast: unknown, address: SimpleCellAddress): ArraySize {
  const interpreter = (hf.evaluator as unknown as { interpreter: { evaluateAst(ast: unknown, state: object): unknown } }).interpreter;
  return sizeOf(interpreter.evaluateAst(ast, { formulaAddress: address, arraysFlag: hf.getConfig().useArrayArithmetic, formulaVertex: undefined }));
}

type SetAgainAt = (address: SimpleCellAddress) => ExportedChange[] | undefined;

/**
 * Notes the size each of `hf`'s reported formulas computes and enters them again (`setAgainAt`,
 * from the document), round after round, none already in `fitted`; the engine's changes.
 */
function fitSpills(hf: HyperFormula, fitted: Set<string>, setAgainAt: SetAgainAt): ExportedChange[] {
  const graph = hf.dependencyGraph as unknown as EngineGraph;
  const service = graph.lazilyTransformingAstService;
  const sizes = spillSizeTable(hf).sizes;
  let changes: ExportedChange[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const taken = reports;
    reports = new Map();
    const due = new Map<string, SimpleCellAddress>();
    for (const [cell, need] of taken) {
      // Another engine's cell, or one replaced since it was computed.
      if (cell.idInGraph === undefined || graph.graph.nodesSparseArray[cell.idInGraph] !== cell) continue;
      const address = cell.getAddress(service);
      const place = cellPlace(address);
      const ast = cell.getFormula(service);
      if (fitted.has(place) || !sizedByValues(ast)) continue;
      const size = need === 'blocked' ? measured(hf, ast, address) : need;
      // Blocked at the size it computes: #SPILL!, as in Excel. Or computed again since, to its spill.
      if (need === 'blocked' ? sameSize(sizes.get(place), size) : size.width === cell.width && size.height === cell.height) continue;
      sizes.set(place, size);
      due.set(place, address);
    }
    if (due.size === 0) break;
    for (const place of due.keys()) fitted.add(place);
    // concat, not push(...): a spill of a million values is a million changes.
    changes = changes.concat(hf.batch(() => {
      for (const address of due.values()) setAgainAt(address);
    }));
  }
  reports.clear();
  return changes;
}

/**
 * After the engine followed a change (`changes` its changes; `structural` when rows, columns or
 * sheets changed) or was built: every spill resized to its result, and every spill a freed block
 * lets through spilled again (blockedSpills.ts); the engine's further changes.
 */
export function settleSpills(hf: HyperFormula, changes: readonly ExportedChange[], structural: boolean, setAgainAt: SetAgainAt): ExportedChange[] {
  const fitted = new Set<string>();
  const resized = fitSpills(hf, fitted, setAgainAt);
  const respilled = respillFreedBlocks(hf, [...changes, ...resized], structural, setAgainAt);
  return [...resized, ...respilled, ...fitSpills(hf, fitted, setAgainAt)];
}
