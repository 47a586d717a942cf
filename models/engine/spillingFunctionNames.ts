/**
 * The functions whose result the engine spills over the cells below and beside their own
 * (`=SORT(A1:A9)`, `=SEQUENCE(12)`, `=TRANSPOSE(B1:M1)`: a result size, HyperFormula's
 * `sizeOfResultArrayMethod`), apart from their plugins so the import can ask without loading the
 * engine. test/models/arrayFormulas.test.ts holds the list against the engine's own.
 *
 * `arrays`: the function reads all its arguments as arrays (`enableArrayArithmeticForArguments`),
 * so it computes alike inside ARRAYFORMULA or not. Otherwise `ranges`: which of its parameters
 * (0-based) take a range as a range.
 */
export type SpillingFunction = { arrays: true } | { arrays: false; ranges: readonly number[] };

export const SPILLING_FUNCTIONS: Readonly<Record<string, SpillingFunction>> = {
  SORT: { arrays: true },
  SORTBY: { arrays: true },
  UNIQUE: { arrays: true },
  FILTER: { arrays: true },
  VSTACK: { arrays: true },
  HSTACK: { arrays: true },
  XLOOKUP: { arrays: true },
  SEQUENCE: { arrays: false, ranges: [] },
  TRANSPOSE: { arrays: false, ranges: [0] },
  MMULT: { arrays: false, ranges: [0, 1] },
  ARRAY_CONSTRAIN: { arrays: false, ranges: [0] },
  MAXPOOL: { arrays: false, ranges: [0] },
  MEDIANPOOL: { arrays: false, ranges: [0] },
  TREND: { arrays: false, ranges: [0, 1, 2] },
  GROWTH: { arrays: false, ranges: [0, 1, 2] },
  LINEST: { arrays: false, ranges: [0, 1] },
  LOGEST: { arrays: false, ranges: [0, 1] },
  TEXTSPLIT: { arrays: false, ranges: [1, 2] },
  TAKE: { arrays: false, ranges: [0] },
  DROP: { arrays: false, ranges: [0] },
};
