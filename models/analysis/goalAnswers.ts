/**
 * Everything "Hvad skal der til?" shows for one goal under one scenario: the goal seek for each
 * of the workbook's assumptions (one throw-away engine for them all) and the goal's sensitivity.
 * The browser's engine worker answers the panel with this; it is pure otherwise.
 *
 * @example answerGoal(doc, goal, scenario).answers[0].required // the value LM2 needs from B6
 */
import type * as Y from 'yjs';
import type { GoalDefinition } from '../goals/goalModel.js';
import type { Scenario } from '../scenarios/scenarioModel.js';
import { listAssumptions } from './assumptions.js';
import { AssumptionWorkbench } from './AssumptionWorkbench.js';
import { seekGoal, type GoalSeekAnswer } from './goalSeek.js';
import { DEFAULT_STEP, goalSwings } from './sensitivity.js';
import type { SensitivityReport } from './sensitivityReport.js';

export type GoalSensitivity = SensitivityReport['goals'][number];

export interface GoalAnswers {
  goal: string;
  scenario: string;
  /** One per assumption, in the workbook's order (the panel sorts them). */
  answers: GoalSeekAnswer[];
  /** The sensitivity's step (0.1 is ±10 %). */
  step: number;
  /** The goal's margin with each assumption moved ±step (an empty list for a goal without a margin). */
  sensitivity: GoalSensitivity | null;
}

export interface AnswerOptions {
  /** The sensitivity's step (default ±10 %). */
  step?: number;
  /**
   * A workbench of this scenario on the current document to reuse (every trial value is put back);
   * without one, a throw-away engine is built and destroyed here.
   */
  workbench?: AssumptionWorkbench;
}

/** Each assumption is searched within its own allowed bounds, or the documented default range. */
export function answerGoal(doc: Y.Doc, goal: GoalDefinition, scenario: Scenario, options: AnswerOptions = {}): GoalAnswers {
  const step = options.step ?? DEFAULT_STEP;
  // One engine for the goal seeks and the goal's sensitivity (each puts the value back).
  const bench = options.workbench ?? new AssumptionWorkbench(doc, scenario);
  try {
    const answers = listAssumptions(doc).map((assumption) => seekGoal(doc, goal, scenario, assumption, {}, bench));
    const [swings] = goalSwings(doc, scenario, step, [goal], bench);
    return { goal: goal.id, scenario: scenario.name, answers, step, sensitivity: swings ?? null };
  } finally {
    if (!options.workbench) bench.destroy();
  }
}
