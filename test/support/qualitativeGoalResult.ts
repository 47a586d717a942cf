import type { ReportedGoalResult } from '../../models/evaluation/evaluationReport.js';

/**
 * The result a qualitative goal (no value, no target) must give: every field null, not late, no warnings. Written out
 * here rather than taken from models/goals, so that the tests check the model against it.
 *
 * @example
 *   expect(result).toEqual(qualitativeGoalResult('MM1'));
 */
export function qualitativeGoalResult(id: string): ReportedGoalResult {
  return { id, value: null, target: null, met: null, margin: null, reachedAt: null, late: false, warnings: [], error: null };
}
