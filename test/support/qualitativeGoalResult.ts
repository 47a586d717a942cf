import type { GoalResult } from '../../models/goals/goalEvaluation.js';

/**
 * The result a qualitative goal (no value, no target) must give: every field null. Written out
 * here rather than taken from models/goals, so that the tests check the model against it.
 *
 * @example
 *   expect(result).toEqual(qualitativeGoalResult('MM1'));
 */
export function qualitativeGoalResult(id: string): GoalResult {
  return { id, value: null, target: null, met: null, margin: null, reachedAt: null, error: null };
}
