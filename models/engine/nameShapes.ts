/**
 * ROWS and COLUMNS of a defined name as Excel computes them: from the cells the name refers to,
 * never from their values. HyperFormula's own read a name's computed value, so `ROWS(Vækst)` with
 * `Vækst` = `=Beregning!$A$1` gave that cell's error (#DIV/0!, or #NAME? while the cell was not yet
 * computed: the call records no dependency on its argument, so nothing computed it again). Here a
 * name that is a reference or a range is measured from its formula; any other name (a constant,
 * an array it computes) is measured from its value as before. The engine sets such formulas again
 * when a name changes (WorkbookEngine.ts), since no dependency tells it to.
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
    return builtIn.get('ROWS')!.call(this, this.withNamedReference(ast, state), state);
  }

  columns(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return builtIn.get('COLUMNS')!.call(this, this.withNamedReference(ast, state), state);
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
