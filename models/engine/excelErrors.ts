/**
 * Excel errors HyperFormula 3.5 has no type for, and how the binding shows them.
 *
 * - `#CALC!`: Excel's answer when a function's result is an empty array: `FILTER` that keeps
 *   nothing and has no if_empty, `TAKE(…,0)`, `DROP` of every row
 *   (https://support.microsoft.com/office/how-to-correct-a-calc-error-8c3fba5e-3b07-4b2a-9ac5-72566a1faf17,
 *   https://support.microsoft.com/office/take-function-25382ff1-5da1-4f78-ab43-f33bd2e4e003).
 *   HyperFormula's error types are a closed enum, so such a function returns a #VALUE! whose
 *   message starts with "#CALC!"; formulas reading it get that same error (IFERROR and ISERROR
 *   treat it as any error), and the binding shows it as `#CALC!`. The .xlsx cached value is
 *   #VALUE!, what Excel itself writes there for applications that do not know #CALC!.
 * - A formula HyperFormula cannot read is its `#ERROR!`, no Excel error. One Excel computes but
 *   Fremskriv cannot, `OFFSET` whose reference is computed by another function than INDEX,
 *   OFFSET, IF or CHOOSE (`OFFSET(INDIRECT("A1"),1,0)`: HyperFormula fixes OFFSET when it parses it, issue #910,
 *   and the rewrite of offsetFunction.ts needs the reference), shows `#NAME?`: like every function
 *   Fremskriv does not compute, and the import lists it by cell (interchange/unsupportedFunctions.ts).
 */
import { CellError, ErrorType } from 'hyperformula';

const CALC = '#CALC!';

/**
 * Excel errors carried as a #VALUE! whose message starts with their code: #CALC!, and #NULL! and
 * #GETTING_DATA typed in a formula (errorLiterals.ts).
 */
export const CODED_ERRORS = [CALC, '#NULL!', '#GETTING_DATA'] as const;

/** Excel's error `code` (one of CODED_ERRORS); `reason` says why, in English. */
export function codedError(code: string, reason: string): CellError {
  return new CellError(ErrorType.VALUE, `${code} ${reason}`);
}

/** Excel's #CALC!; `reason` says why, in English (a LAMBDA not called: formula/lambdaFormula.ts). */
export function calcError(reason: string): CellError {
  return codedError(CALC, reason);
}

/** An empty array result, shown as Excel's #CALC!. */
export function emptyArrayError(reason: string): CellError {
  return calcError(reason);
}

/** HyperFormula's parse error for OFFSET with arguments it cannot fix when reading the formula. */
const DYNAMIC_OFFSET = /\bargument to OFFSET\b/;

/**
 * The Excel error code for an engine error (`type` HyperFormula's, `value` its text), with its message.
 *
 * @example excelError('VALUE', '#VALUE!', '#CALC! Nothing left.') // → { error: '#CALC!', … }
 */
export function excelError(type: string, value: string, message: string): { error: string; message: string } {
  const coded = type === ErrorType.VALUE ? CODED_ERRORS.find((code) => message === code || message.startsWith(`${code} `)) : undefined;
  if (coded !== undefined) return { error: coded, message: message.slice(coded.length + 1) };
  if (type === ErrorType.ERROR && DYNAMIC_OFFSET.test(message)) {
    return { error: '#NAME?', message: `Fremskriv computes OFFSET only with a cell, range, whole column or row, or INDEX, OFFSET, INDIRECT, XLOOKUP, IF or CHOOSE giving one, as its reference (${message})` };
  }
  return { error: value, message };
}
