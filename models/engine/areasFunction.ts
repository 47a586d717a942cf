/**
 * AREAS, the number of areas in a reference, which HyperFormula 3.5 lacks (it was #NAME?).
 * Fremskriv's formulas have no union operator (HyperFormula cannot parse `(A1:B2,D1)`, so
 * `=AREAS((A1:B2,D1))` is a formula it cannot read, listed by the import as such), so every
 * reference it can hold is one area: a cell, a range, a whole column or row, a defined name of a
 * range, or a reference INDEX, OFFSET, INDIRECT, IF or CHOOSE gives (`=AREAS(Udgifter)` is 1, as in
 * Excel). Anything else, a number or an array a function computes (`=AREAS(5)`,
 * `=AREAS(SEQUENCE(3))`), is #VALUE!; an error in the reference is that error. Not told apart: a
 * defined name or an IF giving a number rather than a cell (`Vækst` = `=0.02`) counts 1 too.
 */
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { Ast, FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';
import { AREAS_TRANSLATIONS } from './areasFunctionName.js';

/** HyperFormula's AstNodeType values (a type-only export of its package). */
const REFERENCES = new Set(['CELL_REFERENCE', 'CELL_RANGE', 'COLUMN_RANGE', 'ROW_RANGE']);
/** The functions giving a reference (OFFSET and INDIRECT as the binding gives them to the engine, engineFormula.ts). */
const REFERENCE_FUNCTIONS = new Set(['INDEX', 'OFFSET', 'INDIRECT', 'FREMSKRIV.OFFSET', 'FREMSKRIV.INDIRECT', 'IF', 'CHOOSE']);

/** Whether the argument, as written, can be a reference (its value then says whether it is one). */
function writtenAsReference(ast: Ast): 'reference' | 'maybe' | 'no' {
  const type = String(ast.type);
  if (type === 'PARENTHESES' && 'expression' in ast) return writtenAsReference(ast.expression);
  if (REFERENCES.has(type)) return 'reference';
  if (type === 'NAMED_EXPRESSION') return 'maybe';
  if (type === 'FUNCTION_CALL' && 'procedureName' in ast && REFERENCE_FUNCTIONS.has(ast.procedureName)) return 'maybe';
  return 'no';
}

class AreasPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    AREAS: { method: 'areas', parameters: [{ argumentType: FunctionArgumentType.RANGE }], vectorizationForbidden: true },
  };

  areas(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    const argument = ast.args[0];
    if (ast.args.length !== 1 || argument === undefined) return new CellError(ErrorType.NA, 'AREAS takes one reference.');
    const written = writtenAsReference(argument);
    const value = this.evaluateAst(argument, state);
    if (value instanceof CellError) return value;
    if (written === 'reference') return 1;
    if (written === 'maybe' && (value instanceof SimpleRangeValue || typeof value !== 'object')) return 1;
    return new CellError(ErrorType.VALUE, 'AREAS takes a reference.');
  }
}

/** Adds AREAS (Danish OMRÅDER) to the engine (call before building engines). */
export function registerAreasFunction(): void {
  HyperFormula.registerFunctionPlugin(AreasPlugin, AREAS_TRANSLATIONS);
}
