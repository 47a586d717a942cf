/**
 * AND, OR and XOR as Excel computes them over ranges: blank cells and text in a range are
 * ignored, and a call with no logical value at all is #VALUE!. HyperFormula 3.5 reads a blank as
 * FALSE, so `=AND(A1:A2)` with A2 blank gave FALSE and `OR` of an empty range gave FALSE (issue
 * 11; Excel: TRUE and #VALUE!, https://support.microsoft.com/office/and-function-5f19b2e8-e1df-4408-897a-ce285a19e9d9).
 * A value typed directly into the call is coerced as Excel does: a number is TRUE unless 0, the
 * text "TRUE"/"FALSE" is the logical value, other text is #VALUE!. An error anywhere is the result.
 * Registering replaces the engine's functions; their Danish names (OG, ELLER, XELLER) are kept.
 */
import { CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';
import { replaceBuiltInFunctions } from './replaceFunctions.js';

type Logical = boolean | CellError | undefined;

/** A value typed into the call: its logical value, an error, or undefined for a blank (skipped). */
function directLogical(value: unknown): Logical {
  if (value instanceof CellError) return value;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') {
    const upper = value.toUpperCase();
    if (upper === 'TRUE') return true;
    if (upper === 'FALSE') return false;
    return new CellError(ErrorType.VALUE, 'text is not a logical value');
  }
  if (value === EmptyValue || value === undefined) return undefined;
  // A number with a format (a date, a percentage) is an object holding the number.
  return typeof value === 'object' && value !== null && 'val' in value ? (value as { val: number }).val !== 0 : undefined;
}

/** A range cell: text and blanks are skipped, as in Excel. */
function rangeLogical(value: unknown): Logical {
  return typeof value === 'string' ? undefined : directLogical(value);
}

/** The logical values of the call's arguments in order, or the first error. */
function logicalValues(args: unknown[]): boolean[] | CellError {
  const out: boolean[] = [];
  for (const arg of args) {
    const cells = arg instanceof SimpleRangeValue ? arg.valuesFromTopLeftCorner().map(rangeLogical) : [directLogical(arg)];
    for (const cell of cells) {
      if (cell instanceof CellError) return cell;
      if (cell !== undefined) out.push(cell);
    }
  }
  return out;
}

function combine(args: unknown[], reduce: (values: boolean[]) => boolean): boolean | CellError {
  const values = logicalValues(args);
  if (values instanceof CellError) return values;
  if (values.length === 0) return new CellError(ErrorType.VALUE, 'no logical values');
  return reduce(values);
}

const LOGICAL_METADATA = { parameters: [{ argumentType: FunctionArgumentType.ANY }], repeatLastArgs: 1 };

class ExcelLogicalPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    AND: { method: 'and', ...LOGICAL_METADATA },
    OR: { method: 'or', ...LOGICAL_METADATA },
    XOR: { method: 'xor', ...LOGICAL_METADATA },
  };

  and(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('AND'), (...args: unknown[]) => combine(args, (v) => v.every(Boolean)));
  }

  or(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('OR'), (...args: unknown[]) => combine(args, (v) => v.some(Boolean)));
  }

  xor(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('XOR'), (...args: unknown[]) => combine(args, (v) => v.filter(Boolean).length % 2 === 1));
  }
}

/** Replaces HyperFormula's AND, OR and XOR with Excel's (call before building engines). */
export function registerExcelLogical(): void {
  replaceBuiltInFunctions(ExcelLogicalPlugin, ['AND', 'OR', 'XOR']);
}
