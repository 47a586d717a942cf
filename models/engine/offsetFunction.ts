/**
 * OFFSET as Excel computes it, with its position and size from cells
 * (https://support.microsoft.com/office/offset-function-c8de19ae-dd79-4b9b-a14e-b4d906d11b3b).
 * HyperFormula fixes OFFSET into a reference when it parses the formula (its issue #910), so the
 * binding hands the engine `FREMSKRIV.OFFSET(FREMSKRIV.ANCHOR(ref),rows,cols,height,width,area…)`
 * instead (engineFormula.ts, offsetAreas.ts):
 * - `FREMSKRIV.ANCHOR(ref)` only carries the reference: the engine moves it with rows and columns
 *   as any reference, but, like ROW's argument, never counts it as something the formula reads,
 *   so `=OFFSET(B5,0,-1)` in B5 is no circular reference (Excel does not compute `ref` either).
 *   The reference may be a whole column or row, INDEX or OFFSET of one, or IF or CHOOSE picking
 *   one (offsetReference.ts).
 * - The areas are the cells the target covered the last time it was computed, as plain
 *   ranges: the engine recomputes the formula when one of them changes, after them. Each
 *   computation reports its target (takeOffsetTargets); the binding sets the formula again with
 *   the new target's areas when it moved, so the formula never depends on more than it reads,
 *   and no cell near it that depends on it makes a false circular reference.
 *
 * Excel's rules: `rows`, `cols`, `height`, `width` are truncated to whole numbers; an omitted
 * height or width is the reference's; 0 is #REF!; a negative height or width counts up or left
 * from the moved cell (Microsoft's page asks for a positive number, but Excel has always
 * computed a negative one so; LibreOffice answers Err:502); a target past the sheet's edge is #REF!.
 */
import { CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions, SimpleCellAddress } from 'hyperformula';
import type { Ast, FunctionResult, InterpreterState, ProcedureCall, RangeCell } from './functionPlugins.js';
import { plainCell } from './functionPlugins.js';
import { EXCEL_COLUMNS, EXCEL_ROWS, referenceOf, type OffsetTarget, type ReferenceNumbers } from './offsetReference.js';
import { indirectTarget, type IndirectNames } from './indirectReference.js';
import { MIN_RANGE_CELLS } from './rangeBound.js';
import { closestMatch } from './orderedSearch.js';
import { helperTextOrder } from './localeTextOrder.js';
import { builtInTranslations } from './replaceFunctions.js';

/** What INDIRECT reads of HyperFormula's dependency graph beyond its typed surface: sheet names and defined names' formulas. */
interface EngineGraph {
  sheetMapping: { getSheetId(name: string): number | undefined };
  namedExpressions: { nearestNamedExpression(name: string, sheet: number): { address: SimpleCellAddress } | undefined };
  getCell(address: SimpleCellAddress): { getFormula?(service: unknown): Ast } | undefined;
  lazilyTransformingAstService: unknown;
}

export type { OffsetTarget } from './offsetReference.js';

/** One computation of an OFFSET: the formula's cell and the target it read (none for an error). */
export interface OffsetReport {
  address: SimpleCellAddress;
  target?: OffsetTarget;
}

/** Reports by engine (its dependency graph), taken by the binding after each change. */
const reports = new WeakMap<object, OffsetReport[]>();

/** The OFFSET computations of the engine whose dependency graph is `graph` since the last call. */
export function takeOffsetTargets(graph: object): OffsetReport[] {
  const found = reports.get(graph);
  if (!found) return [];
  reports.delete(graph);
  return found;
}

type RangeClass = NonNullable<SimpleRangeValue['range']>;
/** A cell address as HyperFormula's AST holds it, relative to the formula's cell. */
interface AstAddress {
  toSimpleCellAddress(base: SimpleCellAddress): SimpleCellAddress;
}

function isReference(ast: Ast | undefined): ast is Ast & { reference: AstAddress } {
  return (ast?.type as string | undefined) === 'CELL_REFERENCE';
}

