/**
 * MATCH's answers kept on the searched range between recomputations. A formula such as the
 * template's `=IF(ISNUMBER(INDEX(Jobindsats!$B$2:$CZ$99;MATCH("Roskilde";Jobindsats!$A$2:$A$99;0);
 * MATCH(E$1;Jobindsats!$B$1:$CZ$1;0)));…;E12+$B12-$C12*E12)` is computed again whenever the month
 * before it changes, and each time it searched the same two unchanged ranges again: about half
 * of an assumption edit's recomputation (issue 17's worker profile).
 *
 * The answers live in the range's own cache in HyperFormula (the one its SUMIF and COUNTIF use),
 * which the engine clears whenever a cell in the range changes value. Rows and columns inserted,
 * deleted or moved may shift the range's cells without a change of value, so an answer also
 * holds only for the engine's structure as it was (its transformation count) and the range's
 * corners as they were.
 */
import { CellError, type SimpleRangeValue } from 'hyperformula';

type Corner = NonNullable<SimpleRangeValue['range']>['start'];

/** The members of HyperFormula's (unexported) RangeVertex that hold the answers. */
interface RangeCache {
  getCriterionFunctionValues(cacheKey: string): Map<string, [unknown, unknown[]]>;
  setCriterionFunctionValues(cacheKey: string, values: Map<string, [unknown, unknown[]]>): void;
}

/** The members of HyperFormula's (unexported) DependencyGraph the cache reads. */
interface CachingGraph {
  getRange(start: Corner, end: Corner): RangeCache | undefined;
  lazilyTransformingAstService: { version(): number };
}

/** The range's cache entry; its own name, so that it never meets the criterion functions' entries. */
const CACHE_KEY = 'FREMSKRIV.MATCH';
/** The entry naming the structure the answers were found in. */
const STRUCTURE = '\u0000structure';
/** A key that changes on every recomputation (`=MATCH(RAND();…)`) must not grow the cache without end. */
const MAX_ANSWERS = 1_000;

/**
 * MATCH's answer (a 1-based position or an error) for `key` and `type` in `range`: the one found
 * before if the range is unchanged, else `search()`'s, kept for the next time. Keys other than
 * text, numbers and logicals, and arrays that are not ranges of the workbook, are searched each time.
 */
export function cachedMatch(graph: unknown, range: SimpleRangeValue, key: unknown, type: number, search: () => unknown): unknown {
  const area = range.range;
  if (area === undefined || !(typeof key === 'string' || typeof key === 'number' || typeof key === 'boolean')) return search();
  const caching = graph as CachingGraph;
  const vertex = caching.getRange(area.start, area.end);
  if (vertex === undefined) return search();
  const structure = `${caching.lazilyTransformingAstService.version()}:${area.start.sheet}:${area.start.row}:${area.start.col}:${area.end.row}:${area.end.col}`;
  let answers = vertex.getCriterionFunctionValues(CACHE_KEY);
  if (answers.get(STRUCTURE)?.[0] !== structure || answers.size > MAX_ANSWERS) {
    answers = new Map([[STRUCTURE, [structure, []]]]);
    vertex.setCriterionFunctionValues(CACHE_KEY, answers);
  }
  const name = `${type}:${typeof key}:${String(key)}`;
  const known = answers.get(name);
  if (known) return known[0] instanceof CellError ? new CellError(known[0].type, known[0].message) : known[0];
  const answer = search();
  if (typeof answer === 'number' || answer instanceof CellError) answers.set(name, [answer, []]);
  return answer;
}
