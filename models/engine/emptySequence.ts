/**
 * `=SEQUENCE(0)` as Excel 365 answers it: a count of 0 rows or columns (`SEQUENCE(0)`,
 * `SEQUENCE(3,0)`, `SEQUENCE(D1)` with D1 blank or 0, `SEQUENCE(,3)`) is an empty array, Excel's
 * #CALC! (Microsoft's Office.js error subtypes: "EmptyArray", shown as #CALC!,
 * https://learn.microsoft.com/javascript/api/excel/excel.calcerrorcellvaluesubtype; HyperFormula's
 * issue 1647 lists `=SEQUENCE(0)` and `=SEQUENCE(1,0)` as #CALC! in Excel). HyperFormula's SEQUENCE
 * answers #VALUE! for them; a negative count stays #VALUE!, as in Excel.
 */
import { HyperFormula } from 'hyperformula';
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
    const verdict = this.runFunction(ast.args, state, this.metadata('SEQUENCE'), (rows, cols) =>
      rows >= 0 && cols >= 0 && (Math.trunc(rows) === 0 || Math.trunc(cols) === 0) ? emptyArrayError('SEQUENCE of no rows or no columns is an empty array.') : true,
    );
    return verdict === true ? (sequence as Sequence).call(this, ast, state) : verdict;
  };
}
