/**
 * Empty text is no number, as in Excel: `=""+1`, `=A1*2` where A1 holds a formula's `""` (the
 * planner's `=IF(B2>0;B2*12;"")`), `=ROUND("";0)` and `=-""` are #VALUE!. HyperFormula 3.5 reads
 * "" as 0 wherever text becomes a number, so such a formula showed a number in Fremskriv and
 * #VALUE! once the workbook was opened in Excel. Microsoft's operators page: Excel converts text
 * to a number only where the text reads as one (`="1"+"2"` is 3, `=SQRT("8+1")` #VALUE!), and
 * LibreOffice 7.4 gives #VALUE! for each. Functions that skip text (`SUM(A1:A9)`, `N("")`) and a
 * blank cell (`=Z1+1` is 1) are unchanged.
 *
 * The arithmetic helper is the one place HyperFormula turns a value into a number; its class is
 * not exported, so the method is replaced on its prototype (arithmeticHelperFields.ts).
 */
import { arithmeticHelperPrototype } from './arithmeticHelperFields.js';

type ToMaybeNumber = (this: unknown, value: unknown) => unknown;

let installed = false;

/** Makes every engine read "" as no number (idempotent; call before building engines). */
export function registerEmptyTextArithmetic(): void {
  if (installed) return;
  installed = true;
  const helper = arithmeticHelperPrototype() as { coerceNonDateScalarToMaybeNumber: ToMaybeNumber };
  const toMaybeNumber = helper.coerceNonDateScalarToMaybeNumber;
  if (typeof toMaybeNumber !== 'function') throw new Error("HyperFormula's arithmetic helper changed: emptyTextArithmetic.ts needs updating");
  helper.coerceNonDateScalarToMaybeNumber = function (value: unknown): unknown {
    return value === '' ? undefined : toMaybeNumber.call(this, value);
  };
}
