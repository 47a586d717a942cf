/**
 * A number in parentheses is negative wherever Excel turns text into a number, as it is typed
 * into a cell (cellInputText.ts): `="(2)"*1` is -2, `=-"(2)"` 2, `=ROUND("(2,5)";0)` -3 in a
 * Danish workbook, `="(1.234,5)"+0` -1234,5, `="($1)"+0` -1. Accountants write losses so, and
 * text copied from a report keeps them. Microsoft's VALUE page: text "can be in any of the
 * constant number, date, or time formats recognized by Microsoft Excel", and Excel recognises
 * `(2)` typed into a cell as -2; LibreOffice 7.4 reads `"(2)"*1` as -2 and `"($1)"+0` as -1.
 * A sign inside the parentheses is no number: `VALUE("(-2)")` is #VALUE! (LibreOffice 7.4 agrees;
 * HyperFormula's VALUE gave 2) and `"((2))"` stays text.
 *
 * HyperFormula read such text as a number only in VALUE; operators and number arguments gave
 * #VALUE!. The arithmetic helper's non-date coercion is the one place its text becomes a number
 * (arithmeticHelperFields.ts), so the parentheses are read there, and VALUE goes through it too.
 */
import { CellError, ErrorType, HyperFormula } from 'hyperformula';
import { arithmeticHelperPrototype } from './arithmeticHelperFields.js';
import type { FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';

type ToMaybeNumber = (this: unknown, value: unknown) => unknown;

/** HyperFormula's number with a format (its PercentNumber, CurrencyNumber …: not exported). */
interface RichNumber {
  val: number;
  format?: string;
}

/** The text inside one pair of parentheses, when it starts with neither a sign nor a parenthesis. */
const PARENTHESISED = /^\s*\(\s*([^-+()\s][^()]*)\)\s*$/;

function isRichNumber(value: unknown): value is RichNumber {
  return value !== null && typeof value === 'object' && typeof (value as RichNumber).val === 'number';
}

function negated(number: unknown): unknown {
  if (typeof number === 'number') return -number;
  if (!isRichNumber(number)) return undefined;
  const Kind = number.constructor as new (val: number, format?: string) => RichNumber;
  return new Kind(-number.val, number.format);
}

interface ValueInternals {
  runFunction(args: ProcedureCall['args'], state: InterpreterState, metadata: unknown, fn: (arg: unknown) => unknown): FunctionResult;
  metadata(name: string): unknown;
  parseStringToNumber(text: string): unknown;
}

let installed = false;

/** Makes every engine read "(2)" as -2 wherever text becomes a number (idempotent; before answerBlankInputs). */
export function readNegativeInParentheses(): void {
  if (installed) return;
  const helper = arithmeticHelperPrototype() as { coerceNonDateScalarToMaybeNumber: ToMaybeNumber };
  const toMaybeNumber = helper.coerceNonDateScalarToMaybeNumber;
  const valuePlugin = HyperFormula.getFunctionPlugin('VALUE')?.prototype as unknown as Record<string, unknown> | undefined;
  if (typeof toMaybeNumber !== 'function' || typeof valuePlugin?.['value'] !== 'function') {
    throw new Error("HyperFormula's text coercion changed: negativeInParentheses.ts needs updating");
  }
  installed = true;
  helper.coerceNonDateScalarToMaybeNumber = function (value: unknown): unknown {
    const read = toMaybeNumber.call(this, value);
    if (read !== undefined || typeof value !== 'string') return read;
    const inside = PARENTHESISED.exec(value)?.[1];
    return inside === undefined ? undefined : negated(toMaybeNumber.call(this, inside));
  };
  // HyperFormula's VALUE strips the parentheses itself and so read "(-2)" as 2.
  valuePlugin['value'] = function (this: ValueInternals, ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('VALUE'), (arg) => {
      if (arg instanceof CellError || typeof arg === 'number' || isRichNumber(arg)) return arg;
      const read = typeof arg === 'string' && arg.trim() !== '' ? this.parseStringToNumber(arg) : undefined;
      return read ?? new CellError(ErrorType.VALUE, 'Value cannot be coerced to number.');
    });
  };
}
