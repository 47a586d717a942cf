/**
 * Named moments of an open workspace, as performance marks (`fremskriv:<moment>`), so that the
 * benchmarks can break the first view and an edit's way to every dashboard into phases from
 * inside the page (bench/pagePhases.ts). Only the latest mark of each name is kept: a day of
 * editing holds a handful of entries, not one per edit.
 */
export type PageMoment =
  /** The websocket provider has the server's state (sync step 2 applied). */
  | 'synced'
  /** This planner's edit is in the document (the operation applied, before any engine ran). */
  | 'editApplied'
  /** A colleague's update arrived over the websocket and is in this page's document. */
  | 'remoteApplied'
  /** The document's changes were posted to the engine worker. */
  | 'enginePosted'
  /** The worker's goals for the scenario on screen arrived. */
  | 'engineAnswered';

export const PAGE_MOMENT_PREFIX = 'fremskriv:';

export function markMoment(moment: PageMoment): void {
  const name = `${PAGE_MOMENT_PREFIX}${moment}`;
  performance.clearMarks(name);
  performance.mark(name);
}
