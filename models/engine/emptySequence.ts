/**
 * `=SEQUENCE(0)` as Excel 365 answers it: a count of 0 rows or columns (`SEQUENCE(0)`,
 * `SEQUENCE(3,0)`, `SEQUENCE(D1)` with D1 blank or 0, `SEQUENCE(,3)`) is an empty array, Excel's
 * #CALC! (Microsoft's Office.js error subtypes: "EmptyArray", shown as #CALC!,
 * https://learn.microsoft.com/javascript/api/excel/excel.calcerrorcellvaluesubtype; HyperFormula's
 * issue 1647 lists `=SEQUENCE(0)` and `=SEQUENCE(1,0)` as #CALC! in Excel). HyperFormula's SEQUENCE
 * answers #VALUE! for them; a negative count stays #VALUE!, as in Excel.
 *
 * And SEQUENCE given a range for a count inside an array (`=SEQUENCE(A1:A3)`, a typed formula,
 * or `=SUM(SEQUENCE(A1:A3))`) is computed for each value, as Excel 365 lifts it, each computation
 * giving its first value, its start ("array of arrays", liftedCalls.ts): `{1;1;1}`. HyperFormula
 * forbids lifting SEQUENCE and read the first value only.
 */
import { CellError, ErrorType, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { SequenceInternals } from './arrayBound.js';
import { emptyArrayError } from './excelErrors.js';
import type { FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';

type Sequence = (this: SequenceInternals, ast: ProcedureCall, state: InterpreterState) => FunctionResult;

let installed = false;

/** Makes SEQUENCE of no rows or no columns Excel's #CALC! in engines built afterwards (idempotent; before arrayBound.ts bounds it). */
export function answerEmptySequences(): void {
  if (installed) return;
  const plugin = HyperFormula.getFunctionPlugin('SEQUENCE');
  const prototype = plugin?.prototype as unknown as Record<string, unknown> | undefined;
  const sequence = prototype?.['sequence'];
  if (prototype === undefined || typeof sequence !== 'function') throw new Error("HyperFormula's SEQUENCE changed: emptySequence.ts needs updating");
  installed = true;
  prototype['sequence'] = function (this: SequenceInternals, ast: ProcedureCall, state: InterpreterState): FunctionResult {
    if ((state as { arraysFlag?: boolean }).arraysFlag) {
      const lifting = { ...(this.metadata('SEQUENCE') as object), vectorizationForbidden: false };
      const lifted = this.runFunction(ast.args, state, lifting, firstOfSequence);
      if (lifted instanceof SimpleRangeValue) return lifted;
    }
    const verdict = this.runFunction(ast.args, state, this.metadata('SEQUENCE'), (rows, cols) =>
      rows >= 0 && cols >= 0 && (Math.trunc(rows) === 0 || Math.trunc(cols) === 0) ? emptyArrayError('SEQUENCE of no rows or no columns is an empty array.') : true,
    );
    return verdict === true ? (sequence as Sequence).call(this, ast, state) : verdict;
  };
}

/** The first value of `SEQUENCE(rows, cols, start)`, or its error as Excel gives it. */
function firstOfSequence(rows: number, cols: number, start: number): number | CellError {
  if (!Number.isFinite(rows) || !Number.isFinite(cols) || rows < 0 || cols < 0) return new CellError(ErrorType.VALUE, 'SEQUENCE needs counts of at least 1.');
  if (Math.trunc(rows) === 0 || Math.trunc(cols) === 0) return emptyArrayError('SEQUENCE of no rows or no columns is an empty array.');
  return start;
}
