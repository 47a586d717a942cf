/**
 * The evaluation report: every goal under every scenario, as `npm run evaluate` prints it and
 * `GET /api/workspaces/:id/evaluation` serves it.
 */
import type * as Y from 'yjs';
import { workbookTitle } from '../workbook/workbookReader.js';
import type { GoalResult } from '../goals/goalEvaluation.js';
import { ScenarioEngines } from '../scenarios/ScenarioEngines.js';

export interface EvaluationReport {
  title: string;
  scenarios: Array<{ name: string; goals: GoalResult[] }>;
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

/** The report from live engines (the client and a loaded workspace keep theirs). */
export function reportFrom(doc: Y.Doc, engines: ScenarioEngines): EvaluationReport {
  return {
    title: workbookTitle(doc),
    scenarios: engines.evaluate().map(({ scenario, goals }) => ({ name: scenario.name, goals })),
  };
}
