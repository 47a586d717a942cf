/**
 * Two of Excel's number formats numfmt writes otherwise, corrected before TEXT formats with it
 * (excelText.ts); one-section codes only, in numfmt's (en-US) spelling:
 * - Engineering notation of 0: `TEXT(0;"##0.0E+0")` is "0.0E+0" (numfmt "000.0E+0"): the mantissa's
 *   optional `#` digits write nothing for 0.
 * - A fixed denominator: `TEXT(0;"?/8")` and `TEXT(0,01;"?/8")` are "0/8" (numfmt "0/1" and
 *   blanks); with a whole part, a fraction rounding up to a whole, `TEXT(2,96;"# ?/8")`, carries into
 *   it and writes no fraction ("3", as for `TEXT(3;"# ?/8")`; numfmt "3 8/8").
 * LibreOffice 7.4 computes each so (its blanks after "3" are one fewer than numfmt's, which are kept).
 */

/** An engineering (or scientific) code whose mantissa begins with optional `#` digits. */
const ENGINEERING = /^#+(?=0[0.]*[#0]*E[+-]0+$)/i;
/** A fraction with a fixed denominator: an optional whole part and a space, the numerator's places, `/`, the denominator. */
const FIXED_FRACTION = /^(?:([#0?]+) +)?([#0?]+)\/([1-9]\d*)$/;

/** What TEXT formats instead: the code and value numfmt then writes as Excel does, or the text itself. */
export function excelFormatEdge(code: string, value: number): { code: string; value: number } | { text: string } {
  if (value === 0 && ENGINEERING.test(code)) return { code: code.replace(ENGINEERING, ''), value };
  const fraction = FIXED_FRACTION.exec(code);
  if (fraction === null) return { code, value };
  const denominator = Number(fraction[3]);
  const size = Math.abs(value);
  if (fraction[1] === undefined) {
    if (Math.round(size * denominator) !== 0) return { code, value };
    return { text: `${'0'.padStart(fraction[2]!.length, ' ')}/${denominator}` };
  }
  const whole = Math.trunc(size);
  if (Math.round((size - whole) * denominator) !== denominator) return { code, value };
  return { code, value: Math.sign(value) * (whole + 1) };
}
