/**
 * ROMAN as Excel answers it (https://support.microsoft.com/office/roman-function-d6b0b99e-de46-4704-a518-b45a0f8b56f5):
 * the number is truncated, 0 is empty text (`ROMAN(0)` and `ROMAN(0,5)` are ""), and a negative
 * number or one above 3999 is #VALUE!; HyperFormula 3.5 answered #NUM! for all three. The form is
 * 0 (or TRUE, or omitted) for classic through 4 (or FALSE) for simplified, truncated; outside 0–4
 * it is #VALUE!. Each form writes what Microsoft's table shows (`ROMAN(499;1)` is LDVLIV).
 * Registering replaces the engine's ROMAN; its Danish name (ROMERTAL) is kept.
 */
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';
import { replaceBuiltInFunctions } from './replaceFunctions.js';

const LETTERS = ['M', 'D', 'C', 'L', 'X', 'V', 'I'] as const;
const VALUES = [1000, 500, 100, 50, 10, 5, 1] as const;
const LAST = VALUES.length - 1;

/**
 * `value` (1–3999) in Roman numerals of `form` (0 classic … 4 simplified): each decimal digit in
 * turn; a 4 or a 9 is written as one letter before a larger one, the form saying how far the
 * smaller letter may reach down (499 is CDXCIX in form 0, ID in form 4).
 */
export function romanNumeral(value: number, form: number): string {
  let rest = value;
  let out = '';
  for (let index = 0; index <= LAST; index += 2) {
    const digit = Math.floor(rest / VALUES[index]!);
    if (digit % 5 === 4) {
      const larger = digit === 4 ? index - 1 : index - 2;
      let smaller = index;
      for (let steps = 0; steps < form && smaller < LAST; steps++) {
        if (VALUES[larger]! - VALUES[smaller + 1]! > rest) break;
        smaller++;
      }
      out += LETTERS[smaller]! + LETTERS[larger]!;
      rest += VALUES[smaller]! - VALUES[larger]!;
    } else {
      if (digit > 4) out += LETTERS[index - 1]!;
      out += LETTERS[index]!.repeat(digit % 5);
      rest %= VALUES[index]!;
    }
  }
  return out;
}

/** The form as a number: TRUE is classic (0), FALSE simplified (4), a number truncated. */
function formNumber(form: number | boolean): number {
  if (form === true) return 0;
  if (form === false) return 4;
  return Math.trunc(form);
}

export function romanText(number: number, form: number | boolean = 0): string | CellError {
  const value = Math.trunc(number);
  const mode = formNumber(form);
  if (value < 0 || value > 3999) return new CellError(ErrorType.VALUE, 'ROMAN takes a number from 0 to 3999');
  if (mode < 0 || mode > 4) return new CellError(ErrorType.VALUE, 'ROMAN takes a form from 0 to 4');
  return value === 0 ? '' : romanNumeral(value, mode);
}

class ExcelRomanPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    ROMAN: {
      method: 'roman',
      parameters: [{ argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.SCALAR, optionalArg: true, defaultValue: 0 }],
    },
  };

  roman(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('ROMAN'), (number: number, form: unknown) => {
      if (typeof form === 'boolean') return romanText(number, form);
      const mode = this.coerceScalarToNumberOrError(form as Parameters<FunctionPlugin['coerceScalarToNumberOrError']>[0]);
      if (mode instanceof CellError) return mode;
      return romanText(number, typeof mode === 'number' ? mode : mode.val);
    });
  }
}

/** Replaces HyperFormula's ROMAN with Excel's for engines built afterwards (idempotent). */
export function registerExcelRoman(): void {
  replaceBuiltInFunctions(ExcelRomanPlugin, ['ROMAN']);
}
