/**
 * Named moments of an open workspace, as performance marks (`fremskriv:<moment>`), so that the
 * benchmarks can break the first view and an edit's way to every dashboard into phases from
 * inside the page (bench/pagePhases.ts). The worker marks its own moments in its own timeline. Only the latest mark of each name is kept: a day of
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
  | 'engineAnswered'
  /** The page posted the whole synced document to the engine worker (the first view's build starts). */
  | 'engineStarted'
  /** The worker's first values arrived on the page. */
  | 'engineFirstValues'
  /** The server's last computed values for the synced document were taken for the grid. */
  | 'serverValues'
  /** The entry's pre-screen is in the page (session/preScreen.ts), and the page took it away. */
  | 'preScreen'
  | 'preScreenTaken'
  /** The static first screen of the sheet is painted (grid/FirstScreen.tsx). */
  | 'firstScreen'
  /** The sheet's grid is about to be created (AG Grid), and AG Grid says it is ready. */
  | 'gridCreating'
  | 'gridReady'
  /** In the worker: its script has been evaluated (HyperFormula loaded). */
  | 'workerStarted'
  /** In the worker: the scenario on screen is built and its values sent. */
  | 'workerBuilt'
  /** In the worker: a document update from the page arrived (an edit's way to the dashboard). */
  | 'workerReceived'
  /** In the worker: the goals of the scenario on screen were posted after a change. */
  | 'workerAnswered';

export const PAGE_MOMENT_PREFIX = 'fremskriv:';

export function markMoment(moment: PageMoment): void {
  const name = `${PAGE_MOMENT_PREFIX}${moment}`;
  performance.clearMarks(name);
  performance.mark(name);
}
