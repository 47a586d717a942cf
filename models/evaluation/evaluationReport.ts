/**
 * The evaluation report: every goal under every scenario, as `npm run evaluate` prints it and
 * `GET /api/workspaces/:id/evaluation` serves it. A goal's warnings are texts here (the JSON
 * contract, models/FORMAT.md); the dashboard words them itself from the typed warnings.
 */
import type * as Y from 'yjs';
import { workbookTitle } from '../workbook/workbookReader.js';
import { warningText, type GoalResult } from '../goals/goalJudging.js';
import { ScenarioEngines } from '../scenarios/ScenarioEngines.js';

export type ReportedGoalResult = Omit<GoalResult, 'warnings'> & { warnings: string[] };

export interface EvaluationReport {
  title: string;
  scenarios: Array<{ name: string; goals: ReportedGoalResult[] }>;
}

/** Builds the engines, evaluates, and releases them. */
export function evaluateWorkbook(doc: Y.Doc): EvaluationReport {
  const engines = new ScenarioEngines(doc);
  try {
    return reportFrom(doc, engines);
  } finally {
    engines.destroy();
  }
}

/** A goal's result as the report writes it: its keys in the documented order, warnings as texts. */
export function reportedResult(result: GoalResult): ReportedGoalResult {
  const { id, value, target, met, margin, reachedAt, late, warnings, error } = result;
  return { id, value, target, met, margin, reachedAt, late, warnings: warnings.map(warningText), error };
}

/** The report from live engines (the client and a loaded workspace keep theirs). */
export function reportFrom(doc: Y.Doc, engines: ScenarioEngines): EvaluationReport {
  return {
    title: workbookTitle(doc),
    scenarios: engines.evaluate().map(({ scenario, goals }) => ({ name: scenario.name, goals: goals.map(reportedResult) })),
  };
}
