/** The badge a goal carries on the dashboard and in the comparison view. */
import type { GoalResult } from '../../../models/goals/goalEvaluation.js';

export type GoalStatus = 'met' | 'missed' | 'qualitative' | 'error';

/** A goal without a verdict and without an error (no target, or no value) is qualitative. */
export function goalStatus(result: GoalResult | undefined): GoalStatus {
  if (!result) return 'qualitative';
  if (result.error) return 'error';
  if (result.met === true) return 'met';
  if (result.met === false) return 'missed';
  return 'qualitative';
}
