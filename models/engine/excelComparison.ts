/**
 * Numbers compared as Excel compares them: on their 15 significant digits, the precision Excel
 * keeps (https://support.microsoft.com/office/floating-point-arithmetic-may-give-inaccurate-results-in-excel-8f4e6ee4-4c24-4d68-8d42-c1dd5a3c7a3f).
 * So `=0.1+0.2=0.3` and `=IF(SUM(A1:A3)=1,…)` over 0.2, 0.3, 0.5 are TRUE in Excel (and in
 * LibreOffice), where the doubles differ in their last bit; `=1.2-1.1=0.1` stays FALSE, since
 * 1.2-1.1 is 0.0999999999999999 to 15 digits. HyperFormula compares the doubles exactly once
 * its own rounding is off (`smartRounding: false`, engineConfig.ts). The differential hunt
 * against LibreOffice found it (test/models/plannerFormulasLibreOffice.test.ts).
 *
 * The helper's `floatCmp` serves the comparison operators and the criteria of COUNTIF, SUMIF, …
 * (`">=0.3"`), so both follow Excel.
 */
import { arithmeticHelperPrototype } from './arithmeticHelperFields.js';
import { toExcelPrecision } from './excelDecimal.js';

/** Two numbers that agree in 15 significant digits differ by less than this, relative to the larger. */
const FIFTEEN_DIGITS = 1e-14;

type HelperNumber = number | { val: number };

function raw(value: HelperNumber): number {
  return typeof value === 'number' ? value : value.val;
}

/** -1, 0 or 1 as `left` is below, equal to (in 15 digits) or above `right`. */
export function compareExcelNumbers(left: number, right: number): number {
  if (left === right) return 0;
  // Only numbers this close can round to the same 15 digits; the others compare as doubles.
  if (Math.abs(left - right) <= FIFTEEN_DIGITS * Math.max(Math.abs(left), Math.abs(right))) {
    const a = toExcelPrecision(left);
    const b = toExcelPrecision(right);
    if (a === b) return 0;
    return a > b ? 1 : -1;
  }
  return left > right ? 1 : -1;
}

/** Makes every engine built afterwards compare numbers on 15 significant digits (idempotent). */
export function registerExcelComparison(): void {
  Object.defineProperty(arithmeticHelperPrototype(), 'floatCmp', {
    configurable: true,
    writable: true,
    value(left: HelperNumber, right: HelperNumber): number {
      return compareExcelNumbers(raw(left), raw(right));
    },
  });
}
