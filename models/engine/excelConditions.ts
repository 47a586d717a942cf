/**
 * IF, IFS and NOT read their condition as Excel does: a number is TRUE unless 0, a blank cell is
 * FALSE, the text "TRUE" or "FALSE" (any case) is that value, and any other text is #VALUE!,
 * the empty text "" too. HyperFormula 3.5 read "" as FALSE, so `=IF(A1;1;2)` with A1 holding a
 * formula's "" gave 2 where Excel gives #VALUE! (LibreOffice 7.4 agrees with Excel;
 * https://support.microsoft.com/office/if-function-69aed7c9-4e8a-4755-a9bc-aa8bbff73be2: the
 * condition is "the condition you want to test", a logical value).
 * Registering replaces the engine's functions; their Danish names (HVIS, HVISER, IKKE) are kept.
 */
import { CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';
import { builtInMetadata, replaceBuiltInFunctions } from './replaceFunctions.js';

/** A condition's truth as Excel reads it; undefined where it is no truth value (#VALUE!). */
export function conditionTruth(value: unknown): boolean | CellError | undefined {
  if (value instanceof CellError || typeof value === 'boolean') return value;
  if (value === EmptyValue || value === undefined) return false;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') {
    const upper = value.toUpperCase();
    return upper === 'TRUE' ? true : upper === 'FALSE' ? false : undefined;
  }
  // A number with a format (a date, a percentage) is an object holding the number.
  return typeof value === 'object' && value !== null && 'val' in value ? (value as { val: number }).val !== 0 : undefined;
}

const NOT_TRUTH = (): CellError => new CellError(ErrorType.VALUE, 'A condition that is no truth value.');

/** The condition's truth, or the error it is or gives. */
function truthOrError(value: unknown): boolean | CellError {
  return conditionTruth(value) ?? NOT_TRUTH();
}

/** The built-in's metadata with its conditions taken as plain values, to be read by `conditionTruth`. */
function scalarConditions(name: string, method: string): NonNullable<ImplementedFunctions[string]> {
  const metadata = builtInMetadata(name);
  const parameters = metadata.parameters?.map((parameter) =>
    parameter.argumentType === FunctionArgumentType.BOOLEAN ? { ...parameter, argumentType: FunctionArgumentType.SCALAR } : parameter,
  );
  return { ...metadata, parameters, method };
}

class ExcelConditionsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {};

  excelIf(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('IF'), (condition: FunctionResult, whenTrue: FunctionResult, whenFalse: FunctionResult) => {
      const taken = truthOrError(condition);
      return taken instanceof CellError ? taken : taken ? whenTrue : whenFalse;
    });
  }

  excelIfs(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('IFS'), (...args: FunctionResult[]) => {
      for (let i = 0; i < args.length; i += 2) {
        const taken = truthOrError(args[i]);
        if (taken instanceof CellError) return taken;
        if (taken) return args[i + 1]!;
      }
      return new CellError(ErrorType.NA, 'IFS: no condition is met.');
    });
  }

  excelNot(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('NOT'), (value: FunctionResult) => {
      const taken = truthOrError(value);
      return taken instanceof CellError ? taken : !taken;
    });
  }
}

/** Replaces HyperFormula's IF, IFS and NOT with Excel's reading of a condition (call before building engines). */
export function registerExcelConditions(): void {
  ExcelConditionsPlugin.implementedFunctions = {
    IF: scalarConditions('IF', 'excelIf'),
    IFS: scalarConditions('IFS', 'excelIfs'),
    NOT: scalarConditions('NOT', 'excelNot'),
  };
  replaceBuiltInFunctions(ExcelConditionsPlugin, ['IF', 'IFS', 'NOT']);
}
