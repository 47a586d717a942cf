/**
 * TYPE (Danish VÆRDITYPE), which HyperFormula 3.5 lacks (a formula with it showed #NAME?): the
 * kind of its argument's value (https://support.microsoft.com/da-dk/excel/type-function):
 * a number (a date, a blank cell) 1, text 2, a logical 4, an error 16, an array 64. A reference
 * to one cell is the kind of its value (ECMA-376's TYPE); one to several cells is an array.
 */
import { CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { plainCell, type FunctionResult, type InterpreterState, type PlainCell, type ProcedureCall, type RangeCell } from './functionPlugins.js';
import { VALUE_TYPE_TRANSLATIONS } from './valueTypeFunctionName.js';

const ARRAY = 64;

function kindOf(value: PlainCell): number {
  if (value instanceof CellError) return 16;
  if (typeof value === 'string') return 2;
  if (typeof value === 'boolean') return 4;
  // A number, or a blank cell (Excel counts it a number).
  return value === EmptyValue || typeof value === 'number' ? 1 : ARRAY;
}

class ValueTypePlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    // The method reads its argument itself: runFunction would stop at an error, whose kind TYPE tells.
    TYPE: { method: 'type', parameters: [{ argumentType: FunctionArgumentType.ANY }] },
  };

  type(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    if (ast.args.length !== 1) return new CellError(ErrorType.NA, 'Wrong number of arguments.');
    const value = this.evaluateAst(ast.args[0]!, state);
    if (!(value instanceof SimpleRangeValue)) return kindOf(plainCell(value as RangeCell));
    return value.width() * value.height() === 1 ? kindOf(plainCell(value.data[0]![0]!)) : ARRAY;
  }
}

/** Adds TYPE for engines built afterwards (idempotent). */
export function registerValueType(): void {
  HyperFormula.registerFunctionPlugin(ValueTypePlugin, VALUE_TYPE_TRANSLATIONS);
}
