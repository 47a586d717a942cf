/**
 * Work done where it delays nothing: in idle periods, never in the short ones between the frames
 * of a scroll where a wheel step or a click would wait for it. Nothing runs where the browser has
 * no idle callbacks.
 */

/**
 * Work done a slice at a time, in idle periods with at least `ms` left when they start: `step`
 * gets the period's deadline, does what fits, and returns true once the work is done.
 *
 * @example
 *   const cancel = inIdleSlices(12, (deadline) => readSomeCells(deadline) && drawView());
 */
export function inIdleSlices(ms: number, step: (deadline: IdleDeadline) => boolean): () => void {
  if (typeof requestIdleCallback !== 'function') return () => undefined;
  let handle: number | null = null;
  const wait = (deadline: IdleDeadline): void => {
    handle = null;
    const done = deadline.timeRemaining() >= ms && step(deadline);
    // `step` may have cancelled the work; only work still wanted waits for the next period.
    if (!done && !cancelled) handle = requestIdleCallback(wait);
  };
  let cancelled = false;
  handle = requestIdleCallback(wait);
  return () => {
    cancelled = true;
    if (handle !== null) cancelIdleCallback(handle);
    handle = null;
  };
}

/**
 * Work that may take tens of milliseconds, in one go: in the first idle period with at least `ms`
 * left (the browser gives at most 50 ms, and only when no frame is due).
 *
 * @example
 *   const cancel = inLongIdlePeriod(40, () => widenRowBuffer());
 */
export function inLongIdlePeriod(ms: number, task: () => void): () => void {
  return inIdleSlices(ms, () => {
    task();
    return true;
  });
}
