/**
 * Keeps the objects the views already hold where a new reading equals them, so that memoised
 * views (one goal card per goal) re-render only for what changed. Every goal list and evaluation
 * crosses from the worker as fresh objects, so identity alone would re-render them all each edit.
 * Equality is by JSON text: the readings are plain data (JSON cannot tell NaN from null, which
 * goal results never hold: an engine error is an error object).
 *
 * @example reuseEqual([a1, b1], [a2, c2]) // [a1, c2] when a2 equals a1
 */
export function reuseEqual<T>(previous: readonly T[], next: readonly T[]): T[] {
  const known = new Map<string, T>();
  for (const item of previous) known.set(JSON.stringify(item), item);
  return next.map((item) => known.get(JSON.stringify(item)) ?? item);
}

/** `next` with equal items replaced by `previous`'s, or `previous` itself when nothing changed. */
export function reuseList<T>(previous: readonly T[], next: readonly T[]): readonly T[] {
  const reused = reuseEqual(previous, next);
  return reused.length === previous.length && reused.every((item, i) => item === previous[i]) ? previous : reused;
}
