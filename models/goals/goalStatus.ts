/** The badge a goal carries on the dashboard, in the comparison view and in the report. */
import type { GoalResult } from './goalEvaluation.js';
import { judgedAtDeadline } from './goalJudging.js';
import type { GoalDefinition } from './goalModel.js';

export type GoalStatus = 'met' | 'missed' | 'tracked' | 'qualitative' | 'error';

/**
 * Met or missed where judged; a goal that measures something (a value, or a trajectory with a
 * deadline) without a target is tracked ("Følges"); one that measures nothing is qualitative.
 */
export function goalStatus(result: GoalResult | undefined, goal?: GoalDefinition): GoalStatus {
  if (!result) return 'qualitative';
  if (result.error) return 'error';
  if (result.met === true) return 'met';
  if (result.met === false) return 'missed';
  const measures = goal ? goal.value !== undefined || judgedAtDeadline(goal) : result.value !== null;
  return measures && result.target === null ? 'tracked' : 'qualitative';
}
