/**
 * A LAMBDA as the engine holds it while calling it (engine/lambdaFunctions.ts): its parameters'
 * slots, its calculation and the outer parameters' values it was given with, read from a LAMBDA
 * written in the formula (`FREMSKRIV.LAMBDA(slot…,calculation)`, formula/lambdaFormula.ts) or
 * from a defined name's formula in the engine.
 */
import { LAMBDA_FUNCTION } from '../formula/lambdaFormula.js';
import { literalCount, type Ast, type FunctionResult, type InterpreterState } from './functionPlugins.js';

/** A parameter slot's value while a LAMBDA is computed (undefined: left out by the call), a LAMBDA given to it included (`LAMBDA(f,f(2))`). */
export interface Binding {
  slot: number;
  value: BoundValue | undefined;
}

/** What a parameter is given: a value, or a LAMBDA it calls (`f(v)` in `LAMBDA(f,v,f(v))`). */
export type BoundValue = FunctionResult | Lambda;

/** Whether a parameter's value is a LAMBDA. */
export function isLambda(value: BoundValue | undefined): value is Lambda {
  return typeof value === 'object' && value !== null && 'calculation' in value && 'slots' in value;
}

/**
 * A LAMBDA as the engine is given it: its parameters' slots and its calculation, and the values
 * of the outer LAMBDA's parameters it was given by (`LAMBDA(x,LAMBDA(y,x+y))(1)` gives the inner
 * one with x bound to 1).
 */
export interface Lambda {
  slots: number[];
  calculation: Ast;
  captured: readonly Binding[];
}

/** The members of HyperFormula's (unexported) dependency graph read here: a defined name's formula. */
interface NamedFormulas {
  dependencyGraph?: {
    namedExpressions?: { nearestNamedExpression(name: string, sheet: number): { address: object } | undefined };
    lazilyTransformingAstService?: object;
    getCell(address: object): unknown;
  };
}

/** The formula of the defined name `name` as the engine holds it (its LAMBDA), or undefined. */
export function namedFormula(plugin: object, name: string, state: InterpreterState): Ast | undefined {
  const graph = (plugin as NamedFormulas).dependencyGraph;
  const named = graph?.namedExpressions?.nearestNamedExpression(name, state.formulaAddress.sheet);
  const vertex = named === undefined ? undefined : graph!.getCell(named.address);
  if (typeof vertex !== 'object' || vertex === null || !('getFormula' in vertex) || typeof vertex.getFormula !== 'function') return undefined;
  return (vertex.getFormula as (service: object | undefined) => Ast)(graph!.lazilyTransformingAstService);
}

const RANGE_NODES = new Set(['CELL_RANGE', 'COLUMN_RANGE', 'ROW_RANGE', 'ARRAY']);
const readsArrays = new WeakMap<object, boolean>();

/**
 * Whether a calculation reads a range or an array written in it (`LAMBDA(x,A1:A3*x)`): computed
 * element by element as Excel 365 does even where its arguments are single values.
 */
export function readsArray(ast: Ast): boolean {
  const known = readsArrays.get(ast);
  if (known !== undefined) return known;
  const reads = RANGE_NODES.has(String(ast.type)) || Object.values(ast).some((part) => (Array.isArray(part) ? part.flat() : [part]).some((item) => isAst(item) && readsArray(item)));
  readsArrays.set(ast, reads);
  return reads;
}

function isAst(item: unknown): item is Ast {
  return typeof item === 'object' && item !== null && 'type' in item;
}

/** A LAMBDA written in the formula (or a defined name's), in brackets or not. */
export function writtenLambda(ast: Ast | undefined): Lambda | undefined {
  if (ast !== undefined && 'expression' in ast && String(ast.type) === 'PARENTHESES') return writtenLambda(ast.expression as Ast);
  if (ast === undefined || !('procedureName' in ast) || ast.procedureName !== LAMBDA_FUNCTION) return undefined;
  const args = ast.args as Ast[];
  const slots = args.slice(0, -1).map(literalCount);
  const calculation = args[args.length - 1];
  if (calculation === undefined || slots.some((slot) => slot === undefined)) return undefined;
  return { slots: slots as number[], calculation, captured: [] };
}
