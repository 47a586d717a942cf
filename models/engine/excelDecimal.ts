/**
 * Decimal arithmetic as Excel does it on the number a planner sees: Excel keeps 15 significant
 * digits, so 1.005 is 1.005 to Excel (the double is 1.00499999999999989…) and ROUND(1.005,2) is
 * 1.01, where rounding the double gives 1. Every rounding function of ours goes through here.
 */

/** Excel's precision: the value as its 15 significant digits show it. */
export const EXCEL_DIGITS = 15;

/** `x` as Excel holds it: rounded to 15 significant digits (0.1+0.2 → 0.3). */
export function toExcelPrecision(x: number): number {
  return Number.isFinite(x) && x !== 0 ? Number(x.toPrecision(EXCEL_DIGITS)) : x;
}

/** How a digit beyond the kept ones is treated: half away from zero, toward zero, away from zero. */
export type RoundingMode = 'half' | 'down' | 'up';

/**
 * Rounds `x` to `places` decimals (negative: to tens, hundreds, …) on its 15-digit decimal value.
 * `places` is truncated toward zero first, as Excel does (ROUND(3.14159,1.7) rounds to 1 place).
 *
 * @example roundDecimal(1.005, 2, 'half') // 1.01
 * @example roundDecimal(0.29, 2, 'down') // 0.29 (0.29*100 is 28.999999999999996 in doubles)
 */
export function roundDecimal(x: number, places: number, mode: RoundingMode): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const digitsAfterPoint = Math.trunc(places);
  // "d.dddddddddddddde±x": the 15 significant digits and the power of ten of the first one.
  const [mantissa, exponentText] = Math.abs(x).toExponential(EXCEL_DIGITS - 1).split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  const exponent = Number(exponentText);
  // How many of the digits stay: those before the point (exponent + 1) and `digitsAfterPoint` after.
  const kept = exponent + 1 + digitsAfterPoint;
  if (kept >= digits.length) return Math.sign(x) * Number(`${digits}e${exponent - digits.length + 1}`);
  const head = kept > 0 ? digits.slice(0, kept) : '';
  const dropped = kept > 0 ? digits.slice(kept) : digits.padStart(digits.length - kept, '0');
  let roundUp: boolean;
  if (mode === 'down') roundUp = false;
  else if (mode === 'up') roundUp = /[1-9]/.test(dropped);
  else roundUp = dropped.charCodeAt(0) >= 53; // '5'
  let value = head === '' ? 0 : Number(head);
  if (roundUp) value += 1;
  // value × 10^(−digitsAfterPoint), written as decimal text so the double is the nearest one.
  // `|| 0`: a value rounded away to nothing is 0, not -0.
  return Math.sign(x) * Number(`${value}e${-digitsAfterPoint}`) || 0;
}

/**
 * `x / step` as Excel sees it, for the functions that round to a multiple (MROUND, FLOOR,
 * CEILING): 0.3/0.1 is 2.9999999999999996 in doubles and 3 to Excel.
 */
export function multiplesOf(x: number, step: number): number {
  return toExcelPrecision(x / step);
}
