/**
 * The arguments a legacy Excel formula (a plain formula, not Ctrl+Shift+Enter, not Excel 365's
 * dynamic array) computes as arrays: everywhere else a range standing for one value, inside a
 * function's argument too (`=SUM(A1:A3*2)`, `=SUM(ABS(A1:A3))`, `=MAX(IF(A1:A3>0,A1:A3))`), is
 * intersected with the formula's row or column, which Excel 365 shows as `@`
 * (`=SUM(@A1:A3*2)`). A range given whole to a parameter taking ranges (`SUM(A1:A3)`,
 * `SUMIF(A1:A3,">1",B1:B3)`) stays whole, as it does anywhere.
 *
 * Excel's array-typed parameters (class A in Excel's function table, [MS-XLS] 2.5.198.17, as
 * Apache POI's functionMetadata.txt lists them): SUMPRODUCT, MMULT, TRANSPOSE, MINVERSE,
 * MDETERM, ROWS, COLUMNS, MODE, the paired-array statistics' arrays (CORREL, SLOPE, FORECAST,
 * TTEST, SUMXMY2 …), IRR's and MIRR's values; and the reference-or-array parameters legacy Excel and LibreOffice compute as
 * arrays when given an expression: LOOKUP's vectors (`=LOOKUP(2,1/(A1:A9<>""),B1:B9)`), MATCH's
 * lookup array and INDEX's array (`=INDEX(A1:A3*B1:B3,2)`), as LibreOffice's parameter classes
 * (ReferenceOrForceArray) have them. Checked against LibreOffice 7.4 on a legacy file
 * (test/interchange/legacyIntersectionLibreOffice.test.ts).
 */

/** Every argument of these is an array. */
const ALL_ARRAYS = new Set([
  'SUMPRODUCT', 'MMULT', 'TRANSPOSE', 'MINVERSE', 'MDETERM', 'ROWS', 'COLUMNS', 'CORREL', 'COVAR',
  'COVARIANCE.P', 'COVARIANCE.S', 'PEARSON', 'RSQ', 'SLOPE', 'INTERCEPT', 'STEYX', 'SUMX2MY2',
  'SUMX2PY2', 'SUMXMY2', 'FTEST', 'F.TEST', 'CHITEST', 'CHISQ.TEST', 'MODE', 'MODE.SNGL', 'MODE.MULT',
]);

/** Of these, the arguments (from 0) that are arrays. */
const SOME_ARRAYS = new Map<string, readonly number[]>([
  ['LOOKUP', [1, 2]],
  ['MATCH', [1]],
  ['INDEX', [0]],
  ['FORECAST', [1, 2]],
  ['FORECAST.LINEAR', [1, 2]],
  ['TTEST', [0, 1]],
  ['T.TEST', [0, 1]],
  ['PROB', [0, 1]],
  ['IRR', [0]],
  ['MIRR', [0]],
]);

/** Whether a legacy formula computes argument `index` (from 0) of `name` as an array. */
export function legacyTakesArray(name: string, index: number): boolean {
  return ALL_ARRAYS.has(name) || (SOME_ARRAYS.get(name)?.includes(index) ?? false);
}