function isCellRange(ast: Ast | undefined): ast is Ast & { start: AstAddress; end: AstAddress } {
  return (ast?.type as string | undefined) === 'CELL_RANGE';
}

/** The rectangle a reference or range AST names, from the formula at `base`. */
function rectangleOf(ast: Ast | undefined, base: SimpleCellAddress): OffsetTarget | undefined {
  if (isReference(ast)) {
    const at = ast.reference.toSimpleCellAddress(base);
    return { sheet: at.sheet, row: at.row, col: at.col, height: 1, width: 1 };
  }
  if (isCellRange(ast)) {
    const a = ast.start.toSimpleCellAddress(base);
    const b = ast.end.toSimpleCellAddress(base);
    const row = Math.min(a.row, b.row);
    const col = Math.min(a.col, b.col);
    return { sheet: a.sheet, row, col, height: Math.abs(b.row - a.row) + 1, width: Math.abs(b.col - a.col) + 1 };
  }
  return undefined;
}

function contains(outer: OffsetTarget, row: number, col: number): boolean {
  return row >= outer.row && row < outer.row + outer.height && col >= outer.col && col < outer.col + outer.width;
}

class OffsetPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    'FREMSKRIV.OFFSET': {
      method: 'offsetArea',
      parameters: [{ argumentType: FunctionArgumentType.ANY }],
      repeatLastArgs: 1,
    },
    'FREMSKRIV.INDIRECT': {
      method: 'indirect',
      parameters: [{ argumentType: FunctionArgumentType.ANY }],
      repeatLastArgs: 1,
      isVolatile: true,
    },
    // ISREF reads its argument as a reference, as OFFSET does its first (its value is not needed).
    ISREF: { method: 'isReference', parameters: [{ argumentType: FunctionArgumentType.ANY }] },
    'FREMSKRIV.ANCHOR': {
      method: 'offsetAnchor',
      parameters: [{ argumentType: FunctionArgumentType.ANY }],
      doesNotNeedArgumentsToBeComputed: true,
    },
    'FREMSKRIV.SPAN': {
      method: 'offsetSpan',
      parameters: [{ argumentType: FunctionArgumentType.ANY }, { argumentType: FunctionArgumentType.ANY }],
      doesNotNeedArgumentsToBeComputed: true,
    },
  };

  /** Only FREMSKRIV.OFFSET reads the range operator's ends (rangeOperatorCalls.ts); on their own they are no value. */
  offsetSpan(): FunctionResult {
    return new CellError(ErrorType.VALUE, 'FREMSKRIV.SPAN is read by FREMSKRIV.OFFSET only');
  }

  /** Only FREMSKRIV.OFFSET reads its anchor; on its own it is no value. */
  offsetAnchor(): FunctionResult {
    return new CellError(ErrorType.VALUE, 'FREMSKRIV.ANCHOR is read by FREMSKRIV.OFFSET only');
  }

  /**
   * ISREF as Excel answers it: TRUE for a reference (`A1`, `A1:B3`, `A:A`, a defined name of
   * cells, OFFSET, INDIRECT or INDEX of a reference, IF or CHOOSE picking one), FALSE for any other
   * value and for a reference that is an error (`INDIRECT("nowhere")`, INDEX past its range).
   * HyperFormula's answered TRUE only for a #REF! error (https://support.microsoft.com/office/is-functions-0f2d7971-6019-40a0-a171-f2d869135665).
   */
  isReference(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    if (ast.args.length !== 1) return new CellError(ErrorType.NA, 'ISREF takes one value.');
    const here = state.formulaAddress;
    let node = ast.args[0]!;
    while ((node.type as string) === 'PARENTHESES' && 'expression' in node) node = node.expression as Ast;
    const target = (node.type as string) === 'NAMED_EXPRESSION' && 'expressionName' in node
      ? this.indirectNames(here, state).definedName(String(node.expressionName))
      : referenceOf(node, here, this.numbers(state));
    return target !== undefined && !(target instanceof CellError);
  }

  offsetArea(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    const here = state.formulaAddress;
    const numbers = this.numbers(state);
    const anchor = referenceOf(ast.args[0], here, numbers);
    if (anchor === undefined) return this.answer(here, new CellError(ErrorType.VALUE, 'OFFSET’s first argument must be a reference'));
    if (anchor instanceof CellError) return this.answer(here, anchor);
    const moved = numbers.moved(anchor, ast.args.slice(1, 5));
    return this.targetValue(moved, ast.args.slice(5), state);
  }

  /**
   * INDIRECT (indirectReference.ts): `FREMSKRIV.INDIRECT(text,a1,area…)`. Volatile, as Excel's:
   * a renamed or added sheet, or a defined name set anew, changes what the same text names.
   */
  indirect(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.targetValue(this.indirectTarget(ast.args, state), ast.args.slice(2), state);
  }

  /** The cells INDIRECT's text (the first of `args`) and a1 (the second) name. */
  private indirectTarget(args: readonly Ast[], state: InterpreterState): OffsetTarget | CellError {
    const here = state.formulaAddress;
    const text = this.evaluateAst(args[0]!, state);
    if (text instanceof SimpleRangeValue) return new CellError(ErrorType.VALUE, 'a range where a reference’s text was expected');
    const written = this.coerceToType(text, { argumentType: FunctionArgumentType.STRING }, state);
    if (written instanceof CellError) return written;
    if (typeof written !== 'string') return new CellError(ErrorType.REF, 'INDIRECT’s text is no reference');
    const a1Arg = args[1];
    const a1 = a1Arg === undefined || (a1Arg.type as string) === 'EMPTY' ? true : this.numbers(state).condition(a1Arg);
    if (a1 instanceof CellError) return a1;
    return indirectTarget(written, a1, here, this.indirectNames(here, state));
  }

  /** The engine's sheets and defined names as INDIRECT's text names them. */
  private indirectNames(here: SimpleCellAddress, state: InterpreterState): IndirectNames {
    const graph = this.dependencyGraph as unknown as EngineGraph;
    return {
      sheet: (name) => graph.sheetMapping.getSheetId(name),
      definedName: (name) => {
        const named = graph.namedExpressions.nearestNamedExpression(name, here.sheet);
        const vertex = named && graph.getCell(named.address);
        if (!vertex || typeof vertex.getFormula !== 'function') return undefined;
        return referenceOf(vertex.getFormula(graph.lazilyTransformingAstService), named.address, this.numbers(state));
      },
    };
  }

  /** The value of the cells a reference function computed, or its error; `areaArgs` are the areas the formula names. */
  private targetValue(moved: OffsetTarget | CellError, areaArgs: readonly Ast[], state: InterpreterState): FunctionResult {
    const here = state.formulaAddress;
    if (moved instanceof CellError) return this.answer(here, moved);
    this.report({ address: here, target: moved });
    if (moved.sheet === here.sheet && contains(moved, here.row, here.col)) return new CellError(ErrorType.CYCLE, 'the reference reaches its own cell');
    const target = this.cutToData(moved);
    const areas = areaArgs.map((area) => rectangleOf(area, here));
    if (target.height === 1 && target.width === 1) return plainCell(this.read({ sheet: target.sheet, row: target.row, col: target.col }));
    return this.range(target, areas, areaArgs, state);
  }

  /** How OFFSET's and INDEX's numbers are read, and where OFFSET moves a reference to (offsetReference.ts). */
  private numbers(state: InterpreterState): ReferenceNumbers {
    const whole = (arg: Ast | undefined, omitted: number) => this.whole(arg, state, omitted);
    return {
      whole,
      indirect: (args) => this.indirectTarget(args, state),
      lookup: ([valueArg, rangeArg, , , matchArg, searchArg]) => {
        const value = valueArg === undefined ? new CellError(ErrorType.NA) : this.evaluateAst(valueArg, state);
        const plain = value instanceof SimpleRangeValue ? plainCell(value.data[0]![0]!) : plainCell(value as RangeCell);
        if (plain instanceof CellError) return plain;
        const searched = rangeArg === undefined ? undefined : this.evaluateAst(rangeArg, state);
        if (!(searched instanceof SimpleRangeValue) || (searched.width() > 1 && searched.height() > 1)) return new CellError(ErrorType.VALUE, 'XLOOKUP needs a row or column.');
        const [matchMode, searchMode] = [whole(matchArg, 0), whole(searchArg, 1)];
        if (matchMode instanceof CellError) return matchMode;
        if (searchMode instanceof CellError) return searchMode;
        const cells = searched.valuesFromTopLeftCorner().map(plainCell);
        const index = closestMatch(plain === EmptyValue ? 0 : plain, cells, matchMode, searchMode, helperTextOrder(this.arithmeticHelper));
        return index === -1 ? new CellError(ErrorType.NA, 'No match.') : { position: index + 1, vertical: searched.width() === 1 };
      },
      condition: (arg) => {
        if (arg === undefined) return new CellError(ErrorType.NA, 'IF needs a condition');
        const value = this.evaluateAst(arg, state);
        if (value instanceof SimpleRangeValue) return new CellError(ErrorType.VALUE, 'a range where a condition was expected');
        const logical = this.coerceToType(value, { argumentType: FunctionArgumentType.BOOLEAN }, state);
        return typeof logical === 'boolean' || logical instanceof CellError ? logical : new CellError(ErrorType.VALUE, 'the condition is no logical value');
      },
      moved: (anchor, [rowsArg, colsArg, heightArg, widthArg]) => {
        const rows = whole(rowsArg, 0);
        const cols = whole(colsArg, 0);
        const h = whole(heightArg, anchor.height);
        const w = whole(widthArg, anchor.width);
        if (rows instanceof CellError) return rows;
        if (cols instanceof CellError) return cols;
        if (h instanceof CellError) return h;
        if (w instanceof CellError) return w;
        if (h === 0 || w === 0) return new CellError(ErrorType.REF, 'OFFSET’s height and width cannot be 0');
        // A negative height or width counts up or left from the moved cell, which it includes.
        const top = anchor.row + rows + (h < 0 ? h + 1 : 0);
        const left = anchor.col + cols + (w < 0 ? w + 1 : 0);
        const target: OffsetTarget = { sheet: anchor.sheet, row: top, col: left, height: Math.abs(h), width: Math.abs(w) };
        if (top < 0 || left < 0 || top + target.height > EXCEL_ROWS || left + target.width > EXCEL_COLUMNS) {
          return new CellError(ErrorType.REF, 'OFFSET reaches past the edge of the sheet');
        }
        return target;
      },
    };
  }

  /**
   * A target as large as a whole column or row (`OFFSET(A:A,0,2)`) cut to the sheet's data, as the
   * engine reads `C:C` (rangeBound.ts): the same cells hold values, so sums, counts and lookups
   * are Excel's; ROWS and COUNTBLANK see the cut size (README, Known limitations).
   */
  private cutToData(target: OffsetTarget): OffsetTarget {
    if (target.height * target.width <= MIN_RANGE_CELLS) return target;
    const height = Math.max(1, Math.min(target.height, this.dependencyGraph.getSheetHeight(target.sheet) - target.row));
    const width = Math.max(1, Math.min(target.width, this.dependencyGraph.getSheetWidth(target.sheet) - target.col));
    return { ...target, height, width };
  }

  /** An error, reported as a computation without a target (its areas are no longer needed). */
  private answer(here: SimpleCellAddress, error: CellError): CellError {
    this.report({ address: here });
    return error;
  }

  private report(report: OffsetReport): void {
    const graph = this.dependencyGraph.graph;
    let list = reports.get(graph);
    if (!list) reports.set(graph, (list = []));
    list.push(report);
  }

  /** An argument as a whole number (truncated, as Excel does), `omitted` when it is left out. */
  private whole(arg: Ast | undefined, state: InterpreterState, omitted: number): number | CellError {
    if (arg === undefined || (arg.type as string) === 'EMPTY') return omitted;
    const value = this.evaluateAst(arg, state);
    if (value instanceof SimpleRangeValue) return new CellError(ErrorType.VALUE, 'a range where a number was expected');
    const n = this.coerceScalarToNumberOrError(value);
    if (n instanceof CellError) return n;
    return Math.trunc(typeof n === 'number' ? n : n.val);
  }

  /**
   * Whether every cell of the target lies in the areas the formula names: then the engine has
   * computed them before this formula. Otherwise (the target just moved) a cell may not be
   * computed yet; the binding sets the formula again with the target's areas.
   */
  private covered(target: OffsetTarget, areas: ReadonlyArray<OffsetTarget | undefined>): boolean {
    for (let row = target.row; row < target.row + target.height; row++) {
      for (let col = target.col; col < target.col + target.width; col++) {
        if (!areas.some((area) => area !== undefined && area.sheet === target.sheet && contains(area, row, col))) return false;
      }
    }
    return true;
  }

  private read(address: SimpleCellAddress): RangeCell {
    try {
      const value = this.dependencyGraph.getCellValue(address);
      return value instanceof SimpleRangeValue ? new CellError(ErrorType.VALUE, 'a range where one value was expected') : value;
    } catch {
      // A formula not computed yet in this pass: the binding sets this formula again (covered).
      return new CellError(ErrorType.NA, 'OFFSET’s target is being computed');
    }
  }

  /** The target as a range of the sheet: functions read it as they read a range written in the formula. */
  private range(target: OffsetTarget, areas: ReadonlyArray<OffsetTarget | undefined>, areaArgs: readonly Ast[], state: InterpreterState): FunctionResult {
    const spanFrom = this.rangeClass(areaArgs, state);
    const start = { sheet: target.sheet, row: target.row, col: target.col };
    if (spanFrom && this.covered(target, areas)) return SimpleRangeValue.onlyRange(spanFrom(start, target.width, target.height), this.dependencyGraph);
    const data: RangeCell[][] = [];
    for (let row = 0; row < target.height; row++) {
      const line: RangeCell[] = [];
      for (let col = 0; col < target.width; col++) line.push(this.read({ sheet: target.sheet, row: target.row + row, col: target.col + col }));
      data.push(line);
    }
    const values = data.map((line) => line.map((value) => (value === undefined ? EmptyValue : value)));
    return spanFrom ? SimpleRangeValue.fromRange(values, spanFrom(start, target.width, target.height), this.dependencyGraph) : SimpleRangeValue.onlyValues(values);
  }

  /**
   * HyperFormula does not export its range class; an area the formula names gives it. Without
   * any (the target lies wholly beyond the data), the result is the cells' values alone.
   */
  private rangeClass(areaArgs: readonly Ast[], state: InterpreterState): ((start: SimpleCellAddress, width: number, height: number) => RangeClass) | undefined {
    for (const area of areaArgs) {
      if (!isCellRange(area)) continue;
      const value = this.evaluateAst(area, state);
      if (value instanceof SimpleRangeValue && value.range) {
        const ctor = value.range.constructor as unknown as { spanFrom(start: SimpleCellAddress, width: number, height: number): RangeClass };
        return (start, width, height) => ctor.spanFrom(start, width, height);
      }
    }
    return undefined;
  }
}

const NAMES = { 'FREMSKRIV.OFFSET': 'FREMSKRIV.OFFSET', 'FREMSKRIV.ANCHOR': 'FREMSKRIV.ANCHOR', 'FREMSKRIV.SPAN': 'FREMSKRIV.SPAN', 'FREMSKRIV.INDIRECT': 'FREMSKRIV.INDIRECT' };

/**
 * Adds FREMSKRIV.OFFSET, FREMSKRIV.INDIRECT and FREMSKRIV.ANCHOR, and replaces HyperFormula's
 * ISREF (Danish ER.REFERENCE kept), for engines built afterwards (idempotent).
 */
export function registerOffset(): void {
  HyperFormula.unregisterFunction('ISREF');
  const isRef = builtInTranslations(['ISREF']);
  HyperFormula.registerFunctionPlugin(OffsetPlugin, { enGB: { ...NAMES, ...isRef.enGB }, enUS: { ...NAMES, ...isRef.enUS }, daDK: { ...NAMES, ...isRef.daDK } });
}
