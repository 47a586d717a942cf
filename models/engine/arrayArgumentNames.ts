/**
 * The functions whose arguments Fremskriv evaluates as arrays (arrayArguments.ts), apart from
 * HyperFormula so the export can ask without loading the engine: Excel's functions whose
 * parameters are arrays (not references only) and that return one value. SUMPRODUCT has its own
 * plugin (excelSumproduct.ts). INDEX reads its array as an array (`INDEX(A1:A3*B1:B3,2)`, how an
 * imported array formula over several cells is computed cell by cell) but not its row and column
 * as arrays (NOT_VECTORIZED): `=INDEX(r,A1:A3,1)` stays one value, as in legacy Excel.
 */
export const ARRAY_ARGUMENT_FUNCTIONS: readonly string[] = [
  'SUM', 'PRODUCT', 'AVERAGE', 'AVERAGEA', 'MAX', 'MAXA', 'MIN', 'MINA', 'COUNT', 'COUNTA',
  'MEDIAN', 'LARGE', 'SMALL', 'PERCENTILE', 'PERCENTILE.INC', 'PERCENTILE.EXC', 'QUARTILE',
  'QUARTILE.INC', 'QUARTILE.EXC', 'STDEV', 'STDEV.S', 'STDEV.P', 'STDEVA', 'STDEVP', 'STDEVPA',
  'VAR', 'VAR.S', 'VAR.P', 'VARA', 'VARP', 'VARPA', 'SUMSQ', 'DEVSQ', 'AVEDEV', 'GEOMEAN',
  'HARMEAN', 'MODE', 'MODE.SNGL', 'TRIMMEAN', 'AND', 'OR', 'XOR', 'CONCAT', 'TEXTJOIN', 'MATCH',
  'XMATCH', 'XLOOKUP', 'LOOKUP', 'INDEX',
];

/** Of those, the ones that never compute element by element over their own scalar arguments. */
export const NOT_VECTORIZED: readonly string[] = ['INDEX'];
