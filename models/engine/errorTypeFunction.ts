/**
 * ERROR.TYPE (Danish FEJLTYPE), which HyperFormula 3.5 lacks (a formula with it showed #NAME?):
 * the number of the error its argument is, #N/A when it is no error
 * (https://support.microsoft.com/office/error-type-function-10958677-7c8d-44f7-ae77-b9a9ee6eefaa):
 * #NULL! 1, #DIV/0! 2, #VALUE! 3, #REF! 4, #NAME? 5, #NUM! 6, #N/A 7, #GETTING_DATA 8,
 * #SPILL! 9, #CALC! 14. An error is numbered as the grid shows it (excelErrors.ts): Excel's
 * #CALC! (an empty FILTER) is 14, OFFSET with arguments from cells (#NAME?) 5. HyperFormula's own
 * errors without an Excel counterpart (#CYCLE!, #ERROR!, #LIC!) count as "anything else": #N/A.
 */
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { ERROR_TYPE_TRANSLATIONS } from './errorTypeFunctionName.js';
import { excelError } from './excelErrors.js';
import type { FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';
import { intersectedValue } from './implicitIntersection.js';

const SHOWN: Partial<Record<ErrorType, string>> = {
  [ErrorType.DIV_BY_ZERO]: '#DIV/0!',
  [ErrorType.VALUE]: '#VALUE!',
  [ErrorType.REF]: '#REF!',
  [ErrorType.NAME]: '#NAME?',
  [ErrorType.NUM]: '#NUM!',
  [ErrorType.NA]: '#N/A',
  [ErrorType.SPILL]: '#SPILL!',
};

const NUMBERS: Record<string, number> = {
  '#NULL!': 1,
  '#DIV/0!': 2,
  '#VALUE!': 3,
  '#REF!': 4,
  '#NAME?': 5,
  '#NUM!': 6,
  '#N/A': 7,
  '#GETTING_DATA': 8,
  '#SPILL!': 9,
  '#CALC!': 14,
};

class ErrorTypePlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    // The method reads its argument itself: runFunction would stop at the error it is asked about.
    'ERROR.TYPE': { method: 'errorType', parameters: [{ argumentType: FunctionArgumentType.ANY }] },
  };

  errorType(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    if (ast.args.length !== 1) return new CellError(ErrorType.NA, 'Wrong number of arguments.');
    const argument = this.evaluateAst(ast.args[0]!, state);
    const value = argument instanceof SimpleRangeValue ? intersectedValue(argument, state, (address) => this.dependencyGraph.getCellValue(address)) : argument;
    if (!(value instanceof CellError)) return new CellError(ErrorType.NA, 'not an error');
    const shown = excelError(value.type, SHOWN[value.type] ?? '', value.message ?? '').error;
    return NUMBERS[shown] ?? new CellError(ErrorType.NA, 'no Excel error');
  }
}

/** Adds ERROR.TYPE for engines built afterwards (idempotent). */
export function registerErrorType(): void {
  HyperFormula.registerFunctionPlugin(ErrorTypePlugin, ERROR_TYPE_TRANSLATIONS);
}
