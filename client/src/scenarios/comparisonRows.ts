/**
 * The side-by-side comparison as plain data: goals as rows (title, target, deadline), scenarios
 * as columns, each cell the status, value, margin, month reached and the difference to the base
 * scenario (the first). Pure, so the table is laid out from it and a test can read it.
 */
import type * as Y from 'yjs';
import type { GoalResult } from '../../../models/goals/goalEvaluation.js';
import type { GoalDefinition } from '../../../models/goals/goalModel.js';
import type { ScenarioEvaluation } from '../../../models/scenarios/ScenarioEngines.js';
import type { CellFormat } from '../../../models/workbook/workbookReader.js';
import { goalValueFormat } from '../goals/goalDisplay.js';
import { goalStatus, type GoalStatus } from '../../../models/goals/goalStatus.js';

export interface ComparisonCell {
  scenarioId: string;
  result: GoalResult | undefined;
  status: GoalStatus;
  /** value − the base scenario's value; null in the base column or where either is not a number. */
  difference: number | null;
}

export interface ComparisonRow {
  goal: GoalDefinition;
  format: CellFormat | undefined;
  /** The base scenario's target (a percentile target may differ by scenario; each cell has its own). */
  target: GoalResult['target'];
  cells: ComparisonCell[];
}

export function comparisonRows(doc: Y.Doc, goals: readonly GoalDefinition[], evaluation: readonly ScenarioEvaluation[]): ComparisonRow[] {
  return goals.map((goal) => {
    const results = evaluation.map(({ goals: judged }) => judged.find((r) => r.id === goal.id));
    const base = results[0];
    const cells = evaluation.map(({ scenario }, i): ComparisonCell => {
      const result = results[i];
      const difference = i > 0 && typeof result?.value === 'number' && typeof base?.value === 'number' ? result.value - base.value : null;
      return { scenarioId: scenario.id, result, status: goalStatus(result, goal), difference };
    });
    return { goal, format: goalValueFormat(doc, goal), target: base?.target ?? null, cells };
  });
}
