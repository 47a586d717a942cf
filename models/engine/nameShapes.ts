/**
 * ROWS and COLUMNS of a defined name as Excel computes them: from the cells the name refers to,
 * never from their values. HyperFormula's own read a name's computed value, so `ROWS(Vækst)` with
 * `Vækst` = `=Beregning!$A$1` gave that cell's error (#DIV/0!, or #NAME? while the cell was not yet
 * computed: the call records no dependency on its argument, so nothing computed it again). Here a
 * name that is a reference or a range is measured from its formula; any other name (a constant,
 * an array it computes) is measured from its value as before. The engine sets such formulas again
 * when a name changes (WorkbookEngine.ts), since no dependency tells it to.
 *
 * A range written in the formula is measured between its two ends as they point from the
 * formula's cell. HyperFormula subtracted the ends as written, and an end without `$` is written
 * as an offset from the formula's cell: `=ROWS($A$2:A4)` in row 6 was -2 where Excel gives 3, which
 * broke the running count planners copy down a column (`=ROWS($A$2:A2)` gives 1, 2, 3, …).
 */
import { FunctionPlugin, HyperFormula } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { Ast, FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';
import { builtInMetadata, replaceBuiltInFunctions } from './replaceFunctions.js';

const SHAPE_FUNCTIONS = ['ROWS', 'COLUMNS'] as const;
const REFERENCE_NODES = new Set(['CELL_REFERENCE', 'CELL_RANGE', 'COLUMN_RANGE', 'ROW_RANGE']);

type Method = (this: FunctionPlugin, ast: ProcedureCall, state: InterpreterState) => FunctionResult;

/** The members of HyperFormula's interpreter and graph read here (not exported by name). */
interface NamedFormulas {
  interpreter: { namedExpressions: { nearestNamedExpression(name: string, sheet: number): { address: object } | undefined } };
  dependencyGraph: { lazilyTransformingAstService: unknown; getCell(address: object): { getFormula?(service: unknown): Ast } | undefined };
}

/** The built-in methods, taken before they are replaced. */
const builtIn = new Map<string, Method>();

class NameShapesPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {};

  rows(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    const call = this.withNamedReference(ast, state);
    return writtenRangeSize(call, state, 'row') ?? builtIn.get('ROWS')!.call(this, call, state);
  }

  columns(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    const call = this.withNamedReference(ast, state);
    return writtenRangeSize(call, state, 'col') ?? builtIn.get('COLUMNS')!.call(this, call, state);
  }

  /** The call with a name argument replaced by the reference it stands for, when it stands for one. */
  private withNamedReference(ast: ProcedureCall, state: InterpreterState): ProcedureCall {
    let arg = ast.args[0] as { type: string; expression?: Ast; expressionName?: string } | undefined;
    while (arg?.type === 'PARENTHESES' && arg.expression) arg = arg.expression as typeof arg;
    if (ast.args.length !== 1 || arg?.type !== 'NAMED_EXPRESSION' || arg.expressionName === undefined) return ast;
    const internals = this as unknown as NamedFormulas;
    const named = internals.interpreter.namedExpressions.nearestNamedExpression(arg.expressionName, state.formulaAddress.sheet);
    if (!named) return ast;
    const formula = internals.dependencyGraph.getCell(named.address)?.getFormula?.(internals.dependencyGraph.lazilyTransformingAstService);
    if (!formula || !REFERENCE_NODES.has((formula as { type: string }).type)) return ast;
    return { ...ast, args: [formula] };
  }
}

type Base = InterpreterState['formulaAddress'];

/** A range's end as HyperFormula parses it: an address, absolute or relative to the formula's cell. */
interface RangeEnd {
  toSimpleCellAddress?(base: Base): { row: number; col: number };
  toSimpleRowAddress?(base: Base): { row: number };
  toSimpleColumnAddress?(base: Base): { col: number };
}

/**
 * The rows (or columns) of a range written as the call's one argument, counted between its ends
 * resolved from the formula's cell; undefined for anything else (a whole column's rows, a
 * computed array), which HyperFormula's own method measures.
 */
function writtenRangeSize(call: ProcedureCall, state: InterpreterState, axis: 'row' | 'col'): number | undefined {
  let arg = call.args[0] as { type: string; expression?: Ast; start?: RangeEnd; end?: RangeEnd } | undefined;
  while (arg?.type === 'PARENTHESES' && arg.expression) arg = arg.expression as typeof arg;
  if (call.args.length !== 1 || !arg?.start || !arg.end) return undefined;
  const base = state.formulaAddress;
  const at = (end: RangeEnd): number | undefined => {
    if (arg.type === 'CELL_RANGE') return end.toSimpleCellAddress?.(base)[axis];
    if (arg.type === 'ROW_RANGE' && axis === 'row') return end.toSimpleRowAddress?.(base).row;
    if (arg.type === 'COLUMN_RANGE' && axis === 'col') return end.toSimpleColumnAddress?.(base).col;
    return undefined;
  };
  const from = at(arg.start);
  const to = at(arg.end);
  return from === undefined || to === undefined ? undefined : Math.abs(to - from) + 1;
}

/** Replaces HyperFormula's ROWS and COLUMNS with ones that measure a name's cells (call before building engines). */
export function registerNameShapes(): void {
  const functions: ImplementedFunctions = {};
  for (const name of SHAPE_FUNCTIONS) {
    const metadata = builtInMetadata(name);
    const plugin = HyperFormula.getFunctionPlugin(name)!;
    builtIn.set(name, plugin.prototype[metadata.method as keyof typeof plugin.prototype] as unknown as Method);
    functions[name] = { ...metadata, method: name.toLowerCase() };
  }
  NameShapesPlugin.implementedFunctions = functions;
  replaceBuiltInFunctions(NameShapesPlugin, SHAPE_FUNCTIONS);
}
