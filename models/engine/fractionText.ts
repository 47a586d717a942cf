/**
 * Text holding a whole number and a fraction, "3 1/2", read as the number it writes (3.5), as
 * Excel reads a typed fraction and LibreOffice 7.4 computes `VALUE("3 1/2")`. HyperFormula
 * read it as a date (3 January 2002, serial 37259). A fraction alone ("1/2") stays a date, as
 * Excel reads it; so do parts that are not whole numbers.
 */

/** Sign, whole part, numerator, denominator; spaces only between the whole part and the fraction. */
const MIXED_FRACTION = /^\s*([+-]?)(\d+) +(\d+)\/(\d+)\s*$/;

/** The number a mixed fraction writes, or undefined (no fraction, a zero denominator). */
export function mixedFraction(text: string): number | undefined {
  const match = MIXED_FRACTION.exec(text);
  if (match === null) return undefined;
  const denominator = Number(match[4]);
  if (denominator === 0) return undefined;
  const value = Number(match[2]) + Number(match[3]) / denominator;
  return match[1] === '-' ? -value : value;
}
