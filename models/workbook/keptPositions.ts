/**
 * Which lines keep their place when an order of ids changes: the longest run of lines still in
 * the same order. A restore (replaceWorkbookContent) moves only the rows outside it, so it merges
 * with a colleague's concurrent edits; the engine (engine/axisChanges) removes and re-inserts only
 * those rows, so it recomputes as little as it can.
 */

/**
 * For each position of the new order, the position in the old order of the same line, or -1
 * (`matched`); returns the new positions that keep their line: a longest increasing subsequence of
 * the old positions, O(n log n). The common case (nothing moved) is a single increasing run.
 *
 * @example keptPositions([1, 0, 2]) // Set {1, 2} (or {0, 2}): one of the first two lines moved
 */
export function keptPositions(matched: readonly number[]): Set<number> {
  // tails[k]: the index in `matched` ending the best increasing run of length k + 1 found so far.
  const tails: number[] = [];
  const previous = new Array<number>(matched.length).fill(-1);
  matched.forEach((old, i) => {
    if (old < 0) return;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (matched[tails[mid]!]! < old) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[i] = tails[low - 1]!;
    tails[low] = i;
  });
  const kept = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i]!) kept.add(i);
  return kept;
}
