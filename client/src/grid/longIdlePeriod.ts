/**
 * Work that may take tens of milliseconds, run where it delays nothing: in the first idle period
 * with at least `ms` left (the browser gives at most 50 ms, and only when no frame is due), never
 * in the short ones between the frames of a scroll, where a wheel step or a click would wait for it.
 * Nothing runs where the browser has no idle callbacks.
 *
 * @example
 *   const cancel = inLongIdlePeriod(40, () => drawUnseen());
 */
/**
 * Work done a slice at a time, in idle periods with at least `ms` left when they start: `step`
 * gets the period's deadline, does what fits, and returns true once the work is done.
 */
export function inIdleSlices(ms: number, step: (deadline: IdleDeadline) => boolean): () => void {
  if (typeof requestIdleCallback !== 'function') return () => undefined;
  let handle: number | null = null;
  const wait = (deadline: IdleDeadline): void => {
    handle = deadline.timeRemaining() < ms || !step(deadline) ? requestIdleCallback(wait) : null;
  };
  handle = requestIdleCallback(wait);
  return () => {
    if (handle !== null) cancelIdleCallback(handle);
    handle = null;
  };
}

export function inLongIdlePeriod(ms: number, task: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') return () => undefined;
  let handle: number | null = null;
  const wait = (deadline: IdleDeadline): void => {
    handle = deadline.timeRemaining() < ms ? requestIdleCallback(wait) : null;
    if (handle === null) task();
  };
  handle = requestIdleCallback(wait);
  return () => {
    if (handle !== null) cancelIdleCallback(handle);
    handle = null;
  };
}
