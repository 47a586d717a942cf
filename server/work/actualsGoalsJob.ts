/**
 * The goals an import of actual figures would move (models/actuals/actualsGoalsMoved.ts), for a
 * dry run's preview, as a worker-thread job: judging every goal twice on a copy of the workspace
 * costs an engine build, which must not hold the event loop every workspace shares. An unknown
 * scenario is a 400 naming the scenarios there are.
 */
import type * as Y from 'yjs';
import { goalsMovedByActuals } from '../../models/actuals/actualsGoalsMoved.js';
import type { ActualsMode } from '../../models/actuals/actualsMerge.js';
import type { ActualsPivot } from '../../models/actuals/actualsPivot.js';
import type { DataLink } from '../../models/actuals/dataLink.js';
import { AnalysisRequestError, findScenario } from '../../models/analysis/analysisRequest.js';
import type { GoalMoved } from '../../models/analysis/goalsMoved.js';
import { AnalysisRefusal } from './analysisJobs.js';

export interface ActualsGoalsJob {
  kind: 'goalsMovedByActuals';
  state: Uint8Array;
  pivot: ActualsPivot;
  sheet: string;
  link: DataLink;
  /** Whether the figures merge with the sheet or replace it. */
  mode: ActualsMode;
  /** The scenario's name; the first scenario without one. */
  scenario?: string;
}

export interface GoalsMovedAnswer {
  /** The scenario the goals were judged under, by name. */
  scenario: string;
  goalsMoved: GoalMoved[];
}

export function actualsGoalsJob(doc: Y.Doc, job: ActualsGoalsJob): GoalsMovedAnswer {
  let scenario;
  try {
    scenario = findScenario(doc, job.scenario);
  } catch (error) {
    if (error instanceof AnalysisRequestError) throw new AnalysisRefusal(400, error.message);
    throw error;
  }
  return { scenario: scenario.name, goalsMoved: goalsMovedByActuals(doc, scenario, job.pivot, job.sheet, job.link, job.mode) };
}
